/** English names of roles, task states and severities, shared by the command line, the pane and the files they write. */
import type { Severity } from '../../findings';
import type { Role } from '../../roles';
import type { TaskState } from '../../state';

export const roles: Record<Role, string> = {
  stt: 'No.',
  task: 'Task',
  lead: 'Lead unit',
  support: 'Support units',
  deadline: 'Deadline',
  expected: 'Expected result',
  note: 'Note',
  status: 'Status',
  result: 'Result',
  completed: 'Completed on',
  difficulties: 'Difficulties',
  proposals: 'Proposals',
  description: 'Task description',
  key: 'Task key (phuluc)',
};

/** The Government Office's buckets, as its reports word them. */
export const states: Record<TaskState, string> = {
  done_on_time: 'done on time',
  done_late: 'done late',
  on_track: 'not done, within deadline',
  overdue: 'not done, overdue',
  recurring: 'recurring',
  no_deadline: 'no fixed deadline',
};

export const severities: Record<Severity, string> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};
