/**
 * Month over month: last month's consolidation read back and compared task by task with this
 * month's (by the task's key, else by its wording): what is newly done, newly overdue, still
 * overdue, or went backwards since the last cut-off.
 */
import type { TaskState } from '../state';

export type ChangeKind = 'newlyDone' | 'newlyOverdue' | 'stillOverdue' | 'backwards';

export interface TaskChange {
  kind: ChangeKind;
  /** The task's key in the plan (identity.ts), when both consolidations carry it. */
  key: string | null;
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
  changes: TaskChange[];
  /** Tasks of the previous consolidation that match no task of this plan. */
  unmatched: number;
}
