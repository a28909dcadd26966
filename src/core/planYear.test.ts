import { inferPlanYear } from './planYear';

describe('the plan year', () => {
  it('is what the user set, first', () => {
    expect(inferPlanYear({ titleText: 'NĂM 2025', deadlineYears: [2025] }, [], 2026, 2024)).toBe(2024);
  });

  it('comes from "năm ..." in the title rows', () => {
    expect(inferPlanYear({ titleText: 'NHIỆM VỤ ... TRIỂN KHAI ĐỀ ÁN 06/CP NĂM 2025', deadlineYears: [2026, 2026] }, [], 2027)).toBe(2025);
  });

  it('skips the scheme’s horizon and period in the title (seed 001)', () => {
    const title = 'KẾ HOẠCH Thực hiện Đề án "phát triển ... giai đoạn 2022 - 2025, tầm nhìn đến năm 2030" trên địa bàn thành phố Hải Phòng năm 2025';
    expect(inferPlanYear({ titleText: title, deadlineYears: [] }, [], 2026)).toBe(2025);
  });

  it("then from the table's own deadlines, the most common year", () => {
    expect(inferPlanYear({ titleText: 'Phụ lục II', deadlineYears: [2025, 2026, 2025] }, [], 2027)).toBe(2025);
  });

  it('then from any year in the title (the issue date)', () => {
    expect(inferPlanYear({ titleText: 'Kèm theo Kế hoạch số 01/KH ngày 18/4/2025', deadlineYears: [] }, [2024], 2027)).toBe(2025);
  });

  it("then from the workbook's other tables, then the cut-off year", () => {
    expect(inferPlanYear({ titleText: 'Phụ lục I', deadlineYears: [] }, [2025, 2025, 2024], 2027)).toBe(2025);
    expect(inferPlanYear({ titleText: '', deadlineYears: [] }, [], 2027)).toBe(2027);
  });
});
