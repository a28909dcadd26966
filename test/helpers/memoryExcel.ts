/**
 * An in-memory Excel for the unit tests and the browser preview: only the calls the Office adapter
 * makes, with Office.js' rules and Excel's limits, and stricter than Excel where the documents
 * leave room, so a test fails where Excel would (issue 15; docs/excel-checklist.md says where each
 * rule comes from):
 *
 * - Calls are queued and run at the next sync, in order. The first that fails rejects the sync with
 *   a RichApi.Error-like error (`code`, e.g. InvalidArgument, ItemNotFound, InvalidOperation,
 *   ApiNotFound); the calls before it stay done, the ones after it are dropped.
 * - A property can be read only after it was loaded and a sync ran (only what was loaded, item by
 *   item in a collection); isNullObject comes with every sync.
 * - Each sync's request and response are weighed (JSON in UTF-8, plus CALL_BYTES a call), counted in
 *   `syncLog`, and a sync fails above 5 MB either way; a read of more than 5,000,000 cells gives
 *   null values (office-js#6781); getMergedAreasOrNullObject fails above 512 areas and returns only
 *   areas whose top-left cell lies in the range (office-js#3611).
 * - A string written through `values` is read the way Excel reads typed input in the US locale
 *   (office-js#1559: "5/6/2025" becomes 6 May, "1.10" 1.1, "100%" 1, "TRUE" a boolean), unless the
 *   cell's number format is "@" or the string starts with an apostrophe.
 * - Sheet names follow Excel's rules; a very hidden sheet cannot be deleted; table names and defined
 *   names are workbook-wide; `reopen()` gives every sheet a new (positional) id, as Excel may between
 *   sessions (office-js-docs#297, office-js#1390); `date1904` plays an old Mac workbook; API sets
 *   above `maxApi` fail with ApiNotFound.
 *
 * It is built from a grid (the user's sheet), so any fixture workbook can stand behind it; the
 * sheets the add-in adds are grids too, so they can be read back like the user's.
 */
import { excelSerialToIso, isoDay, isoToExcelSerial } from '../../src/core/calendar';
import { a1, type Cell, type CellRange, columnIndex, type Grid } from '../../src/core/grid';
import { isDateFormat } from '../../src/core/numberFormat';

/** Excel's limits as the fake enforces them. */
export const LIMITS = {
  /** Request and response of one sync (Excel on the web). */
  payloadBytes: 5 * 1024 * 1024,
  /** Cells one read may cover. */
  readCells: 5_000_000,
  /** Merged areas one getMergedAreasOrNullObject may return. */
  mergedAreas: 512,
  /** Characters in a cell. */
  cellCharacters: 32767,
};
/** What the fake charges a queued call beside its data. */
export const CALL_BYTES = 100;
const MAX_ROW = 1048575;
const MAX_COL = 16383;
const DAYS_1900_TO_1904 = 1462;

/** An error the way Office.js reports one at sync: RichApi.Error with a code. */
export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}

/** API set versions compare part by part, as numbers: "1.13" is newer than "1.6". */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

/** Office.context.requirements.isSetSupported for an Excel that has ExcelApi up to `max`. */
export function isSetSupported(max: string): (set: string, version?: string) => boolean {
  return (set, version = '1.1') => set === 'ExcelApi' && compareVersions(version, max) <= 0;
}

function utf8(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const weigh = (value: unknown) => utf8(JSON.stringify(value) ?? 'null');

// ---------------------------------------------------------------------------------------------
// Excel reading typed input, US rules (what `values` does with a string)

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function monthOf(word: string): number | null {
  const w = word.toLowerCase();
  const index = MONTHS.findIndex((month) => w === month || w === month.slice(0, 3) || (w === 'sept' && month === 'september'));
  return index >= 0 ? index + 1 : null;
}

function fullYear(digits: string): number {
  const year = Number(digits);
  return digits.length <= 2 ? (year < 30 ? 2000 + year : 1900 + year) : year;
}

function dateCell(year: number, month: number, day: number): Cell | null {
  const iso = isoDay(year, month, day);
  return iso ? { kind: 'date', iso, format: 'm/d/yyyy' } : null;
}

function typedDate(input: string, year: number): Cell | null {
  const s = input
    .replace(/\s+\d{1,2}:\d{2}(:\d{2})?(\s*[ap]m?)?$/i, '') // a time after the date
    .replace(new RegExp(`^(${WEEKDAYS.map((d) => `${d}|${d.slice(0, 3)}`).join('|')}),?\\s+`, 'i'), '');
  let m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{1,4})$/.exec(s);
  if (m) return dateCell(fullYear(m[3]!), Number(m[1]), Number(m[2]));
  m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(s);
  if (m) return dateCell(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/-](\d{4})$/.exec(s);
  if (m) return dateCell(Number(m[2]), Number(m[1]), 1);
  m = /^(\d{1,2})[/-](\d{1,2})$/.exec(s);
  if (m) return dateCell(year, Number(m[1]), Number(m[2])) ?? dateCell(fullYear(m[2]!), Number(m[1]), 1);
  m = /^(\d{1,2})[\s-]+([a-z]+)\.?(?:[\s,-]+(\d{2}|\d{4}))?$/i.exec(s);
  if (m && monthOf(m[2]!)) return dateCell(m[3] ? fullYear(m[3]) : year, monthOf(m[2]!)!, Number(m[1]));
  m = /^([a-z]+)\.?[\s-]+(\d{1,2}),?[\s-]+(\d{4})$/i.exec(s);
  if (m && monthOf(m[1]!)) return dateCell(Number(m[3]), monthOf(m[1]!)!, Number(m[2]));
  m = /^([a-z]+)\.?[\s-]+(\d{1,4})$/i.exec(s);
  if (m && monthOf(m[1]!)) {
    const n = Number(m[2]);
    return (m[2]!.length <= 2 && n >= 1 && n <= 31 ? dateCell(year, monthOf(m[1]!)!, n) : null) ?? dateCell(fullYear(m[2]!), monthOf(m[1]!)!, 1);
  }
  return null;
}

function typedNumber(s: string): Cell | null {
  let text = s;
  let sign = 1;
  let format: string | undefined;
  const parens = /^\((.*)\)$/.exec(text);
  if (parens) {
    text = parens[1]!;
    sign = -1;
  }
  const signed = /^([-+])\s*(.*)$/.exec(text);
  if (signed) {
    text = signed[2]!;
    if (signed[1] === '-') sign = -sign;
  }
  if (text.startsWith('$')) {
    text = text.slice(1);
    format = '$#,##0.00';
  }
  let scale = 1;
  if (text.endsWith('%')) {
    text = text.slice(0, -1).trim();
    scale = 0.01;
    format = '0%';
  }
  const fraction = /^(\d+)\s+(\d+)\/(\d+)$/.exec(text);
  if (fraction && Number(fraction[3]) > 0) return { kind: 'number', value: sign * (Number(fraction[1]) + Number(fraction[2]) / Number(fraction[3])), format: '# ?/?' };
  if (!/^(\d+(,\d+)*)?(\.\d*)?([eE][-+]?\d+)?$/.test(text) || !/\d/.test(text.replace(/[eE][-+]?\d+$/, ''))) return null;
  if (text.includes(',')) format ??= '#,##0';
  const value = sign * Number(text.replace(/,/g, '')) * scale;
  return Number.isFinite(value) ? (format ? { kind: 'number', value, format } : { kind: 'number', value }) : null;
}

