/**
 * Consolidation: the units' reports on the plan's tasks, in the plan's order. Each file's rows are
 * matched to the master tasks (by their task key in a template phuluc made, else by number and
 * wording); a task is done only when every lead unit reports it done; what does not fit (edited
 * wording, unknown or missing tasks, keys of no task, templates of another plan or month,
 * disagreeing leads, units with no file, files that cannot be used) becomes a finding and never
 * stops the run.
 */
import { identityFromProperties, periodOf, planId, type TemplateIdentity } from '../cycle/identity';
import type { Language, Severity } from '../findings';
import { a1, cellText, isoToVietnamese, type Workbook } from '../grid';
import { TEXT } from '../i18n';
import { type RecogniseOptions, recogniseWorkbook } from '../recognise/recogniseWorkbook';
import { taskState, type TaskState } from '../state';
import { NOT_REPORTED, type Status } from '../status';
import { REPORT_ROLES } from '../rules/unitReport';
import { byUnits, type Row } from '../summary';
import { isOwnOutput } from '../summaryLayout';
import type { AppendixTable, Task } from '../table';
import type { DirectoryEntry } from '../unitDirectory';
import { type Unit, unitKey } from '../units';
import { CONSOLIDATION_CATALOGUE, type ConsolidationCode, type ConsolidationParams } from './catalogue';
import { type ComparableTask, indexMaster, type KeyProblem, matchRows, type ReportedTask, type RowMatch } from './matchTasks';
import { describeEvidence, labelledUnit, letterhead, letterheadUnit, reportDate, reportingUnit, type ReportingUnit, type UnitFrom, unitCatalogue } from './reportingUnit';

/** One task row of a unit's report: what consolidation reads from it (`key`: its task key, from a template's hidden column). */
export interface ReportedRow extends ReportedTask {
  /** "Sheet!A1" of the task's text. */
  cell: string;
  status: Status;
  /** The "kết quả thực hiện" text, as written. */
  result: string;
}

/**
 * A unit's file after the work that needs only the file itself (reading, recognising its tables,
 * the lines of its letterhead), or why it could not be used. That work runs wherever files are read,
 * in parallel, and only what consolidation reads travels back. `modified`: the file's last change
 * (ISO), which tells two copies of one unit's report apart when neither states its date.
 * A file that is not read at all (a lock file, a folder, a .csv) comes as `skipped` with its reason.
 */
export type ReportFile =
  | {
      file: string;
      rows: ReportedRow[];
      letterhead: string[];
      planYear: number;
      /** The file has a column a unit reports in (status, result, completion date, difficulties). */
      reportColumns: boolean;
      /** The file is phuluc's own output (a summary or an earlier consolidation). */
      ownOutput: boolean;
      /** The plan, period and unit of the template phuluc made, when the file is one (its custom properties). */
      template: TemplateIdentity | null;
      modified?: string;
    }
  | { file: string; error: string; skipped?: boolean };

export interface ReadReportOptions {
  asOf: string;
  /** The plan's year, for deadlines and completion dates written without one. */
  planYear: number | undefined;
  lang: Language;
  /** The user's corrections of column roles (--columns), applied to every report's tables. */
  columns?: RecogniseOptions['columns'];
}

