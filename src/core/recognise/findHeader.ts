import { cellText } from '../grid';
import { matchHeader, type Role, type RoleMatch } from '../roles';
import type { MergedView } from './mergedView';

export interface Header {
  /** 0-based rows holding the header (one, or two when the titles are split over two rows). */
  rows: number[];
  columns: Partial<Record<Role, number>>;
  /** The columns as recognised, when the user corrected some: a repeated header looks like these. */
  detected?: Partial<Record<Role, number>>;
  /** What each column's title names, before a role named twice keeps only its first column. */
  matches?: (RoleMatch | null)[];
}

function roleCount(columns: Partial<Record<Role, number>>): number {
  return Object.keys(columns).length;
}

/** A header names the task column and at least the lead or the deadline, and three roles in all. */
function isAppendixHeader(columns: Partial<Record<Role, number>>): boolean {
  return (
    columns.task !== undefined && (columns.lead !== undefined || columns.deadline !== undefined) && roleCount(columns) >= 3
  );
}

/**
 * The first column claims a role; a later column naming the same role is a duplicate and is left
 * out. A column naming a second role ("Tình hình, kết quả thực hiện": status and result) holds it
 * too unless another column names that role.
 */
function assign(matches: (RoleMatch | null)[]): Partial<Record<Role, number>> {
  const columns: Partial<Record<Role, number>> = {};
  matches.forEach((match, col) => {
    if (match && columns[match.role] === undefined) columns[match.role] = col;
  });
  matches.forEach((match, col) => {
    if (match?.also && columns[match.also] === undefined) columns[match.also] = col;
  });
  return columns;
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
    matches.push(
      (lower && matchHeader(lower)) || (upper && lower && matchHeader(`${upper} ${lower}`)) || (upper ? matchHeader(upper) : null),
    );
  }
  return matches;
}

/** The header starting at `row`, if the row (alone or with the next) is an appendix header. */
export function headerAt(view: MergedView, row: number, width: number): Header | null {
  const single: (RoleMatch | null)[] = [];
  for (let col = 0; col < width; col++) {
    const text = textAt(view, row, col);
    single.push(text ? matchHeader(text) : null);
  }
  const singleColumns = assign(single);
  if (roleCount(singleColumns) < 2) return null;

  if (row + 1 < view.rowCount) {
    const pair = twoRowMatches(view, row, width);
    const pairColumns = assign(pair);
    if (roleCount(pairColumns) > roleCount(singleColumns) && isAppendixHeader(pairColumns)) {
      return { rows: [row, row + 1], columns: pairColumns, matches: pair };
    }
  }
  return isAppendixHeader(singleColumns) ? { rows: [row], columns: singleColumns, matches: single } : null;
}

/**
 * True when `repeated` names the same roles in the same columns as `header` was recognised with
 * (a header repeated on each printed page).
 */
export function sameColumns(repeated: Header, header: Header): boolean {
  const expected = header.detected ?? header.columns;
  const roles = Object.keys(repeated.columns) as Role[];
  return roles.length === roleCount(expected) && roles.every((role) => repeated.columns[role] === expected[role]);
}

/** The header with the user's corrections: each corrected role takes its column, and no other role keeps that column. */
export function correctColumns(header: Header, corrections: Partial<Record<Role, number>>): Header {
  const taken = new Set(Object.values(corrections));
  const kept = (Object.entries(header.columns) as [Role, number][]).filter(([role, col]) => corrections[role] === undefined && !taken.has(col));
  return { ...header, columns: { ...Object.fromEntries(kept), ...corrections }, detected: header.columns };
}
