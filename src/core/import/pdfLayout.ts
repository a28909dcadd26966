/**
 * A PDF's text layer as the import reads it: the text runs of each page, placed where they are
 * printed, back into lines, tables and prose. No PDF library here (src/io/pdfText.ts hands over the
 * runs pdf.js finds), so this is tested on its own and runs wherever the engine runs.
 *
 * - **Lines**: runs on one baseline, left to right; a gap wider than a space is a space.
 * - **Page furniture**: a page's number, and lines repeated at the top or bottom of several pages
 *   (a running header or footer), are dropped.
 * - **Tables**: a line whose runs, with the lines just under it, name at least two column roles
 *   (STT, Nhiệm vụ, Chủ trì, Thời hạn ...) is a table's header. Its cells give the columns (a cell
 *   spanning two, "Cơ quan" over "chủ trì | phối hợp", heads both); the column boundaries lie
 *   between them, where the body's left-aligned text starts. Every run below goes to the column it
 *   starts in; a run that crosses boundaries is a merged cell (a section row "I. ..."). A row ends
 *   where the gap between two lines is wider than the lines of one cell are apart, or a new number
 *   opens in the STT column; a cell's lines join. The header repeated on the next page is left out,
 *   and the table goes on across the page. It ends at a new header, or where lines no longer fit
 *   its columns (prose runs across them for three lines or more).
 * - **Prose**: every other line, with what the page says of it: it stops short of the right margin
 *   (a paragraph's last line) or starts indented (a paragraph's first line), for the paragraph joiner.
 */
import type { Cell, CellRange, Grid } from '../grid';
import { matchHeader, type Role } from '../roles';
import { fold, squish } from '../text';
import type { PlanBlock } from './importPlan';
import { labelled } from './labels';
import { isPageNumber, ITEM_START } from './paragraphs';

/** A run of text as pdf.js gives it: its left end and baseline in points from the page's top left. */
export interface PdfTextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  /** The font's size in points. */
  size: number;
}

export interface PdfPageText {
  width: number;
  height: number;
  runs: PdfTextRun[];
}

interface Run {
  text: string;
  x0: number;
  x1: number;
}

interface Line {
  page: number;
  /** Its page's height. */
  pageHeight: number;
  y: number;
  size: number;
  runs: Run[];
  x0: number;
  x1: number;
  text: string;
}

/** Runs further apart than this share of the font size are separate cells (a table) or pieces (a letterhead). */
const CELL_GAP = 0.9;
/** Runs further apart than this share of the font size have a space between them. */
const SPACE_GAP = 0.12;

function joinRuns(runs: readonly Run[], size: number): string {
  let text = '';
  let end = -Infinity;
  for (const run of runs) {
    const spaced = text !== '' && run.x0 - end > SPACE_GAP * size && !/\s$/.test(text) && !/^\s/.test(run.text);
    text += (spaced ? ' ' : '') + run.text;
    end = Math.max(end, run.x1);
  }
  return squish(text);
}

/** The runs of a page on one baseline each, top to bottom, left to right. */
function linesOf(page: PdfPageText, index: number): Line[] {
  const runs = page.runs.filter((r) => r.text.trim() !== '').sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: { y: number; size: number; runs: PdfTextRun[] }[] = [];
  for (const run of runs) {
    const current = groups.at(-1);
    if (current && Math.abs(run.y - current.y) <= 0.45 * Math.min(current.size, run.size || current.size)) current.runs.push(run);
    else groups.push({ y: run.y, size: run.size || 10, runs: [run] });
  }
  return groups.map(({ y, size, runs: group }) => {
    // Runs stay apart even where they touch: two cells' texts can meet at a narrow column's edge.
    const sorted = [...group].sort((a, b) => a.x - b.x).map((run) => ({ text: run.text, x0: run.x, x1: run.x + Math.max(run.width, 0) }));
    return {
      page: index,
      pageHeight: page.height,
      y,
      size,
      runs: sorted,
      x0: Math.min(...sorted.map((r) => r.x0)),
      x1: Math.max(...sorted.map((r) => r.x1)),
      text: joinRuns(sorted, size),
    };
  });
}

