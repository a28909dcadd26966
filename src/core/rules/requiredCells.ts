/** A task needs its text, a lead unit and a deadline; a table needs their columns. */
import type { Finding } from '../findings';
import { ROLE_LABELS } from '../i18n';
import type { Role } from '../roles';
import type { Task } from '../table';
import type { RuleCode } from './catalogue';
import { finding, type RuleContext, taskName } from './context';

const REQUIRED: { role: Role; code: RuleCode; empty: (t: Task) => boolean }[] = [
  { role: 'task', code: 'MISSING_TASK_TEXT', empty: (t) => t.text === '' },
  { role: 'lead', code: 'MISSING_LEAD', empty: (t) => t.lead.length === 0 },
  { role: 'deadline', code: 'MISSING_DEADLINE', empty: (t) => t.deadline.text === '' },
];

export function requiredCells(ctx: RuleContext): Finding[] {
  const { table } = ctx;
  return REQUIRED.flatMap(({ role, code, empty }) => {
    const col = table.columns[role];
    if (col === undefined) return [finding(ctx, 'MISSING_COLUMN', table.headerRows[0]!, 0, { role: ROLE_LABELS[role][ctx.lang] })];
    return table.tasks.filter(empty).map((task) => finding(ctx, code, task.row, col, { task: taskName(task, ctx) }));
  });
}
