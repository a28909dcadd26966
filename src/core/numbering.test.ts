import { numberStyle, numberValue, renumber, romanNumeral, romanValue } from './numbering';

describe('numbering', () => {
  it.each([
    ['I.', 'roman', 1],
    ['IV', 'roman', 4],
    ['VI.', 'roman', 6],
    ['A.', 'letter', 1],
    ['c)', 'small-letter', 3],
    ['(7)', 'parenthesised', 7],
    ['3', 'outline-1', 3],
    ['2.1.', 'outline-2', 1],
    ['1.14.', 'outline-2', 14],
    ['Nội dung', 'none', null],
  ])('%s is %s, value %s', (stt, style, value) => {
    expect(numberStyle(stt)).toBe(style);
    expect(numberValue(stt)).toBe(value);
  });

  it.each([
    ['(3)', 4, '(4)'],
    ['2.3.', 4, '2.4.'],
    ['1. ', 2, '2.'],
    ['III.', 4, 'IV.'],
    ['b)', 3, 'c)'],
    ['B.', 1, 'A.'],
    ['9', 10, '10'],
  ])('renumbers %j as %d → %s', (stt, value, expected) => {
    expect(renumber(stt, value)).toBe(expected);
  });
});

describe('Roman numerals, written and read in one place', () => {
  it('writes them as Word and plans do', () => {
    expect([1, 4, 9, 14, 40, 90, 400, 1999].map(romanNumeral)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'XC', 'CD', 'MCMXCIX']);
  });

  it('reads back what it writes, in either case', () => {
    for (let n = 1; n <= 2000; n++) {
      expect(romanValue(romanNumeral(n))).toBe(n);
      expect(romanValue(romanNumeral(n).toLowerCase())).toBe(n);
    }
    expect(romanValue('IIII')).toBe(4); // read as written: numbering rules see the sequence a plan wrote
    expect(romanValue('IVa')).toBeNull();
  });
});