/** A line's pieces: runs closer than a cell's gap joined. */
function piecesOf(line: Line): Run[] {
  const pieces: Run[] = [];
  for (const run of line.runs) {
    const last = pieces.at(-1);
    if (last && run.x0 - last.x1 < CELL_GAP * line.size) {
      last.text = joinRuns([last, run], line.size);
      last.x1 = Math.max(last.x1, run.x1);
    } else pieces.push({ ...run });
  }
  return pieces;
}

/**
 * A page's number (its first or last line) and the lines repeated at the same height at the top or
 * bottom of several pages: a running header or footer.
 */
function withoutFurniture(pages: readonly PdfPageText[], lines: Line[]): Line[] {
  const inMargin = (line: Line) => line.y < line.pageHeight * 0.12 || line.y > line.pageHeight * 0.88;
  const key = (line: Line) => `${Math.round(line.y / 2)}|${fold(line.text).replace(/\d+/g, '#')}`;
  const pagesOf = new Map<string, Set<number>>();
  for (const line of lines) if (inMargin(line)) pagesOf.set(key(line), (pagesOf.get(key(line)) ?? new Set()).add(line.page));
  const edge = (line: Line, i: number) => lines[i - 1]?.page !== line.page || lines[i + 1]?.page !== line.page;
  // On most pages, and never an item or a labelled line (two tasks' "- Thời gian: Tháng 9/2025" can meet at a page's top).
  const everyPage = Math.max(2, (pages.length - 1) / 2);
  // A table's header repeated at the top of each page is not furniture: it has three cells or more.
  const repeated = (line: Line) => (pagesOf.get(key(line))?.size ?? 0) >= everyPage && !ITEM_START.test(line.text) && !labelled(line.text) && piecesOf(line).length <= 2;
  return lines.filter((line, i) => !(inMargin(line) && ((isPageNumber(line.text) && edge(line, i)) || repeated(line))));
}

// ---- tables -------------------------------------------------------------------------------------

interface Column {
  x0: number;
  x1: number;
  text: string;
}

interface Header {
  /** Lines of the header (a cell's title may wrap, a header may have two rows). */
  lines: Line[];
  columns: Column[];
  roles: (Role | null)[];
}

const ROLES_THAT_MAKE_A_TABLE: ReadonlySet<Role> = new Set(['stt', 'task', 'lead', 'support', 'deadline', 'expected', 'note']);

const overlaps = (a: Run, b: Run) => a.x0 < b.x1 && b.x0 < a.x1;

/**
 * The columns of a header's lines: the narrowest pieces; a piece that spans two narrower ones of
 * another line ("Cơ quan" over "chủ trì" and "phối hợp") heads both.
 */
function headerColumns(lines: readonly Line[]): Column[] {
  const pieces = lines.flatMap((line, l) => piecesOf(line).map((piece) => ({ ...piece, line: l })));
  const spans = (piece: (typeof pieces)[number]) => {
    const under = pieces.filter((p) => p.line !== piece.line && overlaps(p, piece));
    return under.some((a, i) => under.some((b, k) => k > i && a.line === b.line && !overlaps(a, b)));
  };
  const leaves = pieces.filter((p) => !spans(p));
  const wide = pieces.filter((p) => spans(p));
  const columns: (Column & { parts: { line: number; text: string }[] })[] = [];
  for (const leaf of [...leaves].sort((a, b) => a.x0 - b.x0)) {
    const column = columns.find((c) => overlaps(c, leaf));
    if (column) {
      column.x0 = Math.min(column.x0, leaf.x0);
      column.x1 = Math.max(column.x1, leaf.x1);
      column.parts.push({ line: leaf.line, text: leaf.text });
    } else columns.push({ x0: leaf.x0, x1: leaf.x1, text: '', parts: [{ line: leaf.line, text: leaf.text }] });
  }
  for (const column of columns) {
    const above = wide.filter((w) => overlaps(w, column)).map((w) => ({ line: w.line, text: w.text }));
    column.text = squish(
      [...above, ...column.parts]
        .sort((a, b) => a.line - b.line)
        .map((p) => p.text)
        .join(' '),
    );
  }
  return columns.sort((a, b) => a.x0 - b.x0).map(({ x0, x1, text }) => ({ x0, x1, text }));
}

