/** The highlight's conditional-format rules, read back against the engine. */
import { join } from 'node:path';
import fc from 'fast-check';
import { isoToExcelSerial } from '../../src/core/calendar';
import { columnLetter, type Cell } from '../../src/core/grid';
import { recogniseWorkbook } from '../../src/core/recognise/recogniseWorkbook';
import { FULL_PROGRESS_SPELLINGS, LATE_WORDS, PARTIAL_WORDS, readStatus, STATUS_WORDS } from '../../src/core/status';
import { fold } from '../../src/core/text';
import { readWorkbookFile } from '../../src/io/readWorkbook';
import { doneFormula, HELPER_SHEET, planHighlight } from '../../src/office/highlightPlan';
import { ruleApplies } from './excelFormula';

const report = recogniseWorkbook(readWorkbookFile(join(__dirname, '..', '..', 'examples', 'bao-cao-de-an-06-hai-phong.xlsx')), { asOf: '2025-11-14' })[0]!;
const STATUS = columnLetter(report.columns.status!);

/** The engine's answer for a status cell. */
const engineDone = (cell: Cell) => readStatus(cell, null).done;
const text = (t: string): Cell => ({ kind: 'text', text: t });

/** Excel's answer: the done formula over a status cell holding `value`, evaluated the way Excel does. */
function excelDone(value: string | number): boolean {
  return ruleApplies(`=${doneFormula('$F6')}`, { cell: (_sheet, col) => (col === 'F' ? value : ''), today: '2025-11-14' });
}

/** Every spelling a unit may give a word: as listed, lower and upper case, without diacritics. */
function spellings(word: string): string[] {
  const lower = word.toLocaleLowerCase('vi');
  return [...new Set([word, lower, word.toLocaleUpperCase('vi'), fold(word), fold(word).toUpperCase(), lower.replace(/^\p{L}/u, (c) => c.toLocaleUpperCase('vi'))])];
}

/** What units write after the word: a document, a date, a comment, punctuation, a line break. */
const TAILS = ['', '.', ',', ' (Báo cáo số 45/BC-SNV)', ' ngày 25/9/2025', ', tiếp tục duy trì', '; không phát sinh vướng mắc', ' - đang chờ phê duyệt', '\n(Văn bản số 12/UBND-VP)', '  '];

/** The words of issue 14, written as units write them, and the variants it names. */
const ISSUE_WORDS = [
  'HT', 'ht', 'Đã HT', 'đã ht', 'Chưa HT', 'Đang TH', 'Đang thực hiện (đạt 60%)', 'Đã xong', 'đã xong', 'Xong', 'Hoàn thành 80%', 'Hoàn thành 100%',
  'Đã hoàn thành, tiếp tục duy trì', 'Hoàn thành, đang chờ phê duyệt', 'Đã hoàn thành (đang nghiệm thu)', 'Đã hoàn thành; không phát sinh vướng mắc', 'Quá hạn',
  'Chưa triển khai', 'Tạm dừng', 'Hoàn thành quá hạn', 'Đã hoàn thành (trễ hạn)', 'Da hoan thanh', 'da ht', 'Hoàn thành một phần', 'Hoan thanh mot phan',
  'Cơ bản hoàn thành', 'Đã hoàn thành, đúng hạn', 'Đã ban hành', 'Hoàn thành (Văn bản số 12/BC-UBND)', 'Chưa TH', 'Không thực hiện', 'Dừng thực hiện',
  'Đang làm', 'Thường xuyên thực hiện', 'Tạm ổn', 'x', '✓', '100%', 'Đạt 100%', 'Đạt 80%', '80%', 'Hoàn thành 100 %', 'HT 90%', 'Đã hoàn thành ngày 25/9/2025 (Báo cáo số 45/BC-SNV)',
  'Hoàn thành 100% (kế hoạch 80%)', 'Hoàn thành 80% (kế hoạch 100%)', 'Hoàn thành 0,100%', 'HTX', 'Hoàn thành1', 'Sẽ hoàn thành', '',
];

/**
 * Where the formula cannot follow the engine, it says "not done" (the row may be painted red
 * although the engine counts it done; an overdue task is never hidden). These are all such cases:
 */
const CONSERVATIVE: [string, string | number][] = [
  ['punctuation before the word', '- Đã hoàn thành'],
  ['a decomposed (NFD) word', 'Đã hoàn thành'.normalize('NFD')],
  ['a partly accented word', 'Đã hoan thanh'],
  ['a non-breaking space inside the word', 'Đã\u00a0hoàn thành'],
  ['a tab inside the word', 'Đã\thoàn thành'],
  ['a line break inside the word', 'Đã hoàn\r\nthành'],
  ['a percentage over 100', 'Hoàn thành vượt 120%'],
  ['100 written with a decimal', 'Hoàn thành 100,0%'],
  ['two spaces before %', 'Hoàn thành 100  %'],
  ['a space in a bare percentage', '100 %'],
  ['a "%" with no number before it', 'Hoàn thành (xem % ở cột G)'],
  ['the letters of "một phần" in order, though not that word', 'Đã hoàn thành, cập nhật một số trường thông tin phần mềm'],
  ['a percentage-formatted number (Excel keeps 1, the engine reads 100%)', 1],
];