export function readReport(file: string, workbook: Workbook, { asOf, planYear, lang, columns }: ReadReportOptions): ReportFile {
  const template = identityFromProperties(workbook.properties);
  // A template is made by phuluc to come back filled: a unit's report, whatever its Keywords say.
  const ownOutput = template === null && isOwnOutput(workbook);
  const tables = recogniseWorkbook(workbook, { asOf, planYear, columns });
  const [first] = tables;
  if (!first)
    return ownOutput ? { file, rows: [], letterhead: [], planYear: planYear ?? 0, reportColumns: false, ownOutput, template } : { file, error: TEXT[lang].consolidation.noTable };
  const grid = workbook.sheets.find((s) => s.name === first.sheet);
  const rows = tables.flatMap((table) =>
    table.tasks.map(({ stt, group, text, status, values, row }) => ({
      cell: cellOf(table, row),
      stt,
      group,
      text,
      key: cellText(values.key).trim() || null,
      status,
      result: cellText(values.result),
    })),
  );
  const reportColumns = tables.some((table) => REPORT_ROLES.some((role) => table.columns[role] !== undefined));
  return { file, rows, letterhead: grid ? letterhead(grid, first.headerRows[0] ?? 0) : [], planYear: first.planYear, reportColumns, ownOutput, template };
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
  /** The reporting unit, in the plan's spelling when it is one of the plan's units; null when unknown. */
  unit: string | null;
  unitFrom: UnitFrom | null;
  /** The user should check the unit: it was inferred, the evidence disagrees, or nothing named it. */
  confirm: boolean;
  /** Why this unit, in the user's language: the letterhead line, label, file name or rows that named it. */
  evidence: string;
  /** The unit's name as the file writes it (its label or letterhead line): what to remember as an alias. */
  written: string | null;
  /** The day the report says it was signed (ISO). */
  reportDate: string | null;
  /** The template phuluc made that the file is (its plan's planId, report period and unit), or null. */
  template: Pick<TemplateIdentity, 'plan' | 'period' | 'unit'> | null;
  /** Task rows in the file, how many of them matched the plan, and how many of those by their task key. */
  tasks: number;
  reported: number;
  byKey: number;
  /** Not counted: not a unit's report, another copy of a unit's report, or unreadable; `error` says why. */
  skipped: boolean;
  /** Skipped because it could not be read (damaged, password, not a workbook, no table): a BAD_FILE. */
  unreadable: boolean;
  error: string | null;
  /** The other files of the same unit, when it sent several. */
  sameUnit: string[];
}

export interface ConsolidationFinding {
  code: ConsolidationCode;
  severity: Severity;
  file: string | null;
  /** "Sheet!A1", or null when the finding is about a whole file or unit. */
  cell: string | null;
  message: string;
}

/** A named lead unit of the plan with no report, and the tasks it leads. */
export interface NotSubmitted {
  unit: string;
  tasks: { stt: string | null; text: string }[];
}

export interface Consolidation {
  asOf: string;
  tasks: ConsolidatedTask[];
  /** The plan's tables with every task's consolidated status and state: what the summary sheets count. */
  tables: AppendixTable[];
  sources: SourceSummary[];
  findings: ConsolidationFinding[];
  notSubmitted: NotSubmitted[];
  /** Per lead unit, its tasks in the state its own report gives them. */
  byUnit: Row[];
}

export interface ConsolidateOptions {
  asOf: string;
  lang: Language;
  /** The reporting unit the user set, by file (its path as given, or its name). */
  units?: Readonly<Record<string, string>>;
  /** The unit directory: names and aliases a report may use. */
  directory?: readonly DirectoryEntry[];
  /** The file the user chose, by unit, when a unit sent several. */
  prefer?: Readonly<Record<string, string>>;
}

function cellOf(table: AppendixTable, row: number): string {
  return `${table.sheet}!${a1(row, table.columns.task ?? 0)}`;
}

/** A task as messages name it: its number and its text, shortened ("(2) "Triển khai xây dựng…""). */
export function shortTask(task: Pick<ComparableTask, 'stt' | 'text'>, length = 60): string {
  const text = task.text.length > length ? `${task.text.slice(0, length - 3)}…` : task.text;
  return `${task.stt ?? ''} "${text}"`.trim();
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * Done when every lead reports done (a lead with no report has not); completed on the last lead's
 * day, late when a lead says it was late. A single lead's own status is kept whole (its progress,
 * and a completion day it gave even beside a status word that is not understood).
 */
function combine(reports: readonly UnitReport[], leads: number): Status {
  const [only] = reports;
  if (!only) return NOT_REPORTED;
  if (leads === 1 && reports.length === 1) return only.status;
  const done = reports.length >= leads && reports.every((r) => r.status.done);
  const days = reports
    .map((r) => r.status.completedOn)
    .filter((d) => d !== null)
    .sort();
  return {
    text: reports.map((r) => (leads > 1 ? `${r.unit}: ${r.status.text ?? ''}` : (r.status.text ?? ''))).join('\n') || null,
    done,
    known: reports.every((r) => r.status.known),
    completedOn: done ? (days.at(-1) ?? null) : null,
    ...(done && reports.some((r) => r.status.late) ? { late: true } : {}),
  };
}

/** A file that matches most of the plan's tasks and has no report column is the plan itself. */
const PLAN_SHARE = 0.8;

