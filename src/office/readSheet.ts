/**
 * Reads the active worksheet into the engine's grid in two syncs, whatever its size: the used
 * range's values, types and formats first, then its merged areas and visible rows.
 */
import type { Grid } from '../core/grid';
import { gridFromRange, parseAddress } from './gridFromRange';

/** What the host supports, asked once through Office.context.requirements.isSetSupported. */
export interface Capabilities {
  /** ExcelApi 1.13: getMergedAreasOrNullObject. */
  mergedAreas: boolean;
}

export async function readActiveSheet(context: Excel.RequestContext, can: Capabilities): Promise<Grid> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
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