/** A line that only adds to a header's titles: short pieces, no number or date of a body row. */
function addsToHeader(line: Line): boolean {
  return piecesOf(line).every((piece) => piece.text.split(/\s+/).length <= 3 && !/\d/.test(piece.text));
}

/** The header that starts at `lines[at]`, if it is one. */
function headerAt(lines: readonly Line[], at: number): Header | null {
  const first = lines[at];
  if (first === undefined) return null;
  const pieces = piecesOf(first);
  // A header's first line names a column already ("TT", "Nhiệm vụ", "Thời gian"...), or at least a word of one.
  // (Only short pieces are asked: a body cell's sentence is never a title, and asking is costly.)
  if (pieces.length < 3 || !pieces.some((piece) => piece.text.length <= 40 && piece.text.split(' ').length <= 5 && matchHeader(piece.text) !== null)) return null;
  // A labelled line set with tabs ("- Cơ quan chủ trì:   Sở Tư pháp") is prose, not a header.
  if (pieces.some((piece) => piece.text.includes(':') || /^[-+•–]/.test(piece.text))) return null;
  const band = [first];
  let above = first;
  // At most eight lines: each line below joins the band or ends it.
  for (const line of lines.slice(at + 1, at + 8)) {
    const gap = line.y - above.y;
    if (line.page !== first.page || line.x0 < first.x0 - first.size || line.x1 > first.x1 + 3 * first.size) break;
    if (gap > 1.3 * first.size && (gap > 3 * first.size || !addsToHeader(line))) break;
    band.push(line);
    above = line;
  }
  // The header ends where its titles do: a line below that is a body row leaves the band.
  for (let size = band.length; size >= 1; size--) {
    const columns = headerColumns(band.slice(0, size));
    const roles = columns.map((c) => matchHeader(c.text)?.role ?? null);
    const named = new Set(roles.filter((r): r is Role => r !== null && ROLES_THAT_MAKE_A_TABLE.has(r)));
    if (columns.length >= 3 && named.size >= 2 && (named.has('task') || named.has('lead'))) return { lines: band.slice(0, size), columns, roles };
  }
  return null;
}

/** The same header again, at the top of the next page. */
function repeatsHeader(header: Header, lines: readonly Line[], at: number): number {
  const size = header.lines.length;
  const again = lines.slice(at, at + size);
  if (again.length < size) return 0;
  const same =
    headerColumns(again)
      .map((c) => fold(c.text))
      .join('|') === header.columns.map((c) => fold(c.text)).join('|');
  return same ? size : 0;
}

interface Table {
  header: Header;
  /** Boundaries between columns: column i holds what starts left of boundaries[i]. */
  bounds: number[];
  lines: Line[];
}

/**
 * Where column i ends: at the latest where the next column's title starts (a title sits inside its
 * cell), earlier where the next column's body text starts left of its title (a centred title).
 * `body` moves the bounds by its lines' pieces: a run that goes on from the one before it (pdf.js
 * splits a cell's line, "Nghị định số 79/2021/NĐ-CP" | ", Nghị định số") starts no column.
 */
function boundsOf(columns: readonly Column[], body: readonly Line[] = [], bounds = columns.slice(1).map((next) => next.x0 - 0.5)): number[] {
  const starts = body.flatMap((line) => piecesOf(line).map((piece) => piece.x0));
  return bounds.map((start, i) => {
    const column = columns[i];
    let bound = start;
    if (column === undefined) return bound; // a bound past the columns: nothing starts after it
    for (const x0 of starts) if (x0 > column.x1 && x0 - 0.5 < bound) bound = x0 - 0.5;
    return bound;
  });
}

const columnAt = (bounds: readonly number[], x: number) => {
  const column = bounds.findIndex((bound) => x < bound);
  return column < 0 ? bounds.length : column;
};

/**
 * Whether a run runs on into the next column: a merged cell. A word that overflows its narrow
 * column by a letter or two is not one.
 */
function crosses(bounds: readonly number[], run: Run, size: number): boolean {
  return columnAt(bounds, run.x1 - 2 * size) > columnAt(bounds, run.x0 + 0.1);
}

