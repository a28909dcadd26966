/**
 * Every rule of the catalogue with a failing and a passing case on seed text: the failing table
 * yields the rule at the expected cell, the corrected table does not yield it at all.
 */
import { gridOf, type Value } from '../../../test/helpers/grids';
import { analyseWorkbook } from '../analyse';
import type { Grid } from '../grid';
import { buildUnitDirectory } from '../unitDirectory';
import { RULE_CODES, type RuleCode } from './catalogue';

const TITLE = ['KẾ HOẠCH TRIỂN KHAI ĐỀ ÁN 06 NĂM 2025'];
const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành', 'Tình trạng', 'Kết quả thực hiện', 'Ngày hoàn thành'];
const DIRECTORY = buildUnitDirectory([
  { name: 'Sở Tư pháp', aliases: ['STP'] },
  { name: 'Công an thành phố', aliases: ['CATP'] },
  { name: 'Sở Khoa học và Công nghệ', aliases: ['Sở KH&CN'] },
]);

/** A task of seed 001, with some cells replaced. Columns: A STT ... H completion date. */
function task(stt: string | null, changes: Partial<Record<'text' | 'lead' | 'support' | 'deadline' | 'status' | 'result' | 'completed', Value>> = {}): Value[] {
  const cells = {
    text: 'Làm sạch dữ liệu hộ tịch, tái sử dụng dữ liệu đã số hóa',
    lead: 'Sở Tư pháp',
    support: 'Công an thành phố',
    deadline: 'Tháng 12/2025',
    status: 'Đang thực hiện',
    result: null,
    completed: null,
    ...changes,
  };
  return [stt, cells.text, cells.lead, cells.support, cells.deadline, cells.status, cells.result, cells.completed];
}

const date = (iso: string): Value => ({ kind: 'date', iso });

/** Title in row 1, header in row 2, tasks from row 3. */
function table(rows: Value[][], options: Parameters<typeof gridOf>[1] = {}): Grid {
  return gridOf([TITLE, HEADER, ...rows], options);
}

/**
 * The plan itself (no report columns, several lead units), where the plan's numbering is checked;
 * a unit's report is not held to it (unitReport.test.ts).
 */
const LEADS = ['Sở Tư pháp', 'Công an thành phố', 'Sở Khoa học và Công nghệ'];
function plan(rows: Value[][]): Grid {
  return gridOf([TITLE, HEADER.slice(0, 5), ...rows.map((row, i) => (row.length > 2 ? [row[0]!, row[1]!, LEADS[i % 3]!, ...row.slice(3, 5)] : row))]);
}

function cellsFlagged(grid: Grid, code: RuleCode): string[] {
  return analyseWorkbook({ sheets: [grid] }, { asOf: '2025-11-14', directory: DIRECTORY })
    .flatMap((a) => a.findings)
    .filter((f) => f.code === code)
    .map((f) => f.cell);
}

