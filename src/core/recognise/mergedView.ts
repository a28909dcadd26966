import type { Cell, CellRange, Grid } from '../grid';

/**
 * A cell as shown: `cell` is its own value, or the value of the merge's top-left cell when the cell
 * is inside a merge; `inherited` when the value belongs to another cell of the merge (the cell
 * itself is empty), which only a cell inside a merge can be.
 */
export type ViewCell = { cell: Cell | null; inherited: false; merge: CellRange | null } | { cell: Cell | null; inherited: true; merge: CellRange };

const EMPTY: ViewCell = { cell: null, inherited: false, merge: null };

/**
 * A grid seen the way a person sees it: a merged area shows its value in every cell it covers.
 * Lookups are O(1): merges are indexed by row, and a sheet has few of them.
 */
export class MergedView {
  private readonly mergesByRow = new Map<number, CellRange[]>();

  constructor(readonly grid: Grid) {
    for (const merge of grid.merges) {
      for (let r = merge.top; r <= merge.bottom; r++) {
        const list = this.mergesByRow.get(r);
        if (list) list.push(merge);
        else this.mergesByRow.set(r, [merge]);
      }
    }
  }

  get rowCount(): number {
    return this.grid.rows.length;
  }

  mergeAt(row: number, col: number): CellRange | null {
    const list = this.mergesByRow.get(row);
    if (!list) return null;
    for (const m of list) if (col >= m.left && col <= m.right) return m;
    return null;
  }

  at(row: number, col: number): ViewCell {
    const merge = this.mergeAt(row, col);
    if (!merge) {
      const cell = this.grid.rows[row]?.[col] ?? null;
      return cell ? { cell, inherited: false, merge: null } : EMPTY;
    }
    const cell = this.grid.rows[merge.top]?.[merge.left] ?? null;
    return merge.top === row && merge.left === col ? { cell, inherited: false, merge } : { cell, inherited: true, merge };
  }
}
