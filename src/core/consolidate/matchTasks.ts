/**
 * Matching a unit's reported rows to the plan's tasks. A row of a template phuluc made carries its
 * task's key, which names the task exactly. Other rows are matched by what is left: units renumber
 * rows, delete other units' rows, move columns and edit wording, so a row matches the task with the
 * same group and STT when their texts agree, and otherwise the task whose wording is most alike.
 */
import { readTaskKey } from '../cycle/identity';
import { fold, squish, words } from '../text';
import type { Task } from '../table';

/** Word overlap (Dice) above which two wordings are one task. */
const SAME_TASK = 0.6;
/** A lower bar when group and STT agree: the number vouches for the rest. */
const SAME_TASK_SAME_PLACE = 0.35;

/** What matching reads of a task: its number, its group and its wording. */
export type ComparableTask = Pick<Task, 'stt' | 'group' | 'text'>;

/** A reported row: its number, group and wording, and its task key as written (null when it has none). */
export type ReportedTask = ComparableTask & { key: string | null };

/**
 * Why a row's key (`key`, as written) takes it to no task of the plan: text that is no key, a key
 * made from another plan (or another version of this one), a task number past the plan's last, or a
 * key an earlier row of the file already took (`first`: that row).
 */
export type KeyProblem<R> = { key: string } & ({ kind: 'unreadable' | 'otherPlan' } | { kind: 'outOfRange'; number: number } | { kind: 'repeated'; first: R });

export interface MasterTask {
  task: Task;
  words: Set<string>;
  text: string;
  place: string | null;
}

export interface Match {
  /** Index into the master tasks; null when no task is alike. */
  master: number | null;
  /** The wording differs from the plan's (after folding case, diacritics and spaces). */
  textChanged: boolean;
  /** Matched by the row's task key, not by its number and wording. */
  byKey: boolean;
}

/** A reported row and its match; `keyProblem`: the row has a key that names no task, so it is not matched, by wording either. */
export type RowMatch<R> = Match & { row: R; keyProblem?: KeyProblem<R> };

function comparable(text: string): string {
  return squish(fold(text));
}

/** Group and STT: a group label's words without its numbering, then the STT. */
function placeOf(task: ComparableTask): string | null {
  if (!task.stt) return null;
  const group = task.group
    ? words(fold(task.group))
        .filter((w) => !/^[ivxlc\d]+$/.test(w))
        .join(' ')
    : '';
  return `${group}#${task.stt.replace(/\.$/, '')}`;
}

export interface MasterIndex {
  tasks: MasterTask[];
  /** The first task at each group and STT. */
  byPlace: Map<string, number>;
  /** The first task with each wording: most reported rows repeat the plan's wording exactly. */
  byText: Map<string, number>;
}

export function indexMaster(tasks: readonly Task[]): MasterIndex {
  const indexed = tasks.map((task) => ({ task, words: new Set(words(comparable(task.text))), text: comparable(task.text), place: placeOf(task) }));
  const byPlace = new Map<string, number>();
  const byText = new Map<string, number>();
  indexed.forEach((m, i) => {
    if (m.place && !byPlace.has(m.place)) byPlace.set(m.place, i);
    if (!byText.has(m.text)) byText.set(m.text, i);
  });
  return { tasks: indexed, byPlace, byText };
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a === b) return 1;
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * Each reported row to at most one master task, and each master task to at most one row of the
 * file; `taken`: tasks already matched (by key), which no row matches by wording.
 */
export function matchReport<R extends ComparableTask>(index: MasterIndex, reported: readonly R[], taken = new Set<number>()): RowMatch<R>[] {
  return reported.map((row) => ({ row, ...matchOne(index, row, taken) }));
}

/** One row by its number and wording, to a task not yet `taken` (which it then takes). */
function matchOne({ tasks: master, byPlace, byText }: MasterIndex, task: ComparableTask, taken: Set<number>): Match {
  const text = comparable(task.text);
  const same = byText.get(text);
  const own = (same === undefined ? undefined : master[same]?.words) ?? new Set(words(text));
  const place = placeOf(task);
  let best: { index: number; task: MasterTask } | null = null;
  const placed = place === null ? undefined : byPlace.get(place);
  const atPlace = placed === undefined ? undefined : master[placed];
  if (placed !== undefined && atPlace && !taken.has(placed) && similarity(own, atPlace.words) >= SAME_TASK_SAME_PLACE) best = { index: placed, task: atPlace };
  else {
    let score = SAME_TASK;
    master.forEach((m, i) => {
      if (taken.has(i)) return;
      const s = similarity(own, m.words);
      if (s >= score) [best, score] = [{ index: i, task: m }, s + 1e-9];
    });
  }
  if (best === null) return { master: null, textChanged: false, byKey: false };
  taken.add(best.index);
  return { master: best.index, textChanged: best.task.text !== text, byKey: false };
}

/**
 * Rows with a task key first, each to exactly the task its key names (`plan`: the plan's planId),
 * whatever the row's place and wording; then the rows without a key by number and wording, over the
 * tasks no key took. A row whose key names no task of this plan is left unmatched with the reason,
 * never matched by its wording instead: the key says it was made for something else.
 */
export function matchRows<R extends ReportedTask>(index: MasterIndex, plan: string, reported: readonly R[]): RowMatch<R>[] {
  /** The row that took each task by its key. */
  const byKey = new Map<number, R>();
  function byItsKey(row: R): RowMatch<R> | null {
    const { key } = row;
    if (key === null) return null;
    const read = readTaskKey(key);
    const problem = (keyProblem: KeyProblem<R>): RowMatch<R> => ({ row, master: null, textChanged: false, byKey: false, keyProblem });
    if (!read) return problem({ key, kind: 'unreadable' });
    if (read.plan !== plan) return problem({ key, kind: 'otherPlan' });
    const target = read.index < 0 ? undefined : index.tasks[read.index];
    if (!target) return problem({ key, kind: 'outOfRange', number: read.index + 1 });
    const first = byKey.get(read.index);
    if (first !== undefined) return problem({ key, kind: 'repeated', first });
    byKey.set(read.index, row);
    return { row, master: read.index, textChanged: target.text !== comparable(row.text), byKey: true };
  }
  const keyed = reported.map((row): { row: R; match: RowMatch<R> | null } => ({ row, match: byItsKey(row) }));
  // The rows without a key, in order, over the tasks no key took.
  const taken = new Set(byKey.keys());
  return keyed.map(({ row, match }) => match ?? { row, ...matchOne(index, row, taken) });
}
