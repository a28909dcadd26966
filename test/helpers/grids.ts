import type { Cell, CellRange, Grid } from '../../src/core/grid';

export type Value = string | number | Cell | null;

/** A grid from rows of plain values: strings are text, numbers are numbers, null is empty. */
export function gridOf(rows: Value[][], options: { name?: string; merges?: [number, number, number, number][]; hidden?: number[] } = {}): Grid {
  return {
    name: options.name ?? 'Sheet1',
    rows: rows.map((row) =>
      row.map((value): Cell | null => {
        if (value === null || value === '') return null;
        if (typeof value === 'string') return { kind: 'text', text: value };
        if (typeof value === 'number') return { kind: 'number', value };
        return value;
      }),
    ),
    merges: (options.merges ?? []).map(([top, left, bottom, right]): CellRange => ({ top, left, bottom, right })),
    hiddenRows: new Set(options.hidden ?? []),
  };
}
