/** Words the task pane and the command line both show, for the same thing. */
import type { Catalogue } from '../catalogue';

export const common: Catalogue['common'] = {
  asOf: 'Cut-off date',
  headerRow: 'header row',
  planYear: 'Plan year',
  unitReport: "A unit's report",
  noFindings: 'No errors or warnings.',
  findings: 'Findings',
  toFill: 'To fill in before signing',
  notReported: 'has not reported',
  tasks: 'tasks',
  groups: 'groups',
  tables: 'tables',
  changes: 'changes',
  file: 'File',
  notSubmittedHeading: 'Units that have not reported',
  overdueTasks: 'overdue tasks',
  /** Why a table is read as a unit's report (its columns, or its one lead unit), without the plan's numbering. */
  unitReportReasons: {
    reportColumns: (text: string) => `has a "${text}" column; the plan's numbering is not required`,
    oneLead: (text: string) => `every task is led by ${text}; the plan's numbering is not required`,
  },
};
