/**
 * Consolidation: the units' reports on the plan's tasks, in the plan's order. Each file's rows are
 * matched to the master tasks; a task is done only when every lead unit reports it done; what does
 * not fit (edited wording, unknown or missing tasks, disagreeing leads, units with no file, files
 * that cannot be used) becomes a finding and never stops the run.
 */
import type { Language, Severity } from '../findings';
import { a1, cellText, type Workbook } from '../grid';
import { recogniseWorkbook } from '../recognise/recogniseWorkbook';
import { taskState, type TaskState } from '../state';
import { NOT_REPORTED, type Status } from '../status';
import { byUnits, type Row } from '../summary';
import type { AppendixTable, Task } from '../table';
import type { Unit } from '../units';
import { unitKey } from '../units';
import { CONSOLIDATION_CATALOGUE, type ConsolidationCode, type ConsolidationParams } from './catalogue';
import { type ComparableTask, indexMaster, matchReport } from './matchTasks';
import { letterhead, reportingUnit } from './reportingUnit';

/** One task row of a unit's report: what consolidation reads from it. */
export interface ReportedRow extends ComparableTask {
  /** "Sheet!A1" of the task's text. */
  cell: string;
  status: Status;
  /** The "kết quả thực hiện" text, as written. */
  result: string;
}

/**
 * A unit's file after the work that needs only the file itself (reading, recognising its tables,
 * the lines of its letterhead), or why it could not be used. That work runs wherever files are read,
 * in parallel, and only what consolidation reads travels back; `unit` is the reporting unit when the
 * user named it.
 */
export type ReportFile = { file: string; rows: ReportedRow[]; letterhead: string[]; planYear: number; unit?: string } | { file: string; error: string };

export interface ReadReportOptions {
  asOf: string;
  /** The plan's year, for deadlines and completion dates written without one. */
  planYear: number | undefined;
  lang: Language;
}

const NO_TABLE: Record<Language, string> = { vi: 'không có bảng phụ lục nhiệm vụ', en: 'no appendix table' };

export function readReport(file: string, workbook: Workbook, { asOf, planYear, lang }: ReadReportOptions): ReportFile {
  const tables = recogniseWorkbook(workbook, { asOf, planYear });
  const [first] = tables;
  if (!first) return { file, error: NO_TABLE[lang] };
  const grid = workbook.sheets.find((s) => s.name === first.sheet)!;
  const rows = tables.flatMap((table) =>
    table.tasks.map(({ stt, group, text, status, values, row }) => ({ cell: cellOf(table, row), stt, group, text, status, result: cellText(values.result) })),
  );
  return { file, rows, letterhead: letterhead(grid, first.headerRows[0] ?? 0), planYear: first.planYear };
}

export interface UnitReport {
  unit: string;
  file: string;
  status: Status;
  /** The "kết quả thực hiện" text, as written. */
  result: string;
}

export interface ConsolidatedTask {
  task: Task;
  lead: UnitReport[];
  /** Reports from units that do not lead the task (its support units, or others). */
  support: UnitReport[];
  /** The task's status across its leads: done when every lead reports it done. */
  status: Status;
  state: TaskState;
}

export interface SourceSummary {
  file: string;
  unit: string | null;
  /** Task rows in the file, and how many of them matched the plan. */
  tasks: number;
  reported: number;
  error: string | null;
}

export interface ConsolidationFinding {
  code: ConsolidationCode;
  severity: Severity;
  file: string | null;
  /** "Sheet!A1", or null when the finding is about a whole file or unit. */
  cell: string | null;
  message: string;
}

export interface Consolidation {
  asOf: string;
  tasks: ConsolidatedTask[];
  /** The plan's tables with every task's consolidated status and state: what the summary sheets count. */
  tables: AppendixTable[];
  sources: SourceSummary[];
  findings: ConsolidationFinding[];
  notSubmitted: string[];
  /** Per lead unit, its tasks in the state its own report gives them. */
  byUnit: Row[];
}

export interface ConsolidateOptions {
  asOf: string;
  lang: Language;
}

function cellOf(table: AppendixTable, row: number): string {
  return `${table.sheet}!${a1(row, table.columns.task ?? 0)}`;
}

function shortTask(task: ComparableTask): string {
  const text = task.text.length > 60 ? `${task.text.slice(0, 57)}…` : task.text;
  return `${task.stt ?? ''} "${text}"`.trim();
}


/** Done when every lead reports done (a lead with no report has not); completed on the last lead's day. */
function combine(reports: readonly UnitReport[], leads: number): Status {
  if (!reports.length) return NOT_REPORTED;
  const done = reports.length >= leads && reports.every((r) => r.status.done);
  const days = reports.map((r) => r.status.completedOn).filter((d) => d !== null).sort();
  return {
    text: reports.map((r) => (leads > 1 ? `${r.unit}: ${r.status.text ?? ''}` : (r.status.text ?? ''))).join('\n') || null,
    done,
    known: reports.every((r) => r.status.known),
    completedOn: done ? (days.at(-1) ?? null) : null,
  };
}

