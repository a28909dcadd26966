/**
 * The summary as the Government Office reports it (summary.ts, summaryLayout.ts): the report
 * sentence, the completion rate, the cut-off line, and the summary sheets' names, headers and notes.
 */
import type { Catalogue } from '../catalogue';
import { formatNumber } from '../numbers';

const n = (count: number) => formatNumber(count, 'en');

const rateRule = 'done ÷ (done + not done overdue)';

const words: Catalogue['summary']['words'] = {
  byUnit: 'By lead unit',
  bySupport: 'By support unit',
  byGroup: 'By group',
  byMonth: 'By month due',
  overdue: 'Overdue',
  data: 'Data',
  pivot: 'Pivot',
  unit: 'Lead unit',
  supportUnit: 'Support unit',
  group: 'Group',
  month: 'Month due',
  stt: 'No.',
  total: 'Total',
  rate: `Completion rate (${rateRule})`,
  sentence: 'Report sentence',
  sheet: 'Sheet',
  row: 'Row',
  task: 'Task',
  deadline: 'Deadline',
  due: 'Due',
  days: 'Days overdue',
  status: 'Status',
  state: 'State at the cut-off',
  pivotTitle: 'TASKS BY LEAD UNIT AND STATE (drag the fields to re-pivot)',
  chart: 'Tasks by lead unit',
  planTotal: 'Whole plan (each task once)',
  titleByUnit: 'TASKS BY LEAD UNIT',
};

export const summary: Catalogue['summary'] = {
  wholePlan: 'Whole plan',
  noLead: '(no lead unit)',
  noGroup: '(no group)',
  sentence: {
    total: (total: number) => `${n(total)} tasks in all`,
    done: (done: number, onTime: number, late: number) => `${n(done)} done (${n(onTime)} on time, ${n(late)} late)`,
    notDone: (notDone: number, onTrack: number, overdue: number, noDeadline: number) =>
      `${n(notDone)} not done (${n(onTrack)} within the deadline, ${n(overdue)} overdue${noDeadline ? `, ${n(noDeadline)} with no fixed deadline` : ''})`,
    recurring: (recurring: number) => `${n(recurring)} recurring`,
  },
  rateRule,
  rate: {
    label: 'Completion rate',
    none: 'none yet (nothing done or overdue)',
    noneShort: 'none yet',
  },
  cutOff: (day: string) => `Figures as of ${day}`,
  words,
  notes: {
    rate: `Completion rate = done ÷ (done + not done, overdue); tasks within their deadline, recurring or with no fixed deadline are left out. The counts behind each rate are in the "${words.sentence}" column; empty: none yet (nothing done or overdue).`,
    byUnitShared: (sum: number, total: number, shared: number) =>
      `A task with several lead units counts for each of them, so the unit rows add up to ${n(sum)}, more than the plan's ${n(total)} tasks (${n(shared)} tasks have two or more lead units). The "${words.planTotal}" row counts each task once.`,
    byUnit: `Each task counts for its lead unit (a task with several: for each of them). The "${words.planTotal}" row counts each task once.`,
    bySupport: (sum: number, total: number) =>
      `A task counts for each of its support units, so the rows add up to ${n(sum)}; tasks without support units are not in the table. The "${words.planTotal}" row counts each of the plan's tasks once (${n(total)}).`,
    byMonth: (outside: number) =>
      `Each task counts in the month it falls due; ${n(outside)} recurring tasks, tasks with no fixed deadline or with an unreadable one belong to no month.`,
  },
};
