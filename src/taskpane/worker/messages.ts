/**
 * The messages between the pane and its reader worker (readerWorker.ts): every request kind and the
 * reply each kind gets (`ReplyTo`). The pane reads a reply through `replyTo`, so `ask` returns the
 * reply of its request's kind without a cast (askWorker.ts). The worker checks every request on
 * arrival with the schemas of requestSchemas.ts (kept out of this file, which the pane's first
 * bundle loads).
 */
import type { Consolidation, ReadReportOptions, ReportFile } from '../../core/consolidate/consolidate';
import type { ChangeKind, PreviousConsolidation } from '../../core/cycle/previous';
import type { Language } from '../../core/findings';
import type { Grid } from '../../core/grid';
import type { ImportedPlan } from '../../core/import/importPlan';
import type { SheetLayout } from '../../core/summaryLayout';
import type { AppendixTable } from '../../core/table';
import type { DirectoryEntry } from '../../core/unitDirectory';

// ---- the requests -------------------------------------------------------------------------------

/** A plan's source to import: a file's bytes (.docx, PDF; a .doc is refused in words), or text. */
export type ImportSource = { bytes: ArrayBuffer } | { text: string };

/** Last period's consolidation: a file picked, or the sheets phuluc wrote in this workbook. */
export type PreviousSource = { name: string; bytes: ArrayBuffer } | { sheets: Grid[] };

/** What each kind of request carries (its `kind` aside). */
export interface Requests {
  /** A unit's file to read. `modified`: the file's last change (ISO), which tells two copies of a unit's report apart when neither is dated. */
  read: { name: string; bytes: ArrayBuffer; modified?: string; options: ReadReportOptions };
  /** An entry that is not read (a .csv, a lock file, a sub-folder), kept in its place with its reason. */
  skip: { name: string; reason: string };
  /** The reports read so far, given to a worker started after a time-out. */
  restore: { reports: ReportFile[] };
  /**
   * The reports held, consolidated into `master`. `units`: the reporting unit the user set for a file;
   * `prefer`: the file the user chose for a unit that sent several; `directory`: the unit directory of
   * the pane's settings. `layouts`: also draw the sheets (only when they are to be written).
   * `previous`: last period's consolidation, to say what changed since.
   */
  consolidate: {
    master: AppendixTable[];
    units: Record<string, string>;
    prefer: Record<string, string>;
    directory: DirectoryEntry[];
    layouts: boolean;
    asOf: string;
    lang: Language;
    previous?: PreviousConsolidation;
  };
  /** A plan to import into appendix tables. */
  import: { source: ImportSource; asOf: string; lang: Language };
  /** The units' templates of the plan (its sheet and its tables), listed; written by `template`, zipped by `zip`. */
  templates: { plan: Grid; tables: AppendixTable[]; asOf: string; reportBy?: string; lang: Language };
  template: { index: number };
  zip: Record<never, never>;
  /** Last period's consolidation read back. */
  previous: { source: PreviousSource; asOf: string; lang: Language };
  /** The report upward of the consolidation held; `plan` is the plan's sheet (its letterhead, number, date), `year` the year it is made. */
  report: { plan: Grid; year: number; lang: Language };
  reminders: { plan: Grid; reportBy?: string; lang: Language };
}

export type RequestKind = keyof Requests;
export type Request<K extends RequestKind> = { kind: K } & Requests[K];
export type WorkerRequest = { [K in RequestKind]: Request<K> }[RequestKind];

/** The monthly cycle's kinds (answered by cycleWork.ts). */
export const CYCLE_KINDS = ['templates', 'template', 'zip', 'previous', 'report', 'reminders'] as const;
export type CycleKind = (typeof CYCLE_KINDS)[number];
export type CycleRequest = { [K in CycleKind]: Request<K> }[CycleKind];

// ---- the replies --------------------------------------------------------------------------------

/** A unit's template as the pane lists it. */
export interface TemplateListing {
  unit: string;
  file: string;
  led: number;
  supported: number;
}

