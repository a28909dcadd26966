/** The highlight's conditional-format rules, read back against the engine. */
import { join } from 'node:path';
import fc from 'fast-check';
import { isoToExcelSerial } from '../../src/core/calendar';
import { columnIndex, columnLetter, type Cell, type Grid } from '../../src/core/grid';
import { recogniseWorkbook } from '../../src/core/recognise/recogniseWorkbook';
import { FULL_PROGRESS_SPELLINGS, LATE_WORDS, NOT_YET_ASIDES, PARTIAL_WORDS, readStatus, STATUS_WORDS } from '../../src/core/status';
import { fold } from '../../src/core/text';
import { readWorkbookFile } from '../../src/io/readWorkbook';
import { deadlineKey, doneFormula, HELPER_SHEET, keyFormula, planHighlight } from '../../src/office/highlightPlan';
import { gridOf } from '../helpers/grids';
import { evaluateFormula, ruleApplies } from './excelFormula';

const grid = readWorkbookFile(join(__dirname, '..', '..', 'examples', 'bao-cao-de-an-06-hai-phong.xlsx')).sheets[0]!;
const report = recogniseWorkbook({ sheets: [grid] }, { asOf: '2025-11-14' })[0]!;
const STATUS = columnLetter(report.columns.status!);
const DEADLINE = columnLetter(report.columns.deadline!);

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
const TAILS = [
  '',
  '.',
  ',',
  ' (Báo cáo số 45/BC-SNV)',
  ' ngày 25/9/2025',
  ', tiếp tục duy trì',
  '; không phát sinh vướng mắc',
  ' - đang chờ phê duyệt',
  '\n(Văn bản số 12/UBND-VP)',
  '  ',
];

/** The words of issue 14, written as units write them, and the variants it names. */
const ISSUE_WORDS = [
  'HT',
  'ht',
  'Đã HT',
  'đã ht',
  'Chưa HT',
  'Đang TH',
  'Đang thực hiện (đạt 60%)',
  'Đã xong',
  'đã xong',
  'Xong',
  'Hoàn thành 80%',
  'Hoàn thành 100%',
  'Đã hoàn thành, tiếp tục duy trì',
  'Hoàn thành, đang chờ phê duyệt',
  'Đã hoàn thành (đang nghiệm thu)',
  'Đã hoàn thành; không phát sinh vướng mắc',
  'Quá hạn',
  'Chưa triển khai',
  'Tạm dừng',
  'Hoàn thành quá hạn',
  'Đã hoàn thành (trễ hạn)',
  'Da hoan thanh',
  'da ht',
  'Hoàn thành một phần',
  'Hoan thanh mot phan',
  'Cơ bản hoàn thành',
  'Đã hoàn thành, đúng hạn',
  'Đã ban hành',
  'Hoàn thành (Văn bản số 12/BC-UBND)',
  'Chưa TH',
  'Không thực hiện',
  'Dừng thực hiện',
  'Đang làm',
  'Thường xuyên thực hiện',
  'Tạm ổn',
  'x',
  '✓',
  '100%',
  'Đạt 100%',
  'Đạt 80%',
  '80%',
  'Hoàn thành 100 %',
  'HT 90%',
  'Đã hoàn thành ngày 25/9/2025 (Báo cáo số 45/BC-SNV)',
  'Hoàn thành 100% (kế hoạch 80%)',
  'Hoàn thành 80% (kế hoạch 100%)',
  'Hoàn thành 0,100%',
  'HTX',
  'Hoàn thành1',
  'Sẽ hoàn thành',
  '',
];

