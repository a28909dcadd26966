/**
 * The workbook's sheets the user can see, in tab order, so the pane can ask which one holds the
 * plan when the active sheet has none. One sync.
 */
import { HELPER_SHEET } from './highlightPlan';

export interface SheetName {
  id: string;
  name: string;
}

export async function sheetNames(context: Excel.RequestContext): Promise<SheetName[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id,items/visibility');
  await context.sync();
  return worksheets.items
    .filter((sheet) => sheet.name !== HELPER_SHEET && sheet.visibility !== 'Hidden' && sheet.visibility !== 'VeryHidden')
    .map((sheet) => ({ id: sheet.id, name: sheet.name }));
}
