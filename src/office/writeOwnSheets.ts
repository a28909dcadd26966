/**
 * Writes the add-in's own sheets (the summary's, or the consolidation's) into the open workbook,
 * drawing the same layouts as the command line: values in one block per sheet, the data as an Excel
 * table, and where ExcelApi 1.8 exists a PivotTable on it and a chart of the per-unit buckets. The
 * ids of the sheets each job made are kept in the workbook's settings, so its re-run deletes exactly
 * those and never a sheet of the user's.
 */
import { z } from 'zod';
import { columnLetter } from '../core/grid';
import { isoToExcelSerial } from '../core/calendar';
import type { Language } from '../core/findings';
import { TASK_STATES } from '../core/state';
import { HEADER_FILL_RGB, type LayoutCell, type SheetLayout, SUMMARY_WORDS, dataHeader } from '../core/summaryLayout';
import { asText } from './applyEdits';
import { RequestBatch, requestBytes } from './requestBatch';

/** The jobs that write sheets of their own, each with its own record. */
const SHEET_OWNERS = ['summary', 'consolidation'] as const;
export type SheetOwner = (typeof SHEET_OWNERS)[number];
const recordKey = (owner: SheetOwner) => `phuluc_${owner}`;
/** Table and PivotTable names are workbook-wide in Excel: each job's carry its own suffix, so a summary and a consolidation can sit side by side. */
const NAME_SUFFIX: Record<SheetOwner, string> = { summary: 'tong_hop', consolidation: 'hop_nhat' };
const PIVOT_NAME = 'phuluc_pivot';
/** Excel's limit on a sheet name. */
const SHEET_NAME_MAX = 31;
/** Points per character of column width in the default font (Excel's 8.43 characters are 48 points). */
const POINTS_PER_CHARACTER = 5.7;
/** Rows written per block: big plans go in several blocks, so no request nears the size limit. */
const ROWS_PER_BLOCK = 1000;
const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

const OwnSheetsSchema = z.object({
  /** Ids of the sheets the last summary made. */
  sheetIds: z.array(z.string()).default([]),
  /** The id of the sheet the last summary was read from, to read again when the user re-runs from a summary sheet. */
  source: z.string().optional(),
});
type OwnSheets = z.infer<typeof OwnSheetsSchema>;

export type PivotOutcome = 'made' | 'unsupported' | 'failed';

/** How many sheets an earlier run of `owner` left that a new run would replace. One sync. */
export async function ownSheetCount(context: Excel.RequestContext, owner: SheetOwner): Promise<number> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/id');
  const item = queueOwnSheets(context, owner);
  await context.sync();
  const own = ownSheets(item);
  return worksheets.items.filter((sheet) => own.sheetIds.includes(sheet.id)).length;
}

export interface SheetsWritten {
  /** The names the sheets got (a name the user already has gets " (2)"). */
  sheets: string[];
  /** How many earlier summary sheets were replaced. */
  replaced: number;
  pivot: PivotOutcome;
  syncs: number;
}

/** Queues the read of the summary's record; read it with `ownSheets` after the next sync. */
function queueOwnSheets(context: Excel.RequestContext, owner: SheetOwner): Excel.Setting {
  const item = context.workbook.settings.getItemOrNullObject(recordKey(owner));
  item.load('value');
  return item;
}

function ownSheets(item: Excel.Setting): OwnSheets {
  const parsed = item.isNullObject ? null : OwnSheetsSchema.safeParse(item.value);
  return parsed?.success ? parsed.data : OwnSheetsSchema.parse({});
}

/**
 * The id of the sheet a job reads its plan from: the active one, or, when the user is looking at one
 * of the add-in's own sheets (a summary's or a consolidation's), the sheet that run read, if it is
 * still there. One or two syncs.
 */
export async function sourceSheet(context: Excel.RequestContext): Promise<string> {
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load('id');
  const items = SHEET_OWNERS.map((owner) => queueOwnSheets(context, owner));
  await context.sync();
  const own = items.map(ownSheets).find((record) => record.source && record.sheetIds.includes(active.id));
  if (!own?.source) return active.id;
  const source = context.workbook.worksheets.getItemOrNullObject(own.source);
  await context.sync();
  return source.isNullObject ? active.id : own.source;
}

