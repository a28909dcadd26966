/**
 * Matching a unit's reported rows to the plan's tasks. Units renumber rows, delete other units'
 * rows, move columns and edit wording, so a row matches the task with the same group and STT when
 * their texts agree, and otherwise the task whose wording is most alike.
 */
import { fold, squish, words } from '../text';
import type { Task } from '../table';

/** Word overlap (Dice) above which two wordings are one task. */
const SAME_TASK = 0.6;
/** A lower bar when group and STT agree: the number vouches for the rest. */
const SAME_TASK_SAME_PLACE = 0.35;

/** What matching reads of a task: its number, its group and its wording. */
export type ComparableTask = Pick<Task, 'stt' | 'group' | 'text'>;

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
}

function comparable(text: string): string {
  return squish(fold(text));
}

/** Group and STT: a group label's words without its numbering, then the STT. */
function placeOf(task: ComparableTask): string | null {
  if (!task.stt) return null;
  const group = task.group ? words(fold(task.group)).filter((w) => !/^[ivxlc\d]+$/.test(w)).join(' ') : '';
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

/** Each reported row to at most one master task, and each master task to at most one row of the file. */
export function matchReport({ tasks: master, byPlace, byText }: MasterIndex, reported: readonly ComparableTask[]): Match[] {
  const taken = new Set<number>();
  return reported.map((task) => {
    const text = comparable(task.text);
    const same = byText.get(text);
    const own = same === undefined ? new Set(words(text)) : master[same]!.words;
    const place = placeOf(task);
    let best = -1;
    const placed = place === null ? undefined : byPlace.get(place);
    if (placed !== undefined && !taken.has(placed) && similarity(own, master[placed]!.words) >= SAME_TASK_SAME_PLACE) best = placed;
    else {
      let score = SAME_TASK;
      master.forEach((m, i) => {
        if (taken.has(i)) return;
        const s = similarity(own, m.words);
        if (s >= score) [best, score] = [i, s + 1e-9];
      });
    }
    if (best < 0) return { master: null, textChanged: false };
    taken.add(best);
    return { master: best, textChanged: master[best]!.text !== text };
  });
}
