/**
 * The messages between the command line and the processes and threads that read its files: the
 * reader processes (readerPool.ts ↔ readerProcess.ts) and the PDF reader's thread (pdfReader.ts ↔
 * pdfWorker.ts). Each request kind has its reply type (ReaderResults), and every message is checked
 * with zod where it arrives: a request the reader cannot read, or a reply that is not its request's,
 * fails that one file with `bad_message`, never the run, and nothing unchecked reaches the engine.
 *
 * The replies are checked whole (every cell of a grid, every row of a report), which costs little
 * beside reading and sending them: a sheet of 120,000 cells in about 20 ms (reading it takes 800 ms,
 * sending it 180 ms), the 150 reports of bench:consolidate in 3 ms. Where a type of the engine
 * changes, its schema here must change too: `SchemasMatchTheEngine` fails the build until it does,
 * and readerMessages.test.ts round-trips real files.
 */
import { z } from 'zod';
import type { ReadReportOptions, ReportedRow, ReportFile } from '../core/consolidate/consolidate';
import { TemplateIdentitySchema } from '../core/cycle/identity';
import type { Cell, CellRange, Grid, Workbook } from '../core/grid';
import type { ImportedPlan, ImportedTable } from '../core/import/importPlan';
import { PLAN_PROBLEM_KINDS, type PlanProblem } from '../core/import/planFiles';
import type { AnnouncedCount, ProseRow } from '../core/import/proseTasks';
import { ROLES } from '../core/roles';
import type { Status } from '../core/status';
import { READ_FAILURE_REASONS, type ReadFailure } from './readFailures';

/** What each kind of request asks for. */
export interface ReaderRequests {
  /** A workbook's grid. */
  workbook: { file: string };
  /** A unit's report: its tables recognised in the reader. */
  report: { file: string; options: ReadReportOptions };
  /** A plan's text (.docx or .txt) read into appendix tables. */
  plan: { file: string; asOf: string };
}

/** What each kind of request gets back when the file could be read. */
export interface ReaderResults {
  workbook: { workbook: Workbook };
  report: { report: ReportFile };
  plan: { plan: ImportedPlan };
}

export type ReaderKind = keyof ReaderRequests;

/** A request as sent: its kind, what it asks for, and a number the reply repeats. */
export type ReaderJob = { [K in ReaderKind]: Flat<{ id: number; kind: K } & ReaderRequests[K]> }[ReaderKind];
type Flat<T> = { [P in keyof T]: T[P] };

export type ReadFailed = { failure: ReadFailure };

/** The reply to a request of kind K: its result, or why the file could not be read. */
export type ReaderReply<K extends ReaderKind> = ReaderResults[K] | ReadFailed;

/** What a reader process sends: that its modules are loaded, or the reply to request `id`. */
export type ReaderMessage = { kind: 'ready' } | { kind: 'reply'; id: number; reply: ReaderReply<ReaderKind> };

// ---- the engine's types, as schemas -------------------------------------------------------------

/** A YYYY-MM-DD day (the engine's days: deadlines, completion days, dates in cells). */
export const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** Any number, NaN and infinities included: a cell holds what the file holds; the engine decides. */
const AnyNumber = z.custom<number>((value) => typeof value === 'number');
const Index = z.number().int().nonnegative();

const CellSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({ kind: z.literal('number'), value: AnyNumber, format: z.string().optional() }),
  z.object({ kind: z.literal('date'), iso: IsoDay, format: z.string().optional() }),
  z.object({ kind: z.literal('boolean'), value: z.boolean() }),
  z.object({ kind: z.literal('error'), code: z.string() }),
]);

const CellRangeSchema = z.object({ top: Index, left: Index, bottom: Index, right: Index });

/**
 * A Set of row numbers. Checked by its tag, not `instanceof`: a message is rebuilt in Node's own
 * realm, which is not the realm of code run under a test runner's sandbox.
 */
const RowSet = z.custom<ReadonlySet<number>>((value) => isSet(value) && [...value].every((row) => Number.isInteger(row)));

function isSet(value: unknown): value is ReadonlySet<unknown> {
  return Object.prototype.toString.call(value) === '[object Set]';
}

export const GridSchema = z.object({
  name: z.string(),
  rows: z.array(z.array(CellSchema.nullish())),
  merges: z.array(CellRangeSchema),
  hiddenRows: RowSet,
});

export const WorkbookSchema = z.object({
  sheets: z.array(GridSchema),
  keywords: z.string().optional(),
  properties: z.record(z.string(), z.string()).optional(),
});

const StatusSchema = z.object({
  text: z.string().nullable(),
  done: z.boolean(),
  known: z.boolean(),
  completedOn: IsoDay.nullable(),
  progress: z.number().optional(),
  partial: z.boolean().optional(),
  late: z.boolean().optional(),
});

const ReportedRowSchema = z.object({
  cell: z.string(),
  stt: z.string().nullable(),
  group: z.string().nullable(),
  text: z.string(),
  key: z.string().nullable(),
  status: StatusSchema,
  result: z.string(),
});