/** A done word followed by "chưa": not done, but in a late word or an aside ("chưa phát sinh"). */
const NOT_YET_WORDS = [
  'Đã thực hiện, chưa xong',
  'Đã triển khai thực hiện, chưa hoàn thành',
  'HT chưa đạt',
  'Hoàn thành, chưa nghiệm thu',
  'Đã hoàn thành (chưa có văn bản)',
  'Đã hoàn thành; chưa phát sinh vướng mắc',
  'Hoàn thành, chưa đúng hạn',
  'Đã hoàn thành (chưa đúng hạn)',
  'Hoàn thành - chưa đúng hạn',
  'Đã hoàn thành, đang chờ phê duyệt',
  'Đã hoàn thành, tiếp tục duy trì',
  'Đã hoàn thành; chưa phát sinh vướng mắc, chưa nghiệm thu',
  'Hoàn thành, chưa',
  'Hoàn thành: chưa phát sinh kinh phí',
  'Đã ban hành Kế hoạch an toàn thông tin',
  'Đã ban hành Kế hoạch thanh tra',
  'Hoàn thành, chưa\nnghiệm thu',
  'Hoàn thành (chưa phát sinh)',
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
  ['a word that is not "chưa" but "ch", one or two characters and "a"', 'Đã hoàn thành, chia sẻ dữ liệu'],
  ['"chữa" (to repair), which folds like "chưa"', 'Đã hoàn thành, sửa chữa xong'],
  ['"chưa phát sinh" partly accented', 'Đã hoàn thành; chưa phat sinh vướng mắc'],
  ['"chưa đúng hạn" decomposed (NFD)', `Hoàn thành, ${'chưa đúng hạn'.normalize('NFD')}`],
  ['"chưa phát sinh" after a non-breaking space', 'Đã hoàn thành;\u00a0chưa phát sinh vướng mắc'],
  ['"chưa phát sinh" right after punctuation other than , ; . ( ) : - /', 'Đã hoàn thành \u2013chưa phát sinh vướng mắc'],
];

/** The due-day lookup of a plan's rules (the overdue rule opens with it). */
const dueOf = (formula: string) => formula.slice('=AND('.length, formula.indexOf('>0,'));

/** The helper sheet's cell as Excel holds it: column A the key text, column B the due serial. */
const helperCell = (values: (string | number)[][]) => (col: string, row: number) => values[row - 1]?.[col === 'A' ? 0 : 1] ?? '';

/** A cell of `sheet` as a formula sees it (a date as its 1900 serial). */
function cellValue(sheet: Grid, col: string, row: number): string | number {
  const cell = sheet.rows[row - 1]?.[columnIndex(col)];
  if (!cell) return '';
  return cell.kind === 'text' ? cell.text : cell.kind === 'number' ? cell.value : cell.kind === 'date' ? isoToExcelSerial(cell.iso) : '';
}

