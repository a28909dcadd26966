/**
 * English text of consolidation: its findings (src/core/consolidate/catalogue.ts), why a file is
 * not counted, how a file's unit was found, the consolidated workbook's sheets and headers, the
 * kinds of change since the last cut-off, and why last month's consolidation cannot be compared.
 */
import { isoToVietnamese } from '../../grid';
import type { Catalogue } from '../catalogue';
import { formatNumber } from '../numbers';

/** A report period ("2025-10") as people write it: "10/2025". */
function month(period: string): string {
  return `${period.slice(5, 7)}/${period.slice(0, 4)}`;
}

/** The consolidated workbook's sheet names, titles and headers. */
const words: Catalogue['consolidation']['words'] = {
  sheet: 'Consolidated',
  title: 'CONSOLIDATED UNIT REPORTS',
  sources: 'Sources and findings',
  header: ['No.', 'Group', 'Task', 'Lead unit', 'Deadline', 'Status (lead units)', 'Result', 'Completed on', 'State at the cut-off', 'Support units’ reports', 'Source files'],
  sourceHeader: ['File', 'Unit', 'To confirm', 'How the unit was found', 'Task rows', 'Matched to the plan', 'Not counted because'],
  confirm: 'confirm',
  findingHeader: ['Code', 'Severity', 'File', 'Cell', 'Message'],
  notSubmitted: 'Units that have not reported',
  notSubmittedHeader: ['Unit', 'Tasks it leads'],
  monthOverMonth: 'Since last cut-off',
  monthOverMonthTitle: 'CHANGES SINCE THE LAST CUT-OFF',
  previousCutOff: 'Last time',
  countHeader: ['Change', 'Tasks'],
  changeHeader: ['Change', 'No.', 'Task', 'Lead unit', 'State last time', 'State now', 'Days overdue'],
};

