import { planPeriod } from './planPeriod';

describe('planPeriod', () => {
  it('reads a range, a span and the plan’s year', () => {
    expect(planPeriod('KẾ HOẠCH thực hiện từ ngày 01/9/2025 đến ngày 31/12/2025')).toEqual({ start: '2025-09-01', end: '2025-12-31' });
    expect(planPeriod('Kế hoạch giai đoạn 2026 - 2030')).toEqual({ start: '2026-01-01', end: '2030-12-31' });
    expect(planPeriod('KẾ HOẠCH TRIỂN KHAI ĐỀ ÁN 06 NĂM 2025')).toEqual({ start: '2025-01-01', end: '2025-12-31' });
  });

  it('takes neither a cited document’s date nor a horizon for the plan’s year', () => {
    expect(planPeriod('thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị')).toBeNull();
    expect(planPeriod('PHÁT TRIỂN HẠ TẦNG 5G, IoT ... TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI ĐẾN NĂM 2030')).toBeNull();
    expect(planPeriod('Kế hoạch năm 2025 và những năm tiếp theo')).toBeNull();
  });
});