describe('the highlight plan', () => {
  const plan = planHighlight(report, grid, { asOf: null, dueSoonDays: 7 });

  it('covers the table from its first data row, with one helper row per deadline the table holds', () => {
    expect(plan.range).toBe('A6:H69');
    const values = plan.helperValues[1900];
    expect(plan.helperRange).toBe(`A1:B${values.length}`);
    expect(plan.keyRange).toBe(`A1:A${values.length}`);
    expect(new Set(values.map(([key]) => key)).size).toBe(values.length);
    const task = report.tasks.find((t) => t.deadline.due === '2025-09-30')!;
    const key = deadlineKey(grid.rows[task.row]![report.columns.deadline!]);
    expect(values).toContainEqual([key, isoToExcelSerial('2025-09-30')]);
    // A recurring task has no due day: its deadline is no key (its row gets no colour but "done").
    const recurring = report.tasks.find((t) => t.deadline.kind === 'recurring')!;
    expect(values.map(([k]) => k)).not.toContain(deadlineKey(grid.rows[recurring.row]![report.columns.deadline!]));
    // Far fewer rows than tasks: the table repeats its deadlines.
    expect(values.length).toBeLessThan(report.tasks.filter((t) => t.deadline.due).length);
  });

  it("gives every row of the table its own task's due day, or none: never another task's", () => {
    const due = `=${dueOf(plan.rules[0]!.formula)}`;
    const taskOf = new Map(report.tasks.flatMap((t) => [t.row, ...t.rows].map((row) => [row, t] as const)));
    let coloured = 0;
    for (let row = 5; row <= report.lastRow; row++) {
      const value = evaluateFormula(due, {
        cell: (sheet, col, r) => (sheet === HELPER_SHEET ? helperCell(plan.helperValues[1900])(col, r) : cellValue(grid, col, r)),
        today: '2025-11-14',
        offset: row - 5,
      });
      const own = taskOf.get(row)?.deadline.due;
      if (value !== 0) {
        expect(value).toBe(isoToExcelSerial(own!));
        coloured++;
      }
    }
    // Every task with a due day is found on its own row here (no deadline in this table is ambiguous).
    expect(coloured).toBeGreaterThanOrEqual(report.tasks.filter((t) => t.deadline.due).length);
  });

  it('compares with TODAY() unless a cut-off date is fixed, and looks the due day up by the deadline cell', () => {
    const [overdue, dueSoon] = plan.rules;
    const due = dueOf(overdue!.formula);
    expect(due).toBe(
      `SUMPRODUCT(EXACT(${keyFormula(`$${DEADLINE}6`)},${HELPER_SHEET}!$A$1:$A$${plan.helperValues[1900].length})*${HELPER_SHEET}!$B$1:$B$${plan.helperValues[1900].length})`,
    );
    expect(overdue!.formula.startsWith(`=AND(${due}>0,${due}<TODAY(),NOT(`)).toBe(true);
    expect(dueSoon!.formula.startsWith(`=AND(${due}>=TODAY(),${due}<=TODAY()+7,NOT(`)).toBe(true);
    expect(planHighlight(report, grid, { asOf: '2025-11-14', dueSoonDays: 7 }).rules[0]!.formula).toContain('<DATE(2025,11,14)');
  });

  it("makes every rule read the helper sheet, so clearing can tell the add-in's rules from the user's", () => {
    expect(plan.rules.map((r) => r.kind)).toEqual(['overdue', 'dueSoon', 'done']);
    expect(plan.rules.every((r) => r.formula.includes(`${HELPER_SHEET}!$B$1`))).toBe(true);
  });

  it('adds no done rule to a table without a status column', () => {
    const book = readWorkbookFile(join(__dirname, '..', '..', 'examples', 'ke-hoach-01-bach-long-vi.xlsx'));
    const plain = recogniseWorkbook(book, { asOf: '2025-11-14' })[0]!;
    expect(
      planHighlight(
        plain,
        book.sheets.find((sheet) => sheet.name === plain.sheet)!,
        { asOf: null, dueSoonDays: 7 },
      ).rules.map((r) => r.kind),
    ).toEqual(['overdue', 'dueSoon']);
  });

  it('keeps each rule well within the length Excel allows a formula (8,192 characters), however many deadlines', () => {
    const rows: (string | number)[][] = [['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Tình trạng']];
    for (let i = 1; i <= 5000; i++)
      rows.push([i, `Nhiệm vụ ${i}`, 'Sở Tư pháp', `Trước ngày ${(i % 28) + 1}/${(Math.floor(i / 28) % 12) + 1}/${2025 + (Math.floor(i / 336) % 10)}`, 'Đang thực hiện']);
    const big = gridOf(rows);
    const many = planHighlight(recogniseWorkbook({ sheets: [big] }, { asOf: '2025-11-14' })[0]!, big, { asOf: null, dueSoonDays: 7 });
    expect(many.helperValues[1900].length).toBeGreaterThan(1000);
    for (const rule of [...plan.rules, ...many.rules]) expect(rule.formula.split(HELPER_SHEET).join(`${HELPER_SHEET}_99`).length).toBeLessThan(2_000);
  });

  it('leaves out a key that rows of different due days share: those rows get no colour rather than another task’s', () => {
    const sheet = gridOf([
      ['KẾ HOẠCH NĂM 2025'],
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Tình trạng'],
      ['1', 'Rà soát thủ tục A', 'Sở Tư pháp', 'Tháng 12', 'Đang thực hiện'],
      ['', 'tiếp tục phần A', '', 'năm 2026', ''],
      ['2', 'Rà soát thủ tục B', 'Sở Tư pháp', 'Tháng 12', 'Đang thực hiện'],
      ['3', 'Rà soát thủ tục C', 'Sở Tư pháp', 'Tháng  12', 'Đang thực hiện'],
      ['4', 'Rà soát thủ tục D', 'Sở Tư pháp', 'Quý III', 'Đang thực hiện'],
    ]);
    const table = recogniseWorkbook({ sheets: [sheet] }, { asOf: '2025-11-14' })[0]!;
    // The engine reads task 1's deadline over both rows: "Tháng 12 năm 2026"; task 2's is December 2025.
    expect(table.tasks.map((t) => t.deadline.due)).toEqual(['2026-12-31', '2025-12-31', '2025-12-31', '2025-09-30']);
    const helper = planHighlight(table, sheet, { asOf: null, dueSoonDays: 7 }).helperValues[1900];
    expect(helper).toEqual([
      ['năm 2026', isoToExcelSerial('2026-12-31')],
      ['Quý III', isoToExcelSerial('2025-09-30')],
    ]);
  });

  it('keys a date cell by its serial in the workbook’s date system, and gives the due days in it', () => {
    const sheet = gridOf([
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Tình trạng'],
      ['1', 'Rà soát thủ tục A', 'Sở Tư pháp', { kind: 'date', iso: '2025-09-30', format: 'dd/mm/yyyy' }, 'Đang thực hiện'],
      ['2', 'Rà soát thủ tục B', 'Sở Tư pháp', 'Năm 2025', 'Đang thực hiện'],
    ]);
    const plan1904 = planHighlight(recogniseWorkbook({ sheets: [sheet] }, { asOf: '2025-11-14' })[0]!, sheet, { asOf: null, dueSoonDays: 7 });
    const serial = isoToExcelSerial('2025-09-30');
    const yearEnd = isoToExcelSerial('2025-12-31');
    expect(plan1904.helperValues[1900]).toEqual([
      [String(serial), serial],
      ['Năm 2025', yearEnd],
    ]);
    expect(plan1904.helperValues[1904]).toEqual([
      [String(serial - 1462), serial - 1462],
      ['Năm 2025', yearEnd - 1462],
    ]);
  });
});

