/**
 * Counting tasks the way the Government Office reports them (docs/counting.md): per lead unit (a
 * task with two leads counts for each), per support unit, per group, per month of the deadline,
 * the overdue list, and the report sentence.
 */
import { daysBetweenIso } from './calendar';
import { isoToVietnamese } from './grid';
import type { Language } from './findings';
import { TASK_STATES, type TaskState } from './state';
import type { AppendixTable, Task } from './table';
import type { Unit } from './units';

export type Buckets = Record<TaskState, number> & { total: number };

export interface Row extends Buckets {
  /** The unit, group or month the row counts. */
  label: string;
  collective?: boolean;
  /** done / (done + not done overdue); null when nothing is done or overdue yet. */
  completionRate: number | null;
}

export interface OverdueTask {
  sheet: string;
  row: number;
  stt: string | null;
  task: string;
  group: string | null;
  lead: string;
  deadline: string;
  due: string;
  daysOverdue: number;
}

export interface Summary {
  asOf: string;
  plan: Row;
  byUnit: Row[];
  bySupport: Row[];
  byGroup: Row[];
  byMonth: Row[];
  overdue: OverdueTask[];
}

const NO_LEAD = { vi: '(chưa có đơn vị chủ trì)', en: '(no lead unit)' };
const NO_GROUP = { vi: '(không thuộc nhóm)', en: '(no group)' };

function empty(label: string, collective?: boolean): Row {
  const row = { label, total: 0, completionRate: null } as Row;
  for (const state of TASK_STATES) row[state] = 0;
  if (collective !== undefined) row.collective = collective;
  return row;
}

function count(row: Row, task: Task): void {
  row.total++;
  row[task.state]++;
}

function withRate(row: Row): Row {
  const done = row.done_on_time + row.done_late;
  return { ...row, completionRate: done + row.overdue === 0 ? null : done / (done + row.overdue) };
}

/**
 * Rows keyed by the unit's canonical key, labelled with the name first written; a task without
 * units counts under `none` when given.
 */
export function byUnits(tasks: readonly Task[], unitsOf: (t: Task) => Unit[], none?: string): Row[] {
  const rows = new Map<string, Row>();
  for (const task of tasks) {
    const units = unitsOf(task);
    for (const unit of units.length || none === undefined ? units : [{ key: '', name: none, collective: false }]) {
      let row = rows.get(unit.key);
      if (!row) rows.set(unit.key, (row = empty(unit.name, unit.collective)));
      count(row, task);
    }
  }
  return [...rows.values()].map(withRate).sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, 'vi'));
}

export function summarize(tables: readonly AppendixTable[], asOf: string, lang: Language = 'vi'): Summary {
  const tasks = tables.flatMap((t) => t.tasks);
  const plan = empty(lang === 'vi' ? 'Toàn kế hoạch' : 'Whole plan');
  tasks.forEach((task) => count(plan, task));

  const groups = new Map<string, Row>();
  const months = new Map<string, Row>();
  for (const task of tasks) {
    const group = task.group ?? NO_GROUP[lang];
    if (!groups.has(group)) groups.set(group, empty(group));
    count(groups.get(group)!, task);
    if (task.deadline.due) {
      const month = task.deadline.due.slice(0, 7);
      if (!months.has(month)) months.set(month, empty(`${month.slice(5)}/${month.slice(0, 4)}`));
      count(months.get(month)!, task);
    }
  }

  const overdue = tables
    .flatMap((table) =>
      table.tasks
        .filter((t) => t.state === 'overdue')
        .map((t) => ({
          sheet: table.sheet,
          row: t.row + 1,
          stt: t.stt,
          task: t.text,
          group: t.group,
          lead: t.lead.map((u) => u.name).join('; '),
          deadline: t.deadline.text,
          due: t.deadline.due!,
          daysOverdue: daysBetweenIso(t.deadline.due!, asOf),
        })),
    )
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.row - b.row);

  return {
    asOf,
    plan: withRate(plan),
    byUnit: byUnits(tasks, (t) => t.lead, NO_LEAD[lang]),
    bySupport: byUnits(tasks, (t) => t.support),
    byGroup: [...groups.values()].map(withRate),
    byMonth: [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, row]) => withRate(row)),
    overdue,
  };
}

/**
 * The sentence a report upward ends with. Tasks not done and without a deadline to miss
 * (conditional) count as within the deadline, so the parts add up to the total.
 */
export function reportSentence(row: Buckets, lang: Language = 'vi'): string {
  const done = row.done_on_time + row.done_late;
  const withinDeadline = row.on_track + row.no_deadline;
  const notDone = withinDeadline + row.overdue;
  return lang === 'vi'
    ? `Tổng số ${row.total} nhiệm vụ; đã hoàn thành ${done} (đúng hạn ${row.done_on_time}, quá hạn ${row.done_late}); chưa hoàn thành ${notDone} (trong hạn ${withinDeadline}, quá hạn ${row.overdue}); thường xuyên ${row.recurring}.`
    : `${row.total} tasks in all; ${done} done (${row.done_on_time} on time, ${row.done_late} late); ${notDone} not done (${withinDeadline} within the deadline, ${row.overdue} overdue); ${row.recurring} recurring.`;
}

/** "Số liệu tính đến ngày 14/11/2025": how every summary states its cut-off date. */
export function cutOffLine(asOf: string, lang: Language = 'vi'): string {
  return lang === 'vi' ? `Số liệu tính đến ngày ${isoToVietnamese(asOf)}` : `Figures as of ${isoToVietnamese(asOf)}`;
}
