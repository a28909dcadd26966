/**
 * Every rule of the catalogue with a failing and a passing case on seed text: the failing table
 * yields the rule at the expected cell, the corrected table does not yield it at all.
 */
import { gridOf, type Value } from '../../../test/helpers/grids';
import { checkWorkbook } from '../check';
import type { Finding, Language } from '../findings';
import type { Grid } from '../grid';
import { recogniseWorkbook } from '../recognise/recogniseWorkbook';
import { CheckReportSchema, toCheckReport } from '../report';
import { buildUnitDirectory } from '../unitDirectory';
import { TEXT } from '../i18n';
import { RULE_CODES, type RuleCode, type RuleParams } from './catalogue';
import { finding, type RuleContext } from './context';

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

function findingsOf(grid: Grid, code: RuleCode, lang: Language = 'vi'): Finding[] {
  return checkWorkbook({ sheets: [grid] }, { asOf: '2025-11-14', directory: DIRECTORY, lang })
    .flatMap((a) => a.findings)
    .filter((f) => f.code === code);
}

function cellsFlagged(grid: Grid, code: RuleCode): string[] {
  return findingsOf(grid, code).map((f) => f.cell);
}

const CASES: Record<RuleCode, { failing: Grid; cell: string; passing: Grid }> = {
  MISSING_COLUMN: {
    failing: gridOf([
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì'],
      ['1', 'Làm sạch dữ liệu hộ tịch', 'Sở Tư pháp'],
    ]),
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

/** One set of parameters per code (the compiler checks there is one for every code, and its shape). */
const SAMPLES: { [C in RuleCode]: RuleParams[C] } = {
  MISSING_COLUMN: { role: 'deadline' },
  MISSING_TASK_TEXT: { stt: '2' },
  MISSING_LEAD: { stt: null },
  MISSING_DEADLINE: { stt: '(3)' },
  UNPARSED_DEADLINE: { deadline: '11/30/2025' },
  STATUS_IN_DEADLINE: { deadline: 'Đã trình UBND tỉnh' },
  DUPLICATE_STT: { stt: '2', expected: '3' },
  STT_ORDER: { stt: '3', expected: '2' },
  GROUP_NUMBERING: { stt: 'IV.', expected: 'III.' },
  GROUP_COUNT_MISMATCH: { group: 'Nhóm tham mưu (02 nhiệm vụ)', announced: 2, held: 1 },
  LEAD_IN_SUPPORT: { stt: '1', unit: 'Sở KH&CN' },
  UNKNOWN_UNIT: { unit: 'Sở Tư phá', closest: 'Sở Tư pháp' },
  UNKNOWN_STATUS: { status: 'Tạm ổn' },
  DONE_WITHOUT_DATE: { stt: '1' },
  COMPLETION_AFTER_AS_OF: { completedOn: '2025-11-20', asOf: '2025-11-14' },
  DATE_WITHOUT_DONE: { stt: '1' },
  DONE_WITHOUT_EVIDENCE: { stt: '1' },
  STATUS_COLUMN_GUESSED: { column: 'F', header: 'Kết quả thực hiện' },
  DONE_IN_PART: { status: 'Hoàn thành 80%', progress: 80 },
  DEADLINE_OUTSIDE_PLAN: { deadline: 'Tháng 3/2026', planStart: '2025-01-01', planEnd: '2025-12-31' },
  FORMULA_ERROR: { error: '#REF!' },
  TEXT_NOT_NFC: {},
  LEGACY_ENCODING: { encoding: 'TCVN3', text: 'Lµm s¹ch', unicode: 'Làm sạch' },
  EXTRA_SPACES: {},
  HIDDEN_ROW: {},
  MERGED_DATA_CELLS: { range: 'C3:C4', text: 'Sở Tư pháp' },
  SPLIT_ROW: { stt: '1', rows: 3 },
  SWAPPED_DATE: { date: '2025-05-11', swapped: '2025-11-05', evidenceCell: 'E4', evidenceText: '30/11/2025' },
  DATE_AS_TEXT: { text: '30/11/2025', date: '2025-11-30', swappedCell: 'E3' },
};

/** A code's message from its sample parameters, at C7. */
function render<C extends RuleCode>(code: C, lang: Language): string {
  return TEXT[lang].rules[code]({ ...SAMPLES[code], cell: 'C7', row: 7 });
}

/** How a message shows a parameter: days as dd/mm/yyyy, the role as its column's name. */
function shown(code: RuleCode, value: unknown, lang: Language): string {
  if (code === 'MISSING_COLUMN') return lang === 'vi' ? 'Thời hạn' : 'Deadline';
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value.split('-').reverse().join('/') : String(value);
}

describe("each code's own parameters", () => {
  const grid = table([task('1')]);
  const ctx: RuleContext = { table: recogniseWorkbook({ sheets: [grid] }, { asOf: '2025-11-14' })[0]!, grid, asOf: '2025-11-14', lang: 'en' };

  it.each(RULE_CODES.map((code) => [code]))('%s: both messages say every parameter, and nothing is undefined', (code) => {
    for (const lang of ['vi', 'en'] as const) {
      const message = render(code, lang);
      expect(message).not.toMatch(/undefined|null|NaN|\[object/);
      for (const value of Object.values(SAMPLES[code]) as unknown[]) if (value !== null) expect(message).toContain(shown(code, value, lang));
    }
  });

  it("write counts with each language's separators: 1.000 in Vietnamese, 1,000 in English", () => {
    const counts = { ...SAMPLES.GROUP_COUNT_MISMATCH, announced: 1000, held: 1005, cell: 'C7', row: 7 };
    expect(TEXT.vi.rules.GROUP_COUNT_MISMATCH(counts)).toContain('ghi 1.000 nhiệm vụ nhưng bảng có 1.005 nhiệm vụ');
    expect(TEXT.en.rules.GROUP_COUNT_MISMATCH(counts)).toContain('announces 1,000 tasks but holds 1,005');
  });

  it("go into the finding with its message in the context's language", () => {
    const made = finding(ctx, 'GROUP_COUNT_MISMATCH', 6, 2, SAMPLES.GROUP_COUNT_MISMATCH);
    expect(made).toEqual({
      code: 'GROUP_COUNT_MISMATCH',
      severity: 'error',
      sheet: 'Sheet1',
      cell: 'C7',
      message: render('GROUP_COUNT_MISMATCH', 'en'),
      params: SAMPLES.GROUP_COUNT_MISMATCH,
    });
  });

  it('are data, not words: the same in Vietnamese and English', () => {
    for (const code of RULE_CODES) {
      const vi = findingsOf(CASES[code].failing, code, 'vi');
      const en = findingsOf(CASES[code].failing, code, 'en');
      expect(en.map((f) => f.params)).toEqual(vi.map((f) => f.params));
      expect(en.map((f) => f.message)).not.toEqual(vi.map((f) => f.message));
    }
  });

  it('name what they are: a count is a number, an encoding is an encoding', () => {
    expect(findingsOf(CASES.GROUP_COUNT_MISMATCH.failing, 'GROUP_COUNT_MISMATCH')[0]!.params).toEqual({
      group: '2.1. Nhóm tham mưu công tác chỉ đạo, triển khai (02 nhiệm vụ)',
      announced: 2,
      held: 1,
    });
    expect(findingsOf(CASES.LEGACY_ENCODING.failing, 'LEGACY_ENCODING')[0]!.params).toEqual({
      encoding: 'TCVN3',
      text: 'Lµm s¹ch d÷ liÖu hé tÞch',
      unicode: 'Làm sạch dữ liệu hộ tịch',
    });
    expect(findingsOf(CASES.MISSING_COLUMN.failing, 'MISSING_COLUMN')[0]!.params).toEqual({ role: 'deadline' });
    expect(findingsOf(CASES.SWAPPED_DATE.failing, 'SWAPPED_DATE')[0]!.params).toEqual({
      date: '2025-05-11',
      swapped: '2025-11-05',
      evidenceCell: 'E4',
      evidenceText: '30/11/2025',
    });
  });

  it('stay out of the JSON, whose findings keep their shape', () => {
    const analysed = RULE_CODES.flatMap((code) => checkWorkbook({ sheets: [CASES[code].failing] }, { asOf: '2025-11-14', directory: DIRECTORY }));
    const report = CheckReportSchema.parse(toCheckReport('x.xlsx', '2025-11-14', analysed));
    expect(new Set(report.findings.map((f) => f.code))).toEqual(new Set(RULE_CODES));
    for (const f of report.findings) expect(Object.keys(f)).toEqual(['code', 'severity', 'sheet', 'cell', 'message', ...(f.fix ? ['fix'] : [])]);
  });

  it("are only those of the finding's code (the compiler refuses the others; tsc checks this file)", () => {
    const anyCode: RuleCode = RULE_CODES[0];
    // Never run: what matters is that each call fails to compile.
    const refused = () => [
      // @ts-expect-error a parameter of another code
      finding(ctx, 'STT_ORDER', 0, 0, { text: '3', expected: '2' }),
      // @ts-expect-error a parameter missing
      finding(ctx, 'STT_ORDER', 0, 0, { stt: '3' }),
      // @ts-expect-error a count where the code has none
      finding(ctx, 'HIDDEN_ROW', 0, 0, { held: 1 }),
      // @ts-expect-error a count given as text
      finding(ctx, 'GROUP_COUNT_MISMATCH', 0, 0, { group: 'I.', announced: '2', held: 1 }),
      // @ts-expect-error a code that may be any code could be given another code's parameters
      finding(ctx, anyCode, 0, 0, {}),
    ];
    expect(refused).toBeInstanceOf(Function);
  });
});
