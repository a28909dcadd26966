/**
 * The status column when no header names it: units report status under "Kết quả thực hiện",
 * "Tiến độ thực hiện", "Đánh giá" or a header of their own. A column is read as the status when
 * its cells say so: more than half of its filled cells are status words (src/core/status.ts) and
 * they outnumber the cells that read as deadlines (a large table is judged on a sample of its
 * tasks). "Tiến độ" is a deadline in a plan (domain.md) and a status in a report: the cells decide.
 * The table records the guess (`guessed`), and the rule STATUS_COLUMN_GUESSED names the column, so
 * the user can confirm or correct it.
 */
import { readDeadline } from '../deadline/readDeadline';
import { type Cell, cellText, isBlank } from '../grid';
import { type Role, roleEntries } from '../roles';
import { foldedWords, readStatus, readStatusText } from '../status';
import { fold } from '../text';
import type { Header } from './findHeader';
import type { MergedView } from './mergedView';
import type { TableRows } from './readRows';

/** Roles a status column may have been given by its header besides none (a "Tiến độ" deadline is checked apart). */
const MAY_HOLD_STATUS: readonly Role[] = ['result'];
/** Status words opening a cell in the past or present tense: a status even when a date follows ("Đã hoàn thành ngày 25/9/2025"). */
const TENSED = /^(?:da|dang|chua)\b/;

export interface StatusColumnGuess {
  header: Header;
  column: number;
}

/** The title over a column, its header rows read together ("Tình hình thực hiện / Tiến độ"). */
export function headerText(view: MergedView, headerRows: readonly number[], col: number): string {
  const parts: string[] = [];
  for (const row of headerRows) {
    const text = cellText(view.at(row, col).cell).trim();
    if (text && !parts.includes(text)) parts.push(text);
  }
  return parts.join(' ');
}

/**
 * The cell a task holds in a column: its own row's cell (or the one merged down over it), the
 * continuation rows' text appended. A cell merged in from the left (a task text spread over two
 * columns) is not this column's.
 */
function taskCell(view: MergedView, rows: readonly [number, ...number[]], col: number): Cell | null {
  const at = view.at(rows[0], col);
  const first = at.inherited && at.merge && at.merge.left < col ? null : (at.cell ?? null);
  const more = rows
    .slice(1)
    .map((row) => view.at(row, col))
    .filter((at) => !at.inherited && at.cell?.kind === 'text' && !isBlank(at.cell))
    .map((at) => cellText(at.cell));
  if (more.length === 0) return first;
  if (first !== null && first.kind !== 'text') return first;
  return { kind: 'text', text: [first ? cellText(first) : '', ...more].filter(Boolean).join('\n') };
}

interface Evidence {
  column: number;
  /** Cells holding a status word (0 when they are not most of the column). */
  status: number;
  /** Cells that are a status word and nothing more ("Đã hoàn thành", "HT"): a status column's, not a result's prose. */
  bare: number;
  filled: number;
}

/** A large table is judged on this many tasks, spread over it. */
const SAMPLE = 300;

function evidence(view: MergedView, rows: TableRows, col: number): Evidence {
  let status = 0;
  let bare = 0;
  let deadlines = 0;
  let filled = 0;
  const step = Math.max(1, Math.ceil(rows.tasks.length / SAMPLE));
  for (const [i, task] of rows.tasks.entries()) {
    if (i % step !== 0) continue;
    const cell = taskCell(view, task.rows, col);
    if (isBlank(cell)) continue;
    filled++;
    const reading = readStatus(cell, null);
    /** The status word the cell holds, if it is one. */
    const statusWord = reading.known ? reading.text : null;
    const isDeadline = readDeadline(cell, 0).kind !== 'unknown';
    // "Hoàn thành trước 30/9/2025" in a plan's "Tiến độ" is a deadline; "Đã hoàn thành ngày 25/9/2025" is a status.
    if (statusWord !== null && (!isDeadline || TENSED.test(fold(statusWord)))) {
      status++;
      const word = readStatusText(statusWord).word;
      if (word === null || foldedWords(word.written) === foldedWords(statusWord)) bare++;
    } else if (isDeadline) deadlines++;
  }
  return { column: col, status: status > deadlines && status * 2 > filled ? status : 0, bare, filled };
}

/** The likelier status column: more of its cells are status words, then more are only that, then the one on the left. */
function likelier(a: Evidence, b: Evidence): boolean {
  const share = a.status / a.filled - b.status / b.filled;
  if (share !== 0) return share > 0;
  const bare = a.bare / a.filled - b.bare / b.filled;
  return bare !== 0 ? bare > 0 : a.status > b.status;
}

/**
 * The status column read from the cells, for a table whose header names none; null when no column
 * looks like one or the user chose the columns. A "Tiến độ" column taken as the status gives the
 * deadline role to the next column whose title names a deadline, if any.
 */
export function guessStatusColumn(view: MergedView, header: Header, rows: TableRows, width: number, corrections?: Partial<Record<Role, number>>): StatusColumnGuess | null {
  if (header.columns.status !== undefined || rows.tasks.length === 0) return null;
  const corrected = new Set(Object.values(corrections ?? {}));
  const rolesAt = new Map<number, Role[]>();
  for (const [role, col] of roleEntries(header.columns)) rolesAt.set(col, [...(rolesAt.get(col) ?? []), role]);

  let best: Evidence | null = null;
  for (let col = 0; col < width; col++) {
    if (corrected.has(col)) continue;
    const roles = rolesAt.get(col) ?? [];
    const progressTitle = () => /\btien do\b/.test(fold(headerText(view, header.rows, col)));
    // "Kết quả thực hiện" read as the plan's expected result (it stands before the deadline) is still a unit's result title.
    const resultTitle = (role: Role) => role === 'expected' && header.matches?.[col]?.role === 'result';
    if (!roles.every((role) => MAY_HOLD_STATUS.includes(role) || resultTitle(role) || (role === 'deadline' && progressTitle()))) continue;
    const found = evidence(view, rows, col);
    if (found.status === 0) continue;
    if (best === null || likelier(found, best)) best = found;
  }
  if (best === null) return null;

  const column = best.column;
  const columns = { ...header.columns, status: column };
  if (columns.deadline === column) {
    delete columns.deadline;
    const other = (header.matches ?? []).findIndex((match, col) => col !== column && match?.role === 'deadline' && !corrected.has(col));
    if (other >= 0 && !Object.values(columns).includes(other)) columns.deadline = other;
  }
  return { header: { ...header, columns, detected: header.detected ?? header.columns }, column };
}
