/**
 * A unit's report columns: status words, completion dates and the evidence a done task cites; the
 * status column when it was read from its cells rather than its header.
 */
import type { Finding } from '../findings';
import { cellText, columnLetter, isBlank } from '../grid';
import { MergedView } from '../recognise/mergedView';
import { headerText } from '../recognise/statusColumn';
import { columnOf, finding, type RuleContext, taskRef } from './context';

/** A document number as offices cite it: "412/BC-STP", "3310/STC-QLNS", "57-NQ/TW". */
const DOCUMENT_NUMBER = /\d+\s*[/-]\s*[A-ZĐ]{2,}/u;

export function statusRules(ctx: RuleContext): Finding[] {
  const { table, asOf } = ctx;
  if (table.columns.status === undefined && table.columns.completed === undefined) return [];
  const findings: Finding[] = [];
  const statusCol = columnOf(ctx, 'status');
  const completedCol = table.columns.completed ?? statusCol;
  if (table.guessed?.includes('status') && table.columns.status !== undefined) {
    const col = table.columns.status;
    // The title's own cell: the lower row of a two-row header unless the title is merged down from the upper.
    const row = [...table.headerRows].reverse().find((r) => !isBlank(ctx.grid.rows[r]?.[col])) ?? table.headerRows[0];
    findings.push(finding(ctx, 'STATUS_COLUMN_GUESSED', row, col, { column: columnLetter(col), header: headerText(new MergedView(ctx.grid), table.headerRows, col) }));
  }
  for (const task of table.tasks) {
    const { status } = task;
    const ref = taskRef(task);
    if (status.text !== null && !status.known) findings.push(finding(ctx, 'UNKNOWN_STATUS', task.row, statusCol, { status: status.text }));
    if (status.partial) findings.push(finding(ctx, 'DONE_IN_PART', task.row, statusCol, { status: status.text ?? '', progress: status.progress ?? null }));
    if (status.done && status.completedOn === null) findings.push(finding(ctx, 'DONE_WITHOUT_DATE', task.row, completedCol, ref));
    if (status.completedOn !== null && status.completedOn > asOf) {
      findings.push(finding(ctx, 'COMPLETION_AFTER_AS_OF', task.row, completedCol, { completedOn: status.completedOn, asOf }));
    }
    if (status.completedOn !== null && !status.done) findings.push(finding(ctx, 'DATE_WITHOUT_DONE', task.row, completedCol, ref));
    if (status.done) {
      const evidence = `${cellText(task.values.result)} ${status.text ?? ''}`;
      if (!DOCUMENT_NUMBER.test(evidence)) findings.push(finding(ctx, 'DONE_WITHOUT_EVIDENCE', task.row, columnOf(ctx, 'result'), ref));
    }
  }
  return findings;
}
