import { numberStyle, numberValue, renumber } from './numbering';

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
