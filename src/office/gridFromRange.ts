/**
 * Turns what Excel returns for a used range (values, value types, number formats, merged areas,
 * visible rows) into the engine's grid. Pure: no Office.js here, so it is tested directly.
 */
import { excelSerialToIso } from '../core/calendar';
import { type Cell, type CellRange, columnIndex, type Grid } from '../core/grid';
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
      if (format && isDateFormat(format)) return { kind: 'date', iso: excelSerialToIso(number, date1904), format };
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

/** "Phụ lục!C5:C7" or "'Phụ lục'!C5" → 0-based sheet range. */
export function parseAddress(address: string): CellRange {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const [start, end = start] = local.split(':') as [string, string?];
  const point = (ref: string) => {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(ref)!;
    return { row: Number(digits) - 1, col: columnIndex(letters!) };
  };
  const a = point(start);
  const b = point(end!);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}
