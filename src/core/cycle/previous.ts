/**
 * Month over month: last month's consolidation read back and compared task by task with this
 * month's (by the task's key, else by its wording): what is newly done, newly overdue, still
 * overdue, or went backwards since the last cut-off. Pure functions over a Workbook grid, so the
 * command line (a file) and the pane (a file or the workbook's own sheet) read it alike.
 */
import { daysBetweenIso, parseUserDay } from '../calendar';
import type { Consolidation } from '../consolidate/consolidate';
import { indexMaster, matchReport } from '../consolidate/matchTasks';
import type { Language } from '../findings';
import { a1, cellText, type Grid, type Workbook } from '../grid';
import { TEXT } from '../i18n';
import { TASK_STATES, type TaskState } from '../state';
import { cutOffLine } from '../summary';
import { KEY_HEADER, planId, readTaskKey, taskKey } from './identity';

import { CHANGE_KINDS, type ChangeKind } from './changeKinds';

export { CHANGE_KINDS, type ChangeKind };

export interface TaskChange {
  kind: ChangeKind;
  /** The task's key in this plan (identity.ts). */
  key: string;
  /** How it was paired with last time's row: by its key (exact), or by its wording (last time carried no key of this plan). */
  matchedBy: 'key' | 'wording';
  stt: string | null;
  text: string;
  /** Lead units, in the plan's spelling. */
  lead: string[];
  /** The state at the previous cut-off and at this one. */
  before: TaskState;
  after: TaskState;
  /** Days past the deadline at this cut-off, for overdue tasks. */
  daysOverdue: number | null;
}

export interface MonthOverMonth {
  /** The previous consolidation's cut-off (ISO). */
  previousAsOf: string;
  /** This consolidation's cut-off (ISO). */
  asOf: string;
  /** By kind (in CHANGE_KINDS order), then in plan order. */
  changes: TaskChange[];
  counts: Record<ChangeKind, number>;
  /** Tasks of the previous consolidation that match no task of this plan. */
  unmatched: number;
  /** Tasks of this plan that match no task of the previous consolidation. */
  added: number;
  /** Tasks paired by wording rather than by key: less sure, said to the user. */
  byWording: number;
}

/** A task as last month's consolidated sheet shows it. */
export interface PreviousTask {
  key: string | null;
  stt: string | null;
  group: string | null;
  text: string;
  lead: string[];
  state: TaskState;
}

export interface PreviousConsolidation {
  /** Its cut-off (ISO), from its "Số liệu tính đến ngày ..." line. */
  asOf: string;
  /** The sheet it was read from. */
  sheet: string;
  tasks: PreviousTask[];
}

/** Why a workbook cannot serve as the previous consolidation, or why it cannot be compared. */
export type PreviousProblem =
  | { problem: 'notConsolidation' }
  | { problem: 'noCutOff'; sheet: string }
  | { problem: 'unknownState'; cell: string; text: string }
  | { problem: 'notEarlier'; previousAsOf: string; asOf: string };

/** Every state label in either language, back to its state: last month's file may be in the other language. */
const STATE_BY_LABEL = new Map(TASK_STATES.flatMap((state) => (['vi', 'en'] as const).map((lang) => [TEXT[lang].states[state], state] as const)));

/** The header is within the first rows: a title, the cut-off line and a blank row above it. */
const HEADER_SEARCH_ROWS = 20;

const clean = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

interface Columns {
  stt: number;
  group: number;
  task: number;
  lead: number;
  state: number;
  key: number;
}

/**
 * The consolidated sheet's header row and its columns: a row holding every header word of one
 * language (in any order: the user may have inserted a column). The data sheet of a summary shares
 * some of these words but not all, so it is never taken for it.
 */
function consolidatedHeader(grid: Grid): { row: number; columns: Columns } | null {
  for (let r = 0; r < Math.min(grid.rows.length, HEADER_SEARCH_ROWS); r++) {
    const texts = (grid.rows[r] ?? []).map((cell) => clean(cellText(cell)));
    for (const lang of ['vi', 'en'] as const) {
      const words = TEXT[lang].consolidation.words.header;
      if (!words.every((word) => texts.includes(word))) continue;
      const [stt, group, task, lead, , , , , state] = words.map((word) => texts.indexOf(word));
      // Every word is in the row (checked above), so each column is found.
      if (stt === undefined || group === undefined || task === undefined || lead === undefined || state === undefined) continue;
      return { row: r, columns: { stt, group, task, lead, state, key: texts.indexOf(KEY_HEADER) } };
    }
  }
  return null;
}

/** The day a cut-off line above the header states, in either language, or null. */
function cutOffAbove(grid: Grid, headerRow: number): string | null {
  for (const row of grid.rows.slice(0, headerRow)) {
    for (const cell of row ?? []) {
      const text = clean(cellText(cell));
      const day = /\d{1,2}\/\d{1,2}\/\d{4}/.exec(text);
      const iso = day ? parseUserDay(day[0]) : null;
      if (iso && (text === cutOffLine(iso, 'vi') || text === cutOffLine(iso, 'en'))) return iso;
    }
  }
  return null;
}

/**
 * Last month's consolidation from its workbook: its cut-off and, per task, its key (when the file
 * has the key column: an older consolidation has none and is paired by wording), STT, group, text,
 * lead units and state. A workbook without a consolidated sheet, without its cut-off line or with
 * a state phuluc never writes is refused with the reason, never half read.
 */
