import type { Edit } from './findings';
import { dayFirst, validDay } from './validDay';

describe('a day a fix may write', () => {
  it('is a YYYY-MM-DD day that exists', () => {
    expect(validDay('2025-11-05')).toBe('2025-11-05');
    expect(validDay('2024-02-29')).toBe('2024-02-29');
    expect([null, undefined, '', '2025-04-31', '2025-02-29', '2025-13-01', '2025-1-5', '05/11/2025', '2025-11-05T00:00'].map(validDay)).toEqual(Array(9).fill(null));
  });

  it('reads day first, and "31/04/2025" is no day', () => {
    expect(dayFirst(5, 11, 2025)).toBe('2025-11-05');
    expect(dayFirst(31, 4, 2025)).toBeNull();
  });

  it('is the only way to build a date edit: a plain or null string does not type-check', () => {
    const day = validDay('2025-11-05');
    if (day) {
      const edit: Edit = { kind: 'date', sheet: 'S', row: 0, col: 0, iso: day };
      expect(edit.iso).toBe('2025-11-05');
    }
    // @ts-expect-error a string that was not checked is not a ValidDay
    const unchecked: Edit = { kind: 'date', sheet: 'S', row: 0, col: 0, iso: '2025-04-31' };
    // @ts-expect-error nor is null (isoDay's answer for 31/04/2025)
    const nullDay: Edit = { kind: 'date', sheet: 'S', row: 0, col: 0, iso: null };
    expect([unchecked, nullDay]).toHaveLength(2);
  });
});
