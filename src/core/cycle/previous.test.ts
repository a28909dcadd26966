import { gridOf } from '../../../test/helpers/grids';
import { consolidate, readReport } from '../consolidate/consolidate';
import { consolidationLayout, monthOverMonthNotes } from '../consolidate/consolidationLayout';
import type { Cell, Workbook } from '../grid';
import { recogniseWorkbook } from '../recognise/recogniseWorkbook';
import type { LayoutCell, SheetLayout } from '../summaryLayout';
import { KEY_HEADER, planId, taskKey } from './identity';
import { compareWithPrevious, type MonthOverMonth, type PreviousConsolidation, previousProblemText, readPreviousConsolidation } from './previous';

const OCTOBER = '2025-10-14';
const NOVEMBER = '2025-11-14';
const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình hình thực hiện'];
const TASKS: [string, string][] = [
  ['Ban hành kế hoạch tuyên truyền về căn cước điện tử', '30/9/2025'],
  ['Số hóa sổ hộ tịch lưu trữ từ năm 2010 đến năm 2015', '31/10/2025'],
  ['Kết nối cơ sở dữ liệu hộ tịch với cơ sở dữ liệu quốc gia về dân cư', '30/9/2025'],
  ['Tổ chức hội nghị sơ kết thực hiện Đề án 06 tại các xã, phường', '30/9/2025'],
  ['Cập nhật dữ liệu lý lịch tư pháp cho công dân đủ điều kiện', '31/12/2025'],
];
const UNIT = 'Sở Tư pháp';
const rows = (statuses: string[], tasks = TASKS) => tasks.map(([text, deadline], i) => [String(i + 1), text, UNIT, deadline, statuses[i] ?? '']);

/** The plan (`tasks`) consolidated at `asOf` with Sở Tư pháp's report giving each task its status. */
function consolidation(asOf: string, statuses: string[], tasks = TASKS) {
  const master = recogniseWorkbook({ sheets: [gridOf([HEADER, ...rows([], tasks)])] }, { asOf });
  const report = readReport('stp.xlsx', { sheets: [gridOf([[`Đơn vị: ${UNIT}`], HEADER, ...rows(statuses, tasks)])] }, { asOf, planYear: 2025, lang: 'vi' });
  return consolidate(master, [report], { asOf, lang: 'vi' });
}

const october = consolidation(OCTOBER, ['Đang thực hiện', 'Đang thực hiện', 'Đang thực hiện', 'Đã hoàn thành', 'Đang thực hiện']);
const november = consolidation(NOVEMBER, ['Đã hoàn thành', 'Đang thực hiện', 'Chưa hoàn thành', 'Đang thực hiện', 'Đang thực hiện']);

function cellOf(value: LayoutCell): Cell | null {
  if (value === null || value === '') return null;
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', value };
  return { kind: 'date', iso: value.date, format: 'dd/mm/yyyy' };
}

/** A layout as a workbook reads it back: the written file, or the pane's sheet. */
function workbookOf(layouts: readonly SheetLayout[], edit: (rows: LayoutCell[][]) => LayoutCell[][] = (r) => r): Workbook {
  return {
    sheets: layouts.map((layout) => ({ name: layout.name, rows: edit(layout.rows.map((row) => [...row])).map((row) => row.map(cellOf)), merges: [], hiddenRows: new Set<number>() })),
  };
}

/** The consolidated sheet's header and body rows, edited as a user might have edited last month's file. */
const editBody = (edit: (body: LayoutCell[][]) => LayoutCell[][]) => (all: LayoutCell[][]) => [...all.slice(0, 4), ...edit(all.slice(4))];

function read(workbook: Workbook): PreviousConsolidation {
  const previous = readPreviousConsolidation(workbook);
  if ('problem' in previous) throw new Error(previousProblemText(previous, 'en'));
  return previous;
}

function compare(previous: PreviousConsolidation): MonthOverMonth {
  const result = compareWithPrevious(november, previous);
  if ('problem' in result) throw new Error(previousProblemText(result, 'en'));
  return result;
}

const summary = (m: MonthOverMonth) => m.changes.map((c) => [c.kind, c.stt, c.before, c.after, c.daysOverdue]);
const EXPECTED = [
  ['newlyDone', '1', 'overdue', 'done_on_time', null],
  ['newlyOverdue', '2', 'on_track', 'overdue', 14],
  ['stillOverdue', '3', 'overdue', 'overdue', 45],
  ['backwards', '4', 'done_on_time', 'overdue', 45],
];

