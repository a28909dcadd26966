/**
 * Unit reports are not plans. A unit fills in its copy of the plan and sends it up; it may keep only
 * its own rows, numbered as in the plan (with gaps) or renumbered 1, 2, 3. Its numbers are how its
 * rows are matched to the plan's tasks, so the numbering rules do not demand the plan's numbering
 * of it and no fix renumbers it (numberingRules.ts, docs/rules.md).
 *
 * A table is a unit's report when
 * - it has a column a unit reports in: status, result, completion date, difficulties or proposals
 *   (the columns consolidation reads a report by); or
 * - one unit leads every task that names a lead (two tasks at least): the unit's own rows of a plan.
 */
import { cellText, type Grid } from '../grid';
import type { Role } from '../roles';
import type { AppendixTable } from '../table';

/** The columns only a unit's report has. */
export const REPORT_ROLES = ['status', 'result', 'completed', 'difficulties', 'proposals'] as const satisfies readonly Role[];

export interface UnitReport {
  /** Why: a report column, or one unit leading every task. */
  reason: 'reportColumns' | 'oneLead';
  /** The report column's header as written ("Tình trạng"), or the unit's name. */
  text: string;
}

function headerText(table: AppendixTable, grid: Grid | undefined, col: number): string {
  const parts = table.headerRows.map((row) => cellText(grid?.rows[row]?.[col]).trim()).filter(Boolean);
  return [...new Set(parts)].join(' ').replace(/\s+/g, ' ');
}

export function unitReportOf(table: AppendixTable, grid?: Grid): UnitReport | null {
  for (const role of REPORT_ROLES) {
    const col = table.columns[role];
    if (col !== undefined) return { reason: 'reportColumns', text: headerText(table, grid, col) || role };
  }
  const leads = table.tasks.map((t) => t.lead.filter((u) => !u.collective)).filter((units) => units.length > 0);
  const [firstLeads] = leads;
  if (firstLeads === undefined || leads.length < 2 || leads.length < table.tasks.filter((t) => t.lead.length > 0).length) return null;
  const shared = firstLeads.find((unit) => leads.every((units) => units.some((u) => u.key === unit.key)));
  return shared ? { reason: 'oneLead', text: shared.name } : null;
}
