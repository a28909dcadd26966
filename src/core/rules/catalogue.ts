/**
 * The rule catalogue, in the manner of Frictionless' error catalogue: each code has a fixed
 * severity, its own parameters, named for what they are (`RuleParams`), and a message in Vietnamese
 * and English that says what is wrong and how to fix it: the messages are in each language's
 * catalogue (`TEXT[lang].rules`, src/core/i18n/vi/rules.ts and src/core/i18n/en/rules.ts), typed by
 * `RuleMessages` so each has every code. docs/rules.md lists every rule with an example, why it
 * matters and its fix.
 *
 * Parameters are data, not words: days are ISO days, counts are numbers, a missing column is its
 * role, a task is its number; the message of each language writes them its own way. A message is
 * typed by its code's parameters (and the cell and row every finding has), so it cannot read a
 * parameter its code does not have; `finding()` (context.ts) accepts only its code's parameters.
 */
import type { Severity } from '../findings';
import type { Role } from '../roles';

/** Where every finding points, whatever its code: its A1 cell and its row as Excel numbers it. */
export interface Where {
  cell: string;
  row: number;
}

/** A task as messages name it: by its number ("1 (dòng 7)"), or by its row alone when it has none. */
export interface TaskRef {
  /** The task's number as written in its STT cell, or null. */
  stt: string | null;
}

/**
 * The parameters of a code whose message needs nothing but the cell and row: `{}`. (An empty type
 * would take any object; a type with one optional property that can never be set takes only `{}`.)
 */
export interface NoParams {
  readonly none?: never;
}

/** Each code's own parameters. An ISO day is written "2025-11-14"; messages print it 14/11/2025. */
export interface RuleParams {
  /** `role`: the role of the column the table lacks (its header's name is the message's, per language). */
  MISSING_COLUMN: { role: Role };
  MISSING_TASK_TEXT: TaskRef;
  MISSING_LEAD: TaskRef;
  MISSING_DEADLINE: TaskRef;
  /** `deadline`: the deadline cell's text. */
  UNPARSED_DEADLINE: { deadline: string };
  /** `deadline`: the deadline cell's text, a progress note. */
  STATUS_IN_DEADLINE: { deadline: string };
  /** `expected`: the number renumbering gives it; null in a unit's report, which is never renumbered. */
  DUPLICATE_STT: { stt: string; expected: string | null };
  STT_ORDER: { stt: string; expected: string };
  /** `stt`: the group's number; `expected`: the one that should follow the group before. */
  GROUP_NUMBERING: { stt: string; expected: string };
  /** `group`: the group's label; `announced`: the count it writes ("(02 nhiệm vụ)"); `held`: the tasks it holds. */
  GROUP_COUNT_MISMATCH: { group: string; announced: number; held: number };
  /** `unit`: the unit, as the support cell names it. */
  LEAD_IN_SUPPORT: TaskRef & { unit: string };
  /** `closest`: the directory's closest name, or null when none is close. */
  UNKNOWN_UNIT: { unit: string; closest: string | null };
  UNKNOWN_STATUS: { status: string };
  DONE_WITHOUT_DATE: TaskRef;
  /** Two ISO days: the completion written and the cut-off date. */
  COMPLETION_AFTER_AS_OF: { completedOn: string; asOf: string };
  DATE_WITHOUT_DONE: TaskRef;
  DONE_WITHOUT_EVIDENCE: TaskRef;
  /** `column`: the letter of the column read as the status; `header`: its header as written. */
  STATUS_COLUMN_GUESSED: { column: string; header: string };
  /** `progress`: the percentage the unit wrote ("Hoàn thành 80%"), or null ("Hoàn thành một phần"). */
  DONE_IN_PART: { status: string; progress: number | null };
  /** `planStart`, `planEnd`: the ISO days of the period the plan's title states. */
  DEADLINE_OUTSIDE_PLAN: { deadline: string; planStart: string; planEnd: string };
  /** `error`: the error value ("#REF!"). */
  FORMULA_ERROR: { error: string };
  TEXT_NOT_NFC: NoParams;
  /** `text`: the cell as typed; `unicode`: the same text converted (the fix writes it). */
  LEGACY_ENCODING: { encoding: 'TCVN3' | 'VNI'; text: string; unicode: string };
  EXTRA_SPACES: NoParams;
  HIDDEN_ROW: NoParams;
  /** `range`: the merged area ("C26:C27"); `text`: its value, trimmed ("" when empty). */
  MERGED_DATA_CELLS: { range: string; text: string };
  /** `rows`: how many rows the task is broken over. */
  SPLIT_ROW: TaskRef & { rows: number };
  /**
   * `date`: the ISO day the cell holds; `swapped`: with day and month swapped back (the fix);
   * `evidenceCell`, `evidenceText`: the first dd/mm text of the column, the proof.
   */
  SWAPPED_DATE: { date: string; swapped: string; evidenceCell: string; evidenceText: string };
  /** `text`: the cell as typed ("30/11/2025"); `date`: the ISO day the fix writes; `swappedCell`: a swapped date of the column. */
  DATE_AS_TEXT: { text: string; date: string; swappedCell: string };
}

export type RuleCode = keyof RuleParams;

/** A code's message, in one language: from its parameters and where it points. */
export type RuleMessages = { [C in RuleCode]: (p: RuleParams[C] & Where) => string };

/** A code's severity. */
export interface RuleSpec {
  severity: Severity;
}

export const CATALOGUE: { [C in RuleCode]: RuleSpec } = {
  MISSING_COLUMN: { severity: 'warning' },
  MISSING_TASK_TEXT: { severity: 'error' },
  MISSING_LEAD: { severity: 'error' },
  MISSING_DEADLINE: { severity: 'error' },
  UNPARSED_DEADLINE: { severity: 'warning' },
  STATUS_IN_DEADLINE: { severity: 'warning' },
  DUPLICATE_STT: { severity: 'error' },
  STT_ORDER: { severity: 'warning' },
  GROUP_NUMBERING: { severity: 'warning' },
  GROUP_COUNT_MISMATCH: { severity: 'error' },
  LEAD_IN_SUPPORT: { severity: 'warning' },
  UNKNOWN_UNIT: { severity: 'warning' },
  UNKNOWN_STATUS: { severity: 'warning' },
  DONE_WITHOUT_DATE: { severity: 'error' },
  COMPLETION_AFTER_AS_OF: { severity: 'error' },
  DATE_WITHOUT_DONE: { severity: 'warning' },
  DONE_WITHOUT_EVIDENCE: { severity: 'info' },
  STATUS_COLUMN_GUESSED: { severity: 'warning' },
  DONE_IN_PART: { severity: 'info' },
  DEADLINE_OUTSIDE_PLAN: { severity: 'warning' },
  FORMULA_ERROR: { severity: 'error' },
  TEXT_NOT_NFC: { severity: 'warning' },
  LEGACY_ENCODING: { severity: 'warning' },
  EXTRA_SPACES: { severity: 'warning' },
  HIDDEN_ROW: { severity: 'warning' },
  MERGED_DATA_CELLS: { severity: 'warning' },
  SPLIT_ROW: { severity: 'warning' },
  SWAPPED_DATE: { severity: 'warning' },
  DATE_AS_TEXT: { severity: 'warning' },
};

/** Every code, in the catalogue's order (never empty, so zod can make an enum of it). */
export const RULE_CODES = Object.keys(CATALOGUE) as [RuleCode, ...RuleCode[]];
