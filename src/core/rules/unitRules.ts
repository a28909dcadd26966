/** Units: a unit that both leads and supports a task, and units missing from the directory. */
import type { Finding } from '../findings';
import type { Role } from '../roles';
import { finding, type RuleContext, taskRef } from './context';

export function unitRules(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const { table, directory } = ctx;
  const supportCol = table.columns.support;
  for (const task of table.tasks) {
    if (supportCol !== undefined) {
      const leads = new Set(task.lead.filter((u) => !u.collective).map((u) => u.key));
      for (const unit of task.support) {
        if (leads.has(unit.key)) findings.push(finding(ctx, 'LEAD_IN_SUPPORT', task.row, supportCol, { ...taskRef(task), unit: unit.name }));
      }
    }
    if (!directory) continue;
    for (const role of ['lead', 'support'] as Role[]) {
      const col = table.columns[role];
      if (col === undefined) continue;
      for (const unit of role === 'lead' ? task.lead : task.support) {
        if (unit.collective) continue;
        const unknown = directory.check(unit.name);
        if (unknown) findings.push(finding(ctx, 'UNKNOWN_UNIT', task.row, col, { unit: unit.name, closest: unknown.closest }));
      }
    }
  }
  return findings;
}
