/**
 * Writes the add-in's own sheets (the summary's, or the consolidation's) into the open workbook,
 * drawing the same layouts as the command line: values in blocks sized by bytes, the data as an
 * Excel table, and where ExcelApi 1.8 exists a PivotTable on it and a chart of the per-unit buckets.
 *
 * Each sheet a job makes is marked by a workbook name saved in the file ("phuluc_tong_hop_1", ...)
 * that refers to the whole sheet (NamedItemCollection.add, ExcelApi 1.4): the reference follows
 * the sheet when the user renames or moves it and survives closing the file, which Worksheet.id does
 * not promise (office-js-docs#297: ids "will change between sessions"; office-js#1390). A re-run
 * deletes exactly the marked sheets and never a sheet of the user's; table names (workbook-wide) are
 * chosen free of every table and name left in the workbook, so a re-run never fails half-way on one.
 * Sheet names are made valid for Excel; text that Excel would read as a number or a date gets the
 * Text format before it is written (see applyEdits.ts).
 */
import { z } from 'zod';
import { columnLetter } from '../core/grid';
import { isoToExcelSerial } from '../core/calendar';
import type { Language } from '../core/findings';
import { TEXT } from '../core/i18n';
import { isDateFormat } from '../core/numberFormat';
import { TASK_STATES } from '../core/state';
import { HEADER_FILL_RGB, type LayoutCell, type SheetLayout } from '../core/summaryLayout';
import { validDay } from '../core/validDay';
import { textWrite } from './applyEdits';
import { DAYS_1900_TO_1904, queueDateSystem } from './host';
import { BLOCK_BYTES, CALL_BYTES, RequestBatch, requestBytes, utf8Length } from './requestBatch';

/** The jobs that write sheets of their own, each with its own marks. */
const SHEET_OWNERS = ['summary', 'consolidation'] as const;
export type SheetOwner = (typeof SHEET_OWNERS)[number];
/** Where an earlier version kept the ids of a job's sheets (read to replace those sheets once, then removed). */
const recordKey = (owner: SheetOwner) => `phuluc_${owner}`;
/** Table and PivotTable names are workbook-wide in Excel: each job's carry its own suffix, so a summary and a consolidation can sit side by side. */
const NAME_SUFFIX: Record<SheetOwner, string> = { summary: 'tong_hop', consolidation: 'hop_nhat' };
/** The workbook name marking a job's n-th sheet: "phuluc_tong_hop_1". */
const markName = (owner: SheetOwner, n: number) => `phuluc_${NAME_SUFFIX[owner]}_${n}`;
/** The workbook name marking the sheet a job read its plan from: "phuluc_nguon_tong_hop". */
const sourceMarkName = (owner: SheetOwner) => `phuluc_nguon_${NAME_SUFFIX[owner]}`;
const PIVOT_NAME = 'phuluc_pivot';
/** Excel's limit on a sheet name. */
const SHEET_NAME_MAX = 31;
/** Excel's limit on a cell's text; longer text is cut with "…". */
const CELL_TEXT_MAX = 32767;
/** Points per character of column width in the default font (Excel's 8.43 characters are 48 points). */
const POINTS_PER_CHARACTER = 5.7;
const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

/** What an earlier version recorded in the workbook's settings. */
const OwnSheetsSchema = z.object({
  /** Ids of the sheets the last run made. */
  sheetIds: z.array(z.string()).default([]),
  /** The id of the sheet the last run read. */
  source: z.string().optional(),
});
type OwnSheets = z.infer<typeof OwnSheetsSchema>;

export type PivotOutcome = 'made' | 'unsupported' | 'failed';

/**
 * The sheets an earlier run of `owner` left, which a new run would replace, in the order that run made
 * them (a consolidation's "Tổng hợp" first): the pane reads last period's consolidation back from
 * them (docs/cycle.md). One sync.
 */
