/** A task needs its text, a lead unit and a deadline; a table needs their columns. */
import type { Finding } from '../findings';
import type { Role } from '../roles';
import type { Task } from '../table';
import { finding, type RuleContext, taskRef } from './context';

const REQUIRED: { role: Role; empty: (t: Task) => boolean; missing: (ctx: RuleContext, task: Task, col: number) => Finding }[] = [
  { role: 'task', empty: (t) => t.text === '', missing: (ctx, t, col) => finding(ctx, 'MISSING_TASK_TEXT', t.row, col, taskRef(t)) },
  { role: 'lead', empty: (t) => t.lead.length === 0, missing: (ctx, t, col) => finding(ctx, 'MISSING_LEAD', t.row, col, taskRef(t)) },
  { role: 'deadline', empty: (t) => t.deadline.text === '', missing: (ctx, t, col) => finding(ctx, 'MISSING_DEADLINE', t.row, col, taskRef(t)) },
];

export function requiredCells(ctx: RuleContext): Finding[] {
  const { table } = ctx;
  return REQUIRED.flatMap(({ role, empty, missing }) => {
    const col = table.columns[role];
    if (col === undefined) return [finding(ctx, 'MISSING_COLUMN', table.headerRows[0], 0, { role })];
    return table.tasks.filter(empty).map((task) => missing(ctx, task, col));
  });
}