describe('the key: one normalisation here and in Excel', () => {
  /** Excel's key of a cell holding `value` (a date as its serial in the workbook's system). */
  const excelKey = (value: string | number | boolean) => evaluateFormula(`=${keyFormula('$E6')}`, { cell: (_sheet, col) => (col === 'E' ? value : ''), today: '2025-11-14' });

  it.each([
    ['Tháng 9/2025', 'Tháng 9/2025'],
    ['  Quý IV/2025  ', 'Quý IV/2025'],
    ['Trước ngày\n30/9/2025', 'Trước ngày 30/9/2025'],
    ['Trước  ngày \n 30/9', 'Trước ngày 30/9'],
    ['5/6/2025', '5/6/2025'],
    ['2025', '2025'],
    ['Năm\t2025', 'Năm\t2025'],
    ['Năm\u00a02025', 'Năm\u00a02025'],
  ])('text %j is keyed %j', (value, key) => {
    expect(deadlineKey(text(value))).toBe(key);
    expect(excelKey(value)).toBe(key);
  });

  it('keys numbers and dates by their whole serial, as INT(...)&"" writes them', () => {
    expect(deadlineKey({ kind: 'number', value: 2025 })).toBe('2025');
    expect(excelKey(2025)).toBe('2025');
    expect(deadlineKey({ kind: 'number', value: 45930.75 })).toBe('45930');
    expect(excelKey(45930.75)).toBe('45930');
    expect(deadlineKey({ kind: 'date', iso: '2025-09-30' })).toBe('45930');
    expect(deadlineKey({ kind: 'date', iso: '2025-09-30' }, 1462)).toBe('44468');
    expect(excelKey(-0.5)).toBe(deadlineKey({ kind: 'number', value: -0.5 }));
  });

  it('gives no key to an empty cell, blank text, a boolean or an error (Excel gives "", a word or an error: none is a key written)', () => {
    expect([null, undefined, text(' \n '), { kind: 'boolean', value: true }, { kind: 'error', code: '#N/A' }].map((c) => deadlineKey(c as Cell | null))).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(excelKey('')).toBe('');
    expect(excelKey(' \n ')).toBe('');
  });

  it('agrees with Excel on any text and number', () => {
    const pieces = ['Tháng', 'tháng', '9/2025', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', 'Quý IV', '30/9', '5/6/2025', '2025', '"', '*', '?', '~', 'Đ', 'năm'];
    const textCell = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(textCell, fc.string({ maxLength: 20 })), (value) => excelKey(value) === (deadlineKey(text(value)) ?? '')),
      { numRuns: 2_000 },
    );
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1e6, max: 3e6 }), fc.double({ min: -1e6, max: 3e6, noNaN: true })), (value) => excelKey(value) === deadlineKey({ kind: 'number', value })),
      { numRuns: 2_000 },
    );
  });
});

