/**
 * Counting tasks the way the Government Office reports them (docs/counting.md): per lead unit (a
 * task with two leads counts for each), per support unit, per group, per month of the deadline,
 * the overdue list, and the report sentence.
 */
import { daysBetweenIso } from './calendar';
import { isoToVietnamese } from './grid';
import type { Language } from './findings';
import { formatNumber, formatPercent, TEXT } from './i18n';
import type { TaskState } from './state';
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
  /** Tasks with two or more lead units: they count once on each unit's row. */
  sharedLead: number;
}

function empty(label: string, collective?: boolean): Row {
  const row: Row = { label, total: 0, completionRate: null, done_on_time: 0, done_late: 0, on_track: 0, overdue: 0, recurring: 0, no_deadline: 0 };
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
  const plan = empty(TEXT[lang].summary.wholePlan);
  tasks.forEach((task) => count(plan, task));

  const groups = new Map<string, Row>();
  const months = new Map<string, Row>();
  /** The row `key` counts on, made on first use. */
  const rowOf = (rows: Map<string, Row>, key: string, label: string): Row => {
    const row = rows.get(key) ?? empty(label);
    rows.set(key, row);
    return row;
  };
  for (const task of tasks) {
    const group = task.group ?? TEXT[lang].summary.noGroup;
    count(rowOf(groups, group, group), task);
    if (task.deadline.due) {
      const month = task.deadline.due.slice(0, 7);
      count(rowOf(months, month, `${month.slice(5)}/${month.slice(0, 4)}`), task);
    }
  }

  // Overdue means past a due day, so an overdue task has one; a task without it is never listed with a made-up day.
  const overdue = tables
    .flatMap((table) =>
      table.tasks.flatMap((t): OverdueTask[] => {
        const due = t.deadline.due;
        if (t.state !== 'overdue' || due === null) return [];
        return [
          {
            sheet: table.sheet,
            row: t.row + 1,
            stt: t.stt,
            task: t.text,
            group: t.group,
            lead: t.lead.map((u) => u.name).join('; '),
            deadline: t.deadline.text,
            due,
            daysOverdue: daysBetweenIso(due, asOf),
          },
        ];
      }),
    )
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.row - b.row);

  return {
    asOf,
    plan: withRate(plan),
    byUnit: byUnits(tasks, (t) => t.lead, TEXT[lang].summary.noLead),
    bySupport: byUnits(tasks, (t) => t.support),
    byGroup: [...groups.values()].map(withRate),
    byMonth: [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, row]) => withRate(row)),
    overdue,
    sharedLead: tasks.filter((t) => new Set(t.lead.map((u) => u.key)).size > 1).length,
  };
}

/** The parts of the report sentence; `phuluc check` prints them one per line, so both show the same buckets. */
export interface SentenceParts {
  total: string;
  done: string;
  notDone: string;
  recurring: string;
}

/**
 * The buckets as the report sentence words them. Every bucket of docs/counting.md is named: "trong
 * hạn" is on_track alone, and tasks not done without a deadline to miss (conditional) are stated
 * as "chưa có thời hạn cụ thể" within "chưa hoàn thành" when there are any, so the parts add up to
 * the total and agree with every table.
 */
export function sentenceParts(row: Buckets, lang: Language = 'vi'): SentenceParts {
  const words = TEXT[lang].summary.sentence;
  const done = row.done_on_time + row.done_late;
  const notDone = row.on_track + row.overdue + row.no_deadline;
  return {
    total: words.total(row.total),
    done: words.done(done, row.done_on_time, row.done_late),
    notDone: words.notDone(notDone, row.on_track, row.overdue, row.no_deadline),
    recurring: words.recurring(row.recurring),
  };
}

/**
 * The sentence a report upward ends with: "Tổng số X nhiệm vụ; đã hoàn thành Y (đúng hạn a, quá
 * hạn b); chưa hoàn thành Z (trong hạn c, quá hạn d[, chưa có thời hạn cụ thể f]); thường xuyên e."
 */
export function reportSentence(row: Buckets, lang: Language = 'vi'): string {
  const { total, done, notDone, recurring } = sentenceParts(row, lang);
  return `${total}; ${done}; ${notDone}; ${recurring}.`;
}

/** The completion rate's numerator and denominator: done, and done plus not done overdue. */
export function rateCounts(row: Buckets): { done: number; base: number } {
  const done = row.done_on_time + row.done_late;
  return { done, base: done + row.overdue };
}

/**
 * The completion rate with its counts and its rule, never a bare percentage: "Tỷ lệ hoàn thành
 * 100% (1/1: đã HT ÷ (đã HT + chưa HT quá hạn))" for a unit with 1 task done, none overdue and 8
 * still within their deadline. `short` leaves out the rule ("100% (1/1)") where it is stated once
 * nearby.
 */
export function rateText(row: Buckets, lang: Language = 'vi', short = false): string {
  const { done, base } = rateCounts(row);
  const { rate, rateRule } = TEXT[lang].summary;
  if (base === 0) return short ? rate.noneShort : `${rate.label}: ${rate.none}`;
  const counts = `${formatNumber(done, lang)}/${formatNumber(base, lang)}`;
  const value = `${formatPercent(done / base, lang)} (${short ? counts : `${counts}: ${rateRule}`})`;
  return short ? value : `${rate.label} ${value}`;
}

/** "Số liệu tính đến ngày 14/11/2025": how every summary states its cut-off date. */
export function cutOffLine(asOf: string, lang: Language = 'vi'): string {
  return TEXT[lang].summary.cutOff(isoToVietnamese(asOf));
}
