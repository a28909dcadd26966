/**
 * Puts the overdue highlight on a sheet and takes it off again, touching only the add-in's own rules
 * and sheets. Each highlighted sheet has a helper sheet of its own ("phuluc_han", "phuluc_han_2",
 * ...), and its rules read only that one, so highlighting a second sheet leaves the first one's
 * colours alone; a rule is the add-in's when its formula reads a helper sheet, which is also how
 * clearing finds that sheet's helper. A helper sheet is very hidden, and Excel refuses to delete a
 * very hidden sheet ("You should first change its visibility to hidden or visible before deleting
 * it", Worksheet.delete; office-js#365): it is made hidden first, in the same request.
 *
 * The helper holds a key per deadline and its due day (highlightPlan.ts), not one row per user's
 * row: its column A is formatted as text before the keys go in, so Excel keeps "5/6/2025" and
 * "2025" as the texts they are, and the keys and due days written are those of the workbook's own
 * date system (asked of Excel in the first sync).
 */
import { type DateSystem, HELPER_SHEET, type HighlightPlan, keyFormula } from './highlightPlan';
import { queueDateSystem } from './host';

/** A helper sheet's name read in a rule's formula: phuluc_han!, phuluc_han_2!, 'phuluc_han_3'!. */
const HELPER_REFERENCE = new RegExp(`(?<![\\p{L}\\p{N}_.])'?(${HELPER_SHEET}(?:_\\d+)?)'?!`, 'giu');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KEYED = keyFormula('@').split('@').map(escape).join('\\$?[A-Z]{1,3}\\$?\\d+');
/**
 * A rule of the add-in's left reading a helper sheet that is gone (Excel shows the reference as
 * #REF!): one of an earlier version (=AND(ISNUMBER(#REF!..., the done rule's =AND(N(#REF!...) or a
 * keyed one (=AND(SUMPRODUCT(EXACT(key($E6),#REF!...).
 */
const ORPHAN_RULE = new RegExp(`^=AND\\((?:(?:ISNUMBER|N)\\(|SUMPRODUCT\\(EXACT\\(${KEYED},)#REF!`, 'i');

/** The helper sheets a rule's formula reads (lower case). */
function helpersOf(formula: string): string[] {
  return [...formula.matchAll(HELPER_REFERENCE)].flatMap(([, sheet]) => (sheet === undefined ? [] : [sheet.toLowerCase()]));
}

interface Found {
  /** How many of the add-in's rules were queued for deletion. */
  removed: number;
  /** Every sheet's name in the workbook, lower case, with the helpers queued for deletion left out. */
  sheetNames: Set<string>;
  /** The workbook's date system: a date's serial is 1,462 days smaller in 1904. */
  dateSystem: DateSystem;
}

/**
 * Finds the add-in's rules on the sheet and queues their deletion with the helper sheets they read
 * (made hidden first: a very hidden sheet cannot be deleted). Two syncs; the caller sends the rest.
 */
async function queueClear(context: Excel.RequestContext, sheetName?: string): Promise<Found> {
  const worksheets = context.workbook.worksheets;
  const formats = (sheetName === undefined ? worksheets.getActiveWorksheet() : worksheets.getItem(sheetName)).getRange().conditionalFormats;
  formats.load('items/type');
  worksheets.load('items/name');
  const date1904 = queueDateSystem(context);
  await context.sync();

  const custom = formats.items.filter((format) => format.type === 'Custom');
  for (const format of custom) format.custom.rule.load('formula');
  await context.sync();

  const own = custom.filter((format) => helpersOf(format.custom.rule.formula).length > 0 || ORPHAN_RULE.test(format.custom.rule.formula));
  const helpers = new Set(own.flatMap((format) => helpersOf(format.custom.rule.formula)));
  for (const format of own) format.delete();
  const sheetNames = new Set<string>();
  for (const sheet of worksheets.items) {
    if (!helpers.has(sheet.name.toLowerCase())) {
      sheetNames.add(sheet.name.toLowerCase());
      continue;
    }
    sheet.visibility = 'Hidden';
    sheet.delete();
  }
  return { removed: own.length, sheetNames, dateSystem: date1904() === true ? 1904 : 1900 };
}

/**
 * Removes the add-in's rules from `sheetName` (the active sheet when not given) and deletes the
 * helper sheets they read; returns how many rules went. Three syncs.
 */
export async function clearHighlight(context: Excel.RequestContext, sheetName?: string): Promise<number> {
  const found = await queueClear(context, sheetName);
  await context.sync();
  return found.removed;
}

/**
 * Replaces any earlier highlight with `plan` on `sheetName`, with a helper sheet of that sheet's own
 * (the first free of phuluc_han, phuluc_han_2, ...). Three syncs, whatever the table's size.
 */
export async function applyHighlight(context: Excel.RequestContext, sheetName: string, plan: HighlightPlan): Promise<void> {
  const found = await queueClear(context, sheetName);
  let helperName = HELPER_SHEET;
  for (let n = 2; found.sheetNames.has(helperName.toLowerCase()); n++) helperName = `${HELPER_SHEET}_${n}`;
  const helper = context.workbook.worksheets.add(helperName);
  const keys = helper.getRange(plan.keyRange);
  keys.numberFormat = plan.helperValues[found.dateSystem].map(() => ['@']);
  helper.getRange(plan.helperRange).values = plan.helperValues[found.dateSystem];
  helper.visibility = 'VeryHidden';
  const target = context.workbook.worksheets.getItem(sheetName).getRange(plan.range);
  for (const rule of plan.rules) {
    const format = target.conditionalFormats.add('Custom');
    format.custom.rule.formula = rule.formula.split(`${HELPER_SHEET}!`).join(`${helperName}!`);
    format.custom.format.fill.color = rule.fill;
    format.custom.format.font.color = rule.font;
  }
  await context.sync();
}