export const ReportFileSchema = z.union([
  z.object({
    file: z.string(),
    rows: z.array(ReportedRowSchema),
    letterhead: z.array(z.string()),
    planYear: z.number().int(),
    reportColumns: z.boolean(),
    ownOutput: z.boolean(),
    template: TemplateIdentitySchema.nullable(),
    modified: z.string().optional(),
  }),
  z.object({ file: z.string(), error: z.string(), skipped: z.boolean().optional() }),
]);

const ProseRowSchema = z.object({
  kind: z.enum(['section', 'task']),
  stt: z.string(),
  text: z.string(),
  lead: z.string(),
  support: z.string(),
  deadline: z.string(),
});

const ImportedTableSchema = z.object({ name: z.string(), rows: z.array(ProseRowSchema) });
const AnnouncedCountSchema = z.object({ heading: z.string(), announced: z.number(), found: z.number() });

export const ImportedPlanSchema = z.object({
  title: z.string(),
  planYear: z.number().int(),
  tables: z.array(ImportedTableSchema),
  counts: z.array(AnnouncedCountSchema),
});

// ---- requests and replies -----------------------------------------------------------------------

const ReadFailedSchema = z.object({ failure: z.enum(READ_FAILURE_REASONS) });

export const ReadReportOptionsSchema = z.object({
  asOf: IsoDay,
  planYear: z.union([z.number().int(), z.undefined()]),
  lang: z.enum(['vi', 'en']),
  columns: z.partialRecord(z.enum(ROLES), Index).optional(),
});

const RequestId = z.number().int().nonnegative();

/** A request, checked by the reader process that receives it. */
export const ReaderJobSchema = z.discriminatedUnion('kind', [
  z.object({ id: RequestId, kind: z.literal('workbook'), file: z.string() }),
  z.object({ id: RequestId, kind: z.literal('report'), file: z.string(), options: ReadReportOptionsSchema }),
  z.object({ id: RequestId, kind: z.literal('plan'), file: z.string(), asOf: IsoDay }),
]);

/** The id of a request that failed its check, so the reader can still say which request it cannot read. */
export const RequestIdOnly = z.object({ id: RequestId });

/** The envelope of what a reader process sends, checked first; the reply inside is checked against its request's kind. */
export const ReaderEnvelopeSchema = z.discriminatedUnion('kind', [z.object({ kind: z.literal('ready') }), z.object({ kind: z.literal('reply'), id: RequestId, reply: z.unknown() })]);

/** Each request kind's reply. */
export const REPLY_SCHEMAS: { [K in ReaderKind]: z.ZodType<ReaderReply<K>> } = {
  workbook: z.union([z.object({ workbook: WorkbookSchema }), ReadFailedSchema]),
  report: z.union([z.object({ report: ReportFileSchema }), ReadFailedSchema]),
  plan: z.union([z.object({ plan: ImportedPlanSchema }), ReadFailedSchema]),
};

// ---- the PDF reader's thread --------------------------------------------------------------------

/** What the PDF reader's thread is started with. */
export const PdfJobSchema = z.object({ file: z.string(), asOf: IsoDay });
export type PdfJob = z.infer<typeof PdfJobSchema>;

const PlanProblemSchema = z.enum(PLAN_PROBLEM_KINDS);

/** A PDF plan read, or why not (with the import's own reason, when it has one). */
export type PdfReadReply = { plan: ImportedPlan } | { failure: ReadFailure; problem?: PlanProblem };

export const PdfReplySchema = z.union([z.object({ plan: ImportedPlanSchema }), z.object({ failure: z.enum(READ_FAILURE_REASONS), problem: PlanProblemSchema.optional() })]);

// ---- each schema gives exactly the engine's type ------------------------------------------------

/** True when A and B are the same type (same keys, same optionality, same value types). */
type Same<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;
type Assert<T extends true[]> = T;

/**
 * Fails the build when a type of the engine gains, loses or changes a field its schema does not:
 * zod drops keys it does not know, so a field missing here would silently vanish between processes.
 */
export type SchemasMatchTheEngine = Assert<
  [
    Same<z.output<typeof CellSchema>, Cell>,
    Same<z.output<typeof CellRangeSchema>, CellRange>,
    Same<z.output<typeof GridSchema>, Grid>,
    Same<z.output<typeof WorkbookSchema>, Workbook>,
    Same<z.output<typeof StatusSchema>, Status>,
    Same<z.output<typeof ReportedRowSchema>, ReportedRow>,
    Same<z.output<typeof ReportFileSchema>, ReportFile>,
    Same<z.output<typeof ProseRowSchema>, ProseRow>,
    Same<z.output<typeof ImportedTableSchema>, ImportedTable>,
    Same<z.output<typeof AnnouncedCountSchema>, AnnouncedCount>,
    Same<z.output<typeof ImportedPlanSchema>, ImportedPlan>,
    Same<z.output<typeof ReadFailedSchema>, ReadFailed>,
    Same<z.output<typeof ReadReportOptionsSchema>, ReadReportOptions>,
    Same<z.output<typeof ReaderJobSchema>, ReaderJob>,
    Same<z.output<typeof PdfReplySchema>, PdfReadReply>,
  ]
>;
