/**
 * An in-memory Excel for tests: only the calls the Office adapter makes, with Office.js' rules —
 * a property can be read only after it was loaded and a sync ran — and a count of syncs. It is
 * built from a grid (the user's sheet), so any fixture workbook can stand behind it; the sheets the
 * add-in adds are grids too, so they can be read back like the user's.
 */
import { excelSerialToIso, isoToExcelSerial } from '../../src/core/calendar';
import { a1, type Cell, type CellRange, columnCount, type Grid } from '../../src/core/grid';
import { parseAddress } from '../../src/office/gridFromRange';

/** A proxy whose loaded properties become readable at the next sync. */
class Proxy {
  private requested = new Set<string>();
  private readable = new Set<string>();

  constructor(
    context: MemoryContext,
    private readonly source: Record<string, () => unknown>,
  ) {
    context.register(this);
  }

  load(properties: string): this {
    for (const p of properties.split(',')) this.requested.add(p.trim().replace(/^items\/.*/, 'items'));
    return this;
  }

  /** After a sync the loaded properties are readable, and isNullObject always is (Office.js fills it in). */
  settle(): void {
    for (const p of this.requested) this.readable.add(p);
    this.readable.add('isNullObject');
  }

  read<T>(property: string): T {
    if (!this.readable.has(property)) throw new Error(`PropertyNotLoaded: ${property} was not loaded and synced`);
    return this.source[property]!() as T;
  }
}

function valueOf(cell: Cell | null | undefined): [unknown, string, string] {
  if (!cell) return ['', 'Empty', 'General'];
  switch (cell.kind) {
    case 'text':
      return [cell.text, 'String', 'General'];
    case 'number':
      return [cell.value, 'Double', cell.format ?? 'General'];
    case 'date':
      return [isoToExcelSerial(cell.iso), 'Double', cell.format ?? 'dd/mm/yyyy'];
    case 'boolean':
      return [cell.value, 'Boolean', 'General'];
    case 'error':
      return [cell.code, 'Error', 'General'];
  }
}

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

/** A sheet the add-in created (the user's sheet is `grid`). */
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
}

export class MemoryContext {
  syncs = 0;
  private pending: Proxy[] = [];
  readonly workbook: unknown;
  readonly formats: MemoryFormat[] = [];
  /** What the add-in wrote into the user's sheet: A1 address → values / number formats; unmerged areas. */
  readonly writes = new Map<string, unknown[][]>();
  readonly numberFormats = new Map<string, string[][]>();
  readonly unmerged: string[] = [];
  readonly settings = new Map<string, unknown>();
  /** The cell last selected, as "Sheet!A1". */
  selection: string | null = null;
  /** Counts every change to the workbook, so a view of it redraws only when something changed. */
  changes = 0;
  readonly sheets = new Map<string, MemorySheet>();
  /** The active sheet's name: the user's sheet until the add-in activates another. */
  active: string;
  readonly userSheetId = '{user-sheet}';
  private nextId = 1;
  /** API sets this Excel lacks: a call into one fails at the next sync, as in Office.js. */
  readonly missing = new Set<'pivotTables'>();
  private failure: Error | null = null;

  constructor(readonly grid: Grid) {
    this.active = grid.name;
    const context = this;
    this.workbook = {
      settings: {
        add: (key: string, value: unknown) => {
          context.changes++;
          context.settings.set(key, value);
        },
        getItemOrNullObject: (key: string) => {
          const proxy = new Proxy(context, { isNullObject: () => !context.settings.has(key), value: () => context.settings.get(key) });
          return {
            load: (p: string) => proxy.load(p),
            get isNullObject() {
              return proxy.read<boolean>('isNullObject');
            },
            get value() {
              return proxy.read<unknown>('value');
            },
          };
        },
      },
      worksheets: this.worksheets(),
    };
  }

  /** The sheet's name for a name (any case, as Excel compares them) or an id; null when there is none. */
  find(key: string): string | null {
    if (key === this.userSheetId || key.toLowerCase() === this.grid.name.toLowerCase()) return this.grid.name;
    for (const sheet of this.sheets.values()) if (sheet.id === key || sheet.name.toLowerCase() === key.toLowerCase()) return sheet.name;
    return null;
  }

  /** A sheet's cells: the user's grid or an added sheet's. */
  gridOf(name: string): Grid {
    return name === this.grid.name ? this.grid : this.sheets.get(name)!.grid;
  }

