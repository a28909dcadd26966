/**
 * Turns what Excel returns for a used range (values, value types, number formats, merged areas,
 * visible rows) into the engine's grid. Pure: no Office.js here, so it is tested directly.
 */
import { type Cell, type CellRange, columnIndex, dateFormattedCell, type Grid } from '../core/grid';
import { isDateFormat } from '../core/numberFormat';

export interface RangeSnapshot {
  sheet: string;
  /** 0-based sheet row and column of the used range's top-left cell. */
  top: number;
  left: number;
  values: unknown[][];
  valueTypes: string[][];
  numberFormat: string[][];
  date1904: boolean;
  /** Merged areas in sheet coordinates (0-based). */
  merges: CellRange[];
  /** Sheet rows (0-based) of the used range that are visible; null when unknown. */
  visibleRows: ReadonlySet<number> | null;
}

function toCell(value: unknown, type: string | undefined, format: string | undefined, date1904: boolean): Cell | null {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { kind: 'error', code: String(value) };
    case 'Boolean':
      return { kind: 'boolean', value: Boolean(value) };
    case 'Double':
    case 'Integer': {
      const number = Number(value);
      if (format && isDateFormat(format)) return dateFormattedCell(number, format, date1904);
      return format && format !== 'General' ? { kind: 'number', value: number, format } : { kind: 'number', value: number };
    }
    default:
      return value === '' || value === null || value === undefined ? null : { kind: 'text', text: String(value) };
  }
}

/** The grid of the whole sheet (rows above and left of the used range are empty). */
export function gridFromRange(snapshot: RangeSnapshot): Grid {
  const rows: (Cell | null)[][] = Array.from({ length: snapshot.top }, () => []);
  snapshot.values.forEach((values, r) => {
    const row: (Cell | null)[] = Array(snapshot.left).fill(null);
    values.forEach((value, c) => row.push(toCell(value, snapshot.valueTypes[r]?.[c], snapshot.numberFormat[r]?.[c], snapshot.date1904)));
    while (row.length > 0 && row.at(-1) === null) row.pop();
    rows.push(row);
  });
  const hiddenRows = new Set<number>();
  if (snapshot.visibleRows) {
    for (let r = snapshot.top; r < snapshot.top + snapshot.values.length; r++) if (!snapshot.visibleRows.has(r)) hiddenRows.add(r);
  }
  return { name: snapshot.sheet, rows, merges: snapshot.merges, hiddenRows };
}

/** The last row and column of a sheet (0-based): where "A:C" and "3:5" end. */
const LAST_ROW = 1_048_575;
const LAST_COLUMN = 16_383;

/**
 * "Phụ lục!C5:C7" or "'Phụ lục'!C5" → 0-based sheet range; whole columns ("C:D") and whole rows
 * ("3:5") run to the sheet's edge. An address that is none of these is an error that says so.
 */
export function parseAddress(address: string): CellRange {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const [start = '', end = start, ...more] = local.split(':');
  const point = (ref: string, edge: 'first' | 'last') => {
    const [, letters = '', digits = ''] = /^([A-Z]*)(\d*)$/.exec(ref) ?? [];
    if ((!letters && !digits) || more.length > 0) throw new Error(`not a range address Excel writes: "${address}"`);
    return {
      row: digits ? Number(digits) - 1 : edge === 'first' ? 0 : LAST_ROW,
      col: letters ? columnIndex(letters) : edge === 'first' ? 0 : LAST_COLUMN,
    };
  };
  const a = point(start, 'first');
  const b = point(end, 'last');
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/** A grid of values Office.js types as `any` (number formats) as the text each holds, '' for anything else. */
export function textGrid(rows: readonly (readonly unknown[])[]): string[][] {
  return rows.map((row) => row.map((value) => (typeof value === 'string' ? value : '')));
}