interface Candidate {
  source: Extract<ReportFile, { rows: ReportedRow[] }>;
  summary: SourceSummary;
  matches: RowMatch<ReportedRow>[];
  identified: ReportingUnit;
}

/** A task of the plan, and the reports on it so far: its lead units' and the others'. */
interface Entry {
  table: AppendixTable;
  task: Task;
  lead: UnitReport[];
  support: UnitReport[];
}

/** A candidate whose reporting unit is known: `unit`, its name. */
interface Named {
  candidate: Candidate;
  unit: string;
}

export function consolidate(master: readonly AppendixTable[], files: readonly ReportFile[], options: ConsolidateOptions): Consolidation {
  const { asOf, lang } = options;
  const { findings: messages, sourceWords } = TEXT[lang].consolidation;
  const findings: ConsolidationFinding[] = [];
  const find = <C extends ConsolidationCode>(code: C, file: string | null, cell: string | null, params: ConsolidationParams<C>) => {
    findings.push({ code, severity: CONSOLIDATION_CATALOGUE[code].severity, file, cell, message: messages[code](params) });
  };

  /** The plan's tasks in order, each with the reports of its lead units and of the others. */
  const entries = master.flatMap((table) => table.tasks.map((task): Entry => ({ table, task, lead: [], support: [] })));
  /** The plan task a match points at, if it is one. */
  const entryOf = (match: { master: number | null }) => (match.master === null ? undefined : entries[match.master]);
  const index = indexMaster(entries.map((e) => e.task));
  // What a template of this plan and period carries: its tasks' keys and its identity.
  const plan = planId(master);
  const period = periodOf(asOf);
  const leads = entries.flatMap((e) => e.task.lead);
  const catalogue = unitCatalogue(
    [...leads, ...entries.flatMap((e) => e.task.support)],
    options.directory ?? [],
    master.map((t) => t.title),
  );
  const userUnit = (file: string) => options.units?.[file] ?? options.units?.[baseName(file)];
  /** A row whose task key names no task of this plan, on the row's cell with why: the row is not counted. */
  const keyFinding = (source: Candidate['source'], row: ReportedRow, problem: KeyProblem<ReportedRow>, params: ConsolidationParams<'KEY_UNREADABLE'>) => {
    switch (problem.kind) {
      case 'unreadable':
        return find('KEY_UNREADABLE', source.file, row.cell, params);
      case 'otherPlan':
        return find('KEY_OTHER_PLAN', source.file, row.cell, params);
      case 'outOfRange':
        return find('KEY_OUT_OF_RANGE', source.file, row.cell, { ...params, number: problem.number, count: entries.length });
      case 'repeated':
        return find('KEY_REPEATED', source.file, row.cell, { ...params, first: problem.first.cell });
    }
  };

  const sources: SourceSummary[] = [];
  const candidates: Candidate[] = [];
  const skip = (summary: SourceSummary, reason: string) => {
    Object.assign(summary, { skipped: true, error: reason });
    find('SKIPPED_FILE', summary.file, null, { file: baseName(summary.file), reason });
  };

  for (const source of files) {
    const summary: SourceSummary = {
      file: source.file,
      unit: null,
      unitFrom: null,
      confirm: false,
      evidence: '',
      written: null,
      reportDate: null,
      template: null,
      tasks: 0,
      reported: 0,
      byKey: 0,
      skipped: false,
      unreadable: false,
      error: null,
      sameUnit: [],
    };
    sources.push(summary);
    if ('error' in source) {
      if (source.skipped) skip(summary, source.error);
      else {
        Object.assign(summary, { skipped: true, unreadable: true, error: source.error });
        find('BAD_FILE', source.file, null, { file: baseName(source.file), reason: source.error });
      }
      continue;
    }
    const { template } = source;
    if (template) {
      summary.template = { plan: template.plan, period: template.period, unit: template.unit };
      // A template of another plan (or of this plan before an edit) or of another month is not this report: never merged.
      if (template.plan !== plan) {
        Object.assign(summary, { skipped: true, error: sourceWords.otherPlan(template.planTitle) });
        find('TEMPLATE_OTHER_PLAN', source.file, null, { file: baseName(source.file), unit: template.unit, planTitle: template.planTitle });
        continue;
      }
      if (template.period !== period) {
        Object.assign(summary, { skipped: true, error: sourceWords.otherPeriod(template.period) });
        find('TEMPLATE_OTHER_PERIOD', source.file, null, { file: baseName(source.file), unit: template.unit, period: template.period, expected: period });
        continue;
      }
    }
    const matches = matchRows(index, plan, source.rows);
    summary.tasks = source.rows.length;
    summary.reported = matches.filter((m) => m.master !== null).length;
    summary.byKey = matches.filter((m) => m.byKey).length;
    if (source.ownOutput && !userUnit(source.file)) {
      skip(summary, sourceWords.ownOutput);
      continue;
    }
    if (!source.reportColumns) {
      skip(summary, summary.reported >= PLAN_SHARE * entries.length ? sourceWords.plan : sourceWords.noReportColumns);
      continue;
    }
    const filled = matches.flatMap((m) => {
      const { row } = m;
      const task = entryOf(m)?.task;
      if (!task || (!row.status.text && !row.result)) return [];
      return [{ lead: task.lead.filter((u) => !u.collective).map((u) => catalogue.canonical(u.name)), support: task.support.map((u) => catalogue.canonical(u.name)) }];
    });
    const identified = reportingUnit({ file: source.file, lines: source.letterhead, filled, user: userUnit(source.file), template: template?.unit }, catalogue);
    Object.assign(summary, {
      unit: identified.unit,
      unitFrom: identified.from,
      confirm: identified.confirm,
      evidence: describeEvidence(identified.evidence, lang),
      // What the file writes, even when the user set the unit: the name to remember for next month.
      written: labelledUnit(source.letterhead) ?? letterheadUnit(source.letterhead, (line) => catalogue.named(line) !== null),
      reportDate: reportDate(source.letterhead),
    });
    candidates.push({ source, summary, matches, identified });
  }

  // One report per unit: of several files, the one the user chose, else the newest.
  const byUnit = new Map<string, [Named, ...Named[]]>();
  for (const candidate of candidates) {
    const { unit } = candidate.identified;
    if (unit === null) {
      find('UNIT_UNKNOWN', candidate.source.file, null, { file: baseName(candidate.source.file), evidence: candidate.summary.evidence });
      continue;
    }
    const key = unitKey(unit);
    const group = byUnit.get(key);
    if (group) group.push({ candidate, unit });
    else byUnit.set(key, [{ candidate, unit }]);
  }
  /** The file counted for each unit, with the unit's name. */
  const used = new Map<Candidate, string>();
  for (const group of byUnit.values()) {
    const [first] = group;
    if (group.length === 1) {
      used.set(first.candidate, first.unit);
      continue;
    }
    const { chosen, why } = newest(group, options.prefer?.[first.unit], lang);
    used.set(chosen.candidate, chosen.unit);
    const names = group.map(({ candidate }) => baseName(candidate.source.file));
    for (const { candidate } of group) {
      candidate.summary.sameUnit = group.filter((c) => c.candidate !== candidate).map((c) => c.candidate.source.file);
      if (candidate !== chosen.candidate) Object.assign(candidate.summary, { skipped: true, error: sourceWords.otherCopy(baseName(chosen.candidate.source.file)) });
    }
    find('DUPLICATE_REPORT', chosen.candidate.source.file, null, { unit: chosen.unit, files: names, used: baseName(chosen.candidate.source.file), why });
  }

  const submitted = new Set<string>();
  for (const candidate of candidates) {
    const unit = used.get(candidate);
    if (unit === undefined) continue;
    const { source, summary, matches, identified } = candidate;
    const file = baseName(source.file);
    if (!identified.known) find('UNIT_NOT_IN_PLAN', source.file, null, { file, unit });
    else if (identified.confirm) find('UNIT_UNCERTAIN', source.file, null, { file, unit, evidence: summary.evidence });
    const key = unitKey(unit);
    submitted.add(key);
    const matched = new Set<Entry>();
    for (const match of matches) {
      const { row } = match;
      if (match.keyProblem) {
        keyFinding(source, row, match.keyProblem, { unit, file, task: shortTask(row), key: match.keyProblem.key });
        continue;
      }
      const entry = entryOf(match);
      if (!entry) {
        find('UNKNOWN_TASK', source.file, row.cell, { unit, file, task: shortTask(row) });
        continue;
      }
      matched.add(entry);
      const target = entry.task;
      if (match.textChanged) find('TASK_TEXT_CHANGED', source.file, row.cell, { unit, file, task: shortTask(row), planText: target.text });
      const report: UnitReport = { unit, file: source.file, status: row.status, result: row.result };
      (target.lead.some((u) => u.key === key) ? entry.lead : entry.support).push(report);
    }
    for (const entry of entries) {
      const { table, task } = entry;
      if (!matched.has(entry) && task.lead.some((u) => u.key === key)) find('MISSING_TASK', source.file, cellOf(table, task.row), { unit, file, task: shortTask(task) });
    }
  }

  const tasks = entries.map(({ table, task, lead: reported, support }): ConsolidatedTask => {
    // In the plan's order of lead units, whatever order the files came in.
    const rank = (r: UnitReport) => task.lead.findIndex((u) => u.key === unitKey(r.unit));
    const lead = [...reported].sort((x, y) => rank(x) - rank(y));
    const status = combine(lead, task.lead.length);
    if (lead.length > 1 && new Set(lead.map((r) => r.status.done)).size > 1) {
      find('CONFLICTING_STATUS', null, cellOf(table, task.row), { task: shortTask(task), reports: lead.map((r) => `${r.unit}: ${r.status.text ?? '—'}`).join('; ') });
    }
    return { task, lead, support, status, state: taskState(task.deadline, status, asOf) };
  });

  const notSubmitted = new Map<string, NotSubmitted>();
  for (const { task } of entries) {
    for (const unit of task.lead) {
      if (unit.collective || submitted.has(unit.key)) continue;
      const entry = notSubmitted.get(unit.key) ?? { unit: catalogue.canonical(unit.name), tasks: [] };
      entry.tasks.push({ stt: task.stt, text: task.text });
      notSubmitted.set(unit.key, entry);
    }
  }
  for (const { unit, tasks: led } of notSubmitted.values()) find('NOT_SUBMITTED', null, null, { unit, tasks: led.map(shortTask) });

  // Each lead unit counted on its own report: one entry per task and lead, in the state that lead's report gives.
  const perLead = tasks.flatMap(({ task, lead }) =>
    task.lead.map((unit: Unit) => {
      const own = lead.find((r) => unitKey(r.unit) === unit.key)?.status ?? NOT_REPORTED;
      return { ...task, lead: [unit], state: taskState(task.deadline, own, asOf) };
    }),
  );

  // Every task of the plan is in `tasks` (made from `entries`, made from the plan's tables).
  const consolidated = new Map(tasks.map((t) => [t.task, t]));
  const withReports = (task: Task): Task => {
    const c = consolidated.get(task);
    return c ? { ...task, status: c.status, state: c.state } : task;
  };
  return {
    asOf,
    tasks,
    tables: master.map((table) => ({ ...table, tasks: table.tasks.map(withReports) })),
    sources,
    findings,
    notSubmitted: [...notSubmitted.values()],
    byUnit: byUnits(perLead, (t) => t.lead),
  };
}