function uniqueName(name: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = name.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) {
      taken.add(candidate.toLowerCase());
      return candidate;
    }
  }
}

function excelValue(cell: LayoutCell | undefined): string | number {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') return isoToExcelSerial(cell.date);
  return typeof cell === 'string' ? asText(cell) : cell;
}

function span(fromRow: number, toRow: number, width: number): string {
  return `A${fromRow + 1}:${columnLetter(width - 1)}${toRow + 1}`;
}

/** Queues one layout's values and looks on `sheet`, counting the writes into `batch`; gives the Excel table when the layout is one. */
async function drawLayout(sheet: Excel.Worksheet, layout: SheetLayout, batch: RequestBatch, owner: SheetOwner | null): Promise<Excel.Table | null> {
  const width = Math.max(...layout.rows.map((row) => row.length));
  for (let top = 0; top < layout.rows.length; top += ROWS_PER_BLOCK) {
    const block = layout.rows.slice(top, top + ROWS_PER_BLOCK).map((row) => Array.from({ length: width }, (_, c) => excelValue(row[c])));
    sheet.getRange(span(top, top + block.length - 1, width)).values = block;
    await batch.add(requestBytes(block));
  }
  for (const [column, format] of Object.entries(layout.formats)) {
    const letter = columnLetter(Number(column));
    const count = layout.lastTableRow - layout.headerRow;
    if (count > 0) sheet.getRange(`${letter}${layout.headerRow + 2}:${letter}${layout.lastTableRow + 1}`).numberFormat = Array.from({ length: count }, () => [format]);
  }
  layout.widths.forEach((characters, c) => (sheet.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = Math.round(characters * POINTS_PER_CHARACTER)));
  if (layout.table) {
    const table = sheet.tables.add(span(layout.headerRow, layout.lastTableRow, width), true);
    table.name = owner ? `${layout.table}_${NAME_SUFFIX[owner]}` : layout.table;
    table.style = 'TableStyleMedium2';
    return table;
  }
  const title = sheet.getRange('A1').format.font;
  title.bold = true;
  title.size = 13;
  sheet.getRange('A2').format.font.italic = true;
  const header = sheet.getRange(span(layout.headerRow, layout.headerRow, width)).format;
  header.font.bold = true;
  header.fill.color = `#${HEADER_FILL_RGB}`;
  header.wrapText = true;
  const body = sheet.getRange(span(layout.headerRow, layout.lastTableRow, width)).format.borders;
  for (const edge of BORDER_EDGES) body.getItem(edge).style = 'Continuous';
  for (const row of layout.boldRows) sheet.getRange(span(row, row, width)).format.font.bold = true;
  return null;
}

/** The per-unit buckets (not the total, which would double the stack) as stacked columns under the sentence. */
function chartUnits(sheet: Excel.Worksheet, layout: SheetLayout, lang: Language): void {
  const lastUnitRow = layout.lastTableRow - 1; // the row before the plan's total
  if (lastUnitRow <= layout.headerRow) return;
  const firstState = 3; // STT, unit, total, then the states
  const lastState = firstState + TASK_STATES.length - 1;
  const source = sheet.getRange(`${columnLetter(firstState)}${layout.headerRow + 1}:${columnLetter(lastState)}${lastUnitRow + 1}`);
  const chart = sheet.charts.add('ColumnStacked', source, 'Columns');
  chart.title.text = SUMMARY_WORDS.chart[lang];
  chart.axes.categoryAxis.setCategoryNames(sheet.getRange(`B${layout.headerRow + 2}:B${lastUnitRow + 1}`));
  const below = layout.rows.length + 2;
  chart.setPosition(`B${below}`, `${columnLetter(lastState)}${below + 22}`);
}

