/**
 * An in-memory Excel for tests: only the calls the Office adapter makes, with Office.js' rules —
 * a property can be read only after it was loaded and a sync ran — and a count of syncs. It is
 * built from a grid, so any fixture workbook can stand behind it.
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
    for (const p of properties.split(',')) this.requested.add(p.trim());
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

/** A sheet the add-in created (the active sheet is `grid`). */
export interface MemorySheet {
  name: string;
  visibility: string;
  values: Map<string, unknown[][]>;
}

export class MemoryContext {
  syncs = 0;
  private pending: Proxy[] = [];
  readonly workbook: unknown;
  readonly formats: MemoryFormat[] = [];
  /** What the add-in wrote into the active sheet: A1 address → values / number formats; unmerged areas. */
  readonly writes = new Map<string, unknown[][]>();
  readonly numberFormats = new Map<string, string[][]>();
  readonly unmerged: string[] = [];
  readonly settings = new Map<string, unknown>();
  /** The cell last selected, as "Sheet!A1". */
  selection: string | null = null;
  /** Counts every change to the workbook, so a view of it redraws only when something changed. */
  changes = 0;
  readonly sheets = new Map<string, MemorySheet>();

  constructor(readonly grid: Grid) {
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
      worksheets: {
        getActiveWorksheet: () => context.worksheet(),
        getItem: (name: string) => {
          if (name !== context.grid.name) throw new Error(`ItemNotFound: ${name}`);
          return context.worksheet();
        },
        getItemOrNullObject: (name: string) => context.addedSheet(name),
        add: (name: string) => {
          if (context.sheets.has(name) || name === context.grid.name) throw new Error(`ItemAlreadyExists: ${name}`);
          context.changes++;
          context.sheets.set(name, { name, visibility: 'Visible', values: new Map() });
          return context.addedSheet(name);
        },
      },
    };
  }

  /** A sheet the add-in made, as Office.js shows it (a null object when there is none). */
  private addedSheet(name: string) {
    const proxy = new Proxy(this, { isNullObject: () => !this.sheets.has(name) });
    const context = this;
    return {
      load: (p: string) => proxy.load(p),
      get isNullObject() {
        return proxy.read<boolean>('isNullObject');
      },
      set visibility(value: string) {
        context.sheets.get(name)!.visibility = value;
      },
      getRange: (address: string) => ({
        set values(values: unknown[][]) {
          context.sheets.get(name)!.values.set(address, values);
        },
      }),
      delete: () => {
        context.changes++;
        context.sheets.delete(name);
      },
    };
  }

  /** A range's conditional formats: in this model every range of the sheet sees all of them. */
  private conditionalFormats(range: string) {
    const context = this;
    const sheet = this.grid.name;
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
      load: (p: string) => collection.load(p.replace(/^items\/.*/, 'items')),
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

  /** A written value lands in the grid, as Excel would show it (a leading ' keeps text as text). */
  store(address: string, value: unknown, format?: string): void {
    this.changes++;
    if (address.includes(':')) return;
    const { top: row, left: col } = parseAddress(address);
    const cells = (this.grid.rows[row] ??= []);
    const existing = cells[col];
    if (format !== undefined) {
      if (existing?.kind === 'number' && /[dmy]/i.test(format)) cells[col] = { kind: 'date', iso: excelSerialToIso(existing.value), format };
      return;
    }
    // Writing a value keeps the cell's format, as Excel does: a date cell stays a date.
    if (typeof value === 'number') cells[col] = existing?.kind === 'date' ? { kind: 'date', iso: excelSerialToIso(value), format: existing.format } : { kind: 'number', value };
    else if (typeof value === 'string') cells[col] = value === '' ? null : { kind: 'text', text: value.replace(/^'/, '') };
  }

  register(proxy: Proxy): void {
    this.pending.push(proxy);
  }

  async sync(): Promise<void> {
    this.syncs++;
    for (const proxy of this.pending) proxy.settle();
  }

  private worksheet() {
    const proxy = new Proxy(this, { name: () => this.grid.name });
    return {
      load: (p: string) => proxy.load(p),
      get name() {
        return proxy.read<string>('name');
      },
      getUsedRangeOrNullObject: () => this.usedRange(),
      activate: () => undefined,
      getRange: (address = '') => {
        const context = this;
        return {
          select: () => {
            context.changes++;
            context.selection = `${context.grid.name}!${address}`;
          },
          conditionalFormats: this.conditionalFormats(address),
          set values(values: unknown[][]) {
            context.writes.set(address, values);
            context.store(address, values[0]?.[0]);
          },
          set numberFormat(formats: string[][]) {
            context.numberFormats.set(address, formats);
            context.store(address, undefined, formats[0]?.[0]);
          },
          unmerge: () => {
            context.changes++;
            context.unmerged.push(address);
            const area = parseAddress(address);
            context.grid.merges = context.grid.merges.filter((m) => m.top !== area.top || m.left !== area.left);
          },
        };
      },
    };
  }

  /** The used range: from the first to the last non-empty row and column. */
  private usedRange() {
    const grid = this.grid;
    const rows = grid.rows.map((row, r) => (row.some(Boolean) ? r : -1)).filter((r) => r >= 0);
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
      getMergedAreasOrNullObject: () => context.mergedAreas(top, bottom),
      getColumn: (col: number) => ({ getVisibleView: () => context.visibleView(top, bottom, col) }),
    };
  }

  private mergedAreas(top: number, bottom: number) {
    const inside = this.grid.merges.filter((m: CellRange) => m.top >= top && m.top <= bottom);
    const proxy = new Proxy(this, { isNullObject: () => inside.length === 0 });
    const items = new Proxy(this, { address: () => inside.map((m) => `${this.grid.name}!${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`) });
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

  private visibleView(top: number, bottom: number, col: number) {
    const proxy = new Proxy(this, {
      cellAddresses: () => {
        const addresses: string[][] = [];
        for (let r = top; r <= bottom; r++) if (!this.grid.hiddenRows.has(r)) addresses.push([`${this.grid.name}!${a1(r, col)}`]);
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
