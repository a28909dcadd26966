/**
 * The worker's check of every request on arrival (zod): a request of the wrong shape gets a `failed`
 * reply saying where it is wrong ("at plan.hiddenRows"), never a half-read file, and nothing
 * unchecked reaches the engine. Loaded by the worker only, never by the pane's first bundle.
 *
 * The cells, grids and read options are the reader processes' own schemas (src/io/readerMessages.ts,
 * tied to the engine's types there), so a checked request is a `WorkerRequest` without a cast. A plan's tables (`AppendixTable`, made by the pane's own
 * recogniser) are checked for the fields the worker and the templates read and passed on as they
 * came; the engine reads the rest. The reports given back to a restarted worker are checked whole,
 * with the reader processes' own schema (src/io/readerMessages.ts).
 */
import { z } from 'zod';
import type { PreviousConsolidation } from '../../core/cycle/previous';
import { TASK_STATES } from '../../core/state';
import type { AppendixTable } from '../../core/table';
import type { DirectoryEntry } from '../../core/unitDirectory';
import { GridSchema, IsoDay, ReadReportOptionsSchema, ReportFileSchema } from '../../io/readerMessages';
import type { CycleRequest, WorkerRequest } from './messages';

const Lang = z.enum(['vi', 'en']);
const Index = z.number().int().nonnegative();
/** The file's bytes, moved to the worker (not copied): an ArrayBuffer of the worker's own realm. */
const Bytes = z.instanceof(ArrayBuffer);

/**
 * A value of the engine's own making checked for the fields `shape` names, then passed on as it came
 * (no copy): what `shape` finds wrong is reported where it is ("at tables[0].tasks[3].text").
 */
function checkedAs<T>(shape: z.ZodType): z.ZodType<T> {
  return z.custom<T>().superRefine((value, context) => {
    const checked = shape.safeParse(value);
    if (!checked.success) for (const issue of checked.error.issues) context.addIssue({ code: 'custom', message: issue.message, path: issue.path, input: value });
  });
}

const UnitShape = z.looseObject({ name: z.string(), key: z.string(), collective: z.boolean() });
/** What is read of a table by the worker and the templates: its sheet, header rows, and each task's text and units. */
const TableSchema = checkedAs<AppendixTable>(
  z.looseObject({
    sheet: z.string(),
    headerRows: z.tuple([z.number().int()], z.number().int()),
    planYear: z.number().int(),
    tasks: z.array(z.looseObject({ text: z.string(), stt: z.string().nullable(), lead: z.array(UnitShape), support: z.array(UnitShape) })),
  }),
);

export const PreviousSchema: z.ZodType<PreviousConsolidation> = z.object({
  asOf: IsoDay,
  sheet: z.string(),
  tasks: z.array(
    z.object({ key: z.string().nullable(), stt: z.string().nullable(), group: z.string().nullable(), text: z.string(), lead: z.array(z.string()), state: z.enum(TASK_STATES) }),
  ),
});

const DirectorySchema: z.ZodType<DirectoryEntry[]> = z.array(z.object({ name: z.string(), aliases: z.array(z.string()) }));

/** The cycle's requests (cycleWork.ts checks them with this when called on its own, as its tests do). */
export const CycleRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('templates'), plan: GridSchema, tables: z.array(TableSchema).min(1), asOf: IsoDay, reportBy: IsoDay.optional(), lang: Lang }),
  z.object({ kind: z.literal('template'), index: Index }),
  z.object({ kind: z.literal('zip') }),
  z.object({ kind: z.literal('previous'), source: z.union([z.object({ name: z.string(), bytes: Bytes }), z.object({ sheets: z.array(GridSchema).min(1) })]), asOf: IsoDay, lang: Lang }),
  z.object({ kind: z.literal('report'), plan: GridSchema, year: z.number().int().min(2000).max(2100), lang: Lang }),
  z.object({ kind: z.literal('reminders'), plan: GridSchema, reportBy: IsoDay.optional(), lang: Lang }),
]);

/** Every request the worker takes. */
export const WorkerRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('read'), name: z.string(), bytes: Bytes, modified: z.string().optional(), options: ReadReportOptionsSchema }),
  z.object({ kind: z.literal('skip'), name: z.string(), reason: z.string() }),
  z.object({ kind: z.literal('restore'), reports: z.array(ReportFileSchema) }),
  z.object({
    kind: z.literal('consolidate'),
    master: z.array(TableSchema),
    units: z.record(z.string(), z.string()),
    prefer: z.record(z.string(), z.string()),
    directory: DirectorySchema,
    layouts: z.boolean(),
    asOf: IsoDay,
    lang: Lang,
    previous: PreviousSchema.optional(),
  }),
  z.object({ kind: z.literal('import'), source: z.union([z.object({ bytes: Bytes }), z.object({ text: z.string() })]), asOf: IsoDay, lang: Lang }),
  ...CycleRequestSchema.options,
]);

/** The request checked, typed by its kind; or why it cannot be taken, in one line. */
export function checkRequest(data: unknown): { request: WorkerRequest; error: null } | { request: null; error: string } {
  const checked = WorkerRequestSchema.safeParse(data);
  return checked.success ? { request: checked.data, error: null } : { request: null, error: `invalid request: ${z.prettifyError(checked.error)}` };
}

/** One of the cycle's requests, checked; or why it cannot be taken. */
export function checkCycleRequest(data: unknown): { request: CycleRequest; error: null } | { request: null; error: string } {
  const checked = CycleRequestSchema.safeParse(data);
  return checked.success ? { request: checked.data, error: null } : { request: null, error: `invalid request: ${z.prettifyError(checked.error)}` };
}
