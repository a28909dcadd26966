import { a1, isoToVietnamese } from './grid';
import type { RuleCode, RuleParams } from './rules/catalogue';
import type { ValidDay } from './validDay';

/** A finding points at one cell and says, in the user's language, what is wrong and how to fix it. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type Language = 'vi' | 'en';

/**
 * A safe fix: what to write where. Fixes are offered with their finding and applied only to a
 * copy (`phuluc fix`) or by the user's click, never silently.
 */
export type Edit =
  | { kind: 'text'; sheet: string; row: number; col: number; text: string }
  /**
   * A real date, only ever a day that exists (`validDay` builds it); `styleFrom` names a cell whose
   * (date) format the written cell takes.
   */
  | { kind: 'date'; sheet: string; row: number; col: number; iso: ValidDay; styleFrom?: { row: number; col: number } }
  /** Unmerge the area and write its value into every cell of it. */
  | { kind: 'unmerge'; sheet: string; top: number; left: number; bottom: number; right: number };

/** A finding of one code: `params` are that code's own (src/core/rules/catalogue.ts), what its message says as data. */
export interface FindingOf<C extends RuleCode> {
  code: C;
  severity: Severity;
  sheet: string;
  /** A1 address on the finding's sheet. */
  cell: string;
  message: string;
  params: RuleParams[C];
  /** The safe fix, when there is one. */
  edits?: Edit[];
}

/** A finding of any code; narrowing on `code` gives its `params`. */
export type Finding = { [C in RuleCode]: FindingOf<C> }[RuleCode];

/** The cell an edit writes to, or the merged area it splits, in A1 form ("E30", "C26:C27"). */
export function editCell(edit: Edit): string {
  return edit.kind === 'unmerge' ? `${a1(edit.top, edit.left)}:${a1(edit.bottom, edit.right)}` : a1(edit.row, edit.col);
}

/** The value an edit writes, as a person reads it (a date as dd/mm/yyyy); null when it unmerges. */
export function editValue(edit: Edit): string | null {
  if (edit.kind === 'unmerge') return null;
  return edit.kind === 'date' ? isoToVietnamese(edit.iso) : edit.text;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
