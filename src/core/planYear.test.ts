import { gridOf, type Value } from '../../test/helpers/grids';
import { checkWorkbook } from './check';
import type { Grid } from './grid';
import { describePlanYear, inferPlanYear } from './planYear';
import { planYearOf, recogniseWorkbook } from './recognise/recogniseWorkbook';

const AS_OF = '2025-11-14';
const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'];
const TASKS: Value[][] = [
  ['1.', 'Tổ chức phiên họp Ban Chỉ đạo', 'Sở Khoa học và Công nghệ', null, 'Quý IV'],
  ['2.', 'Sơ kết 6 tháng triển khai Đề án 06', 'Công an thành phố', null, 'Hàng tháng'],
];
const appendix = (title: Value[][], tasks: Value[][] = TASKS, name = 'Phụ lục'): Grid => gridOf([...title, HEADER, ...tasks], { name });
const cover = (lines: string[]): Grid =>
  gridOf([['ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ...lines.map((l) => [l])], { name: 'Kế hoạch' });

function yearsOf(...sheets: Grid[]) {
  return recogniseWorkbook({ sheets }, { asOf: AS_OF }).map((t) => ({ year: t.planYear, from: t.planYearSource.from, cell: t.planYearSource.cell }));
}

describe('the plan year', () => {
  it('is what the user set, first', () => {
    const [table] = recogniseWorkbook({ sheets: [appendix([['KẾ HOẠCH NĂM 2025']])] }, { asOf: AS_OF, planYear: 2024 });
    expect(table!.planYearSource).toEqual({ year: 2024, from: 'setting', text: '2024', cell: null });
    expect(table!.tasks[0]!.deadline.due).toBe('2024-12-31');
  });

  it('comes from "năm ..." in the title rows, not the scheme’s horizon and period (seed 001)', () => {
    const title = 'KẾ HOẠCH Thực hiện Đề án "phát triển ... giai đoạn 2022 - 2025, tầm nhìn đến năm 2030" trên địa bàn thành phố Hải Phòng năm 2025';
    expect(yearsOf(appendix([[title]], [['1.', 'Rà soát', 'Sở Tư pháp', null, 'Tháng 9/2026']]))).toEqual([{ year: 2025, from: 'title', cell: 'Phụ lục!A1' }]);
  });

  it('from a second sheet’s title: the cover sheet of the plan', () => {
    const sheets = [appendix([['Phụ lục I']]), cover(['Số: 215/KH-UBND', 'KẾ HOẠCH', 'Triển khai Đề án 06 trên địa bàn thành phố năm 2024'])];
    expect(yearsOf(...sheets)).toEqual([{ year: 2024, from: 'title', cell: 'Kế hoạch!A4' }]);
    // The same year when only the appendix sheet is read for its tasks.
    expect(recogniseWorkbook({ sheets }, { asOf: AS_OF, sheet: 'Phụ lục' })[0]!.planYear).toBe(2024);
  });

  it('from the issue date, when neither titles nor deadlines write a year', () => {
    const sheets = [appendix([['Phụ lục']]), cover(['Hải Phòng, ngày 12 tháng 6 năm 2025', 'KẾ HOẠCH triển khai Đề án 06'])];
    expect(yearsOf(...sheets)).toEqual([{ year: 2025, from: 'issueDate', cell: 'Kế hoạch!A2' }]);
    const cited = appendix([['PHỤ LỤC (Kèm theo Kế hoạch số 01/KH-UBND ngày 18/4/2025 của UBND huyện)']]);
    expect(yearsOf(cited)).toEqual([{ year: 2025, from: 'issueDate', cell: 'Phụ lục!A1' }]);
    expect(yearsOf(appendix([['Hải Phòng, ngày 12/6/2025'], ['KẾ HOẠCH']]))).toEqual([{ year: 2025, from: 'issueDate', cell: 'Phụ lục!A1' }]);
  });

  it('is never a cut-off line ("Số liệu tính đến ngày 14/11/2024", as phuluc writes on its sheets)', () => {
    const sheet = appendix([['Số liệu tính đến ngày 14/11/2024']], [['1.', 'Rà soát', 'Sở Tư pháp', null, 'Thường xuyên']]);
    expect(yearsOf(sheet)).toEqual([{ year: 2025, from: 'cutOff', cell: null }]);
  });

  it('is not the issue date when the title says the year ("ngày 25 tháng 12 năm 2024" above "NĂM 2025")', () => {
    const sheet = appendix([['Hải Phòng, ngày 25 tháng 12 năm 2024'], ['KẾ HOẠCH TRIỂN KHAI ĐỀ ÁN 06 NĂM 2025']]);
    expect(yearsOf(sheet)).toEqual([{ year: 2025, from: 'title', cell: 'Phụ lục!A2' }]);
  });

  it('from the deadlines of the whole workbook before the issue date', () => {
    const sheets = [
      appendix([['Hải Phòng, ngày 20 tháng 12 năm 2025']], TASKS, 'Phụ lục I'),
      appendix([['Phụ lục II']], [['1.', 'Số hóa quy trình', 'Các Sở, ban, ngành', null, 'Tháng 9/2026']], 'Phụ lục II'),
    ];
    expect(yearsOf(...sheets)).toEqual([
      { year: 2026, from: 'deadlines', cell: 'Phụ lục II!E3' },
      { year: 2026, from: 'deadlines', cell: 'Phụ lục II!E3' },
    ]);
  });

  it('prefers the titles above tables to the top rows of other sheets', () => {
    const notes = gridOf([['Ghi chú: số liệu năm 2024 để so sánh']], { name: 'Ghi chú' });
    expect(yearsOf(notes, appendix([['KẾ HOẠCH NĂM 2025']]))).toEqual([{ year: 2025, from: 'title', cell: 'Phụ lục!A1' }]);
  });

  it('lets a table whose own title states its year keep it', () => {
    const sheets = [appendix([['NHIỆM VỤ NĂM 2025']], TASKS, 'Phụ lục I'), appendix([['NHIỆM VỤ NĂM 2026']], TASKS, 'Phụ lục II')];
    expect(yearsOf(...sheets).map((y) => y.year)).toEqual([2025, 2026]);
  });

  it('falls back on the cut-off date’s year', () => {
    expect(yearsOf(appendix([['Phụ lục']]))).toEqual([{ year: 2025, from: 'cutOff', cell: null }]);
  });

  it('is the same for the pane, which reads one sheet, as for the command line, which reads them all', () => {
    const sheets = [appendix([['Phụ lục I']]), cover(['Hải Phòng, ngày 12 tháng 6 năm 2024', 'KẾ HOẠCH'])];
    const commandLine = checkWorkbook({ sheets }, { asOf: AS_OF })[0]!.table;
    const planYear = planYearOf({ sheets }, { asOf: AS_OF });
    const pane = checkWorkbook({ sheets: [sheets[0]!] }, { asOf: AS_OF, planYear })[0]!.table;
    expect(planYear).toMatchObject({ year: 2024, from: 'issueDate', cell: 'Kế hoạch!A2' });
    expect(pane.planYearSource).toEqual(commandLine.planYearSource);
    expect(pane.tasks.map((t) => t.deadline.due)).toEqual(commandLine.tasks.map((t) => t.deadline.due));
  });

  it('says where it came from', () => {
    const planYear = planYearOf({ sheets: [appendix([['KẾ HOẠCH NĂM 2025']])] }, { asOf: AS_OF });
    expect(describePlanYear(planYear, 'vi')).toBe('2025 (tiêu đề: "KẾ HOẠCH NĂM 2025", Phụ lục!A1)');
    expect(describePlanYear({ year: 2024, from: 'setting', text: '2024', cell: null }, 'en')).toBe('2024 (set by the user)');
    const fromDeadlines = planYearOf({ sheets: [appendix([['Phụ lục']], [...TASKS, ['3.', 'Số hóa', 'Sở Nội vụ', null, 'Tháng 9/2025']])] }, { asOf: AS_OF });
    expect(describePlanYear(fromDeadlines, 'vi')).toBe('2025 (thời hạn các nhiệm vụ: 1/1 thời hạn ghi năm 2025, như "Tháng 9/2025" ở Phụ lục!E5)');
  });
});

describe('the plan year of a text that is not a workbook (an imported Word plan)', () => {
  it('takes the title, then the deadlines, then the issue date, then the fallback', () => {
    expect(inferPlanYear({ titleText: 'KẾ HOẠCH ... NĂM 2025', deadlineYears: [2026, 2026] }, [], 2027)).toBe(2025);
    expect(inferPlanYear({ titleText: 'Phụ lục II', deadlineYears: [2025, 2026, 2025] }, [], 2027)).toBe(2025);
    expect(inferPlanYear({ titleText: 'Kèm theo Kế hoạch số 01/KH ngày 18/4/2025', deadlineYears: [] }, [], 2027)).toBe(2025);
    expect(inferPlanYear({ titleText: '', deadlineYears: [] }, [], 2027)).toBe(2027);
    expect(inferPlanYear({ titleText: 'NĂM 2025', deadlineYears: [2025] }, [], 2026, 2024)).toBe(2024);
  });
});
