/**
 * Text the add-in writes arrives as the text it is (issue 15, item 2): Range.values reads a string
 * the way Excel reads typed input in the US locale (office-js#1559), and the in-memory Excel does the
 * same unless the cell's number format is "@". Numbers and real dates stay numbers and dates, and an
 * empty cell of a date column keeps its date format for what the user types there later.
 */
import fc from 'fast-check';
import { isoToExcelSerial } from '../../src/core/calendar';
import type { Edit } from '../../src/core/findings';
import { cellText, type Grid } from '../../src/core/grid';
import { importLayout, importText } from '../../src/core/import/importPlan';
import type { SheetLayout } from '../../src/core/summaryLayout';
import { applyEdits, excelWouldRetype, textWrite } from '../../src/office/applyEdits';
import { readSheet } from '../../src/office/readSheet';
import { writeNewSheet, writeOwnSheets } from '../../src/office/writeOwnSheets';
import { readWorkbookBytes } from '../../src/io/workbookBytes';
import { writeLayouts } from '../../src/io/writeSummary';
import { gridOf } from '../helpers/grids';
import { asExcelContext, MemoryContext, typedCell } from '../helpers/memoryExcel';

/** Texts Excel would turn into something else, and a few it would not. */
const TRICKY = [
  '5/6/2025',
  '1.10',
  '7.',
  '2025-12-31',
  '100%',
  'TRUE',
  'false',
  '1,5',
  '#N/A',
  'Jun-25',
  '10:30',
  '1e3',
  '1.E1',
  '6/2025',
  '1 1/2',
  '$5',
  '(5)',
  ' 12 ',
  '0012',
  '31/12/2025',
  'Quý IV/2025',
  'Tháng 9/2025',
  'Sở Tư pháp',
];

async function readBack(context: MemoryContext, sheet: string): Promise<Grid> {
  return readSheet(asExcelContext(context), { mergedAreas: true }, sheet);
}

describe('the in-memory Excel reads strings as Excel does (US rules)', () => {
  it.each([
    ['5/6/2025', { kind: 'date', iso: '2025-05-06', format: 'm/d/yyyy' }],
    ['1.10', { kind: 'number', value: 1.1 }],
    ['7.', { kind: 'number', value: 7 }],
    ['2025-12-31', { kind: 'date', iso: '2025-12-31', format: 'm/d/yyyy' }],
    ['100%', { kind: 'number', value: 1, format: '0%' }],
    ['TRUE', { kind: 'boolean', value: true }],
    ['6/2025', { kind: 'date', iso: '2025-06-01', format: 'm/d/yyyy' }],
    ['10:30', { kind: 'number', value: 0.4375, format: 'h:mm' }],
    ['#N/A', { kind: 'error', code: '#N/A' }],
    ['=1+1', { kind: 'error', code: '#NAME?' }],
    ['30/6/2025', { kind: 'text', text: '30/6/2025' }],
    ['Quý IV/2025', { kind: 'text', text: 'Quý IV/2025' }],
  ])('%s', (input, cell) => {
    expect(typedCell(input, 2025)).toEqual(cell);
  });

  it('keeps text in a cell formatted "@" and after a leading apostrophe', async () => {
    const context = new MemoryContext(gridOf([['STT']]));
    const sheet = (context.workbook as { worksheets: { getItem(n: string): { getRange(a: string): { values: unknown[][]; numberFormat: string[][] } } } }).worksheets.getItem('Sheet1');
    sheet.getRange('A2:B2').numberFormat = [['@', 'General']];
    sheet.getRange('A2:C2').values = [['5/6/2025', '5/6/2025', "'5/6/2025"]];
    await context.sync();
    expect(context.grid.rows[1]).toEqual([
      { kind: 'text', text: '5/6/2025' },
      { kind: 'date', iso: '2025-05-06', format: 'm/d/yyyy' },
      { kind: 'text', text: '5/6/2025' },
    ]);
  });
});

