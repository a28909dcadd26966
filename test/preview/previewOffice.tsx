/**
 * The browser preview's stand-in for Excel (preview-only; never in the add-in's bundle): fake
 * Office and Excel globals over one in-memory workbook loaded from the preview server, and a
 * drawing of the sheet beside the pane, coloured the way the add-in's rules colour it in Excel.
 */
import { cellText, columnLetter, type Grid } from '../../src/core/grid';
import { HELPER_SHEET } from '../../src/office/highlightPlan';
import { MemoryContext } from '../helpers/memoryExcel';
import { ruleFills } from '../office/highlightColours';

interface GridJson {
  name: string;
  rows: Grid['rows'];
  merges: Grid['merges'];
  hiddenRows: number[];
}

/** The sheet to check, and the workbook's other sheets after it. */
interface WorkbookJson extends GridJson {
  others?: GridJson[];
}

const gridOf = (json: GridJson): Grid => ({ ...json, hiddenRows: new Set(json.hiddenRows) });

declare global {
  interface Window {
    phulucPreview: { context: MemoryContext };
  }
}

const query = new URLSearchParams(location.search);

/** `?book=NAME` opens a workbook the test added to the preview server (scripts/preview.ts). */
const book = query.get('book');

const ready = fetch(`/workbook.json${book ? `?book=${encodeURIComponent(book)}` : ''}`)
  .then((response) => response.json() as Promise<WorkbookJson>)
  .then((json) => {
    const context = new MemoryContext(gridOf(json));
    for (const other of json.others ?? []) context.addUserSheet(gridOf(other));
    // `?blank=NAME` adds an empty sheet and makes it the active one: the pane must ask where the plan is.
    const blank = query.get('blank');
    if (blank) {
      context.addUserSheet({ name: blank, rows: [], merges: [], hiddenRows: new Set() });
      context.active = blank;
    }
    window.phulucPreview = { context };
    drawSheet(context);
    return context;
  });

const lang = query.get('lang') === 'en' ? 'en-US' : 'vi-VN';
/** `?api=1.6` plays an older Excel: API sets above it are reported missing. */
const maxApi = Number(query.get('api') ?? Infinity);

Object.assign(globalThis, {
  Office: {
    onReady: () => ready.then(() => ({ host: 'Excel', platform: 'OfficeOnline' })),
    context: { displayLanguage: lang, requirements: { isSetSupported: (_set: string, version: string) => Number(version) <= maxApi } },
  },
  Excel: {
    run: async <T,>(work: (context: unknown) => Promise<T>): Promise<T> => {
      const context = await ready;
      const before = context.changes;
      try {
        return await work(context);
      } finally {
        if (context.changes !== before) drawSheet(context); // reads leave the drawing as it is
      }
    },
  },
});

/** Rows the preview draws: enough to see a table, cheap enough to redraw after every Excel.run. */
const DRAWN_ROWS = 400;

/**
 * The fill a drawn row gets from the add-in's rules: each rule's formula worked out on the row the
 * way Excel does (test/office/highlightColours.ts: the row's deadline cell looked up in the helper
 * sheet's keys, the status cell read by the done formula), the first rule that applies.
 */
function rowFills(context: MemoryContext): Map<number, string> {
  const today = new Date().toISOString().slice(0, 10);
  const fills = new Map<number, string>();
  const found = ruleFills(context, context.grid.name, { today, select: (formula) => formula.includes(HELPER_SHEET), lastRow: DRAWN_ROWS - 1 });
  for (const [row, applying] of found) fills.set(row, applying[0]!);
  return fills;
}

/** Tabs for the user's sheet and the visible sheets the add-in made; a click shows that sheet. */
function drawTabs(context: MemoryContext): string {
  const names = [context.grid.name, ...[...context.sheets.values()].filter((s) => s.visibility === 'Visible').map((s) => s.name)];
  return names
    .map(
      (name) =>
        `<button data-testid="sheet-tab" data-sheet="${escape(name)}" ${name === context.active ? 'aria-selected="true" style="font-weight:bold"' : ''}>${escape(name)}</button>`,
    )
    .join('');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

function drawSheet(context: MemoryContext): void {
  const host = document.getElementById('sheet');
  if (!host) return;
  const grid = context.gridOf(context.active);
  const width = Math.max(...Array.from(grid.rows, (row) => row?.length ?? 0), 1);
  const fills = grid === context.grid ? rowFills(context) : new Map<number, string>();
  const [selectedSheet, selectedCell] = context.selection?.split('!') ?? [];
  const selected = selectedSheet === context.active ? selectedCell : undefined;
  const header = `<tr><th></th>${Array.from({ length: width }, (_, c) => `<th>${columnLetter(c)}</th>`).join('')}</tr>`;
  const body = Array.from(grid.rows.slice(0, DRAWN_ROWS), (row) => row ?? [])
    .map((row, r) => {
      if (grid.hiddenRows.has(r)) return '';
      const cells = Array.from({ length: width }, (_, c) => {
        const address = `${columnLetter(c)}${r + 1}`;
        const outline = address === selected ? 'outline:2px solid #107c10;' : '';
        const text = escape(cellText(row[c]));
        return `<td data-cell="${address}" style="${outline}">${text}</td>`;
      }).join('');
      return `<tr data-row="${r + 1}" style="background:${fills.get(r) ?? 'transparent'}"><th>${r + 1}</th>${cells}</tr>`;
    })
    .join('');
  host.innerHTML = `<style>#sheet table{border-collapse:collapse;font:12px system-ui}#sheet td,#sheet th{border:1px solid #ddd;padding:2px 4px;max-width:260px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}#sheet th{background:#f3f3f3;font-weight:normal}</style><nav>${drawTabs(context)}</nav><div data-testid="sheet" data-name="${escape(context.active)}" data-selection="${selected ?? ''}" data-formats="${context.formats.length}"><table>${header}${body}</table></div>`;
  host.querySelectorAll<HTMLButtonElement>('[data-testid="sheet-tab"]').forEach((tab) =>
    tab.addEventListener('click', () => {
      context.active = tab.dataset.sheet!;
      drawSheet(context);
    }),
  );
  const target = selected ? host.querySelector(`[data-cell="${selected}"]`) : null;
  target?.scrollIntoView({ block: 'center' });
}
