/**
 * The top rows of every worksheet, for what the pane needs of the sheets it does not check: their
 * titles, from which the plan year is decided over the whole workbook as the command line decides
 * it (core/planYear.ts: a cover sheet's "KẾ HOẠCH ... NĂM 2025"). One sync lists the sheets, one
 * reads the top rows of all of them: a few KB whatever the sheets hold.
 */
import type { Grid } from '../core/grid';
import { gridFromRange, textGrid } from './gridFromRange';

/** The rows read from the top of each sheet: those a cover sheet's title may sit in (planYear.ts reads 30). */
const TOP_ROWS = 30;
/** Columns A:Z: a title is written in the first columns, merged across the table. */
const TOP_RANGE = `A1:Z${TOP_ROWS}`;

/** Every worksheet's top rows as a grid (values, types and formats; no merges, every row visible), in workbook order. */
export async function readSheetTops(context: Excel.RequestContext): Promise<Grid[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const tops = worksheets.items.map((sheet) => {
    const range = sheet.getRange(TOP_RANGE);
    range.load('values,valueTypes,numberFormat');
    return { name: sheet.name, range };
  });
  await context.sync();
  return tops.map(({ name, range }) =>
    gridFromRange({
      sheet: name,
      top: 0,
      left: 0,
      values: range.values,
      valueTypes: range.valueTypes,
      numberFormat: textGrid(range.numberFormat),
      date1904: false,
      merges: [],
      visibleRows: null,
    }),
  );
}
