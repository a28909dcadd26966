/** Rules about deadlines and dates: unreadable deadlines, deadlines outside the plan, swapped dates. */
import { isoDay } from '../calendar';
import type { Finding } from '../findings';
import { cellText, isoToVietnamese } from '../grid';
import { planPeriod } from '../planPeriod';
import type { Role } from '../roles';
import { finding, type RuleContext } from './context';

/** dd/mm/yyyy text Excel could not take for a date in a month-first locale: the day is over 12. */
const UNREADABLE_DAY_FIRST = /^\s*(1[3-9]|2\d|3[01])\s*\/\s*(0?[1-9]|1[0-2])\s*\/\s*\d{4}\s*$/;

export function deadlineRules(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const { table, grid } = ctx;
  const deadlineCol = table.columns.deadline;
  const period = planPeriod(table.title);

  if (deadlineCol !== undefined) {
    for (const task of table.tasks) {
      const { deadline } = task;
      if (deadline.kind === 'unknown' && deadline.text !== '' && task.values.deadline?.kind !== 'error') {
        findings.push(finding(ctx, 'UNPARSED_DEADLINE', task.row, deadlineCol, { text: deadline.text }));
      }
      if (period && deadline.due && !deadline.yearFromPlan && (deadline.due < period.start || deadline.due > period.end)) {
        findings.push(
          finding(ctx, 'DEADLINE_OUTSIDE_PLAN', task.row, deadlineCol, {
            text: deadline.text,
            expected: `${isoToVietnamese(period.start)} – ${isoToVietnamese(period.end)}`,
          }),
        );
      }
    }
  }

  // A real date whose day is 12 or less may be a dd/mm that a month-first Excel read as mm/dd.
  // It is suspect when its column also holds dd/mm text Excel could not read (day over 12), or
  // when the date as read falls outside the plan's period; either way only if the swapped day is
  // plausible (inside the plan, and not a completion after the cut-off date).
  for (const role of ['deadline', 'completed'] as Role[]) {
    const col = table.columns[role];
    if (col === undefined) continue;
    const cells = table.tasks.map((task) => ({ task, cell: grid.rows[task.row]?.[col] }));
    const unreadable = cells.filter(({ cell }) => cell?.kind === 'text' && UNREADABLE_DAY_FIRST.test(cellText(cell)));
    const mixed = unreadable.length > 0;
    for (const { task, cell } of cells) {
      if (cell?.kind !== 'date') continue;
      const [year, month, day] = cell.iso.split('-').map(Number) as [number, number, number];
      if (day > 12 || day === month) continue;
      const swapped = isoDay(year, day, month)!;
      const inPeriod = (iso: string) => period !== null && iso >= period.start && iso <= period.end;
      // The swapped day must itself make sense: inside the plan, and no completion in the future.
      const plausible = (period === null || inPeriod(swapped)) && (role !== 'completed' || swapped <= ctx.asOf);
      if (plausible && (mixed || !inPeriod(cell.iso))) {
        // The fix also turns the column's unreadable dd/mm texts into real dates (in this cell's
        // date format), so the column is no longer mixed and the corrected date is not suspect again.
        const texts = unreadable.map(({ task: other, cell: text }) => {
          const [d, m, y] = cellText(text).trim().split(/\s*\/\s*/).map(Number) as [number, number, number];
          return { kind: 'date' as const, sheet: table.sheet, row: other.row, col, iso: isoDay(y, m, d)!, styleFrom: { row: task.row, col } };
        });
        findings.push(
          finding(ctx, 'SWAPPED_DATE', task.row, col, { text: isoToVietnamese(cell.iso), expected: isoToVietnamese(swapped) }, [
            { kind: 'date', sheet: table.sheet, row: task.row, col, iso: swapped },
            ...texts,
          ]),
        );
      }
    }
  }
  return findings;
}
