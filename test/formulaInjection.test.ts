/**
 * Text that Excel would run as a formula (it begins with = + - @, a tab, CR or LF) is written as text
 * by every writer: the xlsx writer of the command line, the fixed copy, and the Office.js writers
 * of the pane. Numbers stay numbers.
 */
import * as XLSX from '@e965/xlsx';
import type { SheetLayout } from '../src/core/summaryLayout';
import { writeFixedCopy } from '../src/io/writeFixedCopy';
import { writeLayouts } from '../src/io/writeSummary';
import { applyEdits } from '../src/office/applyEdits';
import { writeOwnSheets } from '../src/office/writeOwnSheets';
import { gridOf } from './helpers/grids';
import { asExcelContext, MemoryContext } from './helpers/memoryExcel';

const HOSTILE = ['=HYPERLINK("http://x.example","bấm")', '+84 225 3842', '-1+2', '@SUM(A1:A2)', '\t=1+1', '\r=1+1', '\n=1+1', "=cmd|'/C calc'!A0"];
const NUMBERS = [-5, 3.5, 0];

/** Every cell as SheetJS sees it with formulas read: type, value, and any formula. */
function cellsOf(bytes: Uint8Array, sheet: string): { t: string; v: unknown; f?: string }[] {
  const book = XLSX.read(bytes, { type: 'array', cellFormula: true });
  const ws = book.Sheets[sheet]!;
  return Object.keys(ws)
    .filter((key) => !key.startsWith('!'))
    .map((key) => {
      const { t, v, f } = ws[key] as XLSX.CellObject;
      return f === undefined ? { t, v } : { t, v, f };
    });
}

const layout: SheetLayout = {
  key: 'byUnit',
  name: 'Thử',
  rows: [['Văn bản', 'Số'], ...HOSTILE.map((text, i) => [text, NUMBERS[i % NUMBERS.length]!])],
  headerRow: 0,
  lastTableRow: HOSTILE.length,
  boldRows: [],
  widths: [30, 10],
  formats: {},
  table: null,
};

describe('text that looks like a formula', () => {
  it('stays text in the xlsx the command line writes, and numbers stay numbers', async () => {
    const cells = cellsOf(await writeLayouts([layout]), 'Thử');
    expect(cells.filter((c) => c.f !== undefined)).toEqual([]);
    expect(cells.filter((c) => c.t === 's').map((c) => c.v)).toEqual(expect.arrayContaining(HOSTILE));
    expect(cells.filter((c) => c.t === 'n').map((c) => c.v)).toHaveLength(HOSTILE.length);
  });

  it('stays text in the fixed copy', () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['STT', 'Nhiệm vụ'], ...HOSTILE.map((_, i) => [i + 1, 'x'])]), 'Phụ lục');
    const original = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    const copy = writeFixedCopy(
      original,
      HOSTILE.map((text, i) => ({ kind: 'text' as const, sheet: 'Phụ lục', row: i + 1, col: 1, text })),
    );
    const cells = cellsOf(copy, 'Phụ lục');
    expect(cells.filter((c) => c.f !== undefined)).toEqual([]);
    expect(cells.filter((c) => c.t === 's').map((c) => c.v)).toEqual(expect.arrayContaining(HOSTILE));
    expect(cells.filter((c) => c.t === 'n').map((c) => c.v)).toEqual(HOSTILE.map((_, i) => i + 1));
  });

  it('is written with Excel’s text prefix by the pane’s sheet writer, numbers untouched', async () => {
    const context = new MemoryContext(gridOf([['STT']]));
    await writeOwnSheets(asExcelContext(context), [layout], { owner: 'summary', lang: 'vi', source: 'Sheet1', pivotTables: false });
    const written = [...context.sheets.get('Thử')!.values.values()].flat();
    expect(written.slice(1).map((row) => row[0])).toEqual(HOSTILE.map((text) => `'${text}`));
    expect(written.slice(1).map((row) => row[1])).toEqual(HOSTILE.map((_, i) => NUMBERS[i % NUMBERS.length]));
  });

  it('is written with Excel’s text prefix by the pane’s fixes', async () => {
    const context = new MemoryContext(gridOf([['STT', 'Nhiệm vụ'], ...HOSTILE.map(() => ['1', 'x'])]));
    await applyEdits(
      asExcelContext(context),
      new Map(),
      HOSTILE.map((text, i) => ({ kind: 'text' as const, sheet: 'Sheet1', row: i + 1, col: 1, text })),
    );
    expect(HOSTILE.map((_, i) => context.writes.get(`B${i + 2}`))).toEqual(HOSTILE.map((text) => [[`'${text}`]]));
  });
});