describe('"done" has one definition: the engine and the highlight formula agree', () => {
  const vocabulary = [...STATUS_WORDS.map((w) => w.written), ...FULL_PROGRESS_SPELLINGS];
  const cases = [
    ...new Set([...vocabulary.flatMap(spellings).flatMap((word) => TAILS.map((tail) => word + tail)), ...ISSUE_WORDS.flatMap(spellings), ...NOT_YET_WORDS.flatMap(spellings)]),
  ];

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
      ...NOT_YET_ASIDES.flatMap(spellings),
      'không',
      'chưa',
      'chưa'.normalize('NFD'),
      'chứa'.normalize('NFD'),
      'Chữa',
      'chuá',
      'chia',
      'xong',
      'nghiệm thu',
      '80%',
      '100%',
      '100',
      '%',
      ' %',
      '0,5',
      '45/BC-SNV',
      'ngày 25/9/2025',
      'mục tiêu',
      'phần mềm',
      'một',
      'phần',
      'đạt',
      'HTX',
      '1',
    ];
    const separators = [' ', '  ', ', ', '; ', '.', '(', ')', '-', '\n', '\r\n', '\t', '\u00a0', '', '/', '✓', ':', ' – '];
    const status = fc
      .array(fc.tuple(fc.constantFrom(...separators), fc.constantFrom(...pieces)), { minLength: 1, maxLength: 5 })
      .chain((parts) => fc.tuple(fc.constant(parts), fc.constantFrom(...separators)))
      .map(([parts, end]) => parts.map(([sep, piece], i) => (i === 0 ? piece : sep + piece)).join('') + end);
    fc.assert(
      fc.property(status, (s) => !excelDone(s) || engineDone(text(s))),
      { numRuns: 3_000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => !excelDone(s) || engineDone(text(s))),
      { numRuns: 1_000 },
    );
  });
});

describe('the highlight rules on a row, as Excel draws them', () => {
  const plan = planHighlight(report, grid, { asOf: '2025-11-14', dueSoonDays: 7 });
  /** A row whose deadline cell reads "Hạn X", the helper giving "Hạn X" the day `due`. */
  const colour = (status: string, due: string) =>
    plan.rules
      .filter((rule) =>
        ruleApplies(rule.formula, {
          cell: (sheet, col, row) =>
            sheet === HELPER_SHEET ? (row === 1 ? (col === 'A' ? 'Hạn X' : isoToExcelSerial(due)) : '') : col === STATUS ? status : col === DEADLINE ? 'Hạn X' : '',
          today: '2025-11-14',
        }),
      )
      .map((rule) => rule.kind);

  it.each([
    ['Đã hoàn thành, tiếp tục duy trì', '2025-09-30', ['done']],
    ['Hoàn thành, đang chờ phê duyệt', '2025-09-30', ['done']],
    ['Đã thực hiện, chưa xong', '2025-09-30', ['overdue']],
    ['Đã hoàn thành; chưa phát sinh vướng mắc', '2025-09-30', ['done']],
    ['HT', '2025-09-30', ['done']],
    ['Hoàn thành 80%', '2025-09-30', ['overdue']],
    ['Đang thực hiện (đạt 60%)', '2025-11-18', ['dueSoon']],
    ['Chưa triển khai', '2025-12-31', []],
    ['Tạm ổn', '2025-09-30', ['overdue']],
  ] as const)('"%s", due %s → %j', (status, due, kinds) => {
    expect(colour(status, due)).toEqual(kinds);
  });
});
