import { excelSerialToIso, isoDay, isoToExcelSerial, lastDayOfMonthIso, lastDayOfQuarterIso, todayIso } from './calendar';

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