describe('the consolidated sheet', () => {
  it('carries each task’s key in a last, hidden column', () => {
    const [sheet] = consolidationLayout(november, 'vi');
    expect(sheet!.rows[3]!.at(-1)).toBe(KEY_HEADER);
    expect(sheet!.hidden).toEqual([sheet!.rows[3]!.length - 1]);
    const plan = planId(november.tables);
    expect(sheet!.rows.slice(4).map((row) => row.at(-1))).toEqual(TASKS.map((_, i) => taskKey(plan, i)));
  });
});

describe('readPreviousConsolidation', () => {
  it('reads last month’s cut-off and each task’s key, number, text, lead and state', () => {
    const previous = read(workbookOf(consolidationLayout(october, 'vi')));
    expect(previous.asOf).toBe(OCTOBER);
    expect(previous.sheet).toBe('Tổng hợp');
    expect(previous.tasks[0]).toEqual({ key: taskKey(planId(october.tables), 0), stt: '1', group: null, text: TASKS[0]![0], lead: [UNIT], state: 'overdue' });
    expect(previous.tasks.map((t) => t.state)).toEqual(['overdue', 'on_track', 'overdue', 'done_on_time', 'on_track']);
  });

  it('reads a consolidation written in English', () => {
    const previous = read(workbookOf(consolidationLayout(october, 'en')));
    expect(previous).toMatchObject({ asOf: OCTOBER, sheet: 'Consolidated' });
    expect(previous.tasks.map((t) => t.state)).toEqual(['overdue', 'on_track', 'overdue', 'done_on_time', 'on_track']);
  });

  it('refuses a workbook that is not a consolidation: the plan, or a summary whose data sheet shares some of its headers', () => {
    const plan = readPreviousConsolidation({ sheets: [gridOf([HEADER, ...rows([])])] });
    expect(plan).toEqual({ problem: 'notConsolidation' });
    expect(previousProblemText(plan as { problem: 'notConsolidation' }, 'vi')).toBe('không phải bản tổng hợp của phuluc (không trang nào có dòng tiêu đề của trang "Tổng hợp")');
    expect(readPreviousConsolidation(workbookOf(consolidationLayout(october, 'vi').slice(1)))).toEqual({ problem: 'notConsolidation' });
  });

  it('refuses a consolidated sheet without its cut-off line, or with a state phuluc never writes, naming the cell', () => {
    const noCutOff = readPreviousConsolidation(workbookOf(consolidationLayout(october, 'vi'), (all) => all.map((row, i) => (i === 1 ? [] : row))));
    expect(noCutOff).toEqual({ problem: 'noCutOff', sheet: 'Tổng hợp' });
    expect(previousProblemText(noCutOff as { problem: 'noCutOff'; sheet: string }, 'vi')).toBe('trang "Tổng hợp" không có dòng "Số liệu tính đến ngày dd/mm/yyyy"');
    const edited = workbookOf(
      consolidationLayout(october, 'vi'),
      editBody((body) => body.map((row, i) => (i === 1 ? row.map((cell, c) => (c === 8 ? 'gần xong' : cell)) : row))),
    );
    expect(readPreviousConsolidation(edited)).toEqual({ problem: 'unknownState', cell: 'Tổng hợp!I6', text: 'gần xong' });
  });
});

