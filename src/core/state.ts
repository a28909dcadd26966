/** A task's state at a cut-off date (ngày chốt số liệu): exactly one of these. */
import type { Deadline } from './deadline/types';
import type { Status } from './status';

export const TASK_STATES = ['done_on_time', 'done_late', 'on_track', 'overdue', 'recurring', 'no_deadline'] as const;
export type TaskState = (typeof TASK_STATES)[number];

/**
 * Recurring tasks are their own bucket whatever their status. A done task is late when the unit
 * says so ("Hoàn thành quá hạn") or when its completion day is known and after the due day. A task
 * not done is overdue once the due day has passed (the due day itself is still in time); without a
 * due day it has no deadline to miss.
 */
export function taskState(deadline: Deadline, status: Status, asOf: string): TaskState {
  if (deadline.kind === 'recurring') return 'recurring';
  if (status.done) {
    return status.late || (deadline.due !== null && status.completedOn !== null && status.completedOn > deadline.due) ? 'done_late' : 'done_on_time';
  }
  if (deadline.due === null) return 'no_deadline';
  return deadline.due < asOf ? 'overdue' : 'on_track';
}