describe('the highlight plan', () => {
  const plan = planHighlight(report, { asOf: null, dueSoonDays: 7 });

  it('covers the table from its first data row, with one helper value per row', () => {
    expect(plan.range).toBe('A6:H69');
    expect(plan.helperRange).toBe('A6:A69');
    expect(plan.helperValues).toHaveLength(64);
    const task = report.tasks.find((t) => t.deadline.due === '2025-09-30')!;
    expect(plan.helperValues[task.row - 5]).toEqual([isoToExcelSerial('2025-09-30')]);
    const recurring = report.tasks.find((t) => t.deadline.kind === 'recurring')!;
    expect(plan.helperValues[recurring.row - 5]).toEqual(['']);
  });

  it('compares with TODAY() unless a cut-off date is fixed, and reads the helper sheet', () => {
    const [overdue, dueSoon] = plan.rules;
    expect(overdue!.formula).toMatch(new RegExp(`^=AND\\(ISNUMBER\\(${HELPER_SHEET}!\\$A6\\),${HELPER_SHEET}!\\$A6<TODAY\\(\\),NOT\\(`));
    expect(dueSoon!.formula).toContain(`${HELPER_SHEET}!$A6<=TODAY()+7`);
    expect(planHighlight(report, { asOf: '2025-11-14', dueSoonDays: 7 }).rules[0]!.formula).toContain('<DATE(2025,11,14)');
  });

  it("makes every rule read the helper sheet, so clearing can tell the add-in's rules from the user's", () => {
    expect(plan.rules.map((r) => r.kind)).toEqual(['overdue', 'dueSoon', 'done']);
    expect(plan.rules.every((r) => r.formula.includes(`${HELPER_SHEET}!$A6`))).toBe(true);
  });

  it('adds no done rule to a table without a status column', () => {
    const plain = recogniseWorkbook(readWorkbookFile(join(__dirname, '..', '..', 'examples', 'ke-hoach-01-bach-long-vi.xlsx')), { asOf: '2025-11-14' })[0]!;
    expect(planHighlight(plain, { asOf: null, dueSoonDays: 7 }).rules.map((r) => r.kind)).toEqual(['overdue', 'dueSoon']);
  });

  it('keeps each rule well within the length Excel allows a formula (8,192 characters)', () => {
    for (const rule of plan.rules) expect(rule.formula.length).toBeLessThan(2_000);
  });
});

describe('"done" has one definition: the engine and the highlight formula agree', () => {
  const vocabulary = [...STATUS_WORDS.map((w) => w.written), ...FULL_PROGRESS_SPELLINGS];
  const cases = [...new Set([...vocabulary.flatMap(spellings).flatMap((word) => TAILS.map((tail) => word + tail)), ...ISSUE_WORDS.flatMap(spellings)])];

  it.each(cases.map((c) => [c]))('on %j', (status) => {
    expect(excelDone(status)).toBe(engineDone(text(status)));
  });

  it('covers every word of the list, done and not done, and the variants of issue 14', () => {
    expect(cases.filter((c) => engineDone(text(c))).length).toBeGreaterThan(200);
    expect(cases.filter((c) => !engineDone(text(c))).length).toBeGreaterThan(200);
  });

  it.each(CONSERVATIVE)('says "not done" where it cannot read like the engine: %s (%j)', (_why, value) => {
    const cell: Cell = typeof value === 'number' ? { kind: 'number', value, format: '0%' } : text(value);
    expect(engineDone(cell)).toBe(true);
    expect(excelDone(value)).toBe(false);
  });

  it('never says "done" where the engine does not, on any mix of status words, qualifiers and punctuation', () => {
    const pieces = [
      ...vocabulary.flatMap(spellings),
      ...PARTIAL_WORDS.flatMap(spellings),
      ...LATE_WORDS.flatMap(spellings),
      'không', 'chưa', '80%', '100%', '100', '%', ' %', '0,5', '45/BC-SNV', 'ngày 25/9/2025', 'mục tiêu', 'phần mềm', 'một', 'phần', 'đạt', 'HTX', '1',
    ];
    const separators = [' ', '  ', ', ', '; ', '.', '(', ')', '-', '\n', '\r\n', '\t', '\u00a0', '', '/', '✓'];
    const status = fc
      .array(fc.tuple(fc.constantFrom(...separators), fc.constantFrom(...pieces)), { minLength: 1, maxLength: 5 })
      .chain((parts) => fc.tuple(fc.constant(parts), fc.constantFrom(...separators)))
      .map(([parts, end]) => parts.map(([sep, piece], i) => (i === 0 ? piece : sep + piece)).join('') + end);
    fc.assert(
      fc.property(status, (s) => !excelDone(s) || engineDone(text(s))),
      { numRuns: 3_000 },
    );
    fc.assert(fc.property(fc.string({ maxLength: 30 }), (s) => !excelDone(s) || engineDone(text(s))), { numRuns: 1_000 });
  });
});

describe('the highlight rules on a row, as Excel draws them', () => {
  const plan = planHighlight(report, { asOf: '2025-11-14', dueSoonDays: 7 });
  const colour = (status: string, due: string) =>
    plan.rules
      .filter((rule) =>
        ruleApplies(rule.formula, {
          cell: (sheet, col) => (sheet === HELPER_SHEET ? isoToExcelSerial(due) : col === STATUS ? status : ''),
          today: '2025-11-14',
        }),
      )
      .map((rule) => rule.kind);

  it.each([
    ['Đã hoàn thành, tiếp tục duy trì', '2025-09-30', ['done']],
    ['Hoàn thành, đang chờ phê duyệt', '2025-09-30', ['done']],
    ['HT', '2025-09-30', ['done']],
    ['Hoàn thành 80%', '2025-09-30', ['overdue']],
    ['Đang thực hiện (đạt 60%)', '2025-11-18', ['dueSoon']],
    ['Chưa triển khai', '2025-12-31', []],
    ['Tạm ổn', '2025-09-30', ['overdue']],
  ] as const)('"%s", due %s → %j', (status, due, kinds) => {
    expect(colour(status, due)).toEqual(kinds);
  });
});