export async function ownSheetNames(context: Excel.RequestContext, owner: SheetOwner): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id');
  const names = context.workbook.names;
  names.load('items/name,items/value');
  const legacy = queueLegacyRecord(context, owner);
  await context.sync();
  const marks = readMarks(names.items, owner);
  const ids = legacyRecord(legacy).sheetIds;
  // Sheets an earlier version recorded by id carry no mark: after the marked ones, in workbook order.
  const made = (sheet: Excel.Worksheet) => marks.sheets.get(key(sheet.name)) ?? Number.MAX_SAFE_INTEGER;
  return worksheets.items
    .filter((sheet) => marks.sheets.has(key(sheet.name)) || ids.includes(sheet.id))
    .sort((a, b) => made(a) - made(b))
    .map((sheet) => sheet.name);
}

/** How many sheets an earlier run of `owner` left that a new run would replace. One sync. */
export async function ownSheetCount(context: Excel.RequestContext, owner: SheetOwner): Promise<number> {
  return (await ownSheetNames(context, owner)).length;
}

export interface SheetsWritten {
  /** The names the sheets got (a name the user already has gets " (2)"). */
  sheets: string[];
  /** How many earlier summary sheets were replaced. */
  replaced: number;
  pivot: PivotOutcome;
  syncs: number;
}

/** Sheet names compare as Excel compares them: in any case (and composed, as the add-in writes them). */
const key = (name: string) => name.normalize('NFC').toLowerCase();

/** The sheet a reference names ("'Quá hạn'!$1:$1048576", "=Sheet1!$A$1"), or null (#REF!: the sheet is gone). */
function sheetOfReference(value: unknown): string | null {
  if (typeof value !== 'string' || value.includes('#REF!')) return null;
  const match = /^=?(?:'((?:[^']|'')+)'|([^!']+))!/.exec(value);
  return match ? (match[1]?.replace(/''/g, "'") ?? match[2] ?? null) : null;
}

interface Marks {
  /** The marks of the job's sheets ("phuluc_tong_hop_1", ...) and of its source, all to delete on a re-run. */
  names: string[];
  /** The job's sheets still there, by `key`, each with its mark's number (the order the run made them). */
  sheets: Map<string, number>;
  /** The sheet the job read, when it is still there. */
  source: string | null;
}

/** The job's marks among the workbook's names (loaded with items/name,items/value). */
function readMarks(items: readonly Excel.NamedItem[], owner: SheetOwner): Marks {
  const pattern = new RegExp(`^phuluc_${NAME_SUFFIX[owner]}_(\\d+)$`, 'i');
  const marks: Marks = { names: [], sheets: new Map(), source: null };
  for (const item of items) {
    const mark = pattern.exec(item.name);
    if (mark) {
      marks.names.push(item.name);
      const sheet = sheetOfReference(item.value);
      if (sheet) marks.sheets.set(key(sheet), Number(mark[1]));
    } else if (item.name.toLowerCase() === sourceMarkName(owner)) {
      marks.names.push(item.name);
      marks.source = sheetOfReference(item.value);
    }
  }
  return marks;
}

/** Queues the read of what an earlier version recorded; read it with `legacyRecord` after the next sync. */
function queueLegacyRecord(context: Excel.RequestContext, owner: SheetOwner): Excel.Setting {
  const item = context.workbook.settings.getItemOrNullObject(recordKey(owner));
  item.load('value');
  return item;
}

function legacyRecord(item: Excel.Setting): OwnSheets {
  const parsed = item.isNullObject ? null : OwnSheetsSchema.safeParse(item.value);
  return parsed?.success ? parsed.data : OwnSheetsSchema.parse({});
}

/**
 * The sheet a job reads its plan from: the active one (its id), or, when the user is looking at one
 * of the add-in's own sheets (a summary's or a consolidation's), the sheet that run read (its name),
 * if it is still there. One sync (two for a workbook written by an earlier version).
 */
