/** What every rule gets: the table, its grid, the cut-off date, the language, and how to report. */
import type { Edit, Finding, Language } from '../findings';
import { a1, type Grid } from '../grid';
import type { Role } from '../roles';
import type { AppendixTable, Task } from '../table';
import type { UnitDirectory } from '../unitDirectory';
import { CATALOGUE, type MessageParams, type RuleCode } from './catalogue';

export interface RuleContext {
  table: AppendixTable;
  grid: Grid;
  asOf: string;
  lang: Language;
  directory?: UnitDirectory;
}

export function finding(
  ctx: RuleContext,
  code: RuleCode,
  row: number,
  col: number,
  params: Partial<MessageParams> = {},
  edits?: Edit[],
): Finding {
  const cell = a1(row, col);
  const { severity, message } = CATALOGUE[code];
  const task = params.task ?? (ctx.lang === 'vi' ? `dòng ${row + 1}` : `row ${row + 1}`);
  const result: Finding = { code, severity, sheet: ctx.table.sheet, cell, message: message[ctx.lang]({ cell, row: row + 1, task, ...params }) };
  if (edits && edits.length > 0) result.edits = edits;
  return result;
}

/** "1 (dòng 7)": how messages name a task. */
export function taskName(task: Task, ctx: RuleContext): string {
  const where = ctx.lang === 'vi' ? `dòng ${task.row + 1}` : `row ${task.row + 1}`;
  return task.stt ? `${task.stt} (${where})` : where;
}

/** The column of a role, or the task column when the table has no such column. */
export function columnOf(ctx: RuleContext, role: Role): number {
  return ctx.table.columns[role] ?? ctx.table.columns.task ?? 0;
}
