/**
 * Reads the bytes of .xlsx, .xlsm and .xls files into the engine's grid with SheetJS CE (@e965/xlsx,
 * pinned). No Node here: the pane's Web Worker reads dropped files with it, the command line reads
 * files from disk through readWorkbook.ts.
 * SheetJS's core build loads in a fifth of the full build's time; the code-page tables it leaves out
 * (470 KB, needed only by legacy .xls files) are handed over by the caller and loaded on first use.
 * Dates are kept as serial numbers by SheetJS and turned into calendar days here with UTC
 * arithmetic, so a reader in UTC+7 and one in UTC-5 see the same deadline.
 */
import * as XLSX from '@e965/xlsx/dist/xlsx.core.min.js';
import { type Cell, type CellRange, dateFormattedCell, type Grid, type Workbook } from '../core/grid';
import { isDateFormat } from '../core/numberFormat';
import { MAX_FILE_BYTES, WorkbookReadError } from './readFailures';
import { checkZip, type PartCheck } from './zipDirectory';

const ERROR_CODES: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

type Container = 'zip' | 'cfb' | 'xml' | 'html' | 'unknown';

function containerOf(bytes: Uint8Array): Container {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'cfb';
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('<?xml') && /<(?:[\w.-]+:)?workbook\b/.test(head)) return 'xml'; // <ss:Workbook> too
  if (head.startsWith('<html') || head.startsWith('<!doctype html') || head.startsWith('<table')) return 'html';
  return 'unknown';
}

/**
 * Which containers a file may be. .xlsx/.xlsm are zips (an encrypted one is a CFB container);
 * .xls is a CFB container, or the SpreadsheetML/HTML that many government systems export as ".xls".
 */
function acceptable(container: Container, extension: string): boolean {
  if (extension === '.xls') return container !== 'unknown';
  return container === 'zip' || container === 'cfb';
}

/** With `cellDates: false` SheetJS gives every date as a serial number with a date format, never a Date. */
function toCell(raw: XLSX.CellObject | undefined, date1904: boolean): Cell | null {
  if (!raw) return null;
  switch (raw.t) {
    case 's':
      return raw.v === undefined || raw.v === '' ? null : { kind: 'text', text: String(raw.v) };
    case 'n': {
      const value = raw.v;
      // A value that is no number ("<v>abc</v>", which Excel would repair away) is an empty cell.
      if (typeof value !== 'number' || !Number.isFinite(value)) return null;
      const format = typeof raw.z === 'string' ? raw.z : undefined;
      if (format && isDateFormat(format)) return dateFormattedCell(value, format, date1904);
      return format && format !== 'General' ? { kind: 'number', value, format } : { kind: 'number', value };
    }
    case 'b':
      return { kind: 'boolean', value: Boolean(raw.v) };
    case 'e':
      return { kind: 'error', code: raw.w ?? (typeof raw.v === 'number' ? ERROR_CODES[raw.v] : undefined) ?? '#ERROR!' };
    default:
      return null;
  }
}

/**
 * Rows a sheet may have: SheetJS stops reading one row past it and the sheet is refused. Ten
 * thousand tasks fit five times over; SheetJS needs about 3 s for a sheet this tall.
 */
const MAX_SHEET_ROWS = 50_000;
/** Cells a sheet may fill. */
const MAX_SHEET_CELLS = 1_000_000;