/** The one of `group` with the latest `date`, and that date, when no other has it; null when none has a date or two share the latest. */
function latestBy(group: readonly Named[], date: (named: Named) => string): { chosen: Named; date: string } | null {
  const [latest, next] = [...group].sort((a, b) => date(b).localeCompare(date(a)));
  return latest && date(latest) && (!next || date(next) !== date(latest)) ? { chosen: latest, date: date(latest) } : null;
}

/** Of one unit's several files: the one the user chose, else the one dated latest (in the report, else on disk). */
function newest(group: readonly [Named, ...Named[]], preferred: string | undefined, lang: Language): { chosen: Named; why: string } {
  const sourceWords = TEXT[lang].consolidation.sourceWords;
  const chosen = group.find((c) => c.candidate.source.file === preferred);
  if (chosen) return { chosen, why: sourceWords.chosen };
  const byReport = latestBy(group, (c) => c.candidate.summary.reportDate ?? '');
  if (byReport) return { chosen: byReport.chosen, why: sourceWords.reportDate(isoToVietnamese(byReport.date)) };
  const byDisk = latestBy(group, (c) => c.candidate.source.modified ?? '');
  if (byDisk) return { chosen: byDisk.chosen, why: sourceWords.modified };
  // Nothing tells them apart: the last one named, and the user is asked.
  for (const c of group) c.candidate.summary.confirm = true;
  return { chosen: group.at(-1) ?? group[0], why: sourceWords.undated };
}