describe('excelWouldRetype', () => {
  it('says yes to every text the US reading would turn into something else (property)', () => {
    const piece = fc.constantFrom(
      '1',
      '5',
      '12',
      '2025',
      '.',
      ',',
      '/',
      '-',
      ':',
      ' ',
      '%',
      '$',
      '(',
      ')',
      'e',
      'E',
      '+',
      'Jun',
      'june',
      'Sept',
      'am',
      'PM',
      'p',
      'Mon',
      'TRUE',
      '#N/A',
      'Quý',
      'IV',
      'ngày',
      'x',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (pieces) => {
        const text = pieces.join('');
        const cell = typedCell(text);
        const changed = cell.kind !== 'text' || cell.text !== text;
        const write = textWrite(text);
        if (changed) expect(write.format === '@' || write.value !== text).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('leaves alone text Excel keeps as text, so the user’s cells keep their format', () => {
    expect(['Sở Tư pháp', 'Quý IV/2025', 'Trước ngày 30/6/2025', 'Thường xuyên', 'Đã hoàn thành 100%'].filter(excelWouldRetype)).toEqual([]);
  });
});

describe('writers survive the re-reading', () => {
  const layout: SheetLayout = {
    key: 'consolidated',
    name: 'Hợp nhất',
    rows: [
      ['TỔNG HỢP'],
      ['Ngày chốt: 14/11/2025'],
      [],
      ['STT', 'Nội dung', 'Số', 'Hạn', 'Ngày hoàn thành'],
      ...TRICKY.map((text, i) => [text, text, i % 2 ? 7 : 1.1, { date: '2025-12-31' }, i % 3 ? null : { date: '2025-10-01' }]),
    ],
    headerRow: 3,
    lastTableRow: 3 + TRICKY.length,
    boldRows: [],
    widths: [8, 30, 8, 12, 12],
    formats: { 3: 'dd/mm/yyyy', 4: 'dd/mm/yyyy' },
    table: null,
  };

  it('the own sheets: text stays text, numbers numbers, dates dates, and empty date cells keep the date format', async () => {
    const context = new MemoryContext(gridOf([['STT']]));
    await writeOwnSheets(asExcelContext(context), [layout], { owner: 'consolidation', lang: 'vi', source: 'Sheet1', pivotTables: false });
    const grid = await readBack(context, 'Hợp nhất');
    TRICKY.forEach((text, i) => {
      const row = grid.rows[4 + i]!;
      expect([cellText(row[0]), cellText(row[1])]).toEqual([text, text]);
      expect(row[0]!.kind).toBe('text');
      expect(row[2]).toEqual({ kind: 'number', value: i % 2 ? 7 : 1.1 });
      expect(row[3]).toEqual({ kind: 'date', iso: '2025-12-31', format: 'dd/mm/yyyy' });
      if (i % 3) expect(context.formatAt('Hợp nhất', `E${5 + i}`)).toBe('dd/mm/yyyy');
    });
    // What the user types later into an empty completion-date cell is a date.
    const cell = (context.workbook as { worksheets: { getItem(n: string): { getRange(a: string): { values: unknown[][] } } } }).worksheets.getItem('Hợp nhất').getRange('E6');
    cell.values = [['12/31/2025']];
    await context.sync();
    expect(context.gridOf('Hợp nhất').rows[5]![4]).toEqual({ kind: 'date', iso: '2025-12-31', format: 'dd/mm/yyyy' });
    // Plain text needs no Text format.
    expect(context.formatAt('Hợp nhất', `B${4 + TRICKY.length}`)).toBe('General');
  });

  it('a layout date that is no day is written as its text by both writers, never as 01/01/1970', async () => {
    const dated: SheetLayout = {
      ...layout,
      rows: [['T'], [], [], ['STT', 'Hạn'], [1, { date: '2025-02-30' }], [2, { date: '' }], [3, { date: '2025-12-31' }]],
      lastTableRow: 6,
      formats: { 1: 'dd/mm/yyyy' },
    };
    const context = new MemoryContext(gridOf([['STT']]));
    await writeOwnSheets(asExcelContext(context), [dated], { owner: 'consolidation', lang: 'vi', source: 'Sheet1', pivotTables: false });
    const pane = (await readBack(context, 'Hợp nhất')).rows.slice(4).map((row) => row[1] ?? null);
    const file = readWorkbookBytes(await writeLayouts([dated]), 'tong-hop.xlsx')
      .sheets[0]?.rows.slice(4)
      .map((row) => row[1] ?? null);
    for (const cells of [pane, file]) {
      expect(cells?.[0]).toEqual({ kind: 'text', text: '2025-02-30' });
      expect(cells?.[1]).toBeNull();
      expect(cells?.[2]).toEqual(expect.objectContaining({ kind: 'date', iso: '2025-12-31' }));
    }
  });

  it('an imported plan keeps "1." and "5/6/2025" as written', async () => {
    const plan = importText(
      '1. Rà soát thủ tục hành chính\n- Cơ quan chủ trì: Sở Tư pháp.\n- Thời gian hoàn thành: 5/6/2025.\n2. Số hóa hồ sơ\n- Cơ quan chủ trì: Sở Nội vụ.\n- Thời gian hoàn thành: 2025-12-31',
      '2025-11-14',
    );
    const context = new MemoryContext(gridOf([['STT']]));
    const name = await writeNewSheet(asExcelContext(context), importLayout(plan, plan.tables[0]!));
    const rows = (await readBack(context, name)).rows.slice(3).map((row) => row.map((cell) => (cell?.kind === 'text' ? cell.text : cell)));
    expect(rows.map((row) => row[0])).toEqual(['1.', '2.']);
    expect(rows.map((row) => row[4])).toEqual(['5/6/2025', '2025-12-31']);
  });

  it('safe fixes: a text fix stays the text it is; a date fix is a date in a 1904 workbook too', async () => {
    const grid = gridOf([
      ['STT', 'Nhiệm vụ', 'Thời hạn'],
      ['1', 'Rà soát', '5/6/2025 '],
      ['2', 'Số hóa', { kind: 'date', iso: '2025-01-01', format: 'dd/mm/yyyy' }],
    ]);
    const context = new MemoryContext(grid);
    context.date1904 = true;
    const edits: Edit[] = [
      { kind: 'text', sheet: 'Sheet1', row: 1, col: 2, text: '5/6/2025' },
      { kind: 'text', sheet: 'Sheet1', row: 1, col: 0, text: '7.' },
      { kind: 'text', sheet: 'Sheet1', row: 1, col: 1, text: 'Rà soát thủ tục' },
      { kind: 'date', sheet: 'Sheet1', row: 2, col: 2, iso: '2025-12-31' as never },
    ];
    await applyEdits(asExcelContext(context), new Map([['Sheet1', grid]]), edits);
    expect(context.grid.rows[1]).toEqual([
      { kind: 'text', text: '7.' },
      { kind: 'text', text: 'Rà soát thủ tục' },
      { kind: 'text', text: '5/6/2025' },
    ]);
    expect(context.formatAt('Sheet1', 'B2')).toBe('General'); // no Text format where none is needed
    expect(context.writes.get('C3')).toEqual([[isoToExcelSerial('2025-12-31') - 1462]]);
    expect(context.grid.rows[2]![2]).toEqual({ kind: 'date', iso: '2025-12-31', format: 'dd/mm/yyyy' });
  });

  it('an unmerged area gets its value in two writes at most, the Text format first when needed', async () => {
    const grid = gridOf(
      [
        ['STT', 'Đơn vị'],
        ['1.10', 'Sở Tư pháp'],
        [null, null],
        [null, null],
      ],
      { merges: [[1, 0, 3, 1]] },
    );
    const context = new MemoryContext(grid);
    await applyEdits(asExcelContext(context), new Map([['Sheet1', grid]]), [{ kind: 'unmerge', sheet: 'Sheet1', top: 1, left: 0, bottom: 3, right: 1 }]);
    expect([...context.writes.keys()]).toEqual(['B2', 'A3:B4']);
    expect(context.grid.rows.slice(1).map((row) => row.map((cell) => cellText(cell)))).toEqual([
      ['1.10', '1.10'],
      ['1.10', '1.10'],
      ['1.10', '1.10'],
    ]);
  });
});