function toGrid(name: string, sheet: XLSX.WorkSheet, date1904: boolean): Grid {
  // Sparse: a row SheetJS did not fill is a hole (`data[r]` undefined), an empty row.
  const data = sheet['!data'] ?? [];
  if (data.length > MAX_SHEET_ROWS) throw new WorkbookReadError('sheet_too_large', `${name}: over ${MAX_SHEET_ROWS} rows`);
  const rows: (Cell | null)[][] = [];
  let cells = 0;
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    const row: (Cell | null)[] = [];
    if (source) for (let c = 0; c < source.length; c++) row.push(toCell(source[c], date1904));
    cells += row.length;
    if (cells > MAX_SHEET_CELLS) throw new WorkbookReadError('sheet_too_large', `${name}: over ${MAX_SHEET_CELLS} cells`);
    while (row.length > 0 && row.at(-1) === null) row.pop();
    rows.push(row);
  }
  while (rows.at(-1)?.length === 0) rows.pop();
  const merges: CellRange[] = (sheet['!merges'] ?? []).map((m) => ({
    top: m.s.r,
    left: m.s.c,
    bottom: m.e.r,
    right: m.e.c,
  }));
  const hiddenRows = new Set<number>();
  (sheet['!rows'] ?? []).forEach((info, r) => {
    if (info?.hidden) hiddenRows.add(r);
  });
  return { name, rows, merges, hiddenRows };
}

/**
 * SheetJS reads docProps/custom.xml one character per byte without decoding its UTF-8 ("Sá» Ná»i
 * vá»¥" for "Sở Nội vụ"; it decodes the core properties since its issue #822, not the custom ones).
 * Text that is whole UTF-8 read so is decoded; anything else (ASCII, text already decoded) is kept.
 */
function fromUtf8Bytes(text: string): string {
  const codes = Array.from(text, (ch) => ch.charCodeAt(0));
  if (codes.every((code) => code < 0x80) || codes.some((code) => code > 0xff)) return text;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(codes));
  } catch {
    return text;
  }
}

/**
 * The custom properties whose value is text, or undefined when there are none. phuluc's own (a
 * template's identity) are all text; a number, a date or a yes/no another tool set is left out.
 */
function textProperties(custprops: object | undefined): Record<string, string> | undefined {
  const text = Object.entries(custprops ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return text.length > 0 ? Object.fromEntries(text.map(([name, value]) => [fromUtf8Bytes(name), fromUtf8Bytes(value)])) : undefined;
}

type CodepageTables = Parameters<typeof XLSX.set_cptable>[0];
let codepages: (() => CodepageTables) | null = null;

/** How to load SheetJS's code-page tables when the first legacy (CFB) file arrives. */
export function loadCodepagesWith(load: () => CodepageTables): void {
  codepages = load;
}

/**
 * Parses workbook bytes. `fileName` gives the extension that decides which containers are allowed;
 * `checkParts`, where the host can inflate (Node), makes sure no part inflates beyond what the zip
 * directory claims before SheetJS inflates them all.
 */
export function readWorkbookBytes(bytes: Uint8Array, fileName: string, checkParts?: PartCheck): Workbook {
  if (bytes.length > MAX_FILE_BYTES) throw new WorkbookReadError('too_large', `${bytes.length} bytes`);
  const extension = /\.[^./\\]*$/.exec(fileName)?.[0].toLowerCase() ?? '';
  const container = containerOf(bytes);
  if (!acceptable(container, extension)) throw new WorkbookReadError('not_excel');
  if (container === 'zip') checkZip(bytes, checkParts);
  if (container === 'cfb' && codepages) {
    XLSX.set_cptable(codepages());
    codepages = null;
  }
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(bytes, {
      type: 'array', // a Uint8Array: what both Node's Buffer and the browser's files are
      dense: true,
      cellNF: true,
      cellStyles: true, // needed for hidden rows
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
      WTF: false,
      sheetRows: MAX_SHEET_ROWS + 1,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(message)) throw new WorkbookReadError('password');
    throw new WorkbookReadError('damaged', message);
  }
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  // A chart sheet has no cells; a sheet the workbook names but does not hold is left out.
  const sheets = book.SheetNames.flatMap((name) => {
    const sheet = book.Sheets[name];
    return sheet && sheet['!type'] !== 'chart' ? [toGrid(name, sheet, date1904)] : [];
  });
  return { sheets, keywords: book.Props?.Keywords, properties: textProperties(book.Custprops) };
}
