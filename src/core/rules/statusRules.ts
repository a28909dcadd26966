/** A unit's report columns: status words, completion dates and the evidence a done task cites. */
import type { Finding } from '../findings';
import { cellText, isoToVietnamese } from '../grid';
import { columnOf, finding, type RuleContext, taskName } from './context';

/** A document number as offices cite it: "412/BC-STP", "3310/STC-QLNS", "57-NQ/TW". */
const DOCUMENT_NUMBER = /\d+\s*[/-]\s*[A-ZĐ]{2,}/u;

export function statusRules(ctx: RuleContext): Finding[] {
  const { table, asOf } = ctx;
  if (table.columns.status === undefined && table.columns.completed === undefined) return [];
  const findings: Finding[] = [];
  const statusCol = columnOf(ctx, 'status');
  const completedCol = table.columns.completed ?? statusCol;
  for (const task of table.tasks) {
    const { status } = task;
    const name = taskName(task, ctx);
    if (status.text !== null && !status.known) findings.push(finding(ctx, 'UNKNOWN_STATUS', task.row, statusCol, { text: status.text }));
    if (status.done && status.completedOn === null) findings.push(finding(ctx, 'DONE_WITHOUT_DATE', task.row, completedCol, { task: name }));
    if (status.completedOn !== null && status.completedOn > asOf) {
      findings.push(
        finding(ctx, 'COMPLETION_AFTER_AS_OF', task.row, completedCol, { text: isoToVietnamese(status.completedOn), expected: isoToVietnamese(asOf) }),
      );
    }
    if (status.completedOn !== null && !status.done) findings.push(finding(ctx, 'DATE_WITHOUT_DONE', task.row, completedCol, { task: name }));
    if (status.done) {
      const evidence = `${cellText(task.values.result)} ${status.text ?? ''}`;
      if (!DOCUMENT_NUMBER.test(evidence)) findings.push(finding(ctx, 'DONE_WITHOUT_EVIDENCE', task.row, columnOf(ctx, 'result'), { task: name }));
    }
  }
  return findings;
}