  private worksheets() {
    const context = this;
    const names = () => [this.grid.name, ...this.sheets.keys()];
    const items = new Proxy(this, { items: () => names() });
    return {
      load: (p: string) => items.load(p),
      get items() {
        return items.read<string[]>('items').map((name) => context.worksheet(name, true));
      },
      getActiveWorksheet: () => context.worksheet(context.active),
      getItem: (key: string) => {
        const name = context.find(key);
        if (name === null) throw new Error(`ItemNotFound: ${key}`);
        return context.worksheet(name);
      },
      getItemOrNullObject: (key: string) => context.worksheet(context.find(key)),
      add: (name: string) => {
        if (context.find(name) !== null) throw new Error(`ItemAlreadyExists: ${name}`);
        if (name.length > 31 || /[:\\/?*[\]]/.test(name)) throw new Error(`InvalidArgument: sheet name ${name}`);
        context.changes++;
        const sheet: MemorySheet = {
          name,
          id: `{sheet-${context.nextId++}}`,
          visibility: 'Visible',
          grid: { name, rows: [], merges: [], hiddenRows: new Set() },
          values: new Map(),
          numberFormats: new Map(),
          looks: new Map(),
          tables: [],
          pivots: [],
          charts: [],
          frozenRows: 0,
        };
        context.sheets.set(name, sheet);
        return context.worksheet(name);
      },
    };
  }

  /** A worksheet as Office.js shows it; `name` null gives the null object. Items of a loaded collection have their properties loaded. */
  private worksheet(name: string | null, loaded = false) {
    const context = this;
    const added = name === null ? undefined : this.sheets.get(name);
    const proxy = new Proxy(this, { isNullObject: () => name === null, name: () => name, id: () => added?.id ?? this.userSheetId });
    if (loaded) proxy.load('name,id').settle();
    const mustExist = () => {
      if (name === null) throw new Error('InvalidObjectPath: the worksheet is a null object');
      return name;
    };
    return {
      load: (p: string) => proxy.load(p),
      get isNullObject() {
        return proxy.read<boolean>('isNullObject');
      },
      get name() {
        return proxy.read<string>('name');
      },
      get id() {
        return proxy.read<string>('id');
      },
      set visibility(value: string) {
        added!.visibility = value;
      },
      getUsedRangeOrNullObject: () => context.usedRange(context.gridOf(mustExist())),
      activate: () => {
        context.changes++;
        context.active = mustExist();
      },
      delete: () => {
        const sheet = mustExist();
        if (sheet === context.grid.name) throw new Error("the test never deletes the user's sheet");
        context.changes++;
        context.sheets.delete(sheet);
        if (context.active === sheet) context.active = context.grid.name;
      },
      getRange: (address = '') => context.range(mustExist(), address),
      tables: {
        add: (address: string, hasHeaders: boolean) => {
          if (!hasHeaders) throw new Error('the add-in always writes a header');
          const table: MemoryTable = { name: `Table${context.nextId++}`, address };
          added!.tables.push(table);
          context.changes++;
          return {
            set name(value: string) {
              if (context.allTables().some((t) => t !== table && t.name.toLowerCase() === value.toLowerCase())) throw new Error(`InvalidArgument: table name ${value} is taken`);
              table.name = value;
            },
            set style(value: string) {
              table.style = value;
            },
            memory: table,
          };
        },
      },
      pivotTables: {
        add: (pivotName: string, source: { memory: MemoryTable }, destination: string) => {
          if (context.missing.has('pivotTables')) context.failure ??= new Error('ApiNotFound: PivotTableCollection.add');
          return context.pivot(added!, pivotName, source.memory, destination);
        },
      },
      charts: {
        add: (type: string, source: { address: string }, seriesBy: string) => {
          const chart: MemoryChart = { type, source: source.address };
          if (seriesBy !== 'Columns') throw new Error('the add-in charts by columns');
          added!.charts.push(chart);
          context.changes++;
          return {
            title: {
              set text(value: string) {
                chart.title = value;
              },
            },
            axes: { categoryAxis: { setCategoryNames: (range: { address: string }) => (chart.categories = range.address) } },
            setPosition: (start: string) => (chart.position = start),
          };
        },
      },
      freezePanes: { freezeRows: (count: number) => (added!.frozenRows = count) },
    };
  }

  private allTables(): MemoryTable[] {
    return [...this.sheets.values()].flatMap((s) => s.tables);
  }