export function consolidate(master: readonly AppendixTable[], files: readonly ReportFile[], options: ConsolidateOptions): Consolidation {
  const { asOf, lang } = options;
  const findings: ConsolidationFinding[] = [];
  const find = (code: ConsolidationCode, file: string | null, cell: string | null, params: ConsolidationParams) => {
    const spec = CONSOLIDATION_CATALOGUE[code];
    findings.push({ code, severity: spec.severity, file, cell, message: spec.message[lang](params) });
  };

  const entries = master.flatMap((table) => table.tasks.map((task) => ({ table, task })));
  const index = indexMaster(entries.map((e) => e.task));
  const reports = entries.map(() => ({ lead: [] as UnitReport[], support: [] as UnitReport[] }));
  const leads = entries.flatMap((e) => e.task.lead);
  const sources: SourceSummary[] = [];
  const submitted = new Set<string>();

  for (const source of files) {
    if ('error' in source) {
      sources.push({ file: source.file, unit: null, tasks: 0, reported: 0, error: source.error });
      find('BAD_FILE', source.file, null, { unit: source.file, text: source.error });
      continue;
    }
    const detected = source.unit ? { name: source.unit } : reportingUnit(source.letterhead, source.file, leads);
    const key = unitKey(detected.name);
    submitted.add(key);
    const { rows } = source;
    const matches = matchReport(index, rows);
    const matched = new Set<number>();
    matches.forEach((match, i) => {
      const row = rows[i]!;
      if (match.master === null) {
        find('UNKNOWN_TASK', source.file, row.cell, { unit: detected.name, task: shortTask(row) });
        return;
      }
      matched.add(match.master);
      const target = entries[match.master]!.task;
      if (match.textChanged) find('TASK_TEXT_CHANGED', source.file, row.cell, { unit: detected.name, task: shortTask(row), text: target.text });
      const report: UnitReport = { unit: detected.name, file: source.file, status: row.status, result: row.result };
      (target.lead.some((u) => u.key === key) ? reports[match.master]!.lead : reports[match.master]!.support).push(report);
    });
    entries.forEach(({ table, task }, i) => {
      if (!matched.has(i) && task.lead.some((u) => u.key === key)) find('MISSING_TASK', source.file, cellOf(table, task.row), { unit: detected.name, task: shortTask(task) });
    });
    sources.push({ file: source.file, unit: detected.name, tasks: rows.length, reported: matched.size, error: null });
  }

  const tasks = entries.map(({ table, task }, i): ConsolidatedTask => {
    const { support } = reports[i]!;
    // In the plan's order of lead units, whatever order the files came in.
    const rank = (r: UnitReport) => task.lead.findIndex((u) => u.key === unitKey(r.unit));
    // One report per lead unit (a unit that sent two files counts once, its last), so a lead that did not report stays missing.
    const lead = [...new Map(reports[i]!.lead.map((r) => [unitKey(r.unit), r])).values()].sort((x, y) => rank(x) - rank(y));
    const status = combine(lead, task.lead.length);
    if (lead.length > 1 && new Set(lead.map((r) => r.status.done)).size > 1) {
      find('CONFLICTING_STATUS', null, cellOf(table, task.row), { unit: '', task: shortTask(task), text: lead.map((r) => `${r.unit}: ${r.status.text ?? '—'}`).join('; ') });
    }
    return { task, lead, support, status, state: taskState(task.deadline, status, asOf) };
  });

  const notSubmitted = [...new Map(leads.filter((u) => !u.collective && !submitted.has(u.key)).map((u) => [u.key, u.name])).values()];
  for (const unit of notSubmitted) find('NOT_SUBMITTED', null, null, { unit });

  // Each lead unit counted on its own report: one entry per task and lead, in the state that lead's report gives.
  const perLead = tasks.flatMap(({ task, lead }) =>
    task.lead.map((unit: Unit) => {
      const own = lead.find((r) => unitKey(r.unit) === unit.key)?.status ?? NOT_REPORTED;
      return { ...task, lead: [unit], state: taskState(task.deadline, own, asOf) };
    }),
  );

  const consolidated = new Map(tasks.map((t) => [t.task, t]));
  return {
    asOf,
    tasks,
    tables: master.map((table) => ({ ...table, tasks: table.tasks.map((task) => ({ ...task, status: consolidated.get(task)!.status, state: consolidated.get(task)!.state })) })),
    sources,
    findings,
    notSubmitted,
    byUnit: byUnits(perLead, (t) => t.lead),
  };
}