/** Reads a table from its header down; returns it and the index of the first line after it. */
function readTable(lines: readonly Line[], at: number, header: Header): { table: Table; next: number } {
  const body: Line[] = [];
  let bounds = boundsOf(header.columns);
  let i = at + header.lines.length;
  let pending: Line[] = []; // lines that cross the columns, kept if rows follow them
  let pendingFrom = i;
  let last = header.lines.at(-1)!; // safe: a header has one line at least (headerAt)
  const tableLeft = Math.min(...header.columns.map((c) => c.x0)) - 4 * last.size;
  let line: Line | undefined;
  while ((line = lines[i]) !== undefined) {
    if (headerAt(lines, i)) {
      if (line.page !== last.page && repeatsHeader(header, lines, i)) {
        i += repeatsHeader(header, lines, i);
        continue;
      }
      break;
    }
    const gap = line.page === last.page ? line.y - last.y : 0;
    // A gap wider than between two rows (a paragraph's spacing) is where the table ends. On a new
    // page the table goes on with a row of several cells, or in its own type size ("PHỤ LỤC III" in
    // the text's size, at the top of the next page, is not a row).
    if (line.x0 < tableLeft || gap > 2.5 * line.size) break;
    const columnsUsed = new Set(line.runs.map((run) => columnAt(bounds, run.x0 + 0.1))).size;
    if (line.page !== last.page && columnsUsed < 2 && Math.abs(line.size - last.size) > 0.05 * last.size) break;
    // The line's own runs may show where a column's text starts (left of its centred title).
    const tentative = boundsOf(header.columns, [line], bounds);
    const { size } = line;
    const crossing = line.runs.some((run) => crosses(tentative, run, size));
    if (crossing) {
      if (!pending.length) pendingFrom = i;
      pending.push(line);
      if (pending.length > 8) break;
    } else {
      body.push(...pending, line);
      bounds = boundsOf(header.columns, pending, tentative);
      pending = [];
    }
    last = line;
    i++;
  }
  return { table: { header, bounds, lines: body }, next: pending.length ? pendingFrom : i };
}

const OPENS_LINE = /^(?:[-+•–]\s|\d+[.)]\s|[a-zđ]\)\s|\(\d+\))/;

/** A table's grid: one header row, then its rows, a cell's lines joined, merged cells kept. */
function tableGrid(table: Table, index: number): Grid {
  const { header, bounds, lines } = table;
  const width = header.columns.length;
  const sttColumn = header.roles.indexOf('stt');
  interface Row {
    /** Per column, its lines: the baseline, the text, where it stands. */
    cells: { y: number; text: string; x0: number; x1: number }[][];
    merges: CellRange[];
    spanning: boolean;
  }
  const rows: Row[] = [];
  const distances = lines
    .flatMap((line, k) => {
      const above = lines[k - 1];
      return above !== undefined && line.page === above.page ? [line.y - above.y] : [];
    })
    .filter((d) => d > 0.8 * line0Size(lines));
  const pitch = percentile(distances, 0.1) || Infinity;
  let previous: Line | null = null;
  for (const line of lines) {
    const cells = line.runs.map((run) => ({ run, column: columnAt(bounds, run.x0 + 0.1), to: Math.max(columnAt(bounds, run.x0 + 0.1), columnAt(bounds, run.x1 - 2 * line.size)) }));
    const spanning = cells.some((c) => c.to > c.column);
    const row = rows.at(-1);
    const newNumber = sttColumn >= 0 && row !== undefined && (row.cells[sttColumn]?.length ?? 0) > 0 && cells.some((c) => c.column === sttColumn);
    const near = row !== undefined && previous !== null && line.page === previous.page && line.y - previous.y <= pitch * 1.3;
    // The last line of a merged cell's text may be short enough to stay in its first column: it goes on.
    const inMerge = row?.spanning === true && cells.every((c) => row.merges.some((m) => c.column >= m.left && c.column <= m.right));
    const opens = row === undefined || !near || newNumber || (spanning !== row.spanning && !inMerge);
    const target: Row = opens ? { cells: Array.from({ length: width }, () => []), merges: [], spanning } : row;
    if (opens) rows.push(target);
    for (const { run, column, to } of cells) {
      const parts = target.cells[column]!; // safe: columnAt gives at most bounds.length, one less than the header's columns
      const last = parts.at(-1);
      if (last && last.y === line.y) {
        last.text = joinRuns([last, { text: run.text, x0: run.x0, x1: run.x1 }], line.size);
        last.x1 = run.x1;
      } else parts.push({ y: line.y, text: squish(run.text), x0: run.x0, x1: run.x1 });
      if (to > column && !target.merges.some((m) => m.left === column)) target.merges.push({ top: 0, bottom: 0, left: column, right: Math.min(to, width - 1) });
    }
    previous = line;
  }
  // A cell's lines join with a space, unless a line opens a bullet or a number of its own.
  const cellText = (parts: readonly { text: string }[]) => parts.reduce((text, { text: part }) => (!text ? part : OPENS_LINE.test(part) ? `${text}\n${part}` : `${text} ${part}`), '');
  const grid: (Cell | null)[][] = [header.columns.map((c) => ({ kind: 'text', text: c.text }))];
  const merges: CellRange[] = [];
  rows.forEach((row, r) => {
    grid.push(row.cells.map((parts) => (parts.length ? { kind: 'text', text: cellText(parts) } : null)));
    for (const merge of row.merges) merges.push({ ...merge, top: r + 1, bottom: r + 1 });
  });
  return { name: `Bảng ${index + 1}`, rows: grid, merges, hiddenRows: new Set() };
}

