/** The fixed kinds of deadline a plan writes (see docs/deadlines.md). */
export const DEADLINE_KINDS = [
  'date',
  'month',
  'quarter',
  'half',
  'year',
  'ongoing',
  'recurring',
  'conditional',
  'unknown',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** A value: deadlines are shared between the tasks that write the same phrase, never changed. */
export interface Deadline {
  /** The deadline as written in the cell (a date cell is shown as dd/mm/yyyy). */
  readonly text: string;
  readonly kind: DeadlineKind;
  /** Last day the task may be finished (ISO day); null for recurring, conditional and unknown. */
  readonly due: string | null;
  /** True when the text carried no year and the plan's year was used ("Quý IV", "Tháng 10"). */
  readonly yearFromPlan: boolean;
}

/** One family of phrases: a pattern over normalised text and the deadline a match stands for. */
export interface DeadlineParser {
  kind: DeadlineKind;
  pattern: RegExp;
  /** Null when the match is not a real deadline after all (e.g. "31/02/2025"). */
  read(match: RegExpExecArray, planYear: number): { due: string | null; yearFromPlan: boolean } | null;
}
