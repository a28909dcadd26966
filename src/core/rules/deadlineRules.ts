/** Rules about deadlines and dates: unreadable deadlines, deadlines outside the plan, swapped dates. */
import { DAY_IN_DIGITS, DAY_IN_WORDS, daysWritten, writtenDayOf } from '../calendar';
import type { Cell } from '../grid';
import type { Edit, Finding } from '../findings';
import { a1, cellText } from '../grid';
import { planPeriod } from '../planPeriod';
import type { Role } from '../roles';
import type { Task } from '../table';
import { fold } from '../text';
import { dayFirst, type ValidDay } from '../validDay';
import { finding, type RuleContext } from './context';

/** A date alone in a cell, day first: "30/11/2025", "30-11-25". */
const BARE_DATE = /^\s*(\d{1,2})\s*([/-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})\s*$/;
/** "số liệu tính đến ngày 14/11/2025": the day a report counts to, stated in its title. */
const STATED_CUT_OFF = new RegExp(`tinh den (?:het )?(?:ngay ${DAY_IN_DIGITS}|${DAY_IN_WORDS})`);

/** The day and day-of-month of a dd/mm text alone in its cell, or null (also for a text that is no day: "31/04/2025"). */
function textDay(cell: Cell | null | undefined): { iso: ValidDay; day: number } | null {
  const match = cell?.kind === 'text' ? BARE_DATE.exec(cell.text) : null;
  const [, dayText, , monthText, yearText] = match ?? [];
  if (dayText === undefined || monthText === undefined || yearText === undefined) return null;
  const [day, month, year] = [Number(dayText), Number(monthText), Number(yearText.length === 2 ? `20${yearText}` : yearText)];
  const iso = dayFirst(day, month, year);
  return iso && { iso, day };
}

/** The days the task's other cells cite in their text ("Văn bản số 3310/STC-QLNS ngày 12/9/2025"). */
function citedDays(ctx: RuleContext, task: Task, except: number): Set<string> {
  const days = new Set<string>();
  for (const row of task.rows) {
    (ctx.grid.rows[row] ?? []).forEach((cell, col) => {
      if (col === except || cell?.kind !== 'text') return;
      for (const day of daysWritten(fold(cell.text))) days.add(day);
    });
  }
  return days;
}

function statedCutOff(title: string): string | null {
  const m = STATED_CUT_OFF.exec(fold(title));
  return m && writtenDayOf(m);
}

/**
 * SWAPPED_DATE: a real date whose day is 12 or less, in a column that also holds dd/mm text Excel
 * could not read (day over 12): the proof that the column was typed dd/mm into an Excel that reads
 * month first, which turned "05/11/2025" into 11 May. Never on real dates alone, never when the
 * row's own text cites the date as it stands ("ngày 12/9/2025" beside 12/09/2025), never when the
 * swapped day makes no sense (outside the plan's period; for a completion, after the day the report
 * says it counts to). The cut-off date plays no part, so the answer never changes with it.
 *
 * Each swapped date is its own finding, fixing only its cell. The column's dd/mm texts get their
 * own findings (DATE_AS_TEXT), fixing only theirs: with them left as text the corrected dates would
 * look swapped again, so `phuluc fix` applies the two together (fixPlan.ts).
 */
function swappedDates(ctx: RuleContext, role: Role): Finding[] {
  const { table, grid } = ctx;
  const col = table.columns[role];
  if (col === undefined) return [];
  const cells = table.tasks.map((task) => ({ task, cell: grid.rows[task.row]?.[col] }));
  const dated = cells.flatMap(({ task, cell }) => {
    const read = textDay(cell);
    return read ? [{ task, ...read, text: cellText(cell).trim() }] : [];
  });
  // Texts with a day over 12 are what a month-first Excel could not read. A text with a day of 12
  // or less it would have made a date: the column's dates were typed as text (a text-formatted
  // column, a leading apostrophe), which explains the texts without any swap.
  if (dated.some((t) => t.day <= 12)) return [];
  const texts = dated.map(({ task, iso, text }) => ({ task, day: iso, text }));
  const [firstText] = texts;
  if (firstText === undefined) return [];
  const evidence = { evidenceCell: a1(firstText.task.row, col), evidenceText: firstText.text };
  const period = planPeriod(table.title);
  const cutOff = role === 'completed' ? statedCutOff(table.title) : null;

  const findings: Finding[] = [];
  let swappedAt: number | null = null;
  for (const { task, cell } of cells) {
    if (cell?.kind !== 'date') continue;
    const [, yearText, monthText, dayText] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell.iso) ?? [];
    if (yearText === undefined || monthText === undefined || dayText === undefined) continue; // no day to swap
    const [year, month, day] = [Number(yearText), Number(monthText), Number(dayText)];
    if (day > 12 || day === month) continue;
    const swapped = dayFirst(month, day, year);
    if (!swapped) continue;
    if (period && (swapped < period.start || swapped > period.end)) continue;
    if (cutOff && swapped > cutOff) continue;
    if (citedDays(ctx, task, col).has(cell.iso)) continue;
    const edit: Edit = { kind: 'date', sheet: table.sheet, row: task.row, col, iso: swapped };
    findings.push(finding(ctx, 'SWAPPED_DATE', task.row, col, { date: cell.iso, swapped, ...evidence }, [edit]));
    swappedAt ??= task.row;
  }
  if (swappedAt === null) return findings;
  const swappedCell = a1(swappedAt, col);
  for (const { task, day, text } of texts) {
    // The written date takes the date format of a date in the same column.
    const edit: Edit = { kind: 'date', sheet: table.sheet, row: task.row, col, iso: day, styleFrom: { row: swappedAt, col } };
    findings.push(finding(ctx, 'DATE_AS_TEXT', task.row, col, { text, date: day, swappedCell }, [edit]));
  }
  return findings;
}

export function deadlineRules(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const { table } = ctx;
  const deadlineCol = table.columns.deadline;
  const period = planPeriod(table.title);

  if (deadlineCol !== undefined) {
    for (const task of table.tasks) {
      const { deadline } = task;
      if (deadline.kind === 'unknown' && deadline.text !== '' && task.values.deadline?.kind !== 'error') {
        const params = { deadline: deadline.text };
        if (deadline.statusSentence) findings.push(finding(ctx, 'STATUS_IN_DEADLINE', task.row, deadlineCol, params));
        else findings.push(finding(ctx, 'UNPARSED_DEADLINE', task.row, deadlineCol, params));
      }
      if (period && deadline.due && !deadline.yearFromPlan && (deadline.due < period.start || deadline.due > period.end)) {
        findings.push(finding(ctx, 'DEADLINE_OUTSIDE_PLAN', task.row, deadlineCol, { deadline: deadline.text, planStart: period.start, planEnd: period.end }));
      }
    }
  }
  return [...findings, ...swappedDates(ctx, 'deadline'), ...swappedDates(ctx, 'completed')];
}
