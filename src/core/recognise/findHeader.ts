import { cellText } from '../grid';
import { numberStyle } from '../numbering';
import { matchHeader, roleEntries, type Role, type RoleMatch } from '../roles';
import type { MergedView } from './mergedView';

export interface Header {
  /** 0-based rows holding the header: one, or two when the titles are split over two rows. */
  rows: [top: number] | [top: number, bottom: number];
  columns: Partial<Record<Role, number>>;
  /** The columns as recognised, when the user corrected some: a repeated header looks like these. */
  detected?: Partial<Record<Role, number>>;
  /** What each column's title names, before a role named twice keeps only its first column. */
  matches?: (RoleMatch | null)[];
}

/** The header's last row (the row above its first task). */
export function lastHeaderRow(header: Header): number {
  return header.rows.length === 2 ? header.rows[1] : header.rows[0];
}

/** Longest title a header's second row holds ("Ngày hoàn thành thực tế (dd/mm/yyyy)"). */
const MAX_SUBTITLE_CHARS = 80;

function roleCount(columns: Partial<Record<Role, number>>): number {
  return Object.keys(columns).length;
}

/** A header names the task column and at least the lead or the deadline, and three roles in all. */
function isAppendixHeader(columns: Partial<Record<Role, number>>): boolean {
  return columns.task !== undefined && (columns.lead !== undefined || columns.deadline !== undefined) && roleCount(columns) >= 3;
}

/** Columns only a unit's report has besides its result: with one of them, "Kết quả thực hiện" is the unit's result. */
const REPORT_ONLY: Role[] = ['status', 'completed', 'difficulties', 'proposals'];

/**
 * The first column claims a role; a later column naming the same role is a duplicate and is left
 * out. A column naming a second role ("Tình hình, kết quả thực hiện": status and result) holds it
 * too unless another column names that role.
 *
 * Two exceptions, both for plans from other issuers:
 * - Of two task-like columns, the one that names the task ("Tên dự án, nhiệm vụ") is the task and
 *   the other ("Nội dung chính", "Chỉ tiêu") its description, whatever their order.
 * - "Kết quả thực hiện" before the deadline, in a table with no other report column, is the
 *   plan's expected result (a ministry's "Tên nhiệm vụ | ... | Kết quả thực hiện | Thời hạn hoàn
 *   thành"), not a unit's report of what it did.
 */
function assign(matches: (RoleMatch | null)[]): Partial<Record<Role, number>> {
  const columns: Partial<Record<Role, number>> = {};
  const taskColumns = matches.flatMap((match, col) => (match?.role === 'task' ? [col] : []));
  const [firstTask] = taskColumns;
  if (firstTask !== undefined) columns.task = taskColumns.find((col) => !matches[col]?.weak) ?? firstTask;
  matches.forEach((match, col) => {
    if (match && match.role !== 'task' && columns[match.role] === undefined) columns[match.role] = col;
  });
  const describing = taskColumns.find((col) => col !== columns.task);
  if (describing !== undefined && columns.description === undefined) columns.description = describing;
  matches.forEach((match, col) => {
    if (match?.also && columns[match.also] === undefined) columns[match.also] = col;
  });
  const result = columns.result;
  if (
    result !== undefined &&
    columns.expected === undefined &&
    columns.deadline !== undefined &&
    result < columns.deadline &&
    !matches[result]?.also &&
    REPORT_ONLY.every((role) => columns[role] === undefined)
  ) {
    columns.expected = result;
    delete columns.result;
  }
  return columns;
}

/** True when the header cell is the right-hand part of a title merged across columns: the title is its anchor's. */
function mergedFromLeft(view: MergedView, row: number, col: number): boolean {
  const at = view.at(row, col);
  return at.inherited && at.merge !== null && at.merge.left < col && at.merge.top === row;
}

function textAt(view: MergedView, row: number, col: number): string {
  return cellText(view.at(row, col).cell).trim();
}

/**
 * Roles of a two-row header, column by column: the lower title alone when it names a role (it is
 * the specific one under a merged group title such as "Tình hình thực hiện"), otherwise the two
 * titles read together ("Cơ quan" over "chủ trì"), otherwise the upper title.
 */
