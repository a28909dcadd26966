/**
 * Puts the overdue highlight on the active sheet and takes it off again, touching only the add-in's
 * own rules and sheet: a rule is the add-in's when its formula reads the helper sheet.
 */
import { HELPER_SHEET, type HighlightPlan } from './highlightPlan';

/**
 * Removes the add-in's rules from `sheetName` (the active sheet when not given) and deletes its
 * helper sheet; returns how many rules went. Three syncs.
 */
export async function clearHighlight(context: Excel.RequestContext, sheetName?: string): Promise<number> {
  const worksheets = context.workbook.worksheets;
  const formats = (sheetName === undefined ? worksheets.getActiveWorksheet() : worksheets.getItem(sheetName)).getRange().conditionalFormats;
  formats.load('items/type');
  const helper = context.workbook.worksheets.getItemOrNullObject(HELPER_SHEET); // isNullObject comes with the sync
  await context.sync();

  const custom = formats.items.filter((format) => format.type === 'Custom');
  for (const format of custom) format.custom.rule.load('formula');
  await context.sync();

  const own = custom.filter((format) => format.custom.rule.formula.includes(`${HELPER_SHEET}!`));
  for (const format of own) format.delete();
  if (!helper.isNullObject) helper.delete();
  await context.sync();
  return own.length;
}

/** Replaces any earlier highlight with `plan` on `sheetName`. Four syncs, whatever the table's size. */
export async function applyHighlight(context: Excel.RequestContext, sheetName: string, plan: HighlightPlan): Promise<void> {
  await clearHighlight(context, sheetName);
  const helper = context.workbook.worksheets.add(HELPER_SHEET);
  helper.visibility = 'VeryHidden';
  helper.getRange(plan.helperRange).values = plan.helperValues;
  const target = context.workbook.worksheets.getItem(sheetName).getRange(plan.range);
  for (const rule of plan.rules) {
    const format = target.conditionalFormats.add('Custom');
    format.custom.rule.formula = rule.formula;
    format.custom.format.fill.color = rule.fill;
    format.custom.format.font.color = rule.font;
  }
  await context.sync();
}