  private pivot(sheet: MemorySheet, name: string, source: MemoryTable, destination: string) {
    if (!this.allTables().includes(source)) throw new Error('InvalidArgument: the source table is gone');
    const owner = [...this.sheets.values()].find((s) => s.tables.includes(source))!;
    const area = parseAddress(source.address);
    const fields = (owner.grid.rows[area.top] ?? []).slice(area.left, area.right + 1).map((cell) => (cell?.kind === 'text' ? cell.text : ''));
    const pivot: MemoryPivot = { name, source: source.name, destination, rows: [], columns: [], data: [] };
    sheet.pivots.push(pivot);
    this.changes++;
    const axis = (list: string[]) => ({
      add: (hierarchy: { name: string }) => {
        list.push(hierarchy.name);
        return { set summarizeBy(_: string) {} };
      },
    });
    return {
      hierarchies: {
        getItem: (field: string) => {
          if (!fields.includes(field)) throw new Error(`ItemNotFound: no field ${field} in ${fields.join(', ')}`);
          return { name: field };
        },
      },
      rowHierarchies: axis(pivot.rows),
      columnHierarchies: axis(pivot.columns),
      dataHierarchies: axis(pivot.data),
    };
  }

  /** A range of `sheet`; writes land in its grid as Excel would show them. */
  private range(sheet: string, address: string) {
    const context = this;
    const added = this.sheets.get(sheet);
    const look = () => {
      const map = added?.looks;
      if (!map) throw new Error("the add-in does not format the user's sheet");
      if (!map.has(address)) map.set(address, {});
      return map.get(address)!;
    };
    return {
      address,
      select: () => {
        context.changes++;
        context.selection = `${sheet}!${address}`;
      },
      conditionalFormats: this.conditionalFormats(sheet, address),
      set values(values: unknown[][]) {
        (added?.values ?? context.writes).set(address, values);
        context.store(context.gridOf(sheet), address, values, undefined);
      },
      set numberFormat(formats: string[][]) {
        (added?.numberFormats ?? context.numberFormats).set(address, formats);
        context.store(context.gridOf(sheet), address, undefined, formats);
      },
      unmerge: () => {
        context.changes++;
        context.unmerged.push(address);
        const area = parseAddress(address);
        const grid = context.gridOf(sheet);
        grid.merges = grid.merges.filter((m) => m.top !== area.top || m.left !== area.left);
      },
      format: {
        font: {
          set bold(value: boolean) {
            look().bold = value;
          },
          set italic(value: boolean) {
            look().italic = value;
          },
          set size(value: number) {
            look().size = value;
          },
        },
        fill: {
          set color(value: string) {
            look().fill = value;
          },
        },
        set wrapText(value: boolean) {
          look().wrapText = value;
        },
        set columnWidth(value: number) {
          look().columnWidth = value;
        },
        borders: {
          getItem: (edge: string) => ({
            set style(value: string) {
              (look().borders ??= []).push(`${edge}:${value}`);
            },
          }),
        },
      },
    };
  }

  /** A range's conditional formats: in this model every range of the sheet sees all of them. */
  private conditionalFormats(sheet: string, range: string) {
    const context = this;
    const collection = new Proxy(this, { items: () => this.formats.filter((f) => f.sheet === sheet) });
    const item = (format: MemoryFormat) => {
      const rule = new Proxy(context, { formula: () => format.formula });
      return {
        get type() {
          return format.type;
        },
        custom: {
          rule: {
            load: (p: string) => rule.load(p),
            get formula() {
              return rule.read<string>('formula');
            },
            set formula(value: string) {
              format.formula = value;
            },
          },
          format: {
            fill: {
              set color(value: string) {
                format.fill = value;
              },
            },
            font: {
              set color(value: string) {
                format.font = value;
              },
            },
          },
        },
        delete: () => {
          context.changes++;
          context.formats.splice(context.formats.indexOf(format), 1);
        },
      };
    };
    return {
      load: (p: string) => collection.load(p),
      get items() {
        return collection.read<MemoryFormat[]>('items').map(item);
      },
      add: (type: string) => {
        const format: MemoryFormat = { sheet, range, type, formula: '' };
        context.changes++;
        context.formats.push(format);
        return item(format);
      },
    };
  }

