/** What every rule gets: the table, its grid, the cut-off date, the language, and how to report. */
import type { Edit, FindingOf, Language } from '../findings';
import { a1, type Grid } from '../grid';
import { TEXT } from '../i18n';
import type { Role } from '../roles';
import type { AppendixTable, Task } from '../table';
import type { UnitDirectory } from '../unitDirectory';
import { CATALOGUE, type RuleCode, type RuleParams, type TaskRef } from './catalogue';

export interface RuleContext {
  table: AppendixTable;
  grid: Grid;
  asOf: string;
  lang: Language;
  directory?: UnitDirectory;
}

/**
 * `C` itself when it is one code, never when it is a union of codes: a code held in a variable of
 * several codes could be given another code's parameters, so `finding()` refuses it.
 */
type OneCode<C extends RuleCode> = { [K in RuleCode]: [C] extends [K] ? K : never }[RuleCode];

/**
 * A finding of `code` at a cell (0-based row and column), with that code's own parameters and no
 * other; its message is written in the context's language.
 */
export function finding<C extends RuleCode>(ctx: RuleContext, oneCode: C & OneCode<C>, row: number, col: number, params: RuleParams[C], edits?: Edit[]): FindingOf<C> {
  const code: C = oneCode;
  const cell = a1(row, col);
  const message = TEXT[ctx.lang].rules[code]({ ...params, cell, row: row + 1 });
  const result: FindingOf<C> = { code, severity: CATALOGUE[code].severity, sheet: ctx.table.sheet, cell, message, params };
  if (edits && edits.length > 0) result.edits = edits;
  return result;
}

/** A task as a finding names it: by its number (the message adds its row). */
export function taskRef(task: Task): TaskRef {
  return { stt: task.stt };
}

/** The column of a role, or the task column when the table has no such column. */
export function columnOf(ctx: RuleContext, role: Role): number {
  return ctx.table.columns[role] ?? ctx.table.columns.task ?? 0;
}