export function readPreviousConsolidation(workbook: Workbook): PreviousConsolidation | Exclude<PreviousProblem, { problem: 'notEarlier' }> {
  for (const grid of workbook.sheets) {
    const header = consolidatedHeader(grid);
    if (!header) continue;
    const asOf = cutOffAbove(grid, header.row);
    if (!asOf) return { problem: 'noCutOff', sheet: grid.name };
    const { columns } = header;
    const tasks: PreviousTask[] = [];
    for (let r = header.row + 1; r < grid.rows.length; r++) {
      const row = grid.rows[r] ?? [];
      const at = (column: number) => (column < 0 ? '' : clean(cellText(row[column])));
      const text = at(columns.task);
      if (!text) continue;
      const state = STATE_BY_LABEL.get(at(columns.state));
      if (!state) return { problem: 'unknownState', cell: `${grid.name}!${a1(r, columns.state)}`, text: at(columns.state) };
      const key = at(columns.key);
      tasks.push({
        key: readTaskKey(key) ? key : null,
        stt: at(columns.stt) || null,
        group: at(columns.group) || null,
        text,
        lead: at(columns.lead)
          .split(';')
          .map((unit) => unit.trim())
          .filter(Boolean),
        state,
      });
    }
    return { asOf, sheet: grid.name, tasks };
  }
  return { problem: 'notConsolidation' };
}

const isDone = (state: TaskState) => state === 'done_on_time' || state === 'done_late';

/** The change from `before` to `after`, or null when nothing worth saying changed. A done task now overdue went backwards: that is the graver news. */
function changeOf(before: TaskState, after: TaskState): ChangeKind | null {
  if (isDone(before) && !isDone(after)) return 'backwards';
  if (!isDone(before) && isDone(after)) return 'newlyDone';
  if (after !== 'overdue') return null;
  return before === 'overdue' ? 'stillOverdue' : 'newlyOverdue';
}

/**
 * This consolidation against the previous one, task by task: paired by key (exact, whatever the
 * user did to last month's rows), the rest by wording (matchReport, as a unit's rows are). A
 * previous cut-off that is not before this one is refused: comparing it would read as progress
 * what is not.
 */
export function compareWithPrevious(current: Consolidation, previous: PreviousConsolidation): MonthOverMonth | Extract<PreviousProblem, { problem: 'notEarlier' }> {
  const { asOf } = current;
  if (previous.asOf >= asOf) return { problem: 'notEarlier', previousAsOf: previous.asOf, asOf };
  const plan = planId(current.tables);
  const keys = current.tasks.map((_, i) => taskKey(plan, i));
  const byKey = new Map(keys.map((key, i) => [key, i]));
  const paired: ({ task: PreviousTask; by: TaskChange['matchedBy'] } | undefined)[] = current.tasks.map(() => undefined);
  const rest: PreviousTask[] = [];
  for (const task of previous.tasks) {
    const i = task.key === null ? undefined : byKey.get(task.key);
    if (i !== undefined && !paired[i]) paired[i] = { task, by: 'key' };
    else rest.push(task);
  }
  // A key of another plan (the plan was edited since) or none: by wording, over the tasks no key took.
  const taken = new Set(paired.flatMap((pair, i) => (pair ? [i] : [])));
  const matches = matchReport(indexMaster(current.tasks.map((t) => t.task)), rest, taken);
  let unmatched = 0;
  for (const match of matches) {
    if (match.master === null) unmatched++;
    else paired[match.master] = { task: match.row, by: 'wording' };
  }

  const changes = current.tasks.flatMap(({ task, state }, i): TaskChange[] => {
    const pair = paired[i];
    const kind = pair ? changeOf(pair.task.state, state) : null;
    if (!pair || !kind) return [];
    return [
      {
        kind,
        key: taskKey(plan, i),
        matchedBy: pair.by,
        stt: task.stt,
        text: task.text,
        lead: task.lead.map((u) => u.name),
        before: pair.task.state,
        after: state,
        daysOverdue: state === 'overdue' && task.deadline.due ? daysBetweenIso(task.deadline.due, asOf) : null,
      },
    ];
  });
  // Stable: plan order within each kind.
  changes.sort((a, b) => CHANGE_KINDS.indexOf(a.kind) - CHANGE_KINDS.indexOf(b.kind));
  const counts: Record<ChangeKind, number> = { newlyDone: 0, newlyOverdue: 0, stillOverdue: 0, backwards: 0 };
  for (const change of changes) counts[change.kind]++;
  return {
    previousAsOf: previous.asOf,
    asOf,
    changes,
    counts,
    unmatched,
    added: paired.filter((pair) => !pair).length,
    byWording: paired.filter((pair) => pair?.by === 'wording').length,
  };
}

/** Why the previous consolidation cannot be used, in one line. */
export function previousProblemText(p: PreviousProblem, lang: Language): string {
  const problems = TEXT[lang].consolidation.previousProblems;
  switch (p.problem) {
    case 'notConsolidation':
      return problems.notConsolidation;
    case 'noCutOff':
      // The line with the date's pattern where its day would be.
      return problems.noCutOff(p.sheet, cutOffLine('yyyy-mm-dd', lang));
    case 'unknownState':
      return problems.unknownState(p.cell, p.text);
    case 'notEarlier':
      return problems.notEarlier(p.previousAsOf, p.asOf);
  }
}