  /**
   * Written values and formats land in the grid, as Excel would show them: a leading ' keeps text as
   * text, writing a value keeps the cell's date format, a date format turns a number into a date.
   */
  private store(grid: Grid, address: string, values: unknown[][] | undefined, formats: string[][] | undefined): void {
    this.changes++;
    const { top, left } = parseAddress(address);
    const block = values ?? formats!;
    block.forEach((line, r) =>
      line.forEach((item, c) => {
        const cells = (grid.rows[top + r] ??= []);
        const existing = cells[left + c];
        if (formats) {
          const format = String(item);
          if (existing?.kind === 'number' && /[dmy]/i.test(format)) cells[left + c] = { kind: 'date', iso: excelSerialToIso(existing.value), format };
          return;
        }
        if (typeof item === 'number') cells[left + c] = existing?.kind === 'date' ? { kind: 'date', iso: excelSerialToIso(item), format: existing.format } : { kind: 'number', value: item };
        else if (typeof item === 'boolean') cells[left + c] = { kind: 'boolean', value: item };
        else if (typeof item === 'string') cells[left + c] = item === '' ? null : { kind: 'text', text: item.replace(/^'/, '') };
        else if (item !== null && item !== undefined) throw new Error(`Excel takes no ${typeof item} as a value`);
      }),
    );
  }

  register(proxy: Proxy): void {
    this.pending.push(proxy);
  }

  async sync(): Promise<void> {
    this.syncs++;
    const failure = this.failure;
    this.failure = null;
    if (failure) throw failure;
    for (const proxy of this.pending) proxy.settle();
  }

  /** The used range: from the first to the last non-empty row and column. */
  private usedRange(grid: Grid) {
    const rows = grid.rows.map((row, r) => (row?.some(Boolean) ? r : -1)).filter((r) => r >= 0);
    const top = rows.length ? rows[0]! : 0;
    const bottom = rows.length ? rows.at(-1)! : -1;
    const width = columnCount(grid);
    const cells = Array.from({ length: bottom - top + 1 }, (_, r) => Array.from({ length: width }, (_, c) => valueOf(grid.rows[top + r]?.[c])));
    const proxy = new Proxy(this, {
      isNullObject: () => rows.length === 0,
      rowIndex: () => top,
      columnIndex: () => 0,
      rowCount: () => cells.length,
      values: () => cells.map((row) => row.map(([v]) => v)),
      valueTypes: () => cells.map((row) => row.map(([, t]) => t)),
      numberFormat: () => cells.map((row) => row.map(([, , f]) => f)),
    });
    const context = this;
    return {
      load: (p: string) => proxy.load(p),
      get isNullObject() {
        return proxy.read<boolean>('isNullObject');
      },
      get rowIndex() {
        return proxy.read<number>('rowIndex');
      },
      get columnIndex() {
        return proxy.read<number>('columnIndex');
      },
      get values() {
        return proxy.read<unknown[][]>('values');
      },
      get valueTypes() {
        return proxy.read<string[][]>('valueTypes');
      },
      get numberFormat() {
        return proxy.read<string[][]>('numberFormat');
      },
      getMergedAreasOrNullObject: () => context.mergedAreas(grid, top, bottom),
      getColumn: (col: number) => ({ getVisibleView: () => context.visibleView(grid, top, bottom, col) }),
    };
  }

  private mergedAreas(grid: Grid, top: number, bottom: number) {
    const inside = grid.merges.filter((m: CellRange) => m.top >= top && m.top <= bottom);
    const proxy = new Proxy(this, { isNullObject: () => inside.length === 0 });
    const items = new Proxy(this, { address: () => inside.map((m) => `${grid.name}!${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`) });
    return {
      load: (p: string) => proxy.load(p),
      get isNullObject() {
        return proxy.read<boolean>('isNullObject');
      },
      areas: {
        load: (p: string) => items.load(p),
        get items() {
          return items.read<string[]>('address').map((address) => ({ address }));
        },
      },
    };
  }

  private visibleView(grid: Grid, top: number, bottom: number, col: number) {
    const proxy = new Proxy(this, {
      cellAddresses: () => {
        const addresses: string[][] = [];
        for (let r = top; r <= bottom; r++) if (!grid.hiddenRows.has(r)) addresses.push([`${grid.name}!${a1(r, col)}`]);
        return addresses;
      },
    });
    return {
      load: (p: string) => proxy.load(p),
      get cellAddresses() {
        return proxy.read<string[][]>('cellAddresses');
      },
    };
  }
}

/** The adapter sees a MemoryContext through Excel.RequestContext's type. */
export function asExcelContext(context: MemoryContext): Excel.RequestContext {
  return context as unknown as Excel.RequestContext;
}
