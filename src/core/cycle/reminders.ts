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
import { formatNumber } from '../i18n';
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

function taskLine(task: ReminderTask, index: number, lang: Language): string {
  const n = (count: number) => formatNumber(count, lang);
  const name = task.stt ? `${task.stt} ${task.text}` : task.text;
  // A deadline that writes its day ("Trước ngày 31/12/2025") needs no second mention of it.
  const written = (task.deadline.match(/\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/g) ?? []).some((day) => parseUserDay(day) === task.due);
  const due = task.due && !written ? (lang === 'vi' ? ` (hạn cuối ${isoToVietnamese(task.due)})` : ` (last day ${isoToVietnamese(task.due)})`) : '';
  const late = task.daysOverdue === null ? '' : lang === 'vi' ? `; quá hạn ${n(task.daysOverdue)} ngày` : `; ${n(task.daysOverdue)} days overdue`;
  return `${n(index + 1)}. ${name} – ${lang === 'vi' ? 'thời hạn' : 'deadline'}: ${task.deadline}${due}${late}.`;
}

function reminderLines(unit: string, notReported: boolean, tasks: readonly ReminderTask[], reference: string, asOf: string, reportBy: string, lang: Language): [string, ...string[]] {
  const n = (count: number) => formatNumber(count, lang);
  const day = isoToVietnamese(asOf);
  const overdue = tasks.filter((t) => t.daysOverdue !== null).length;
  const list = tasks.map((task, i) => taskLine(task, i, lang));
  const tasksEn = (count: number) => `${n(count)} ${count === 1 ? 'task' : 'tasks'}`;
  if (lang === 'en') {
    return notReported
      ? [
          `To: ${unit}`,
          `No report has been received from your unit on the implementation of ${reference} (figures as of ${day}).`,
          `Your unit leads ${tasksEn(tasks.length)}${overdue ? `, ${n(overdue)} of them overdue` : ''}:`,
          ...list,
          `Please send your report by ${reportBy}.`,
        ]
      : [
          `To: ${unit}`,
          `As of ${day}, your unit leads ${tasksEn(overdue)} under ${reference} that are overdue and not reported done:`,
          ...list,
          `Please complete them and report the results by ${reportBy}.`,
        ];
  }
  return notReported
    ? [
        `Kính gửi: ${unit}`,
        `Đến nay chưa nhận được báo cáo của đơn vị về tình hình thực hiện ${reference} (số liệu tính đến ngày ${day}).`,
        `Đơn vị chủ trì ${n(tasks.length)} nhiệm vụ${overdue ? `, trong đó ${n(overdue)} nhiệm vụ đã quá hạn` : ''}:`,
        ...list,
        `Đề nghị đơn vị gửi báo cáo trước ngày ${reportBy}.`,
      ]
    : [
        `Kính gửi: ${unit}`,
        `Tính đến ngày ${day}, ${n(overdue)} nhiệm vụ do đơn vị chủ trì trong ${reference} đã quá hạn nhưng chưa được báo cáo hoàn thành:`,
        ...list,
        `Đề nghị đơn vị khẩn trương hoàn thành và báo cáo kết quả trước ngày ${reportBy}.`,
      ];
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
    title: lang === 'vi' ? `Đôn đốc báo cáo: ${reminder.unit}` : `Reminder: ${reminder.unit}`,
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
