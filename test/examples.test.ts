/** The example workbooks built from the seed plans, read end to end from their .xlsx files. */
import { join } from 'node:path';
import { checkWorkbook } from '../src/core/check';
import type { AppendixTable, Task } from '../src/core/table';
import { readWorkbookFile } from '../src/io/readWorkbook';

const AS_OF = '2025-11-14';

function tablesOf(file: string): AppendixTable[] {
  const analysed = checkWorkbook(readWorkbookFile(join(__dirname, '..', 'examples', file)), { asOf: AS_OF });
  expect(analysed.flatMap((a) => a.findings).filter((f) => f.severity === 'error')).toEqual([]);
  return analysed.map((a) => a.table);
}

const units = (list: Task['lead']) => list.map((u) => (u.collective ? `[${u.name}]` : u.name));
const statesOf = (tasks: Task[], state: Task['state']) => tasks.filter((t) => t.state === state).map((t) => t.stt ?? `row ${t.row + 1}`);

describe('seed 000: Bạch Long Vĩ appendix pasted from the PDF', () => {
  const [table, ...others] = tablesOf('ke-hoach-01-bach-long-vi.xlsx');

  it('finds the one table on the appendix sheet, not on the cover sheet', () => {
    expect(others).toEqual([]);
    expect(table!.sheet).toBe('Phụ lục');
    expect(table!.planYear).toBe(2025);
    expect(table!.tasks.map((t) => t.stt)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('puts the rows of a split task back together', () => {
    const first = table!.tasks[0]!;
    expect(first.rows).toHaveLength(3);
    expect(first.text).toBe(
      'Xây dựng Kế hoạch triển khai trong năm 2025 theo hưỡng rõ người, rõ việc, rõ thời gian, rõ kết quả, rõ trách nhiệm, gắn với trách nhiệm người đứng đầu từng đơn vị',
    );
    expect(units(first.lead)).toEqual(['Văn phòng HĐND-UBND huyện']);
    expect(units(first.support)).toEqual(['[Các cơ quan, phòng, ban, đơn vị]', 'Đồn Công an huyện']);
    expect(table!.tasks[3]!.deadline).toMatchObject({ text: 'Theo hướng dẫn của Bộ Công an và Công an thành phố', kind: 'conditional' });
  });

  it('keeps unit names that hold commas whole', () => {
    expect(units(table!.tasks[6]!.lead)).toEqual(['Phòng Văn hóa, Khoa học và Thông tin']);
    expect(units(table!.tasks[7]!.support)).toEqual(['Phòng Văn hóa, Khoa học và Thông tin', 'Đồn Công an huyện']);
    expect(units(table!.tasks[8]!.lead)).toEqual(['Phòng Kinh tế, Hạ tầng và Đô thị']);
  });

  it('reads "kinh phí thường xuyên" in task 3 as text, its deadline from the deadline cell', () => {
    expect(table!.tasks[2]!.text).toContain('kinh phí thường xuyên');
    expect(table!.tasks[2]!.deadline).toMatchObject({ kind: 'month', due: '2025-04-30' });
  });

  it('gives each task its state at 14/11/2025', () => {
    const tasks = table!.tasks;
    expect(statesOf(tasks, 'overdue')).toEqual(['1', '2', '3', '5']);
    expect(statesOf(tasks, 'on_track')).toEqual(['6']);
    expect(statesOf(tasks, 'recurring')).toEqual(['7']);
    expect(statesOf(tasks, 'no_deadline')).toEqual(['4', '8', '9']);
  });

  it('ends the table before the signature block', () => {
    const grid = readWorkbookFile(join(__dirname, '..', 'examples', 'ke-hoach-01-bach-long-vi.xlsx')).sheets[1]!;
    const signatureRow = grid.rows.findIndex((row) => row[0]?.kind === 'text' && row[0].text === 'Nơi nhận:');
    expect(table!.lastRow).toBeLessThan(signatureRow);
  });
});

describe("seed 003: the province's four appendices", () => {
  const tables = tablesOf('ke-hoach-bcd-tinh-phu-luc-I-IV.xlsx');
  const [pl1, pl2, pl3, pl4] = tables;

  it('finds one table per sheet with the seed count of tasks', () => {
    expect(tables.map((t) => [t.sheet, t.tasks.length])).toEqual([
      ['Phụ lục I', 3],
      ['Phụ lục II', 13],
      ['Phụ lục III', 9],
      ['Phụ lục IV', 15],
    ]);
  });

  it('reads the "Cơ quan / chủ trì" header of Phụ lục II over two rows', () => {
    expect(pl2!.headerRows).toEqual([3, 4]);
    expect(pl2!.columns).toEqual({ stt: 0, task: 1, lead: 2, support: 3, expected: 4, deadline: 5, note: 6 });
  });

  it('groups the tasks of Phụ lục II under sections I, II, III, V, VI (IV is missing in the plan)', () => {
    expect(pl2!.sections.map((s) => s.stt)).toEqual(['I.', 'II.', 'III.', 'V.', 'VI.']);
    const perSection = pl2!.sections.map((_, i) => pl2!.tasks.filter((t) => t.section === i).length);
    expect(perSection).toEqual([3, 2, 4, 2, 2]);
    expect(pl2!.tasks.every((t) => t.stt === null)).toBe(true);
  });

  it('takes the plan year of a sheet whose deadlines carry none from the other sheets', () => {
    expect(pl1!.tasks.map((t) => t.deadline.kind)).toEqual(['recurring', 'recurring', 'quarter']);
    expect(pl1!.tasks[2]!.deadline).toMatchObject({ text: 'Quý IV', due: '2025-12-31', yearFromPlan: true });
    expect(units(pl1!.tasks[2]!.support)).toEqual(['[Sở, ban, ngành, địa phương]']);
  });

  it('reads a real date cell and the "2025" year deadlines of Phụ lục III', () => {
    expect(pl3!.tasks[0]!.deadline).toMatchObject({ text: '30/10/2025', kind: 'date', due: '2025-10-30' });
    expect(pl3!.tasks.filter((t) => t.deadline.kind === 'year')).toHaveLength(5);
    expect(pl3!.tasks[3]!.support).toEqual([]); // a cell holding only a non-breaking space is empty
  });

  it('keeps the 15 tasks of Phụ lục IV apart although Word numbered every one "1."', () => {
    expect(new Set(pl4!.tasks.map((t) => t.stt))).toEqual(new Set(['1.']));
    expect(units(pl4!.tasks[1]!.lead)).toEqual(['Sở Khoa học và Công nghệ', 'Văn phòng UBND tỉnh']);
  });
});

describe("seed 001: Hải Phòng's Đề án 06 plan with a unit's report columns", () => {
  const [table] = tablesOf('bao-cao-de-an-06-hai-phong.xlsx');

  it('reads the 14 general tasks and the 36 tasks that name a lead', () => {
    expect(table!.tasks).toHaveLength(50);
    expect(table!.tasks.filter((t) => t.group?.startsWith('1. Nhiệm vụ chung'))).toHaveLength(14);
  });

  it('finds that every group holds the number of tasks it announces', () => {
    const sections = table!.sections;
    const within = (index: number): number => table!.tasks.filter((t) => t.section === index).length + sections.reduce((n, s, child) => (s.parent === index ? n + within(child) : n), 0);
    const announced = sections.filter((s) => s.announcedCount !== null);
    expect(announced.map((s) => s.stt)).toEqual(['1.', '2.', '2.1.', '2.2.', '2.3.', '2.4.', '2.5.', '2.6.', '2.7.', '2.8.']);
    for (const section of announced) expect([section.stt, within(sections.indexOf(section))]).toEqual([section.stt, section.announcedCount]);
  });

  it('splits the seed lists of lead and support units', () => {
    const task = (group: string, stt: string) => table!.tasks.find((t) => t.group?.startsWith(group) && t.stt === stt)!;
    expect(units(task('2.2.', '(5)').lead)).toEqual(['Sở Nội vụ', 'Bảo hiểm xã hội thành phố Hải Phòng']);
    expect(units(task('2.2.', '(2)').support)).toEqual(['Công an thành phố', 'Bảo hiểm xã hội thành phố Hải Phòng', 'Sở Khoa học và Công nghệ', '[các đơn vị có liên quan]']);
    expect(units(task('2.5.', '(4)').lead)).toEqual(['Sở Xây dựng', 'Sở Nông nghiệp và Môi trường']);
    expect(units(task('2.7.', '(3)').support)).toEqual([]);
  });

  it("reads the unit's statuses and completion dates into states at 14/11/2025", () => {
    const label = (t: Task) => `${t.group!.split(' ')[0]}${t.stt}`;
    const byState = (state: Task['state']) => table!.tasks.filter((t) => t.state === state).map(label);
    expect(byState('done_on_time')).toEqual(['2.3.(1)', '2.2.6.', '2.2.7.']);
    expect(byState('done_late')).toEqual(['2.5.(5)']);
    expect(byState('overdue')).toEqual(['2.8.(1)']);
    expect(byState('no_deadline')).toHaveLength(6);
    const doneLate = table!.tasks.find((t) => t.state === 'done_late')!;
    expect(doneLate.status).toMatchObject({ text: 'Đã hoàn thành', done: true, completedOn: '2025-10-10' });
  });
});

describe('seed 004: Dương Kinh, an OCR of a scan', () => {
  const [table] = tablesOf('ke-hoach-68-duong-kinh-ocr.xlsx');

  it('reads the garbled header and all 20 tasks', () => {
    expect(table!.columns).toEqual({ stt: 0, task: 1, lead: 2, support: 3, deadline: 4 });
    expect(table!.tasks).toHaveLength(20);
  });

  it('reads OCR deadlines', () => {
    const kinds = table!.tasks.map((t) => t.deadline.kind);
    expect(kinds.filter((k) => k === 'recurring')).toHaveLength(13);
    expect(kinds.filter((k) => k === 'conditional')).toHaveLength(2);
    expect(table!.tasks[2]!.deadline).toMatchObject({ text: 'Trudc ngay 20/12/2025', due: '2025-12-20' });
  });

  it('groups the "(1)...(4)" tasks under their numbered headings', () => {
    expect(table!.sections.map((s) => [s.stt, table!.tasks.filter((t) => t.section === table!.sections.indexOf(s)).length])).toEqual([
      ['6.', 4],
      ['7.', 2],
    ]);
  });

  it('keeps "Hội đồng nhân dân và Ủy ban nhân dân" as one office without diacritics', () => {
    expect(units(table!.tasks[0]!.lead)).toEqual(['Van phong Hoi dong nhan dan va Uy ban nhan dan phuong']);
  });
});

describe('every fixture built from the seed plans', () => {
  it.each(['bach-long-vi.xls', 'bach-long-vi.xlsm', 'merged-and-hidden.xlsx', 'dates-1904.xlsx'])('%s carries no error-severity finding', (name) => {
    const findings = checkWorkbook(readWorkbookFile(join(__dirname, 'fixtures', name)), { asOf: AS_OF }).flatMap((a) => a.findings);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
