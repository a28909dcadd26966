/**
 * Reads a worksheet into the engine's grid in two syncs, whatever its size: the used
 * range's values, types and formats first, then its merged areas and visible rows.
 */
import type { Grid } from '../core/grid';
import { gridFromRange, parseAddress } from './gridFromRange';

/** What the host supports, asked once through Office.context.requirements.isSetSupported. */
export interface Capabilities {
  /** ExcelApi 1.13: getMergedAreasOrNullObject. */
  mergedAreas: boolean;
  /** ExcelApi 1.8: PivotTables (and the chart's category names and frozen rows of 1.7). */
  pivotTables: boolean;
}

/** Reads the sheet named or identified by `key`, the active sheet when there is none. */
export async function readSheet(context: Excel.RequestContext, can: Pick<Capabilities, 'mergedAreas'>, key?: string): Promise<Grid> {
  const worksheets = context.workbook.worksheets;
  const sheet = key === undefined ? worksheets.getActiveWorksheet() : worksheets.getItem(key);
  const used = sheet.getUsedRangeOrNullObject();
  sheet.load('name');
  used.load('rowIndex,columnIndex,rowCount,values,valueTypes,numberFormat'); // isNullObject comes with every sync
  await context.sync();
  if (used.isNullObject) return { name: sheet.name, rows: [], merges: [], hiddenRows: new Set() };

  const merged = can.mergedAreas ? used.getMergedAreasOrNullObject() : null;
  merged?.areas.load('address');
  // The visible cells of the first column name exactly the rows that are not hidden.
  const visible = used.getColumn(0).getVisibleView();
  visible.load('cellAddresses');
  await context.sync();

  const visibleRows = new Set((visible.cellAddresses as string[][]).map(([address]) => parseAddress(address!).top));
  return gridFromRange({
    sheet: sheet.name,
    top: used.rowIndex,
    left: used.columnIndex,
    values: used.values,
    valueTypes: used.valueTypes as string[][],
    numberFormat: used.numberFormat as string[][],
    // Office.js does not tell the workbook's date system; 1904 workbooks (old Mac files) are rare.
    date1904: false,
    merges: merged && !merged.isNullObject ? merged.areas.items.map((area) => parseAddress(area.address)) : [],
    visibleRows,
  });
}
