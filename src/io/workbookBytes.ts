/**
 * Reads the bytes of .xlsx, .xlsm and .xls files into the engine's grid with SheetJS CE (@e965/xlsx,
 * pinned). No Node here: the pane's Web Worker reads dropped files with it, the command line reads
 * files from disk through readWorkbook.ts.
 * Dates are kept as serial numbers by SheetJS and turned into calendar days here with UTC
 * arithmetic, so a reader in UTC+7 and one in UTC-5 see the same deadline.
 */
import * as XLSX from '@e965/xlsx';
import { excelSerialToIso } from '../core/calendar';
import type { Cell, CellRange, Grid, Workbook } from '../core/grid';
import type { Language } from '../core/findings';
import { isDateFormat } from '../core/numberFormat';

export type ReadFailure = 'not_found' | 'not_excel' | 'damaged' | 'password' | 'too_large';

/** Why a file could not be used, as the command line and the pane tell it. */
export const READ_FAILURES: Record<ReadFailure | 'no_table', Record<Language, string>> = {
  not_found: { vi: 'không tìm thấy tệp', en: 'file not found' },
  not_excel: { vi: 'không phải tệp Excel (.xlsx, .xlsm, .xls)', en: 'not an Excel file (.xlsx, .xlsm, .xls)' },
  damaged: { vi: 'tệp bị hỏng, Excel không mở được', en: 'the file is damaged' },
  password: { vi: 'tệp có mật khẩu; hãy bỏ mật khẩu rồi chạy lại', en: 'the file is password protected; remove the password and retry' },
  too_large: { vi: 'tệp quá lớn (trên 50 MB)', en: 'the file is too large (over 50 MB)' },
  no_table: {
    vi: 'không tìm thấy bảng phụ lục nhiệm vụ (cần dòng tiêu đề có các cột Nhiệm vụ, Chủ trì, Thời hạn)',
    en: 'no appendix table found (needs a header row with task, lead unit and deadline columns)',
  },
};

export class WorkbookReadError extends Error {
  constructor(
    readonly reason: ReadFailure,
    readonly detail?: string,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = 'WorkbookReadError';
  }
}

/** Larger files are not appendix tables someone typed; refuse them before parsing. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

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
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.startsWith('<?xml') && head.includes('<workbook')) return 'xml';
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
      const value = raw.v as number;
      const format = typeof raw.z === 'string' ? raw.z : undefined;
      if (format && isDateFormat(format)) return { kind: 'date', iso: excelSerialToIso(value, date1904), format };
      return format && format !== 'General' ? { kind: 'number', value, format } : { kind: 'number', value };
    }
    case 'b':
      return { kind: 'boolean', value: Boolean(raw.v) };
    case 'e':
      return { kind: 'error', code: raw.w ?? ERROR_CODES[raw.v as number] ?? '#ERROR!' };
    default:
      return null;
  }
}

function toGrid(name: string, sheet: XLSX.WorkSheet, date1904: boolean): Grid {
  const data = (sheet['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
  const rows: (Cell | null)[][] = [];
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    const row: (Cell | null)[] = [];
    if (source) for (let c = 0; c < source.length; c++) row.push(toCell(source[c], date1904));
    while (row.length > 0 && row.at(-1) === null) row.pop();
    rows.push(row);
  }
  while (rows.length > 0 && rows.at(-1)!.length === 0) rows.pop();
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

/** Parses workbook bytes. `fileName` gives the extension that decides which containers are allowed. */
export function readWorkbookBytes(bytes: Uint8Array, fileName: string): Workbook {
  if (bytes.length > MAX_FILE_BYTES) throw new WorkbookReadError('too_large', `${bytes.length} bytes`);
  const extension = /\.[^./\\]*$/.exec(fileName)?.[0].toLowerCase() ?? '';
  const container = containerOf(bytes);
  if (!acceptable(container, extension)) throw new WorkbookReadError('not_excel');
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
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(message)) throw new WorkbookReadError('password');
    throw new WorkbookReadError('damaged', message);
  }
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  const sheets = book.SheetNames.filter((name) => book.Sheets[name]?.['!type'] !== 'chart').map((name) =>
    toGrid(name, book.Sheets[name]!, date1904),
  );
  return { sheets };
}
