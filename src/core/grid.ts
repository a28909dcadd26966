/**
 * The neutral grid: one model of a sheet that both the file reader (SheetJS) and the Office.js
 * reader produce, so recognition never knows where a sheet came from. Rows and columns are 0-based.
 */
import { excelSerialToIso } from './calendar';

export type Cell =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; format?: string }
  /** A real Excel date, already converted to a calendar day (YYYY-MM-DD, UTC, no time zone). */
  | { kind: 'date'; iso: string; format?: string }
  | { kind: 'boolean'; value: boolean }
  /** An error value as Excel shows it: "#REF!", "#N/A", "#VALUE!" ... */
  | { kind: 'error'; code: string };

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  name: string;
  /** rows[r][c]; a missing or null entry is an empty cell. Rows may have different lengths. */
  rows: (Cell | null | undefined)[][];
  merges: CellRange[];
  hiddenRows: ReadonlySet<number>;
}

export interface Workbook {
  sheets: Grid[];
  /** The file's "Keywords" property: phuluc marks the workbooks it writes there (OWN_OUTPUT_KEYWORD). */
  keywords?: string;
  /**
   * The file's custom properties whose value is text (docProps/custom.xml): a template phuluc made
   * for a unit names its plan, period and unit there (src/core/cycle/identity.ts).
   */
  properties?: Record<string, string>;
}

/** The serial of 31/12/9999, the last day Excel shows, in the 1900 and in the 1904 date system. */
const LAST_DAY_SERIAL = { 1900: 2_958_465, 1904: 2_957_003 } as const;

/**
 * A number shown with a date format, as both readers keep it: a date cell when Excel shows it as a
 * day (serial 0 to 31/12/9999), else a number cell (Excel shows ####): a serial past year 9999, a
 * negative one or NaN is never turned into an impossible day.
 */
export function dateFormattedCell(value: number, format: string, date1904: boolean): Cell {
  const day = value >= 0 && value <= LAST_DAY_SERIAL[date1904 ? 1904 : 1900];
  return day ? { kind: 'date', iso: excelSerialToIso(value, date1904), format } : { kind: 'number', value, format };
}

/** "A", "B", ... "Z", "AA" for a 0-based column index. */
export function columnLetter(col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** 0-based column index of "A", "B", ... "AA": the inverse of columnLetter. */
export function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** A1 address of a 0-based cell. */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "dd/mm/yyyy", the way Vietnamese offices write a date, from an ISO calendar day. */
export function isoToVietnamese(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/** The text a person sees in the cell, for matching and messages. */
export function cellText(cell: Cell | null | undefined): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'number':
      return String(cell.value);
    case 'date':
      return isoToVietnamese(cell.iso);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'error':
      return cell.code;
  }
}

export function isBlank(cell: Cell | null | undefined): boolean {
  return !cell || (cell.kind === 'text' && cell.text.trim() === '');
}

export function columnCount(grid: Grid): number {
  let max = 0;
  for (const row of grid.rows) if (row.length > max) max = row.length;
  return max;
}
