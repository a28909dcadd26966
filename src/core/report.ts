/**
 * The JSON document `phuluc check --json` prints (docs/cli.md). The zod schema is the contract:
 * the command line validates its own output against it, and so can any consumer.
 */
import { z } from 'zod';
import type { CheckedTable } from './check';
import { DEADLINE_KINDS } from './deadline/types';
import { type Edit, editCell, editValue, type Finding, SEVERITIES } from './findings';
import { columnLetter } from './grid';
import { ROLES, roleEntries } from './roles';
import { RULE_CODES } from './rules/catalogue';
import { TASK_STATES } from './state';
import type { Task } from './table';
import type { Unit } from './units';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A safe fix as the JSON shows it: write `value` into `cell`, or unmerge the range `cell`. */
const FixSchema = z.object({
  cell: z.string().regex(/^[A-Z]+\d+(?::[A-Z]+\d+)?$/),
  action: z.enum(['set', 'unmerge']),
  value: z.string().optional(),
});

/**
 * A finding as the JSON shows it. Its code's parameters (`Finding.params`) are not printed: the
 * message says them, and the shape stays what consumers read.
 */
export const FindingSchema = z.object({
  code: z.enum(RULE_CODES),
  severity: z.enum(SEVERITIES),
  sheet: z.string(),
  cell: z.string().regex(/^[A-Z]+\d+$/),
  message: z.string(),
  fix: z.array(FixSchema).optional(),
});

const UnitSchema = z.object({ name: z.string(), collective: z.boolean() });

export const TaskSchema = z.object({
  row: z.number().int().positive(),
  stt: z.string().nullable(),
  group: z.string().nullable(),
  task: z.string(),
  lead: z.array(UnitSchema),
  support: z.array(UnitSchema),
  deadline: z.object({
    text: z.string(),
    kind: z.enum(DEADLINE_KINDS),
    due: isoDay.nullable(),
    yearFromPlan: z.boolean(),
    /** A span's first day or a "Từ 01/7/2025" start; a legal limit written after the target; how a recurring task repeats. */
    start: isoDay.optional(),
    limit: isoDay.optional(),
    every: z.string().optional(),
    /** The deadline cell holds a status sentence, not a deadline (STATUS_IN_DEADLINE). */
    statusSentence: z.literal(true).optional(),
  }),
  /** `progress`: a percentage the unit wrote ("Hoàn thành 80%": not done); `late`: the unit says it was done late. */
  status: z.object({
    text: z.string().nullable(),
    done: z.boolean(),
    known: z.boolean(),
    completedOn: isoDay.nullable(),
    progress: z.number().optional(),
    late: z.boolean().optional(),
  }),
  state: z.enum(TASK_STATES),
});

export const TableSchema = z.object({
  sheet: z.string(),
  headerRows: z.array(z.number().int().positive()),
  columns: z.partialRecord(z.enum(ROLES), z.string().regex(/^[A-Z]+$/)),
  planYear: z.number().int(),
  /** Where the plan year came from (src/core/planYear.ts). */
  planYearFrom: z.object({ from: z.string(), text: z.string(), cell: z.string().nullable() }),
  /** Roles whose column was guessed from its cells, not named by its header. */
  guessed: z.array(z.enum(ROLES)),
  /** Why the table is read as a unit's report (its numbering is then not the plan's), or null for a plan. */
  unitReport: z.object({ reason: z.enum(['reportColumns', 'oneLead']), text: z.string() }).nullable(),
  tasks: z.array(TaskSchema),
  findings: z.array(FindingSchema),
});

export const CheckReportSchema = z.object({
  file: z.string(),
  asOf: isoDay,
  /** Every finding of every table. */
  findings: z.array(FindingSchema),
  tables: z.array(TableSchema),
});
export type CheckReport = z.infer<typeof CheckReportSchema>;

const unitJson = ({ name, collective }: Unit) => ({ name, collective });

function fixJson(edit: Edit): z.infer<typeof FixSchema> {
  const value = editValue(edit);
  return value === null ? { cell: editCell(edit), action: 'unmerge' } : { cell: editCell(edit), action: 'set', value };
}

function findingJson({ code, severity, sheet, cell, message, edits }: Finding): z.infer<typeof FindingSchema> {
  const finding = { code, severity, sheet, cell, message };
  return edits ? { ...finding, fix: edits.map(fixJson) } : finding;
}

function taskJson(task: Task): z.infer<typeof TaskSchema> {
  return {
    row: task.row + 1,
    stt: task.stt,
    group: task.group,
    task: task.text,
    lead: task.lead.map(unitJson),
    support: task.support.map(unitJson),
    deadline: { ...task.deadline },
    status: {
      text: task.status.text,
      done: task.status.done,
      known: task.status.known,
      completedOn: task.status.completedOn,
      ...(task.status.progress === undefined ? {} : { progress: task.status.progress }),
      ...(task.status.late ? { late: true } : {}),
    },
    state: task.state,
  };
}

export function toCheckReport(file: string, asOf: string, analysed: readonly CheckedTable[]): CheckReport {
  return {
    file,
    asOf,
    findings: analysed.flatMap((a) => a.findings.map(findingJson)),
    tables: analysed.map(({ table, findings, unitReport }) => ({
      sheet: table.sheet,
      headerRows: table.headerRows.map((r) => r + 1),
      columns: Object.fromEntries(roleEntries(table.columns).map(([role, col]) => [role, columnLetter(col)])),
      planYear: table.planYear,
      planYearFrom: { from: table.planYearSource.from, text: table.planYearSource.text, cell: table.planYearSource.cell },
      guessed: table.guessed ?? [],
      unitReport,
      tasks: table.tasks.map(taskJson),
      findings: findings.map(findingJson),
    })),
  };
}
