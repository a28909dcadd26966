import {
  DAY_IN_DIGITS,
  daysWritten,
  excelSerialToIso,
  isoDay,
  isoToExcelSerial,
  lastDayOfMonthIso,
  lastDayOfQuarterIso,
  looksLikeUserDay,
  parseUserDay,
  todayIso,
  writtenDayOf,
} from './calendar';

describe('Excel serial numbers', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [45961, '2025-10-31'],
    [45961.75, '2025-10-31'],
  ])('serial %d is %s', (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
  });

  it('reads the 1904 date system', () => {
    expect(excelSerialToIso(0, true)).toBe('1904-01-01');
    expect(excelSerialToIso(45961 - 1462, true)).toBe('2025-10-31');
  });

  it('round-trips with isoToExcelSerial', () => {
    expect(excelSerialToIso(isoToExcelSerial('2025-12-31'))).toBe('2025-12-31');
  });

  it.each(['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati'])('does not move a day in time zone %s', (zone) => {
    const saved = process.env.TZ;
    process.env.TZ = zone;
    try {
      expect(excelSerialToIso(45961)).toBe('2025-10-31');
      expect(lastDayOfMonthIso(2025, 2)).toBe('2025-02-28');
    } finally {
      process.env.TZ = saved;
    }
  });
});

describe('calendar days', () => {
  it('rejects days that do not exist', () => {
    expect(isoDay(2025, 2, 29)).toBeNull();
    expect(isoDay(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDay(2025, 4, 31)).toBeNull();
    expect(isoDay(2025, 13, 1)).toBeNull();
  });

  it('finds the ends of months and quarters', () => {
    expect(lastDayOfMonthIso(2024, 2)).toBe('2024-02-29');
    expect(lastDayOfQuarterIso(2025, 3)).toBe('2025-09-30');
    expect(lastDayOfQuarterIso(2025, 4)).toBe('2025-12-31');
  });

  it("takes today from the user's calendar", () => {
    expect(todayIso(new Date(2025, 10, 14, 23, 59))).toBe('2025-11-14');
  });
});

describe('days as people type them', () => {
  it.each([
    ['14/11/2025', '2025-11-14'],
    [' 1/12/2025 ', '2025-12-01'],
    ['01.12.2025', '2025-12-01'],
    ['1-12-2025', '2025-12-01'],
    ['2025-11-14', '2025-11-14'],
    ['30/02/2025', null],
    ['14/11.2025', null],
    ['11/14/2025', null],
    ['hôm nay', null],
  ])('%j is %s', (typed, iso) => {
    expect(parseUserDay(typed)).toBe(iso);
  });

  it('tells a day that does not exist from text that is no day', () => {
    expect(looksLikeUserDay('30/02/2025')).toBe(true);
    expect(looksLikeUserDay('2025-02-30')).toBe(true);
    expect(looksLikeUserDay('14/11.2025')).toBe(false);
    expect(looksLikeUserDay('hôm nay')).toBe(false);
  });
});

describe('days a document writes', () => {
  it('finds every real day, in digits or in words, in the order written', () => {
    expect(daysWritten('van ban so 3310/stc-qlns ngay 12/9/2025 va ngay 5 thang 10 nam 2025, 31/02/2025, 1.12.2025')).toEqual(['2025-09-12', '2025-10-05', '2025-12-01']);
  });

  it('never reads a day inside a longer number', () => {
    expect(daysWritten('so 312/9/2025 hoac 12/9/20251')).toEqual([]);
  });

  it('reads the groups of a larger pattern', () => {
    const range = new RegExp(`tu ${DAY_IN_DIGITS} den ${DAY_IN_DIGITS}`).exec('tu 01/9/2025 den 31 / 12 / 2025')!;
    expect([writtenDayOf(range, 1), writtenDayOf(range, 4)]).toEqual(['2025-09-01', '2025-12-31']);
  });
});