describe('compareWithPrevious', () => {
  it('names each task newly done, newly overdue, still overdue or gone backwards, with its days overdue now', () => {
    const m = compare(read(workbookOf(consolidationLayout(october, 'vi'))));
    expect(summary(m)).toEqual(EXPECTED);
    expect(m).toMatchObject({ previousAsOf: OCTOBER, asOf: NOVEMBER, counts: { newlyDone: 1, newlyOverdue: 1, stillOverdue: 1, backwards: 1 }, unmatched: 0, added: 0, byWording: 0 });
    expect(m.changes.map((c) => c.matchedBy)).toEqual(['key', 'key', 'key', 'key']);
    expect(m.changes[0]).toMatchObject({ key: taskKey(planId(november.tables), 0), text: TASKS[0]![0], lead: [UNIT] });
    expect(monthOverMonthNotes(m, 'vi')).toEqual([]);
  });

  it('pairs by key whatever the user did to last month’s rows: sorted the other way, every task reworded', () => {
    const shuffled = workbookOf(
      consolidationLayout(october, 'vi'),
      editBody((body) => [...body].reverse().map((row, i) => row.map((cell, c) => (c === 2 ? `Việc số ${i} đã đặt lại tên` : cell)))),
    );
    const m = compare(read(shuffled));
    expect(summary(m)).toEqual(EXPECTED);
    expect(m.byWording).toBe(0);
  });

  it('pairs an older consolidation without keys by wording, says so, and counts last month’s task that is no longer in the plan', () => {
    const older = workbookOf(consolidationLayout(october, 'vi'), (all) => [
      ...all.map((row) => row.slice(0, 11)),
      ['9', '', 'Tổ chức diễn tập phòng cháy tại trụ sở', UNIT, '', '', '', null, 'chưa hoàn thành, trong hạn', '', ''],
    ]);
    const previous = read(older);
    expect(previous.tasks.every((t) => t.key === null)).toBe(true);
    const m = compare(previous);
    expect(summary(m)).toEqual(EXPECTED);
    expect(m).toMatchObject({ unmatched: 1, added: 0, byWording: 5 });
    expect(monthOverMonthNotes(m, 'vi')).toEqual([
      '1 nhiệm vụ của kỳ trước không khớp nhiệm vụ nào của kế hoạch này: không so sánh.',
      '5 nhiệm vụ khớp theo nội dung, không theo mã nhiệm vụ (bản tổng hợp kỳ trước không có mã, hoặc kế hoạch đã sửa): nên xem lại.',
    ]);
  });

  it('pairs by wording when the plan was edited since (last month’s keys are another plan’s), and counts the task added', () => {
    const edited = consolidation(
      NOVEMBER,
      ['Đã hoàn thành', 'Đang thực hiện', 'Chưa hoàn thành', 'Đang thực hiện', 'Đang thực hiện', ''],
      [...TASKS, ['Rà soát thủ tục hành chính về hộ tịch để cắt giảm giấy tờ', '31/12/2025']],
    );
    const m = compareWithPrevious(edited, read(workbookOf(consolidationLayout(october, 'vi'))));
    expect(planId(edited.tables)).not.toBe(planId(october.tables));
    expect(summary(m as MonthOverMonth)).toEqual(EXPECTED);
    expect(m).toMatchObject({ unmatched: 0, added: 1, byWording: 5 });
    expect(monthOverMonthNotes(m as MonthOverMonth, 'en')[0]).toBe("This plan's tasks that were not there last time (not compared): 1.");
  });

  it('refuses a previous consolidation whose cut-off is not before this one', () => {
    const same = compareWithPrevious(november, read(workbookOf(consolidationLayout(november, 'vi'))));
    expect(same).toEqual({ problem: 'notEarlier', previousAsOf: NOVEMBER, asOf: NOVEMBER });
    expect(previousProblemText(same as { problem: 'notEarlier'; previousAsOf: string; asOf: string }, 'vi')).toBe(
      'kỳ trước có ngày chốt 14/11/2025, không trước ngày chốt kỳ này 14/11/2025; hãy cho bản tổng hợp của kỳ trước',
    );
  });
});

describe('the sheet "So với kỳ trước"', () => {
  it('follows the consolidated sheet with both cut-off days, the count of each kind and the tasks that changed', () => {
    const m = compare(read(workbookOf(consolidationLayout(october, 'vi'))));
    const layouts = consolidationLayout(november, 'vi', m);
    expect(layouts.map((l) => l.name).slice(0, 3)).toEqual(['Tổng hợp', 'So với kỳ trước', 'Tổng hợp theo đơn vị']);
    const sheet = layouts[1]!;
    expect(sheet.rows.slice(0, 10)).toEqual([
      ['THAY ĐỔI SO VỚI KỲ TRƯỚC'],
      ['Số liệu tính đến ngày 14/11/2025'],
      ['Kỳ trước: số liệu tính đến ngày 14/10/2025'],
      [],
      ['Thay đổi', 'Số nhiệm vụ'],
      ['mới hoàn thành', 1],
      ['mới quá hạn', 1],
      ['vẫn quá hạn', 1],
      ['kỳ trước đã hoàn thành, nay chưa', 1],
      [],
    ]);
    expect(sheet.rows[sheet.headerRow]).toEqual(['Thay đổi', 'STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Trạng thái kỳ trước', 'Trạng thái kỳ này', 'Số ngày quá hạn']);
    expect(sheet.rows.slice(sheet.headerRow + 1)).toEqual([
      ['mới hoàn thành', '1', TASKS[0]![0], UNIT, 'chưa hoàn thành, quá hạn', 'đã hoàn thành đúng hạn', null],
      ['mới quá hạn', '2', TASKS[1]![0], UNIT, 'chưa hoàn thành, trong hạn', 'chưa hoàn thành, quá hạn', 14],
      ['vẫn quá hạn', '3', TASKS[2]![0], UNIT, 'chưa hoàn thành, quá hạn', 'chưa hoàn thành, quá hạn', 45],
      ['kỳ trước đã hoàn thành, nay chưa', '4', TASKS[3]![0], UNIT, 'đã hoàn thành đúng hạn', 'chưa hoàn thành, quá hạn', 45],
    ]);
    expect(sheet.lastTableRow).toBe(sheet.rows.length - 1);
    expect(consolidationLayout(november, 'en', m)[1]!.rows[2]).toEqual(['Last time: figures as of 14/10/2025']);
  });
});
