/**
 * What the conditional formats on a sheet of the in-memory Excel show, row by row, worked out the
 * way Excel works them out: each rule's formula evaluated (test/office/excelFormula.ts) on every row
 * of its range, its relative references moved down to that row, reading the cells the workbook holds
 * now (the user's sheet and the helper sheets, dates as serials in the workbook's date system). The
 * tests use it to see the colours after a sort or an inserted row; the browser preview draws them.
 */
import { isoToExcelSerial } from '../../src/core/calendar';
import { type Cell, columnIndex } from '../../src/core/grid';
import { parseAddress } from '../../src/office/gridFromRange';
import type { MemoryContext } from '../helpers/memoryExcel';
import { ExcelError, ruleApplies } from './excelFormula';

/** A cell as a formula sees it: "" for an empty cell, a date as its serial. */
function scalar(cell: Cell | null | undefined, date1904: boolean): string | number | boolean | ExcelError {
  if (!cell) return '';
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'number':
      return cell.value;
    case 'date':
      return isoToExcelSerial(cell.iso) - (date1904 ? 1462 : 0);
    case 'boolean':
      return cell.value;
    case 'error':
      return new ExcelError(cell.code);
  }
}

/**
 * The fills of the custom rules that apply on each row (0-based) of `sheet` whose formula `select`
 * accepts, in the order the rules were added; rows where none applies are left out. Every column of
 * a row gives the same answer for the add-in's rules (their references fix the column), so the
 * first column is evaluated. `lastRow` (0-based) stops early.
 */
export function ruleFills(context: MemoryContext, sheet: string, options: { today: string; select?: (formula: string) => boolean; lastRow?: number }): Map<number, string[]> {
  const fills = new Map<number, string[]>();
  for (const format of context.formats) {
    if (format.sheet !== sheet || format.type !== 'Custom' || !(options.select?.(format.formula) ?? true)) continue;
    const { top, bottom } = parseAddress(format.range);
    for (let row = top; row <= Math.min(bottom, options.lastRow ?? bottom); row++) {
      const applies = ruleApplies(format.formula, {
        cell: (other, col, r) => scalar(context.gridOf(other ?? sheet).rows[r - 1]?.[columnIndex(col)], context.date1904),
        today: options.today,
        offset: row - top,
        date1904: context.date1904,
      });
      if (applies) fills.set(row, [...(fills.get(row) ?? []), format.fill ?? '']);
    }
  }
  return fills;
}