/** Counts per lead unit and state that the user can re-pivot. */
function pivotData(sheet: Excel.Worksheet, table: Excel.Table, lang: Language, owner: SheetOwner): void {
  const [, , , , task, unit, , , , , state] = dataHeader(lang);
  const pivot = sheet.pivotTables.add(`${PIVOT_NAME}_${NAME_SUFFIX[owner]}`, table, 'A3');
  pivot.rowHierarchies.add(pivot.hierarchies.getItem(unit!));
  pivot.columnHierarchies.add(pivot.hierarchies.getItem(state!));
  pivot.dataHierarchies.add(pivot.hierarchies.getItem(task!)).summarizeBy = 'Count';
  sheet.getRange('A1').values = [[SUMMARY_WORDS.pivotTitle[lang]]];
  sheet.getRange('A1').format.font.bold = true;
}

/**
 * Replaces the sheets `owner` wrote before with `layouts` (read from the sheet `source`) and
 * activates the first. Three syncs for a plan of a few thousand tasks, plus one per 4 MB of data.
 */
export async function writeOwnSheets(
  context: Excel.RequestContext,
  layouts: readonly SheetLayout[],
  options: { owner: SheetOwner; lang: Language; source: string; pivotTables: boolean },
): Promise<SheetsWritten> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id');
  const item = queueOwnSheets(context, options.owner);
  await context.sync();
  const own = ownSheets(item);

  const earlier = worksheets.items.filter((sheet) => own.sheetIds.includes(sheet.id));
  for (const sheet of earlier) sheet.delete();
  const taken = new Set(worksheets.items.filter((sheet) => !own.sheetIds.includes(sheet.id)).map((sheet) => sheet.name.toLowerCase()));

  const batch = new RequestBatch(context);
  const made: Excel.Worksheet[] = [];
  const sheets: string[] = [];
  let table: Excel.Table | null = null;
  for (const layout of layouts) {
    const name = uniqueName(layout.name, taken);
    const sheet = worksheets.add(name);
    made.push(sheet);
    sheets.push(name);
    table = (await drawLayout(sheet, layout, batch, options.owner)) ?? table;
    // Frozen header rows need ExcelApi 1.7, which every host with PivotTables (1.8) has.
    if (options.pivotTables && !layout.table) sheet.freezePanes.freezeRows(layout.headerRow + 1);
  }
  const pivotName = options.pivotTables && table ? uniqueName(SUMMARY_WORDS.pivot[options.lang], taken) : null;
  const pivotSheet = pivotName ? worksheets.add(pivotName) : null;
  for (const sheet of [...made, ...(pivotSheet ? [pivotSheet] : [])]) sheet.load('id');
  await batch.send();

  const record = (ours: Excel.Worksheet[]) => {
    context.workbook.settings.add(recordKey(options.owner), { sheetIds: ours.map((sheet) => sheet.id), source: options.source } satisfies OwnSheets);
    made[0]?.activate();
  };
  record(pivotSheet ? [...made, pivotSheet] : made);
  let pivot: PivotOutcome = 'unsupported';
  if (pivotSheet && table) {
    const byUnit = layouts.findIndex((layout) => layout.key === 'byUnit');
    if (byUnit >= 0) chartUnits(made[byUnit]!, layouts[byUnit]!, options.lang);
    pivotData(pivotSheet, table, options.lang, options.owner);
  }
  try {
    await batch.send();
    if (pivotSheet) {
      pivot = 'made';
      sheets.push(pivotName!);
    }
  } catch (error) {
    if (!pivotSheet) throw error;
    // The static sheets stand without the PivotTable: drop its empty sheet and record the rest again, in case the failed request stopped short.
    pivot = 'failed';
    pivotSheet.delete();
    record(made);
    await batch.send();
  }
  return { sheets, replaced: earlier.length, pivot, syncs: batch.syncs + 1 };
}

/**
 * A new sheet that is the user's from then on (an imported plan): a name of its own, drawn like the
 * add-in's sheets, never recorded, so no re-run replaces it. Two syncs.
 */
export async function writeNewSheet(context: Excel.RequestContext, layout: SheetLayout): Promise<string> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const name = uniqueName(layout.name, new Set(worksheets.items.map((sheet) => sheet.name.toLowerCase())));
  const sheet = worksheets.add(name);
  const batch = new RequestBatch(context);
  await drawLayout(sheet, layout, batch, null);
  sheet.activate();
  await batch.send();
  return name;
}