const CASES: Record<RuleCode, { failing: Grid; cell: string; passing: Grid }> = {
  MISSING_COLUMN: {
    failing: gridOf([['STT', 'Nhiệm vụ', 'Đơn vị chủ trì'], ['1', 'Làm sạch dữ liệu hộ tịch', 'Sở Tư pháp']]),
    cell: 'A1',
    passing: table([task('1')]),
  },
  MISSING_TASK_TEXT: { failing: table([task('1', { text: null })]), cell: 'B3', passing: table([task('1')]) },
  MISSING_LEAD: { failing: table([task('1', { lead: null })]), cell: 'C3', passing: table([task('1')]) },
  MISSING_DEADLINE: { failing: table([task('1', { deadline: null })]), cell: 'E3', passing: table([task('1')]) },
  UNPARSED_DEADLINE: { failing: table([task('1', { deadline: '11/30/2025' })]), cell: 'E3', passing: table([task('1', { deadline: '30/11/2025' })]) },
  STATUS_IN_DEADLINE: {
    failing: table([task('1', { deadline: 'Công an tỉnh đề nghị chuyển sang Kỳ họp giữa năm 2026' })]),
    cell: 'E3',
    passing: table([task('1', { deadline: 'Kỳ họp giữa năm 2026' })]),
  },
  DUPLICATE_STT: { failing: plan([task('1'), task('1')]), cell: 'A4', passing: plan([task('1'), task('2')]) },
  STT_ORDER: { failing: plan([task('1'), task('3')]), cell: 'A4', passing: plan([task('1'), task('2')]) },
  GROUP_NUMBERING: {
    failing: plan([['I.', 'NHÓM NHIỆM VỤ CHUNG'], task('1'), ['III.', 'NHÓM NHIỆM VỤ CỤ THỂ'], task('1')]),
    cell: 'A5',
    passing: plan([['I.', 'NHÓM NHIỆM VỤ CHUNG'], task('1'), ['II.', 'NHÓM NHIỆM VỤ CỤ THỂ'], task('1')]),
  },
  GROUP_COUNT_MISMATCH: {
    failing: plan([['2.1.', 'Nhóm tham mưu công tác chỉ đạo, triển khai (02 nhiệm vụ)'], task('(1)')]),
    cell: 'B3',
    passing: plan([['2.1.', 'Nhóm tham mưu công tác chỉ đạo, triển khai (01 nhiệm vụ)'], task('(1)')]),
  },
  LEAD_IN_SUPPORT: {
    failing: table([task('1', { lead: 'Sở Khoa học và Công nghệ', support: 'Sở KH&CN' })]),
    cell: 'D3',
    passing: table([task('1', { lead: 'Sở Khoa học và Công nghệ', support: 'Công an thành phố' })]),
  },
  UNKNOWN_UNIT: { failing: table([task('1', { lead: 'Sở Tư phá' })]), cell: 'C3', passing: table([task('1', { lead: 'STP' })]) },
  UNKNOWN_STATUS: { failing: table([task('1', { status: 'Tạm ổn' })]), cell: 'F3', passing: table([task('1', { status: 'Chưa triển khai' })]) },
  DONE_WITHOUT_DATE: {
    failing: table([task('1', { status: 'Đã hoàn thành', result: 'Báo cáo số 412/BC-STP' })]),
    cell: 'H3',
    passing: table([task('1', { status: 'Đã hoàn thành', result: 'Báo cáo số 412/BC-STP', completed: date('2025-09-10') })]),
  },
  COMPLETION_AFTER_AS_OF: {
    failing: table([task('1', { status: 'Đã hoàn thành', result: 'Báo cáo số 412/BC-STP', completed: date('2025-11-20') })]),
    cell: 'H3',
    passing: table([task('1', { status: 'Đã hoàn thành', result: 'Báo cáo số 412/BC-STP', completed: date('2025-11-13') })]),
  },
  DATE_WITHOUT_DONE: {
    failing: table([task('1', { completed: date('2025-10-15') })]),
    cell: 'H3',
    passing: table([task('1', { status: 'Đã hoàn thành', result: 'Báo cáo số 412/BC-STP', completed: date('2025-10-15') })]),
  },
  DONE_WITHOUT_EVIDENCE: {
    failing: table([task('1', { status: 'Hoàn thành', result: 'Đã xong', completed: date('2025-10-15') })]),
    cell: 'G3',
    passing: table([task('1', { status: 'Hoàn thành', result: 'Báo cáo số 412/BC-STP ngày 15/10/2025', completed: date('2025-10-15') })]),
  },
  STATUS_COLUMN_GUESSED: {
    failing: gridOf([TITLE, [...HEADER.slice(0, 5), 'Kết quả thực hiện'], task('1').slice(0, 6)]),
    cell: 'F2',
    passing: gridOf([TITLE, [...HEADER.slice(0, 5), 'Tình hình thực hiện'], task('1').slice(0, 6)]),
  },
  DONE_IN_PART: { failing: table([task('1', { status: 'Hoàn thành 80%' })]), cell: 'F3', passing: table([task('1', { status: 'Đang thực hiện (đạt 80%)' })]) },
  DEADLINE_OUTSIDE_PLAN: { failing: table([task('1', { deadline: 'Tháng 3/2026' })]), cell: 'E3', passing: table([task('1', { deadline: 'Quý IV' })]) },
  FORMULA_ERROR: { failing: table([task('1', { support: { kind: 'error', code: '#N/A' } })]), cell: 'D3', passing: table([task('1')]) },
  TEXT_NOT_NFC: { failing: table([task('1', { text: 'Làm sạch dữ liệu hộ tịch'.normalize('NFD') })]), cell: 'B3', passing: table([task('1')]) },
  LEGACY_ENCODING: { failing: table([task('1', { text: 'Lµm s¹ch d÷ liÖu hé tÞch' })]), cell: 'B3', passing: table([task('1', { text: 'Làm sạch dữ liệu hộ tịch' })]) },
  EXTRA_SPACES: { failing: table([task('1', { lead: 'Sở  Tư pháp ' })]), cell: 'C3', passing: table([task('1')]) },
  HIDDEN_ROW: { failing: table([task('1'), task('2')], { hidden: [3] }), cell: 'A4', passing: table([task('1'), task('2')]) },
  MERGED_DATA_CELLS: {
    failing: table([task('1'), task('2', { lead: null })], { merges: [[2, 2, 3, 2]] }),
    cell: 'C3',
    passing: table([task('1'), task('2')]),
  },
  SPLIT_ROW: {
    failing: table([task('1', { text: 'Làm sạch dữ liệu hộ tịch,' }), [null, 'tái sử dụng dữ liệu đã số hóa']]),
    cell: 'B3',
    passing: table([task('1')]),
  },
  SWAPPED_DATE: {
    failing: table([task('1', { deadline: date('2025-05-11') }), task('2', { deadline: '30/11/2025' })]),
    cell: 'E3',
    passing: table([task('1', { deadline: date('2025-11-05') }), task('2', { deadline: date('2025-11-30') })]),
  },
  DATE_AS_TEXT: {
    failing: table([task('1', { deadline: date('2025-05-11') }), task('2', { deadline: '30/11/2025' })]),
    cell: 'E4',
    // The same text beside a date that cannot have been swapped (day over 12) is left as it is.
    passing: table([task('1', { deadline: date('2025-11-28') }), task('2', { deadline: '30/11/2025' })]),
  },
};

describe('the rule catalogue', () => {
  it('has a failing and a passing case for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual([...RULE_CODES].sort());
  });

  it.each(RULE_CODES.map((code) => [code]))('%s: flags the failing case at its cell, not the passing one', (code) => {
    const { failing, cell, passing } = CASES[code];
    expect(cellsFlagged(failing, code)).toEqual([cell]);
    expect(cellsFlagged(passing, code)).toEqual([]);
  });
});