export async function sourceSheet(context: Excel.RequestContext): Promise<string> {
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load('id,name');
  const names = context.workbook.names;
  names.load('items/name,items/value');
  const legacy = SHEET_OWNERS.map((owner) => queueLegacyRecord(context, owner));
  await context.sync();
  for (const owner of SHEET_OWNERS) {
    const marks = readMarks(names.items, owner);
    if (marks.sheets.has(key(active.name)) && marks.source) return marks.source;
  }
  const record = legacy.map(legacyRecord).find((r) => r.source && r.sheetIds.includes(active.id));
  if (!record?.source) return active.id;
  const source = context.workbook.worksheets.getItemOrNullObject(record.source);
  await context.sync();
  return source.isNullObject ? active.id : record.source;
}

/**
 * A name Excel accepts for a sheet: no : \ / ? * [ ], no apostrophe first or last, not blank, not
 * "History" (Excel's reserved name), composed Unicode, cut to `max` characters without splitting a
 * character. "PHỤ LỤC I: DANH MỤC" becomes "PHỤ LỤC I - DANH MỤC", "Kế hoạch 12/KH-UBND" "Kế hoạch 12-KH-UBND".
 */
export function validSheetName(name: string, max = SHEET_NAME_MAX, fallback = 'Bảng'): string {
  const tidy = (text: string) => {
    let clean = text.replace(/\s+/g, ' ');
    // Until nothing changes: taking " -" off the end can bare an apostrophe.
    for (let before = ''; before !== clean;) {
      before = clean;
      clean = clean
        .replace(/^['\s]+/, '')
        .replace(/['\s]+$/, '')
        .replace(/\s-$/, '');
    }
    return clean;
  };
  let clean = tidy(
    name
      .normalize('NFC')
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .replace(/\s*:\s*/g, ' - ')
      .replace(/[\\/]/g, '-')
      .replace(/[?*]/g, '')
      .replace(/\[/g, '(')
      .replace(/\]/g, ')'),
  );
  if (!clean || clean.toLowerCase() === 'history') clean = fallback;
  if (clean.length > max) {
    const cut = clean.slice(0, max);
    // Never end on half of a surrogate pair.
    clean = tidy(/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut);
  }
  return clean || fallback.slice(0, max);
}

/** A valid sheet name for `name` that no sheet in `taken` (by `key`) has yet: " (2)", " (3)"... when it is taken; added to `taken`. */
function uniqueName(name: string, taken: Set<string>): string {
  const base = validSheetName(name);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = `${validSheetName(base, SHEET_NAME_MAX - suffix.length)}${suffix}`;
    if (!taken.has(key(candidate)) && key(candidate) !== 'history') {
      taken.add(key(candidate));
      return candidate;
    }
  }
}

/** A table name no table or name in `taken` (lower case) has: `name`, then `name_2`, `name_3`...; added to `taken`. */
function freeName(name: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${name}_${n}`;
    if (!taken.has(candidate.toLowerCase())) {
      taken.add(candidate.toLowerCase());
      return candidate;
    }
  }
}

interface CellWrite {
  value: string | number;
  /** The number format the cell gets first, or null for none (General). */
  format: string | null;
}

/**
 * A layout cell as written: text as the text it is (the Text format when Excel would read it as a
 * number or a date, the quote prefix when as a formula; cut at Excel's 32,767 characters), a date as
 * a serial in the workbook's date system with its column's date format, and an empty cell of a
 * formatted column with that format, so what the user types there later (a completion date) is read
 * by it.
 */
function cellWrite(cell: LayoutCell | undefined, columnFormat: string | undefined, serialShift: number): CellWrite {
  if (cell === null || cell === undefined || cell === '') return { value: '', format: columnFormat ?? null };
  if (typeof cell === 'object') {
    const day = validDay(cell.date);
    // A date that is no day is written as the text it holds, never as a made-up date (01/01/1970).
    if (!day) return cellWrite(cell.date, undefined, serialShift);
    return { value: isoToExcelSerial(day) - serialShift, format: columnFormat && isDateFormat(columnFormat) ? columnFormat : 'dd/mm/yyyy' };
  }
  if (typeof cell === 'number') return { value: cell, format: columnFormat ?? null };
  const text = cell.length > CELL_TEXT_MAX - 1 ? `${cell.slice(0, CELL_TEXT_MAX - 2)}…` : cell;
  const write = textWrite(text);
  return { value: write.value, format: write.format ?? (write.value === text ? (columnFormat ?? null) : null) };
}

function span(fromRow: number, toRow: number, width: number): string {
  return `A${fromRow + 1}:${columnLetter(width - 1)}${toRow + 1}`;
}

/**
 * Queues one layout's values and looks on `sheet`, counting every call into `batch`; gives the Excel
 * table (named `tableName`) when the layout is one. Rows go in blocks of at most BLOCK_BYTES; in each
 * block the number formats come first (a column's formatted stretch in one call, General between),
 * so a text meant as text is never read as a number or a date.
 */
async function drawLayout(sheet: Excel.Worksheet, layout: SheetLayout, batch: RequestBatch, tableName: string | null, serialShift: number): Promise<Excel.Table | null> {
  const width = Math.max(...layout.rows.map((row) => row.length));
  const columnFormat = (row: number, col: number) => (row > layout.headerRow && row <= layout.lastTableRow ? layout.formats[col] : undefined);
  for (let top = 0; top < layout.rows.length;) {
    const block: CellWrite[][] = [];
    let bytes = 0;
    while (top + block.length < layout.rows.length) {
      const r = top + block.length;
      const row = Array.from({ length: width }, (_, c) => cellWrite(layout.rows[r]?.[c], columnFormat(r, c), serialShift));
      const rowBytes = utf8Length(JSON.stringify(row.map((w) => w.value))) + utf8Length(JSON.stringify(row.map((w) => w.format ?? 'General')));
      if (block.length > 0 && bytes + rowBytes > BLOCK_BYTES) break;
      block.push(row);
      bytes += rowBytes;
    }
    for (let c = 0; c < width; c++) {
      const column = block.map((row) => row[c]?.format ?? null);
      const first = column.findIndex((format) => format !== null);
      if (first < 0) continue;
      const last = column.length - 1 - [...column].reverse().findIndex((format) => format !== null);
      const formats = column.slice(first, last + 1).map((format) => [format ?? 'General']);
      const letter = columnLetter(c);
      const range = sheet.getRange(`${letter}${top + first + 1}:${letter}${top + last + 1}`);
      await batch.put(requestBytes(formats), () => (range.numberFormat = formats));
    }
    const values = block.map((row) => row.map((w) => w.value));
    const range = sheet.getRange(span(top, top + block.length - 1, width));
    await batch.put(requestBytes(values), () => (range.values = values));
    top += block.length;
  }
  for (const [c, characters] of layout.widths.entries()) {
    await batch.room(CALL_BYTES);
    sheet.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = Math.round(characters * POINTS_PER_CHARACTER);
  }
  for (const c of layout.hidden ?? []) {
    await batch.room(CALL_BYTES);
    // Range.columnHidden, ExcelApi 1.2: below the add-in's 1.6.
    sheet.getRange(`${columnLetter(c)}:${columnLetter(c)}`).columnHidden = true;
  }
  if (layout.table) {
    await batch.room(3 * CALL_BYTES);
    const table = sheet.tables.add(sheet.getRange(span(layout.headerRow, layout.lastTableRow, width)), true);
    table.name = tableName ?? layout.table;
    table.style = 'TableStyleMedium2';
    return table;
  }
  await batch.room((8 + BORDER_EDGES.length + layout.boldRows.length) * CALL_BYTES);
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
  chart.title.text = TEXT[lang].summary.words.chart;
  chart.axes.categoryAxis.setCategoryNames(sheet.getRange(`B${layout.headerRow + 2}:B${lastUnitRow + 1}`));
  const below = layout.rows.length + 2;
  chart.setPosition(`B${below}`, `${columnLetter(lastState)}${below + 22}`);
}

/** Counts per lead unit and state that the user can re-pivot. */
function pivotData(sheet: Excel.Worksheet, table: Excel.Table, lang: Language, owner: SheetOwner): void {
  // The data sheet's columns (dataHeader) by their titles.
  const pivot = sheet.pivotTables.add(`${PIVOT_NAME}_${NAME_SUFFIX[owner]}`, table, 'A3');
  pivot.rowHierarchies.add(pivot.hierarchies.getItem(TEXT[lang].summary.words.unit));
  pivot.columnHierarchies.add(pivot.hierarchies.getItem(TEXT[lang].summary.words.state));
  pivot.dataHierarchies.add(pivot.hierarchies.getItem(TEXT[lang].summary.words.task)).summarizeBy = 'Count';
  sheet.getRange('A1').values = [[TEXT[lang].summary.words.pivotTitle]];
  sheet.getRange('A1').format.font.bold = true;
}

/** Deletes what a failed run made (the sheets named, and their marks), as far as they got; the error stays the caller's. */
async function undo(context: Excel.RequestContext, sheetNames: readonly string[], markNames: readonly string[]): Promise<void> {
  try {
    const marks = markNames.map((name) => context.workbook.names.getItemOrNullObject(name));
    const sheets = sheetNames.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    await context.sync();
    for (const mark of marks) if (!mark.isNullObject) mark.delete();
    for (const sheet of sheets) if (!sheet.isNullObject) sheet.delete();
    await context.sync();
  } catch {
    // What could not be undone stays; the first error is the one to report.
  }
}

/**
 * Replaces the sheets `owner` wrote before with `layouts` (read from the sheet `source`, a name or an
 * id) and activates the first. Three syncs for a plan of a few thousand tasks, plus one per 4 MB of
 * data. When a request fails, the sheets this run made are deleted again before the error goes on.
 */
export async function writeOwnSheets(
  context: Excel.RequestContext,
  layouts: readonly SheetLayout[],
  options: { owner: SheetOwner; lang: Language; source: string; pivotTables: boolean },
): Promise<SheetsWritten> {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets;
  worksheets.load('items/name,items/id');
  const names = workbook.names;
  names.load('items/name,items/value');
  const tables = workbook.tables;
  tables.load('items/name,items/worksheet/name');
  const legacy = queueLegacyRecord(context, options.owner);
  const source = worksheets.getItemOrNullObject(options.source);
  source.load('name');
  const date1904 = queueDateSystem(context);
  await context.sync();
  const shift = date1904() === true ? DAYS_1900_TO_1904 : 0;

  // The job's sheets: those its marks point at, and (from an earlier version) those whose recorded id
  // holds one of the job's own sheet names, so a reused id can never take a sheet of the user's.
  const marks = readMarks(names.items, options.owner);
  const record = legacyRecord(legacy);
  const ownNames = new Set([...layouts.map((layout) => layout.name), TEXT.vi.summary.words.pivot, TEXT.en.summary.words.pivot].map((name) => key(validSheetName(name))));
  const earlier = worksheets.items.filter(
    (sheet) => marks.sheets.has(key(sheet.name)) || (record.sheetIds.includes(sheet.id) && ownNames.has(key(sheet.name).replace(/ \(\d+\)$/, ''))),
  );
  const gone = new Set(earlier.map((sheet) => key(sheet.name)));
  const taken = new Set(worksheets.items.filter((sheet) => !gone.has(key(sheet.name))).map((sheet) => key(sheet.name)));
  // Table names are workbook-wide and shared with defined names: free of every table left standing and every name.
  const takenTables = new Set([...tables.items.filter((t) => !gone.has(key(t.worksheet.name))).map((t) => t.name), ...names.items.map((n) => n.name)].map((n) => n.toLowerCase()));
  const sourceName = source.isNullObject || gone.has(key(source.name)) ? null : source.name;

  const batch = new RequestBatch(context);
  // The old marks go before the sheets they point at, then the sheets.
  await batch.room((marks.names.length + earlier.length) * CALL_BYTES);
  for (const name of marks.names) workbook.names.getItem(name).delete();
  for (const sheet of earlier) sheet.delete();

  /** The sheets made, each with the layout drawn on it. */
  const made: { sheet: Excel.Worksheet; layout: SheetLayout }[] = [];
  const sheets: string[] = [];
  const newMarks: string[] = [];
  const addSheet = async (name: string) => {
    await batch.room(3 * CALL_BYTES);
    const sheet = worksheets.add(name);
    const mark = markName(options.owner, newMarks.length + 1);
    workbook.names.add(mark, sheet.getRange()).visible = false;
    newMarks.push(mark);
    return { sheet, mark };
  };
  let table: Excel.Table | null = null;
  /** The PivotTable's sheet, its name and its mark, when one is made. */
  let pivotSheet: { sheet: Excel.Worksheet; name: string; mark: string } | null = null;
  let pivotName: string | null = null;
  try {
    for (const layout of layouts) {
      const name = uniqueName(layout.name, taken);
      const { sheet } = await addSheet(name);
      made.push({ sheet, layout });
      sheets.push(name);
      const tableName = layout.table ? freeName(`${layout.table}_${NAME_SUFFIX[options.owner]}`, takenTables) : null;
      table = (await drawLayout(sheet, layout, batch, tableName, shift)) ?? table;
      // Frozen header rows need ExcelApi 1.7, which every host with PivotTables (1.8) has.
      if (options.pivotTables && !layout.table) {
        await batch.room(CALL_BYTES);
        sheet.freezePanes.freezeRows(layout.headerRow + 1);
      }
    }
    pivotName = options.pivotTables && table ? uniqueName(TEXT[options.lang].summary.words.pivot, taken) : null;
    pivotSheet = pivotName ? { ...(await addSheet(pivotName)), name: pivotName } : null;
    await batch.room(4 * CALL_BYTES);
    if (sourceName !== null) workbook.names.add(sourceMarkName(options.owner), worksheets.getItem(sourceName).getRange()).visible = false;
    // The marks say it all now: an earlier version's record goes, once the sheets are written.
    if (!legacy.isNullObject) legacy.delete();
    made[0]?.sheet.activate();
    await batch.send();
  } catch (error) {
    await undo(context, [...sheets, ...(pivotName ? [pivotName] : [])], [...newMarks, sourceMarkName(options.owner)]);
    throw error;
  }

  let pivot: PivotOutcome = 'unsupported';
  if (pivotSheet && table) {
    await batch.room(16 * CALL_BYTES);
    const byUnit = made.find(({ layout }) => layout.key === 'byUnit');
    if (byUnit) chartUnits(byUnit.sheet, byUnit.layout, options.lang);
    pivotData(pivotSheet.sheet, table, options.lang, options.owner);
    try {
      await batch.send();
      pivot = 'made';
      sheets.push(pivotSheet.name);
    } catch {
      // The static sheets stand without the PivotTable: its empty sheet and its mark go.
      pivot = 'failed';
      await batch.room(2 * CALL_BYTES);
      workbook.names.getItem(pivotSheet.mark).delete();
      pivotSheet.sheet.delete();
      await batch.send();
    }
  }
  return { sheets, replaced: earlier.length, pivot, syncs: batch.syncs + 1 };
}

/**
 * A new sheet that is the user's from then on (an imported plan): a valid name of its own, drawn
 * like the add-in's sheets, never marked, so no re-run replaces it. Two syncs.
 */
export async function writeNewSheet(context: Excel.RequestContext, layout: SheetLayout): Promise<string> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const date1904 = queueDateSystem(context);
  await context.sync();
  const name = uniqueName(layout.name, new Set(worksheets.items.map((sheet) => key(sheet.name))));
  const batch = new RequestBatch(context);
  await batch.room(CALL_BYTES);
  const sheet = worksheets.add(name);
  try {
    await drawLayout(sheet, layout, batch, null, date1904() === true ? DAYS_1900_TO_1904 : 0);
    await batch.room(CALL_BYTES);
    sheet.activate();
    await batch.send();
  } catch (error) {
    await undo(context, [name], []);
    throw error;
  }
  return name;
}