function twoRowMatches(view: MergedView, top: number, width: number): (RoleMatch | null)[] {
  const matches: (RoleMatch | null)[] = [];
  for (let col = 0; col < width; col++) {
    const upper = textAt(view, top, col);
    const lower = view.at(top + 1, col).inherited ? '' : textAt(view, top + 1, col);
    // A group title merged across ("Thời gian" over "Bắt đầu | Kết thúc") names the role of the
    // sub-title that says so, not of every column under it; the right-hand part of a title merged
    // across belongs to its anchor.
    const merge = view.at(top, col).merge;
    const group = merge !== null && merge.right > merge.left && merge.bottom === top;
    const ownUpper = !mergedFromLeft(view, top, col) && !(group && lower);
    matches.push((lower && matchHeader(lower)) || (upper && lower && matchHeader(`${upper} ${lower}`)) || (upper && ownUpper ? matchHeader(upper) : null));
  }
  return matches;
}

/** A header's second row holds short titles: a number, a date or a sentence there is the first task. */
function mayBeSubTitles(view: MergedView, row: number, width: number): boolean {
  for (let col = 0; col < width; col++) {
    const at = view.at(row, col);
    if (at.inherited || !at.cell) continue;
    if (at.cell.kind !== 'text' || at.cell.text.length > MAX_SUBTITLE_CHARS || numberStyle(at.cell.text) !== 'none') return false;
  }
  return true;
}

/** The header starting at `row`, if the row (alone or with the next) is an appendix header. */
export function headerAt(view: MergedView, row: number, width: number): Header | null {
  const single: (RoleMatch | null)[] = [];
  for (let col = 0; col < width; col++) {
    const text = mergedFromLeft(view, row, col) ? '' : textAt(view, row, col);
    single.push(text ? matchHeader(text) : null);
  }
  const singleColumns = assign(single);
  if (roleCount(singleColumns) < 2) return null;

  // Sub-titles under a title merged across ("Hình thức xử lý" over "Thay thế | Bãi bỏ | ...",
  // "Thời gian" over "Bắt đầu | Kết thúc"): the row below is the header's, not a task, whether or not
  // they name roles.
  const subTitles = row + 1 < view.rowCount && subTitlesOnly(view, row, width);
  if (row + 1 < view.rowCount && mayBeSubTitles(view, row + 1, width)) {
    const pair = twoRowMatches(view, row, width);
    const pairColumns = assign(pair);
    const more = roleCount(pairColumns) - roleCount(singleColumns);
    if (isAppendixHeader(pairColumns) && (more > 0 || (subTitles && more === 0))) {
      return { rows: [row, row + 1], columns: pairColumns, matches: pair };
    }
  }
  if (!isAppendixHeader(singleColumns)) return null;
  return { rows: subTitles ? [row, row + 1] : [row], columns: singleColumns, matches: single };
}

/**
 * True when the row below the header holds text only under titles merged across several columns
 * (or merged down from the header row), and names no role on its own: a group title's sub-titles.
 */
function subTitlesOnly(view: MergedView, row: number, width: number): boolean {
  let under = 0;
  for (let col = 0; col < width; col++) {
    const below = view.at(row + 1, col);
    if (below.inherited || !below.cell || cellText(below.cell).trim() === '') continue;
    const above = view.at(row, col).merge;
    if (!above || above.right === above.left || above.bottom !== row) return false;
    // A sub-title sits inside its group title's columns; a title merged wider is a row of the table.
    if (below.merge && (below.merge.left < above.left || below.merge.right > above.right)) return false;
    under++;
  }
  return under > 0 && mayBeSubTitles(view, row + 1, width);
}

/**
 * True when `repeated` is `header` again (printed at the top of a new page, or after each group):
 * every role both name sits in the same column, the repeat's title cell merged across the header's
 * column counting as that column ("Nội dung" merged over the STT and task columns), and at least
 * two roles, all but one of the repeat's, agree. The repeat may word its titles differently
 * ("Nội dung" for "Nhiệm vụ, giải pháp") or leave the STT title out.
 */
export function sameColumns(repeated: Header, header: Header, view?: MergedView): boolean {
  const expected = header.detected ?? header.columns;
  const roles = roleEntries(repeated.columns);
  let agree = 0;
  for (const [role, col] of roles) {
    const want = expected[role];
    if (want === undefined) continue;
    const merge = view?.mergeAt(repeated.rows[0], col);
    const covers = col === want || (merge !== null && merge !== undefined && merge.left <= want && want <= merge.right);
    if (!covers) return false;
    agree++;
  }
  return agree >= 2 && agree >= roles.length - 1;
}

/** The header with the user's corrections: each corrected role takes its column, and no other role keeps that column. */
export function correctColumns(header: Header, corrections: Partial<Record<Role, number>>): Header {
  const taken = new Set(Object.values(corrections));
  const kept = roleEntries(header.columns).filter(([role, col]) => corrections[role] === undefined && !taken.has(col));
  return { ...header, columns: { ...Object.fromEntries(kept), ...corrections }, detected: header.columns };
}