export const consolidation: Catalogue['consolidation'] = {
  findings: {
    TEMPLATE_OTHER_PLAN: (p) =>
      `${p.file} is the template made for ${p.unit} from another plan ("${p.planTitle}") or from this plan before it was edited: the file is not merged; the unit should report on this plan's template.`,
    TEMPLATE_OTHER_PERIOD: (p) =>
      `${p.file} is the template made for ${p.unit} for the period ${month(p.period)}, not the period being consolidated (${month(p.expected)}): the file is not merged; the unit should report on the template for ${month(p.expected)}.`,
    KEY_UNREADABLE: (p) =>
      `${p.unit} (file ${p.file}): the task key "${p.key}" of row ${p.task} is not one phuluc made (the hidden column was edited): the row is not merged; report on the original template.`,
    KEY_OTHER_PLAN: (p) =>
      `${p.unit} (file ${p.file}): row ${p.task} carries the task key "${p.key}" of another plan or of this plan before it was edited: the row is not merged; the unit should report on this plan's template.`,
    KEY_OUT_OF_RANGE: (p) =>
      `${p.unit} (file ${p.file}): the task key "${p.key}" of row ${p.task} names task ${p.number}, but the plan has ${p.count} tasks: the row is not merged; report on the original template.`,
    KEY_REPEATED: (p) =>
      `${p.unit} (file ${p.file}): row ${p.task} has the same task key "${p.key}" as the row at ${p.first}: only the row at ${p.first} is merged; put the two rows' reports together.`,
    TASK_TEXT_CHANGED: (p) => `${p.unit} (file ${p.file}) edited the wording of task ${p.task}; matched to the plan's task: "${p.planText}".`,
    UNKNOWN_TASK: (p) => `${p.unit} (file ${p.file}) reports task ${p.task}, which is not in the plan; check it or add it to the plan.`,
    MISSING_TASK: (p) => `${p.unit} leads task ${p.task} but its file ${p.file} does not report it.`,
    CONFLICTING_STATUS: (p) => `The lead units of task ${p.task} disagree (${p.reports}); the task counts as done only when every lead unit has done it.`,
    NOT_SUBMITTED: (p) => `${p.unit} leads ${p.tasks.length} task(s) (${p.tasks.join(', ')}) but has not sent a report.`,
    UNIT_UNKNOWN: (p) => `Cannot tell which unit sent ${p.file} (${p.evidence}): the file is not counted; choose its unit.`,
    UNIT_UNCERTAIN: (p) => `${p.file} is taken as the report of ${p.unit}, but this is not certain (${p.evidence}): confirm it or choose another unit.`,
    UNIT_NOT_IN_PLAN: (p) =>
      `${p.file} names the unit "${p.unit}", which is neither in the plan nor in the unit directory: its reports only go to the support column; if it is one of the plan's units, choose it or add the name as an alias in the directory.`,
    DUPLICATE_REPORT: (p) => `${p.unit} sent ${p.files.length} files (${p.files.join('; ')}): ${p.used} is used (${p.why}); the others are not counted. Choose another file if needed.`,
    SKIPPED_FILE: (p) => `Skipped ${p.file}: ${p.reason}.`,
    BAD_FILE: (p) => `Could not consolidate ${p.file}: ${p.reason}.`,
  },
  sourceWords: {
    ownOutput: "phuluc's own output (an earlier summary or consolidation), not a unit's report",
    plan: "this is the plan (the same tasks, no report columns), not a unit's report",
    master: 'this is the plan file (--master)',
    otherPlan: (title) => `a template of another plan ("${title}")`,
    otherPeriod: (period) => `a template for the period ${month(period)}, not the period being consolidated`,
    noReportColumns: "no report column (status, result, completion date): not a unit's report",
    otherCopy: (used) => `another copy from the same unit; ${used} is used`,
    chosen: 'chosen by the user',
    reportDate: (day) => `the latest date written in the report, ${day}`,
    modified: 'the most recently modified file',
    undated: 'which one is newer is unknown: choose',
    lockFile: "Excel's temporary lock file (the workbook is open)",
    folder: 'a sub-folder (only the files directly in the chosen folder are read)',
    csv: 'a CSV file: open it in Excel and save it as .xlsx',
    word: 'a Word document, not a workbook',
    other: 'not a workbook (.xlsx, .xlsm, .xls, .ods)',
  },
  noTable: 'no appendix table',
  evidence: {
    from: {
      label: (text) => `label "Đơn vị: ${text}"`,
      letterhead: (text) => `letterhead "${text}"`,
      file: (text) => `file name "${text}"`,
      alias: (text) => `file name "${text}" (an alias in the unit directory)`,
      user: () => 'set by the user',
      template: (text) => `template made for ${text}`,
    },
    rowsLed: (led, filled, unit) => `${led} of ${filled} filled rows are tasks led by ${unit}`,
    rowsOfSeveral: (filled, leaders) => `the ${filled} filled rows are tasks of several units (${leaders}): perhaps a plan or a consolidation`,
    notAKnownUnit: 'in neither the plan nor the directory',
    nothing: 'nothing in the file names a unit',
  },
  words,
  changes: {
    newlyDone: 'newly done',
    newlyOverdue: 'newly overdue',
    stillOverdue: 'still overdue',
    backwards: 'done last time, not now',
  },
  monthOverMonthNotes: {
    unmatched: (count) => `Last time's tasks that match no task of this plan (not compared): ${formatNumber(count, 'en')}.`,
    added: (count) => `This plan's tasks that were not there last time (not compared): ${formatNumber(count, 'en')}.`,
    byWording: (count) => `Tasks paired by wording, not by key (last time's consolidation has no keys, or the plan changed; worth a look): ${formatNumber(count, 'en')}.`,
  },
  previousProblems: {
    notConsolidation: `not a phuluc consolidation (no sheet has the header row of a "${words.sheet}" sheet)`,
    noCutOff: (sheet, line) => `the sheet "${sheet}" has no "${line}" line`,
    unknownState: (cell, text) => `cell ${cell}: "${text}" is not a state at the cut-off as phuluc writes it`,
    notEarlier: (previousAsOf, asOf) => `its cut-off ${isoToVietnamese(previousAsOf)} is not before this one, ${isoToVietnamese(asOf)}; give last period's consolidation`,
  },
};