/** Tasks no template carries, by the lead units the plan writes for them (collectives, or none). */
export interface Unassigned {
  lead: string[];
  tasks: { stt: string | null; text: string }[];
}

/** A unit to chase, with its text ready to send. */
export interface ReminderListing {
  unit: string;
  notReported: boolean;
  tasks: number;
  overdue: number;
  text: string;
}

/** What changed since last period, as the pane shows it (labels in the user's language), or why nothing was compared. */
export type ChangeSummary = { previousAsOf: string; counts: { kind: ChangeKind; label: string; count: number }[]; notes: string[] } | { problem: string };

/** A consolidation as the panel shows it. */
export type ShownResult = Pick<Consolidation, 'asOf' | 'sources' | 'findings' | 'notSubmitted'> & { changes: ChangeSummary | null };

/** What each kind of request gets back. */
export interface Replies {
  read: { kind: 'read'; report: ReportFile };
  skip: { kind: 'read'; report: ReportFile };
  restore: { kind: 'restored' };
  consolidate: { kind: 'consolidated'; result: ShownResult; layouts: SheetLayout[] };
  import: { kind: 'imported'; plan: ImportedPlan; error: null } | { kind: 'imported'; plan: null; error: string };
  templates: { kind: 'templates'; period: string; templates: TemplateListing[]; unassigned: Unassigned[] };
  template: { kind: 'template'; index: number };
  zip: { kind: 'zip'; bytes: Uint8Array };
  /** `problem` says why it is not one: `notConsolidation` lets the pane try the workbook's next sheet. */
  previous: { kind: 'previous'; previous: PreviousConsolidation; problem: null; error: null } | { kind: 'previous'; previous: null; problem: string; error: string };
  /** `toFill`: what the office fills in before signing, in words; `issuer`: the issuing office when taken from the plan. */
  report: { kind: 'report'; bytes: Uint8Array; toFill: string[]; issuer: string | null };
  reminders: { kind: 'reminders'; reminders: ReminderListing[] };
}

/** The reply to a request of kind K. */
export type ReplyTo<K extends RequestKind> = Replies[K];

/** Any request's reply to a request of the wrong shape, or to work that failed. */
export type Failed = { kind: 'failed'; error: string };

export type WorkerReply = Replies[RequestKind] | Failed;
export type CycleReply = Replies[CycleKind] | Failed;

/** Each request kind's reply picked out of what the worker sent, or null when it sent another kind. */
const REPLY_OF: { [K in RequestKind]: (reply: WorkerReply) => ReplyTo<K> | null } = {
  read: (reply) => (reply.kind === 'read' ? reply : null),
  skip: (reply) => (reply.kind === 'read' ? reply : null),
  restore: (reply) => (reply.kind === 'restored' ? reply : null),
  consolidate: (reply) => (reply.kind === 'consolidated' ? reply : null),
  import: (reply) => (reply.kind === 'imported' ? reply : null),
  templates: (reply) => (reply.kind === 'templates' ? reply : null),
  template: (reply) => (reply.kind === 'template' ? reply : null),
  zip: (reply) => (reply.kind === 'zip' ? reply : null),
  previous: (reply) => (reply.kind === 'previous' ? reply : null),
  report: (reply) => (reply.kind === 'report' ? reply : null),
  reminders: (reply) => (reply.kind === 'reminders' ? reply : null),
};

/** The reply as the answer to a request of kind `kind`, or null when it is not (the worker answers each request with its own kind, or `failed`). */
export function replyTo<K extends RequestKind>(kind: K, reply: WorkerReply): ReplyTo<K> | null {
  return REPLY_OF[kind](reply);
}

const CYCLE: ReadonlySet<RequestKind> = new Set(CYCLE_KINDS);

/** The request is one of the cycle's (answered by cycleWork.ts). */
export const isCycleRequest = (request: WorkerRequest): request is CycleRequest => CYCLE.has(request.kind);