function typedTime(s: string): Cell | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])?m?$/i.exec(s);
  if (!m) return null;
  let hours = Number(m[1]);
  if (m[4]) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (m[4].toLowerCase() === 'p' ? 12 : 0);
  }
  if (hours > 23 || Number(m[2]) > 59 || Number(m[3] ?? 0) > 59) return null;
  return { kind: 'number', value: (hours * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0)) / 86400, format: 'h:mm' };
}

/**
 * The cell Excel makes of `input` typed into a General cell with the US rules that Range.values
 * applies (office-js#1559): a number, a date, a time, a percentage, a boolean, an error value, a
 * formula (shown here as the error #NAME?, the fake evaluates none), or the text itself.
 */
export function typedCell(input: string, year = new Date().getFullYear()): Cell {
  const s = input.trim();
  if (s === '') return { kind: 'text', text: input };
  if (input.startsWith('=')) return { kind: 'error', code: '#NAME?' };
  if (/^(true|false)$/i.test(s)) return { kind: 'boolean', value: /^true$/i.test(s) };
  if (/^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!)$/i.test(s)) return { kind: 'error', code: s.toUpperCase() };
  const number = typedNumber(s);
  if (number) return number;
  if (/^[+-]/.test(input)) return { kind: 'error', code: '#NAME?' }; // "+84 225", "-": a formula to Excel (a space first keeps it text)
  return typedDate(s, year) ?? typedTime(s) ?? { kind: 'text', text: input };
}

// ---------------------------------------------------------------------------------------------
// The workbook's contents

/** A conditional format as the add-in (or the user) left it on a sheet. */
export interface MemoryFormat {
  sheet: string;
  range: string;
  type: string;
  formula: string;
  fill?: string;
  font?: string;
}

/** Formatting set on a range: the few properties the add-in uses. */
export interface RangeLook {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fill?: string;
  wrapText?: boolean;
  columnWidth?: number;
  /** Range.columnHidden (ExcelApi 1.2): hides every column the range spans. */
  columnHidden?: boolean;
  borders?: string[];
}

export interface MemoryTable {
  name: string;
  address: string;
  style?: string;
}

export interface MemoryPivot {
  name: string;
  source: string;
  destination: string;
  rows: string[];
  columns: string[];
  data: string[];
}

export interface MemoryChart {
  type: string;
  source: string;
  categories?: string;
  title?: string;
  position?: string;
}

/** A defined name: a formula (="text", =TRUE) or a reference to a range of a sheet. */
export interface MemoryName {
  name: string;
  formula?: string;
  target?: { sheet: MemorySheet; range: CellRange };
  visible: boolean;
}

/** A sheet of the workbook (the user's sheet is `grid`; `sheets` holds the ones the add-in added). */
export interface MemorySheet {
  name: string;
  id: string;
  visibility: string;
  grid: Grid;
  /** Every block written: A1 address → values / number formats. */
  values: Map<string, unknown[][]>;
  numberFormats: Map<string, string[][]>;
  looks: Map<string, RangeLook>;
  tables: MemoryTable[];
  pivots: MemoryPivot[];
  charts: MemoryChart[];
  frozenRows: number;
  /** Number formats given to cells, "row,col" → format; a cell without one shows its own, or General. */
  cellFormats: Map<string, string>;
  /** Areas formatted without values (borders, fills): in the used range unless it is asked for values only. */
  styled: CellRange[];
  /** Names scoped to this sheet. */
  names: MemoryName[];
  /** The user's sheet: the add-in never formats it, and the tests never delete the first one. */
  user: boolean;
}

export interface SyncRecord {
  /** Bytes of the request: every call's data in JSON (UTF-8) plus CALL_BYTES a call. */
  request: number;
  /** Bytes of the response: every loaded property's value in JSON (UTF-8). */
  response: number;
  calls: number;
}

interface Call {
  bytes: number;
  /** Runs the call; a load gives the bytes it adds to the response. */
  run: () => number | void;
}

function emptySheet(name: string, id: string, grid: Grid, user: boolean, values = new Map<string, unknown[][]>(), numberFormats = new Map<string, string[][]>()): MemorySheet {
  return {
    name,
    id,
    visibility: 'Visible',
    grid,
    values,
    numberFormats,
    looks: new Map(),
    tables: [],
    pivots: [],
    charts: [],
    frozenRows: 0,
    cellFormats: new Map(),
    styled: [],
    names: [],
    user,
  };
}

/** A sheet name as Excel writes it in a reference: quoted unless it is letters, digits and underscores. */
function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** An A1 reference ("B5", "A1:K8", "A:A", "3:7", "" for the whole sheet) as a 0-based range. */
function rangeOf(address: string): CellRange {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  if (local === '') return { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL };
  const [start, end = start] = local.split(':') as [string, string?];
  const point = (ref: string) => {
    const m = /^([A-Z]{1,3})?(\d{1,7})?$/i.exec(ref);
    if (!m || (!m[1] && !m[2])) throw new ExcelError('InvalidArgument', `the address ${address} is not valid`);
    return { row: m[2] ? Number(m[2]) - 1 : null, col: m[1] ? columnIndex(m[1]) : null };
  };
  const a = point(start);
  const b = point(end!);
  const range = { top: a.row ?? 0, left: a.col ?? 0, bottom: b.row ?? MAX_ROW, right: b.col ?? MAX_COL };
  if (range.bottom < range.top || range.right < range.left || range.bottom > MAX_ROW || range.right > MAX_COL)
    throw new ExcelError('InvalidArgument', `the address ${address} is not valid`);
  return range;
}

