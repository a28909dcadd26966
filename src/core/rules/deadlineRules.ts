/** Rules about deadlines and dates: unreadable deadlines, deadlines outside the plan, swapped dates. */
import type { Cell } from '../grid';
import type { Edit, Finding } from '../findings';
import { a1, cellText, isoToVietnamese } from '../grid';
import { planPeriod } from '../planPeriod';
import type { Role } from '../roles';
import type { Task } from '../table';
import { fold } from '../text';
import { dayFirst, type ValidDay } from '../validDay';
import { finding, type RuleContext } from './context';

/** A date alone in a cell, day first: "30/11/2025", "30-11-25". */
const BARE_DATE = /^\s*(\d{1,2})\s*([/-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})\s*$/;
/** Dates a text cites: "12/9/2025", "12.9.2025", "ngày 12 tháng 9 năm 2025" (folded). */
const CITED_DATE = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/g;
const CITED_DATE_WORDS = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/g;
/** "số liệu tính đến ngày 14/11/2025": the day a report counts to, stated in its title. */
const STATED_CUT_OFF = [/tinh den (?:het )?ngay (\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/, /tinh den (?:het )?ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})/];

/** The day and day-of-month of a dd/mm text alone in its cell, or null (also for a text that is no day: "31/04/2025"). */
function textDay(cell: Cell | null | undefined): { iso: ValidDay; day: number } | null {
  const match = cell?.kind === 'text' ? BARE_DATE.exec(cell.text) : null;
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[3]), Number(match[4]!.length === 2 ? `20${match[4]}` : match[4])];
  const iso = dayFirst(day, month, year);
  return iso && { iso, day };
}

/** The days the task's other cells cite in their text ("Văn bản số 3310/STC-QLNS ngày 12/9/2025"). */
function citedDays(ctx: RuleContext, task: Task, except: number): Set<string> {
  const days = new Set<string>();
  for (const row of task.rows) {
    (ctx.grid.rows[row] ?? []).forEach((cell, col) => {
      if (col === except || cell?.kind !== 'text') return;
      const text = fold(cell.text);
      for (const pattern of [CITED_DATE, CITED_DATE_WORDS]) {
        for (const m of text.matchAll(pattern)) {
          const day = dayFirst(Number(m[1]), Number(m[2]), Number(m[3]));
          if (day) days.add(day);
        }
      }
    });
  }
  return days;
}

function statedCutOff(title: string): string | null {
  const text = fold(title);
  for (const pattern of STATED_CUT_OFF) {
    const m = pattern.exec(text);
    const day = m && dayFirst(Number(m[1]), Number(m[2]), Number(m[3]));
    if (day) return day;
  }
  return null;
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
  if (texts.length === 0) return [];
  const evidence = `${a1(texts[0]!.task.row, col)} "${texts[0]!.text}"`;
  const period = planPeriod(table.title);
  const cutOff = role === 'completed' ? statedCutOff(table.title) : null;

  const findings: Finding[] = [];
  let swappedAt: number | null = null;
  for (const { task, cell } of cells) {
    if (cell?.kind !== 'date') continue;
    const [year, month, day] = cell.iso.split('-').map(Number) as [number, number, number];
    if (day > 12 || day === month) continue;
    const swapped = dayFirst(month, day, year);
    if (!swapped) continue;
    if (period && (swapped < period.start || swapped > period.end)) continue;
    if (cutOff && swapped > cutOff) continue;
    if (citedDays(ctx, task, col).has(cell.iso)) continue;
    const edit: Edit = { kind: 'date', sheet: table.sheet, row: task.row, col, iso: swapped };
    findings.push(finding(ctx, 'SWAPPED_DATE', task.row, col, { text: isoToVietnamese(cell.iso), expected: isoToVietnamese(swapped), evidence }, [edit]));
    swappedAt ??= task.row;
  }
  if (swappedAt === null) return findings;
  const swappedCell = a1(swappedAt, col);
  for (const { task, day, text } of texts) {
    // The written date takes the date format of a date in the same column.
    const edit: Edit = { kind: 'date', sheet: table.sheet, row: task.row, col, iso: day, styleFrom: { row: swappedAt, col } };
    findings.push(finding(ctx, 'DATE_AS_TEXT', task.row, col, { text, expected: isoToVietnamese(day), evidence: swappedCell }, [edit]));
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
        findings.push(finding(ctx, deadline.statusSentence ? 'STATUS_IN_DEADLINE' : 'UNPARSED_DEADLINE', task.row, deadlineCol, { text: deadline.text }));
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
  return [...findings, ...swappedDates(ctx, 'deadline'), ...swappedDates(ctx, 'completed')];
}
