/**
 * Chasing late units ("đôn đốc"): for each named lead unit that has not reported, or whose tasks are
 * overdue, a short ready-to-send text naming its tasks, their deadlines, the days overdue and the
 * day to report by. A unit is chased on its own report: a co-led task one lead reports done and the
 * other does not is chased with the other only. Without a report-by day the text carries a blank
 * to fill, never an invented day.
 */
import { daysBetweenIso, parseUserDay } from '../calendar';
import type { Consolidation } from '../consolidate/consolidate';
import type { Language } from '../findings';
import { isoToVietnamese } from '../grid';
import { formatNumber, TEXT } from '../i18n';
import { taskState } from '../state';
import { NOT_REPORTED } from '../status';
import { unitKey } from '../units';
import type { PlanHeading } from './planHeading';
import { type DocumentModel, planReference } from './reportUpward';

export interface ReminderTask {
  stt: string | null;
  text: string;
  /** The deadline as the plan writes it, and its last day (ISO) when it has one. */
  deadline: string;
  due: string | null;
  /** Days past the deadline at the cut-off, when the task is overdue for this unit; else null. */
  daysOverdue: number | null;
}

export interface Reminder {
  /** The unit, in the plan's spelling. */
  unit: string;
  /** The unit sent no report: every task it leads is listed. Otherwise only its overdue tasks are. */
  notReported: boolean;
  tasks: ReminderTask[];
  /** The text's paragraphs, the addressee first, and the text ready to paste (paragraphs on their own lines). */
  lines: [string, ...string[]];
  text: string;
}

export interface ReminderOptions {
  lang: Language;
  /** The day to report by (ISO); when not given the text carries REPORT_BY_BLANK to fill in. */
  reportBy?: string;
}

/** The report-by day left to fill in when none is given. */
export const REPORT_BY_BLANK = '…/…/……';

/** What a reminder's text says, in any language: days as dd/mm/yyyy, `list` the task lines. */
export interface ReminderFacts {
  unit: string;
  /** The plan as the report refers to it (planReference). */
  reference: string;
  /** The cut-off. */
  day: string;
  /** How many tasks are listed, and how many of them are overdue. */
  tasks: number;
  overdue: number;
  list: string[];
  reportBy: string;
}

function taskLine(task: ReminderTask, index: number, lang: Language): string {
  const T = TEXT[lang].cycle.reminders;
  const name = task.stt ? `${task.stt} ${task.text}` : task.text;
  // A deadline that writes its day ("Trước ngày 31/12/2025") needs no second mention of it.
  const written = (task.deadline.match(/\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/g) ?? []).some((day) => parseUserDay(day) === task.due);
  const due = task.due && !written ? T.lastDay(isoToVietnamese(task.due)) : '';
  const late = task.daysOverdue === null ? '' : T.daysOverdue(task.daysOverdue);
  return `${formatNumber(index + 1, lang)}. ${name} – ${T.deadline}: ${task.deadline}${due}${late}.`;
}

function reminderLines(unit: string, notReported: boolean, tasks: readonly ReminderTask[], reference: string, asOf: string, reportBy: string, lang: Language): [string, ...string[]] {
  const facts: ReminderFacts = {
    unit,
    reference,
    day: isoToVietnamese(asOf),
    tasks: tasks.length,
    overdue: tasks.filter((t) => t.daysOverdue !== null).length,
    list: tasks.map((task, i) => taskLine(task, i, lang)),
    reportBy,
  };
  const T = TEXT[lang].cycle.reminders;
  return notReported ? T.notReported(facts) : T.overdue(facts);
}

/**
 * A reminder for each named lead unit (never a collective) that has not reported, or whose own
 * report leaves a task it leads overdue; units that have not reported first, in the order
 * consolidation lists them, then the others in the plan's order.
 */
export function reminders(c: Consolidation, heading: PlanHeading, options: ReminderOptions): Reminder[] {
  const { lang } = options;
  const reportBy = options.reportBy ? isoToVietnamese(options.reportBy) : REPORT_BY_BLANK;
  const reference = planReference(heading, lang);
  const missing = new Map(c.notSubmitted.map((n) => [unitKey(n.unit), n.unit]));
  const chased = new Map<string, { unit: string; tasks: ReminderTask[] }>([...missing].map(([key, unit]) => [key, { unit, tasks: [] }]));
  for (const { task, lead } of c.tasks) {
    for (const unit of task.lead) {
      if (unit.collective) continue;
      // The unit's own report decides, as consolidation counts each lead (its byUnit).
      const own = lead.find((r) => unitKey(r.unit) === unit.key)?.status ?? NOT_REPORTED;
      const state = taskState(task.deadline, own, c.asOf);
      if (!missing.has(unit.key) && state !== 'overdue') continue;
      const entry = chased.get(unit.key) ?? { unit: unit.name, tasks: [] };
      chased.set(unit.key, entry);
      // A lead written twice on one task ("Sở Y tế; Sở y tế") is chased for it once.
      if (entry.tasks.some((t) => t.text === task.text && t.stt === task.stt)) continue;
      const due = task.deadline.due;
      entry.tasks.push({
        stt: task.stt,
        text: task.text,
        deadline: task.deadline.text,
        due,
        daysOverdue: state === 'overdue' && due ? daysBetweenIso(due, c.asOf) : null,
      });
    }
  }
  return [...chased]
    .filter(([, entry]) => entry.tasks.length)
    .map(([key, { unit, tasks }]) => {
      const lines = reminderLines(unit, missing.has(key), tasks, reference, c.asOf, reportBy, lang);
      return { unit, notReported: missing.has(key), tasks, lines, text: lines.join('\n') };
    });
}

/** A reminder as a short Word document: the addressee in bold, then its paragraphs. */
export function reminderDocument(reminder: Reminder, lang: Language): DocumentModel {
  const [to, ...rest] = reminder.lines;
  return {
    title: TEXT[lang].cycle.reminders.title(reminder.unit),
    blocks: [{ kind: 'paragraph', text: to, bold: true }, ...rest.map((text) => ({ kind: 'paragraph' as const, text, align: 'justify' as const }))],
  };
}

/** Characters no file system takes in a name (Windows' set, and control characters). */
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f]+/g;

/** The reminder's file name: the unit's name, made safe for any disk ("Sở Tư pháp.docx"). */
export function reminderFileName(unit: string): string {
  const safe = unit
    .replace(UNSAFE, '-')
    .replace(/\s+/g, ' ')
    .replace(/[-. ]+$/, '')
    .trim()
    .slice(0, 120);
  return `${safe || 'don-vi'}.docx`;
}