const cellCount = (r: CellRange) => (r.bottom - r.top + 1) * (r.right - r.left + 1);
const addressOf = (r: CellRange) => (r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`);

/** Excel's rules for a defined name or a table name. */
function validName(name: string): boolean {
  return /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) && name.length <= 255 && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[rc]$/i.test(name) && !/^r\d*c\d*$/i.test(name);
}

/** A value held by a property that a load made readable. */
class Loadable {
  private readonly requested = new Set<string>();
  private readonly loaded = new Map<string, unknown>();
  private queuedFor = -1;

  constructor(
    private readonly context: MemoryContext,
    private readonly properties: Record<string, () => unknown>,
    /** For *OrNullObject results: whether the object is missing (filled in at every sync). */
    private readonly isNull?: () => boolean,
    preloaded?: Map<string, unknown>,
  ) {
    if (preloaded) for (const [key, value] of preloaded) this.loaded.set(key, value);
    if (isNull) this.queue();
  }

  load(spec?: string | string[]): void {
    const names = (Array.isArray(spec) ? spec : (spec ?? '').split(',')).map((p) => p.trim()).filter(Boolean);
    if (names.length === 0) throw new Error('the add-in loads named properties only');
    for (const name of names) {
      if (!(name in this.properties)) throw new Error(`the fake has no property ${name} to load`);
      this.requested.add(name);
    }
    this.queue();
  }

  private queue(): void {
    if (this.queuedFor === this.context.generation) return;
    this.queuedFor = this.context.generation;
    this.context.enqueueLoad(() => this.snapshot());
  }

  private snapshot(): number {
    const missing = this.isNull?.() ?? false;
    if (this.isNull) this.loaded.set('isNullObject', missing);
    if (missing) return 0;
    let bytes = 0;
    for (const name of this.requested) {
      const value = this.properties[name]!();
      this.loaded.set(name, value);
      bytes += weigh(value);
    }
    return bytes;
  }

  read<T>(name: string): T {
    if (!this.loaded.has(name)) throw new ExcelError('PropertyNotLoaded', `${name} was not loaded and synced`);
    return this.loaded.get(name) as T;
  }
}

/** A collection's `items`, each with the properties loaded as items/<name> (or items/<navigation>/<name>). */
class CollectionLoad<T> {
  private readonly sub = new Set<string>();
  private snapshotted: { item: T; values: Map<string, unknown> }[] | null = null;
  private queuedFor = -1;

  constructor(
    private readonly context: MemoryContext,
    private readonly list: () => T[],
    private readonly propertiesOf: (item: T) => Record<string, () => unknown>,
  ) {}

  load(spec?: string | string[]): void {
    const names = (Array.isArray(spec) ? spec : (spec ?? '').split(',')).map((p) => p.trim()).filter(Boolean);
    if (names.length === 0) throw new Error('the add-in loads named properties only');
    for (const name of names) {
      if (name === 'items') continue;
      if (!name.startsWith('items/')) throw new Error(`the fake loads collections as items/<property>, not ${name}`);
      this.sub.add(name.slice('items/'.length));
    }
    if (this.queuedFor !== this.context.generation) {
      this.queuedFor = this.context.generation;
      this.context.enqueueLoad(() => this.snapshot());
    }
  }

  private snapshot(): number {
    let bytes = 0;
    this.snapshotted = this.list().map((item) => {
      const properties = this.propertiesOf(item);
      const values = new Map<string, unknown>();
      for (const name of this.sub) {
        if (!(name in properties)) throw new Error(`the fake has no property ${name} to load`);
        const value = properties[name]!();
        values.set(name, value);
        bytes += weigh(value);
      }
      return { item, values };
    });
    return bytes;
  }

  items<H>(handle: (item: T, values: Map<string, unknown>) => H): H[] {
    if (!this.snapshotted) throw new ExcelError('PropertyNotLoaded', 'items was not loaded and synced');
    return this.snapshotted.map(({ item, values }) => handle(item, values));
  }
}

/** How a range handle finds its cells when a call runs. */
interface RangeTarget {
  sheet: () => MemorySheet;
  range: () => CellRange | null;
  address: string;
}

export class MemoryContext {
  syncs = 0;
  /** Counts the requests begun: a load queued in one is queued again for the next. */
  generation = 0;
  /** Every sync's weight, in order. */
  readonly syncLog: SyncRecord[] = [];
  readonly workbook: unknown;
  readonly formats: MemoryFormat[] = [];
  /** What the add-in wrote into the user's sheet: A1 address → values / number formats; unmerged areas. */
  readonly writes = new Map<string, unknown[][]>();
  readonly numberFormats = new Map<string, string[][]>();
  readonly unmerged: string[] = [];
  readonly settings = new Map<string, unknown>();
  /** Workbook-scoped names. */
  readonly names: MemoryName[] = [];
  /** The cell last selected, as "Sheet!A1". */
  selection: string | null = null;
  /** Counts every change to the workbook, so a view of it redraws only when something changed. */
  changes = 0;
  /** The sheets the add-in added, by name. */
  readonly sheets = new Map<string, MemorySheet>();
  /** The active sheet's name: the user's sheet until the add-in activates another. */
  active: string;
  /** API sets this Excel lacks: a call into one fails at the sync, as in Office.js. */
  readonly missing = new Set<'pivotTables'>();
  /** The newest ExcelApi this Excel has; a call from a newer set fails with ApiNotFound. */
  maxApi = '1.17';
  /** The workbook counts dates from 1904 (an old Mac workbook). */
  date1904 = false;
  /** The year "5/6" falls in. */
  year = new Date().getFullYear();
  private readonly order: MemorySheet[] = [];
  private readonly userSheet: MemorySheet;
  private queue: Call[] = [];
  private failure: { index: number; error: Error } | null = null;
  private nextId = 1;
  private session = 0;

  constructor(readonly grid: Grid) {
    this.active = grid.name;
    this.userSheet = emptySheet(grid.name, this.newId(), grid, true, this.writes, this.numberFormats);
    this.order.push(this.userSheet);
    this.workbook = {
      settings: this.settingsApi(),
      worksheets: this.worksheetsApi(),
      tables: this.tablesApi(),
      names: this.namesApi(null),
      functions: this.functionsApi(),
    };
  }

  // -------------------------------------------------------------------------------------------
  // Test controls

  /** The user's sheet's id (it changes when the workbook is reopened). */
  get userSheetId(): string {
    return this.userSheet.id;
  }

  /** Adds another sheet of the user's, after the others. */
  addUserSheet(grid: Grid): MemorySheet {
    const sheet = emptySheet(grid.name, this.newId(), grid, true);
    this.order.push(sheet);
    return sheet;
  }

  /** A table of the user's (its name is then taken workbook-wide). */
  addUserTable(sheetName: string, name: string, address: string): void {
    this.sheetNamed(sheetName)!.tables.push({ name, address });
  }

  /** Formats an area without writing values (borders down 60,000 rows): the used range grows unless asked for values only. */
  style(sheetName: string, address: string): void {
    this.sheetNamed(sheetName)!.styled.push(rangeOf(address));
  }

  /** Renames a sheet as the user would (names that refer to it follow it). */
  renameSheet(from: string, to: string): void {
    const sheet = this.sheetNamed(from)!;
    const valid = this.checkSheetName(to, sheet);
    if (this.sheets.get(from) === sheet) {
      this.sheets.delete(from);
      this.sheets.set(valid, sheet);
    }
    for (const format of this.formats) if (format.sheet === from) format.sheet = valid;
    if (this.active === from) this.active = valid;
    sheet.name = valid;
    sheet.grid.name = valid;
    this.changed();
  }

  /** Makes the `index`-th call (0-based) of the next sync fail, as a request Excel stops short. */
  failNextSync(index: number, error = new ExcelError('GeneralException', 'the fake failed this call on purpose')): void {
    this.failure = { index, error };
  }

  /** Closes and reopens the file: every sheet gets a new id, by its position, as Excel may between sessions. */
  reopen(): void {
    if (this.queue.length) throw new Error('calls are still queued');
    this.session++;
    this.order.forEach((sheet, i) => (sheet.id = `{00000000-0001-0000-${i.toString(16).padStart(4, '0')}-00000000000${this.session % 10}}`));
    this.selection = null;
  }

  /** A cell's number format as Excel would report it ("Sheet!B5" or a sheet and an address). */
  formatAt(sheetName: string, address: string): string {
    const sheet = this.sheetNamed(sheetName)!;
    const { top, left } = rangeOf(address);
    return this.cellOut(sheet, top, left)[2];
  }

  /** The largest request and response any sync carried so far. */
  heaviest(): SyncRecord {
    return this.syncLog.reduce((max, s) => ({ request: Math.max(max.request, s.request), response: Math.max(max.response, s.response), calls: Math.max(max.calls, s.calls) }), {
      request: 0,
      response: 0,
      calls: 0,
    });
  }

  /** The sheet's name for a name (any case, as Excel compares them) or an id; null when there is none. */
  find(key: string): string | null {
    return this.sheetByKey(key)?.name ?? null;
  }

  /**
   * A sheet's cells: the user's grid or an added sheet's; an empty grid for a sheet not there yet
   * (added by a call still queued: calls run at the next sync).
   */
  gridOf(name: string): Grid {
    return this.sheetNamed(name)?.grid ?? { name, rows: [], merges: [], hiddenRows: new Set() };
  }

  /** Every sheet in tab order. */
  allSheets(): MemorySheet[] {
    return [...this.order];
  }

  // -------------------------------------------------------------------------------------------
  // Requests

  enqueue(data: unknown, run: () => void, api?: string): void {
    this.queue.push({
      bytes: CALL_BYTES + weigh(data),
      run: () => {
        if (api) this.requireApi(api);
        run();
      },
    });
  }

  enqueueLoad(snapshot: () => number): void {
    this.queue.push({ bytes: CALL_BYTES, run: snapshot });
  }

  async sync(): Promise<void> {
    this.syncs++;
    this.generation++;
    const queue = this.queue;
    this.queue = [];
    const record: SyncRecord = { request: queue.reduce((n, call) => n + call.bytes, 0), response: 0, calls: queue.length };
    this.syncLog.push(record);
    if (record.request > LIMITS.payloadBytes) throw new ExcelError('RequestPayloadSizeLimitExceeded', `the request carries ${record.request} bytes`);
    const failure = this.failure;
    this.failure = null;
    for (const [index, call] of queue.entries()) {
      if (failure?.index === index) throw failure.error;
      const bytes = call.run();
      if (typeof bytes === 'number') record.response += bytes;
    }
    if (record.response > LIMITS.payloadBytes) throw new ExcelError('ResponsePayloadSizeLimitExceeded', `the response carries ${record.response} bytes`);
  }

  private requireApi(version: string): void {
    if (compareVersions(version, this.maxApi) > 0) throw new ExcelError('ApiNotFound', `ExcelApi ${version} is not supported by this Excel (it has ${this.maxApi})`);
  }

  private newId(): string {
    return `{sheet-${this.nextId++}}`;
  }

  private sheetNamed(name: string): MemorySheet | undefined {
    return this.order.find((sheet) => sheet.name === name);
  }

  private sheetByKey(key: string): MemorySheet | undefined {
    return this.order.find((sheet) => sheet.id === key) ?? this.order.find((sheet) => sheet.name.toLowerCase() === key.toLowerCase());
  }

  private changed(): void {
    this.changes++;
  }

  // -------------------------------------------------------------------------------------------
  // Workbook-level APIs

  private settingsApi() {
    const context = this;
    return {
      add: (key: string, value: unknown) =>
        context.enqueue([key, value], () => {
          context.changed();
          context.settings.set(key, JSON.parse(JSON.stringify(value)) as unknown);
        }),
      getItemOrNullObject: (key: string) => {
        const loadable = new Loadable(context, { value: () => context.settings.get(key) }, () => !context.settings.has(key));
        return {
          load: (p: string) => loadable.load(p),
          get isNullObject() {
            return loadable.read<boolean>('isNullObject');
          },
          get value() {
            return loadable.read<unknown>('value');
          },
          delete: () =>
            context.enqueue(key, () => {
              context.changed();
              context.settings.delete(key);
            }),
        };
      },
    };
  }

  private functionsApi() {
    const context = this;
    return {
      date: (year: number, month: number, day: number) => {
        const loadable = new Loadable(context, {
          value: () => {
            const iso = isoDay(year, month, day);
            if (!iso) return null;
            return isoToExcelSerial(iso) - (context.date1904 ? DAYS_1900_TO_1904 : 0);
          },
          error: () => null,
        });
        context.enqueue([year, month, day], () => undefined, '1.2');
        return {
          load: (p: string) => loadable.load(p),
          get value() {
            return loadable.read<number | null>('value');
          },
        };
      },
    };
  }

  private allTables(): { table: MemoryTable; sheet: MemorySheet }[] {
    return this.order.flatMap((sheet) => sheet.tables.map((table) => ({ table, sheet })));
  }

  /** Table names and defined names share one namespace, and Excel compares them in any case. */
  private nameTaken(name: string, except?: MemoryTable): boolean {
    const lower = name.toLowerCase();
    return this.allTables().some(({ table }) => table !== except && table.name.toLowerCase() === lower) || this.names.some((n) => n.name.toLowerCase() === lower);
  }

  private tablesApi() {
    const context = this;
    const collection = new CollectionLoad(
      context,
      () => context.allTables(),
      ({ table, sheet }) => ({ name: () => table.name, 'worksheet/name': () => sheet.name }),
    );
    return {
      load: (p: string | string[]) => collection.load(p),
      get items() {
        return collection.items((_, values) => ({
          get name() {
            if (!values.has('name')) throw new ExcelError('PropertyNotLoaded', 'name was not loaded');
            return values.get('name') as string;
          },
          worksheet: {
            get name() {
              if (!values.has('worksheet/name')) throw new ExcelError('PropertyNotLoaded', 'worksheet/name was not loaded');
              return values.get('worksheet/name') as string;
            },
          },
        }));
      },
      getItemOrNullObject: (name: string) => {
        const find = () => context.allTables().find(({ table }) => table.name.toLowerCase() === name.toLowerCase());
        const loadable = new Loadable(context, { name: () => find()!.table.name }, () => !find());
        return {
          load: (p: string) => loadable.load(p),
          get isNullObject() {
            return loadable.read<boolean>('isNullObject');
          },
          get name() {
            return loadable.read<string>('name');
          },
        };
      },
    };
  }

  private nameValue(item: MemoryName): unknown {
    if (item.target) {
      if (!this.order.includes(item.target.sheet)) return '#REF!';
      const r = item.target.range;
      return `${quoteSheet(item.target.sheet.name)}!$${a1(r.top, r.left).replace(/(\d+)$/, '$$$1')}${cellCount(r) > 1 ? `:$${a1(r.bottom, r.right).replace(/(\d+)$/, '$$$1')}` : ''}`;
    }
    const formula = (item.formula ?? '').replace(/^=/, '');
    if (/^".*"$/.test(formula)) return formula.slice(1, -1).replace(/""/g, '"');
    if (/^(true|false)$/i.test(formula)) return /^true$/i.test(formula);
    if (/^-?\d+(\.\d+)?$/.test(formula)) return Number(formula);
    return '#NAME?';
  }

  private nameType(item: MemoryName): string {
    const value = this.nameValue(item);
    if (item.target) return value === '#REF!' ? 'Error' : 'Range';
    return typeof value === 'boolean' ? 'Boolean' : typeof value === 'number' ? 'Double' : value === '#NAME?' ? 'Error' : 'String';
  }

  private namedItem(list: () => MemoryName[], find: () => MemoryName | undefined, nullable: boolean, preloaded?: Map<string, unknown>) {
    const context = this;
    const loadable = new Loadable(
      context,
      { name: () => find()!.name, value: () => context.nameValue(find()!), type: () => context.nameType(find()!), visible: () => find()!.visible },
      nullable ? () => !find() : undefined,
      preloaded,
    );
    const existing = () => {
      const item = find();
      if (!item) throw new ExcelError('ItemNotFound', 'the name does not exist');
      return item;
    };
    return {
      load: (p: string) => loadable.load(p),
      get isNullObject() {
        return loadable.read<boolean>('isNullObject');
      },
      get name() {
        return loadable.read<string>('name');
      },
      get value() {
        return loadable.read<unknown>('value');
      },
      get type() {
        return loadable.read<string>('type');
      },
      set visible(value: boolean) {
        context.enqueue(value, () => (existing().visible = value));
      },
      delete: () =>
        context.enqueue('delete', () => {
          const item = existing();
          const names = list();
          names.splice(names.indexOf(item), 1);
          context.changed();
        }),
    };
  }

  /** The names of the workbook (`scope` null) or of a sheet. */
  private namesApi(scope: (() => MemorySheet) | null) {
    const context = this;
    const list = () => (scope ? scope().names : context.names);
    const collection = new CollectionLoad(context, list, (item) => ({
      name: () => item.name,
      value: () => context.nameValue(item),
      type: () => context.nameType(item),
      visible: () => item.visible,
    }));
    const byName = (name: string) => () => list().find((n) => n.name.toLowerCase() === name.toLowerCase());
    return {
      load: (p: string | string[]) => collection.load(p),
      get items() {
        return collection.items((item, values) => context.namedItem(list, () => (list().includes(item) ? item : undefined), false, values));
      },
      add: (name: string, reference: unknown, comment?: string) => {
        const target = typeof reference === 'string' ? null : context.targets.get(reference as object);
        if (typeof reference !== 'string' && !target) throw new Error('the fake names a formula or a range handle');
        const item: MemoryName = { name, visible: true };
        context.enqueue(
          [name, typeof reference === 'string' ? reference : target!.address, comment ?? null],
          () => {
            if (!validName(name)) throw new ExcelError('InvalidArgument', `${name} is not a valid name`);
            if (list().some((n) => n.name.toLowerCase() === name.toLowerCase()) || (!scope && context.nameTaken(name)))
              throw new ExcelError('ItemAlreadyExists', `the name ${name} exists`);
            if (typeof reference === 'string') {
              if (!reference.startsWith('=')) throw new ExcelError('InvalidArgument', 'a formula starts with =');
              item.formula = reference;
            } else {
              const range = target!.range();
              if (!range) throw new ExcelError('InvalidArgument', 'the range is a null object');
              item.target = { sheet: target!.sheet(), range };
            }
            list().push(item);
            context.changed();
          },
          '1.4',
        );
        return context.namedItem(list, () => (list().includes(item) ? item : undefined), false);
      },
      getItem: (name: string) => context.namedItem(list, byName(name), false),
      getItemOrNullObject: (name: string) => context.namedItem(list, byName(name), true),
    };
  }

  // -------------------------------------------------------------------------------------------
  // Sheets

  /** Excel's rules for a sheet name: 1–31 characters, none of : \ / ? * [ ], no apostrophe first or last, not "History", unique in any case. */
  private checkSheetName(name: unknown, except?: MemorySheet): string {
    if (typeof name !== 'string' || name.trim() === '') throw new ExcelError('InvalidArgument', 'a sheet name cannot be blank');
    if (name.length > 31) throw new ExcelError('InvalidArgument', `the sheet name ${name} is longer than 31 characters`);
    if (/[:\\/?*[\]]/.test(name)) throw new ExcelError('InvalidArgument', `the sheet name ${name} holds one of : \\ / ? * [ ]`);
    if (name.startsWith("'") || name.endsWith("'")) throw new ExcelError('InvalidArgument', `the sheet name ${name} starts or ends with an apostrophe`);
    if (name.toLowerCase() === 'history') throw new ExcelError('InvalidArgument', 'History is reserved');
    if (this.order.some((sheet) => sheet !== except && sheet.name.toLowerCase() === name.toLowerCase())) throw new ExcelError('ItemAlreadyExists', `a sheet ${name} exists`);
    return name;
  }

  private worksheetsApi() {
    const context = this;
    const collection = new CollectionLoad(
      context,
      () => [...context.order],
      (sheet) => ({ name: () => sheet.name, id: () => sheet.id, visibility: () => sheet.visibility }),
    );
    const byKey = (key: string) => () => context.sheetByKey(key) ?? null;
    return {
      load: (p: string | string[]) => collection.load(p),
      get items() {
        return collection.items((sheet, values) => context.worksheet(() => (context.order.includes(sheet) ? sheet : null), false, values));
      },
      getActiveWorksheet: () => context.worksheet(() => context.sheetNamed(context.active) ?? null, false),
      getItem: (key: string) => context.worksheet(byKey(key), false),
      getItemOrNullObject: (key: string) => context.worksheet(byKey(key), true),
      add: (name?: string) => {
        const sheet = emptySheet(name ?? '', context.newId(), { name: name ?? '', rows: [], merges: [], hiddenRows: new Set() }, false);
        context.enqueue(name ?? null, () => {
          const valid = context.checkSheetName(name);
          context.order.push(sheet);
          context.sheets.set(valid, sheet);
          context.changed();
        });
        return context.worksheet(() => (context.order.includes(sheet) ? sheet : null), false);
      },
    };
  }

  /** A worksheet as Office.js shows it; `resolve` finds it when a call runs (null: missing). */
  private worksheet(resolve: () => MemorySheet | null, nullable: boolean, preloaded?: Map<string, unknown>) {
    const context = this;
    // A handle finds its sheet once, at the first call that uses it, and keeps it: a deleted sheet stays missing.
    let bound: MemorySheet | null | undefined;
    const find = () => {
      if (bound === undefined) bound = resolve();
      return bound && context.order.includes(bound) ? bound : null;
    };
    const sheet = () => {
      const found = find();
      if (!found) throw new ExcelError(nullable ? 'InvalidObjectPath' : 'ItemNotFound', 'the worksheet does not exist');
      return found;
    };
    const loadable = new Loadable(context, { name: () => sheet().name, id: () => sheet().id, visibility: () => sheet().visibility }, nullable ? () => !find() : undefined, preloaded);
    return {
      load: (p: string) => loadable.load(p),
      get isNullObject() {
        return loadable.read<boolean>('isNullObject');
      },
      get name() {
        return loadable.read<string>('name');
      },
      get id() {
        return loadable.read<string>('id');
      },
      get visibility() {
        return loadable.read<string>('visibility');
      },
      set visibility(value: string) {
        context.enqueue(value, () => {
          const target = sheet();
          if (!['Visible', 'Hidden', 'VeryHidden'].includes(value)) throw new ExcelError('InvalidArgument', `visibility ${value}`);
          if (value !== 'Visible' && target.visibility === 'Visible' && context.order.filter((s) => s.visibility === 'Visible').length === 1)
            throw new ExcelError('InvalidOperation', 'a workbook keeps one visible sheet');
          target.visibility = value;
          if (value !== 'Visible' && context.active === target.name) context.active = context.order.find((s) => s.visibility === 'Visible')!.name;
          context.changed();
        });
      },
      getUsedRangeOrNullObject: (valuesOnly?: boolean) =>
        context.range({ sheet, range: () => context.usedRange(sheet(), valuesOnly === true), address: `used(${valuesOnly === true})` }, true),
      getRange: (address = '') => context.range({ sheet, range: () => rangeOf(address), address }, false),
      activate: () =>
        context.enqueue('activate', () => {
          const target = sheet();
          if (target.visibility !== 'Visible') throw new ExcelError('InvalidOperation', 'a hidden sheet cannot be activated');
          context.active = target.name;
          context.changed();
        }),
      delete: () => context.enqueue('delete', () => context.deleteSheet(sheet())),
      names: context.namesApi(sheet),
      tables: {
        add: (source: unknown, hasHeaders: boolean) => {
          if (!hasHeaders) throw new Error('the add-in always writes a header');
          const target = typeof source === 'string' ? null : context.targets.get(source as object);
          const table: MemoryTable = { name: `Table${context.nextId++}`, address: typeof source === 'string' ? source : (target?.address ?? '') };
          context.enqueue([table.address], () => {
            const owner = sheet();
            if (target && target.sheet() !== owner) throw new ExcelError('InvalidArgument', 'the table range is on another sheet');
            const area = rangeOf(table.address);
            if (context.allTables().some(({ table: t, sheet: s }) => s === owner && overlaps(rangeOf(t.address), area)))
              throw new ExcelError('InvalidOperation', 'tables cannot overlap');
            while (context.nameTaken(table.name)) table.name = `Table${context.nextId++}`;
            owner.tables.push(table);
            context.changed();
          });
          return {
            set name(value: string) {
              context.enqueue(value, () => {
                if (!validName(value)) throw new ExcelError('InvalidArgument', `${value} is not a valid table name`);
                if (context.nameTaken(value, table)) throw new ExcelError('InvalidArgument', `the table name ${value} is taken`);
                table.name = value;
              });
            },
            set style(value: string) {
              context.enqueue(value, () => (table.style = value));
            },
            memory: table,
          };
        },
      },
      pivotTables: {
        add: (pivotName: string, source: { memory: MemoryTable }, destination: string) => {
          const pivot: MemoryPivot = { name: pivotName, source: source.memory.name, destination, rows: [], columns: [], data: [] };
          let fields: string[] = [];
          context.enqueue(
            [pivotName, destination],
            () => {
              if (context.missing.has('pivotTables')) throw new ExcelError('ApiNotFound', 'PivotTableCollection.add');
              const owner = sheet();
              const from = context.allTables().find(({ table }) => table === source.memory);
              if (!from) throw new ExcelError('InvalidArgument', 'the source table is gone');
              if (owner.pivots.some((p) => p.name.toLowerCase() === pivotName.toLowerCase())) throw new ExcelError('ItemAlreadyExists', `a PivotTable ${pivotName} exists`);
              const area = rangeOf(from.table.address);
              fields = (from.sheet.grid.rows[area.top] ?? []).slice(area.left, area.right + 1).map((cell) => (cell?.kind === 'text' ? cell.text : ''));
              pivot.source = from.table.name;
              owner.pivots.push(pivot);
              context.changed();
            },
            '1.8',
          );
          const axis = (list: string[]) => ({
            add: (hierarchy: { field: string }) => {
              context.enqueue(
                hierarchy.field,
                () => {
                  if (!fields.includes(hierarchy.field)) throw new ExcelError('ItemNotFound', `no field ${hierarchy.field} in ${fields.join(', ')}`);
                  list.push(hierarchy.field);
                },
                '1.8',
              );
              return {
                set summarizeBy(value: string) {
                  context.enqueue(value, () => undefined, '1.8');
                },
              };
            },
          });
          return {
            hierarchies: { getItem: (field: string) => ({ field }) },
            rowHierarchies: axis(pivot.rows),
            columnHierarchies: axis(pivot.columns),
            dataHierarchies: axis(pivot.data),
          };
        },
      },
      charts: {
        add: (type: string, source: object, seriesBy: string) => {
          if (seriesBy !== 'Columns') throw new Error('the add-in charts by columns');
          const chart: MemoryChart = { type, source: context.targets.get(source)!.address };
          context.enqueue([type, chart.source], () => {
            sheet().charts.push(chart);
            context.changed();
          });
          return {
            title: {
              set text(value: string) {
                context.enqueue(value, () => (chart.title = value));
              },
            },
            axes: {
              categoryAxis: {
                setCategoryNames: (range: object) => {
                  const address = context.targets.get(range)!.address;
                  context.enqueue(address, () => (chart.categories = address), '1.7');
                },
              },
            },
            setPosition: (start: string, end?: string) => context.enqueue([start, end ?? null], () => (chart.position = start)),
          };
        },
      },
      freezePanes: { freezeRows: (count: number) => context.enqueue(count, () => (sheet().frozenRows = count), '1.7') },
    };
  }

  private deleteSheet(sheet: MemorySheet): void {
    if (sheet === this.userSheet) throw new Error("the test never deletes the user's sheet");
    // Worksheet.delete: "if the worksheet's visibility is set to "VeryHidden", the delete operation will fail with an InvalidOperation exception".
    if (sheet.visibility === 'VeryHidden') throw new ExcelError('InvalidOperation', `${sheet.name} is very hidden: make it hidden or visible before deleting it (office-js#365)`);
    if (sheet.visibility === 'Visible' && this.order.filter((s) => s.visibility === 'Visible').length === 1)
      throw new ExcelError('InvalidOperation', 'a workbook keeps one visible sheet');
    this.changed();
    this.order.splice(this.order.indexOf(sheet), 1);
    this.sheets.delete(sheet.name);
    if (this.active === sheet.name) this.active = this.userSheet.name;
    // Its rules go; references to it in other rules and in names become #REF!.
    const reference = new RegExp(
      `(?:'${sheet.name.replace(/'/g, "''").replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}'|(?<![\\w.])${sheet.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})!\\$?[A-Z]+\\$?\\d+(?::\\$?[A-Z]+\\$?\\d+)?`,
      'g',
    );
    for (let i = this.formats.length - 1; i >= 0; i--) {
      const format = this.formats[i]!;
      if (format.sheet === sheet.name) this.formats.splice(i, 1);
      else format.formula = format.formula.replace(reference, '#REF!');
    }
  }

  // -------------------------------------------------------------------------------------------
  // Ranges

  /** Range handles and where their cells are, for the calls that take a range (names, tables, charts). */
  private readonly targets = new WeakMap<object, RangeTarget>();

  private range(target: RangeTarget, nullable: boolean) {
    const context = this;
    const bounds = () => {
      const range = target.range();
      if (!range) throw new ExcelError('InvalidObjectPath', 'the range is a null object');
      return range;
    };
    const cells = (read: (sheet: MemorySheet, r: number, c: number) => unknown) => () => {
      const range = bounds();
      // "A range is limited to five million cells for read operations": past it Excel gives null (office-js#6781).
      if (cellCount(range) > LIMITS.readCells) return null;
      const sheet = target.sheet();
      return Array.from({ length: range.bottom - range.top + 1 }, (_, r) => Array.from({ length: range.right - range.left + 1 }, (_, c) => read(sheet, range.top + r, range.left + c)));
    };
    const loadable = new Loadable(
      context,
      {
        values: cells((sheet, r, c) => context.cellOut(sheet, r, c)[0]),
        valueTypes: cells((sheet, r, c) => context.cellOut(sheet, r, c)[1]),
        numberFormat: cells((sheet, r, c) => context.cellOut(sheet, r, c)[2]),
        rowIndex: () => bounds().top,
        columnIndex: () => bounds().left,
        rowCount: () => bounds().bottom - bounds().top + 1,
        columnCount: () => bounds().right - bounds().left + 1,
        address: () => `${quoteSheet(target.sheet().name)}!${addressOf(bounds())}`,
      },
      nullable ? () => target.range() === null : undefined,
    );
    const look = () => {
      const sheet = target.sheet();
      if (sheet.user) throw new Error("the add-in does not format the user's sheet");
      if (!sheet.looks.has(target.address)) sheet.looks.set(target.address, {});
      return sheet.looks.get(target.address)!;
    };
    const formatCall = (data: unknown, set: (look: RangeLook) => void) => context.enqueue(data, () => set(look()));
    const handle = {
      load: (p: string) => loadable.load(p),
      get isNullObject() {
        return loadable.read<boolean>('isNullObject');
      },
      get values() {
        return loadable.read<unknown[][]>('values');
      },
      set values(values: unknown[][]) {
        context.enqueue(values, () => context.writeValues(target, bounds(), values));
      },
      get valueTypes() {
        return loadable.read<string[][]>('valueTypes');
      },
      get numberFormat() {
        return loadable.read<string[][]>('numberFormat');
      },
      set numberFormat(formats: string[][]) {
        context.enqueue(formats, () => context.writeFormats(target, bounds(), formats));
      },
      get rowIndex() {
        return loadable.read<number>('rowIndex');
      },
      get columnIndex() {
        return loadable.read<number>('columnIndex');
      },
      get rowCount() {
        return loadable.read<number>('rowCount');
      },
      get columnCount() {
        return loadable.read<number>('columnCount');
      },
      get address() {
        return loadable.read<string>('address');
      },
      select: () =>
        context.enqueue('select', () => {
          context.changed();
          context.selection = `${target.sheet().name}!${target.address}`;
        }),
      conditionalFormats: context.conditionalFormats(target),
      unmerge: () =>
        context.enqueue('unmerge', () => {
          const area = bounds();
          const grid = target.sheet().grid;
          context.changed();
          context.unmerged.push(target.address);
          grid.merges = grid.merges.filter((m) => !overlaps(m, area));
        }),
      getMergedAreasOrNullObject: () => context.mergedAreas(target.sheet, bounds),
      getColumn: (col: number) =>
        context.range(
          {
            sheet: target.sheet,
            range: () => {
              const r = bounds();
              if (col < 0 || r.left + col > r.right) throw new ExcelError('InvalidArgument', `no column ${col} in the range`);
              return { top: r.top, bottom: r.bottom, left: r.left + col, right: r.left + col };
            },
            address: `${target.address}#column${col}`,
          },
          false,
        ),
      getVisibleView: () => context.visibleView(target.sheet, bounds),
      set columnHidden(value: boolean) {
        context.enqueue(value, () => (look().columnHidden = value), '1.2');
      },
      format: {
        font: {
          set bold(value: boolean) {
            formatCall(value, (l) => (l.bold = value));
          },
          set italic(value: boolean) {
            formatCall(value, (l) => (l.italic = value));
          },
          set size(value: number) {
            formatCall(value, (l) => (l.size = value));
          },
        },
        fill: {
          set color(value: string) {
            formatCall(value, (l) => (l.fill = value));
          },
        },
        set wrapText(value: boolean) {
          formatCall(value, (l) => (l.wrapText = value));
        },
        set columnWidth(value: number) {
          formatCall(value, (l) => (l.columnWidth = value));
        },
        borders: {
          getItem: (edge: string) => ({
            set style(value: string) {
              formatCall([edge, value], (l) => (l.borders ??= []).push(`${edge}:${value}`));
            },
          }),
        },
      },
    };
    this.targets.set(handle, target);
    return handle;
  }

  /** The used range: every cell with a value, and (unless `valuesOnly`) every formatted cell; null on an empty sheet. */
  private usedRange(sheet: MemorySheet, valuesOnly: boolean): CellRange | null {
    let used: CellRange | null = null;
    const add = (r: CellRange) => {
      used = used ? { top: Math.min(used.top, r.top), left: Math.min(used.left, r.left), bottom: Math.max(used.bottom, r.bottom), right: Math.max(used.right, r.right) } : { ...r };
    };
    sheet.grid.rows.forEach((row, r) => row?.forEach((cell, c) => cell && add({ top: r, left: c, bottom: r, right: c })));
    if (!valuesOnly) {
      for (const key of sheet.cellFormats.keys()) {
        const [r, c] = key.split(',').map(Number) as [number, number];
        add({ top: r, left: c, bottom: r, right: c });
      }
      sheet.styled.forEach(add);
    }
    return used;
  }

  private mergedAreas(sheet: () => MemorySheet, bounds: () => CellRange) {
    const context = this;
    // office-js#3611: only the areas whose top-left cell lies in the range.
    const inside = () => {
      const r = bounds();
      return sheet().grid.merges.filter((m) => m.top >= r.top && m.top <= r.bottom && m.left >= r.left && m.left <= r.right);
    };
    const areas = () => {
      context.requireApi('1.13');
      const found = inside();
      // "if the merged areas count in this range is more than 512, then this method will fail to return the result".
      if (found.length > LIMITS.mergedAreas) throw new ExcelError('GeneralException', `${found.length} merged areas in one query`);
      return found;
    };
    const loadable = new Loadable(context, {}, () => areas().length === 0);
    // Loading the areas of a null RangeAreas gives none (the official merged-areas snippet does it).
    const items = new CollectionLoad(context, areas, (m: CellRange) => ({ address: () => `${quoteSheet(sheet().name)}!${addressOf(m)}` }));
    return {
      get isNullObject() {
        return loadable.read<boolean>('isNullObject');
      },
      areas: {
        load: (p: string) => items.load(`items/${p}`),
        get items() {
          return items.items((_, values) => ({
            get address() {
              return values.get('address') as string;
            },
          }));
        },
      },
    };
  }

  private visibleView(sheet: () => MemorySheet, bounds: () => CellRange) {
    const context = this;
    const loadable = new Loadable(context, {
      cellAddresses: () => {
        const r = bounds();
        const grid = sheet().grid;
        const addresses: string[][] = [];
        for (let row = r.top; row <= r.bottom; row++) {
          if (!grid.hiddenRows.has(row)) addresses.push(Array.from({ length: r.right - r.left + 1 }, (_, c) => `${quoteSheet(grid.name)}!${a1(row, r.left + c)}`));
        }
        return addresses;
      },
    });
    return {
      load: (p: string) => loadable.load(p),
      get cellAddresses() {
        return loadable.read<string[][]>('cellAddresses');
      },
    };
  }

  /** A range's conditional formats: in this model every range of the sheet sees all of the sheet's. */
  private conditionalFormats(target: RangeTarget) {
    const context = this;
    const collection = new CollectionLoad(
      context,
      () => context.formats.filter((f) => f.sheet === target.sheet().name),
      (format) => ({ type: () => format.type }),
    );
    const item = (format: MemoryFormat, values?: Map<string, unknown>) => {
      const rule = new Loadable(context, { formula: () => format.formula });
      return {
        get type() {
          if (!values?.has('type')) throw new ExcelError('PropertyNotLoaded', 'type was not loaded');
          return values.get('type') as string;
        },
        custom: {
          rule: {
            load: (p: string) => rule.load(p),
            get formula() {
              return rule.read<string>('formula');
            },
            set formula(value: string) {
              context.enqueue(value, () => (format.formula = value));
            },
          },
          format: {
            fill: {
              set color(value: string) {
                context.enqueue(value, () => (format.fill = value));
              },
            },
            font: {
              set color(value: string) {
                context.enqueue(value, () => (format.font = value));
              },
            },
          },
        },
        delete: () =>
          context.enqueue('delete', () => {
            const at = context.formats.indexOf(format);
            if (at < 0) throw new ExcelError('ItemNotFound', 'the conditional format is gone');
            context.changed();
            context.formats.splice(at, 1);
          }),
      };
    };
    return {
      load: (p: string) => collection.load(p),
      get items() {
        return collection.items((format, values) => item(format, values));
      },
      add: (type: string) => {
        const format: MemoryFormat = { sheet: '', range: target.address, type, formula: '' };
        context.enqueue(
          type,
          () => {
            format.sheet = target.sheet().name;
            context.changed();
            context.formats.push(format);
          },
          '1.6',
        );
        return item(format);
      },
    };
  }

  // -------------------------------------------------------------------------------------------
  // Cells

  private serialOf(iso: string): number {
    return isoToExcelSerial(iso) - (this.date1904 ? DAYS_1900_TO_1904 : 0);
  }

  private isoOf(serial: number): string {
    return excelSerialToIso(serial, this.date1904);
  }

  /** What Excel reports for a cell: value, value type, number format. */
  private cellOut(sheet: MemorySheet, r: number, c: number): [unknown, string, string] {
    const cell = sheet.grid.rows[r]?.[c];
    const format = sheet.cellFormats.get(`${r},${c}`);
    if (!cell) return ['', 'Empty', format ?? 'General'];
    switch (cell.kind) {
      case 'text':
        return [cell.text, 'String', format ?? 'General'];
      case 'number':
        return [cell.value, 'Double', format ?? cell.format ?? 'General'];
      case 'date':
        return [this.serialOf(cell.iso), 'Double', format ?? cell.format ?? 'dd/mm/yyyy'];
      case 'boolean':
        return [cell.value, 'Boolean', format ?? 'General'];
      case 'error':
        return [cell.code, 'Error', format ?? 'General'];
    }
  }

  /** "The number of rows or columns in the input array doesn't match the size or dimensions of the range." */
  private checkShape(range: CellRange, block: unknown[][]): void {
    const rows = range.bottom - range.top + 1;
    const cols = range.right - range.left + 1;
    if (!Array.isArray(block) || block.length !== rows || block.some((line) => !Array.isArray(line) || line.length !== cols)) {
      throw new ExcelError('InvalidArgument', `a ${Array.isArray(block) ? block.length : '?'}-row block does not fit the ${rows}×${cols} range`);
    }
  }

  private writeValues(target: RangeTarget, range: CellRange, values: unknown[][]): void {
    this.checkShape(range, values);
    const sheet = target.sheet();
    this.changed();
    sheet.values.set(target.address, values);
    values.forEach((line, r) => line.forEach((item, c) => this.storeValue(sheet, range.top + r, range.left + c, item)));
  }

  private writeFormats(target: RangeTarget, range: CellRange, formats: string[][]): void {
    this.checkShape(range, formats);
    const sheet = target.sheet();
    this.changed();
    sheet.numberFormats.set(target.address, formats);
    formats.forEach((line, r) =>
      line.forEach((item, c) => {
        if (typeof item !== 'string') throw new ExcelError('InvalidArgument', 'a number format is a string');
        const row = range.top + r;
        const col = range.left + c;
        const key = `${row},${col}`;
        if (item === 'General') sheet.cellFormats.delete(key);
        else sheet.cellFormats.set(key, item);
        const cells = (sheet.grid.rows[row] ??= []);
        const existing = cells[col];
        if (existing?.kind === 'number' && isDateFormat(item)) cells[col] = { kind: 'date', iso: this.isoOf(existing.value), format: item };
        else if (existing?.kind === 'date' && !isDateFormat(item)) cells[col] = { kind: 'number', value: this.serialOf(existing.iso), ...(item === 'General' ? {} : { format: item }) };
        else if (existing?.kind === 'date') cells[col] = { ...existing, format: item };
        else if (existing?.kind === 'number') cells[col] = item === 'General' ? { kind: 'number', value: existing.value } : { ...existing, format: item };
      }),
    );
  }

  /** One value written into a cell, as Excel stores it. */
  private storeValue(sheet: MemorySheet, row: number, col: number, item: unknown): void {
    const cells = (sheet.grid.rows[row] ??= []);
    const existing = cells[col];
    const format = sheet.cellFormats.get(`${row},${col}`);
    const dateFormat = format !== undefined ? (isDateFormat(format) ? format : null) : existing?.kind === 'date' ? (existing.format ?? 'dd/mm/yyyy') : null;
    if (item === null || item === undefined) return; // Office.js leaves the cell as it is
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) throw new ExcelError('InvalidArgument', `${item} is not a value`);
      cells[col] = dateFormat
        ? { kind: 'date', iso: this.isoOf(item), format: dateFormat }
        : format && format !== '@'
          ? { kind: 'number', value: item, format }
          : { kind: 'number', value: item };
    } else if (typeof item === 'boolean') cells[col] = { kind: 'boolean', value: item };
    else if (typeof item === 'string') {
      if (item.length > LIMITS.cellCharacters) throw new ExcelError('InvalidArgument', `a cell holds at most ${LIMITS.cellCharacters} characters`);
      if (item === '') cells[col] = null;
      else if (item.startsWith("'")) cells[col] = { kind: 'text', text: item.slice(1) };
      else if (format === '@') cells[col] = { kind: 'text', text: item };
      else {
        const typed = typedCell(item, this.year);
        if (typed.kind === 'date') {
          cells[col] = { ...typed, format: dateFormat ?? typed.format };
          if (!dateFormat) sheet.cellFormats.set(`${row},${col}`, typed.format!);
        } else if (typed.kind === 'number') {
          cells[col] = dateFormat ? { kind: 'date', iso: this.isoOf(typed.value), format: dateFormat } : typed;
          if (typed.format && !format) sheet.cellFormats.set(`${row},${col}`, typed.format);
        } else cells[col] = typed;
      }
    } else throw new ExcelError('InvalidArgument', `Excel takes no ${typeof item} as a value`);
  }
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** The adapter sees a MemoryContext through Excel.RequestContext's type. */
export function asExcelContext(context: MemoryContext): Excel.RequestContext {
  return context as unknown as Excel.RequestContext;
}