const line0Size = (lines: readonly Line[]) => lines[0]?.size ?? 10;

// ---- prose --------------------------------------------------------------------------------------

const percentile = (values: readonly number[], share: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))] ?? 0;

/**
 * Prose lines with what the page says of them. In justified text (inner lines all reach the right
 * margin) a line that stops short of it is a paragraph's last; in ragged text, one that stops a
 * fifth of the width short. `right` is the text's right edge, tables included.
 */
function proseMarks(lines: readonly Line[], rightOf: (page: number) => number): (line: Line) => PlanBlock {
  const left = percentile(
    lines.map((l) => l.x0),
    0.1,
  );
  const justified = lines.length > 0 && lines.filter((l) => Math.abs(l.x1 - rightOf(l.page)) <= 1.5).length >= lines.length * 0.4;
  const shortOf = (line: Line) => (justified ? 1.5 * line.size : 0.2 * (rightOf(line.page) - left));
  return (line) => ({
    kind: 'line',
    line: {
      text: line.text,
      short: line.x1 < rightOf(line.page) - shortOf(line),
      ...(line.x0 > left + 0.8 * line.size && !ITEM_START.test(line.text) ? { indented: true } : {}),
    },
  });
}

/** A PDF's pages as the import's blocks: prose lines and tables, in reading order. */
export function pdfBlocks(pages: readonly PdfPageText[]): PlanBlock[] {
  const lines = withoutFurniture(
    pages,
    pages.flatMap((page, i) => linesOf(page, i)),
  );
  const read: (Line | Grid)[] = [];
  let tables = 0;
  let line: Line | undefined;
  for (let i = 0; (line = lines[i]) !== undefined;) {
    const header = headerAt(lines, i);
    if (!header) {
      read.push(line);
      i++;
      continue;
    }
    const { table, next } = readTable(lines, i, header);
    if (!table.lines.length) {
      // A header with no rows under it is a line of prose that names roles.
      read.push(line);
      i++;
      continue;
    }
    read.push(tableGrid(table, tables++));
    i = next;
  }
  // The text's right edge on each page: where most lines end, tables' lines included.
  const rights = pages.map((_, page) =>
    percentile(
      lines.filter((l) => l.page === page).map((l) => l.x1),
      0.9,
    ),
  );
  const mark = proseMarks(
    read.filter((b): b is Line => 'runs' in b),
    (page) => rights[page]!, // safe: a line's page is one of the pages (linesOf)
  );
  return read.map((b) => ('runs' in b ? mark(b) : { kind: 'table', grid: b }));
}

/** How much text the pages hold: a scan without a text layer holds none. */
export function textLength(pages: readonly PdfPageText[]): number {
  return pages.reduce((n, page) => n + page.runs.reduce((m, run) => m + run.text.trim().length, 0), 0);
}
