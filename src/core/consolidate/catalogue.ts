/**
 * What consolidation finds, in the manner of the rule catalogue (src/core/rules/catalogue.ts): a
 * fixed code and severity, named parameters of its own, and a message in Vietnamese and English
 * that says what to do (`TEXT[lang].consolidation.findings`, src/core/i18n/vi/consolidation.ts and
 * src/core/i18n/en/consolidation.ts, typed by `ConsolidationMessages` so each has every code).
 * Messages about a file name the file.
 */
import type { Severity } from '../findings';

/** The task's number and text, shortened. */
type TaskParams = { unit: string; task: string; file: string };
/** A row's task key as written (the hidden column of a template). */
type KeyParams = TaskParams & { key: string };

/** Each code's own parameters. */
interface ParamsByCode {
  TEMPLATE_OTHER_PLAN: { file: string; unit: string; planTitle: string };
  TEMPLATE_OTHER_PERIOD: { file: string; unit: string; period: string; expected: string };
  KEY_UNREADABLE: KeyParams;
  KEY_OTHER_PLAN: KeyParams;
  KEY_OUT_OF_RANGE: KeyParams & { number: number; count: number };
  KEY_REPEATED: KeyParams & { first: string };
  TASK_TEXT_CHANGED: TaskParams & { planText: string };
  UNKNOWN_TASK: TaskParams;
  MISSING_TASK: TaskParams;
  CONFLICTING_STATUS: { task: string; reports: string };
  NOT_SUBMITTED: { unit: string; tasks: string[] };
  UNIT_UNKNOWN: { file: string; evidence: string };
  UNIT_UNCERTAIN: { file: string; unit: string; evidence: string };
  UNIT_NOT_IN_PLAN: { file: string; unit: string };
  DUPLICATE_REPORT: { unit: string; files: string[]; used: string; why: string };
  SKIPPED_FILE: { file: string; reason: string };
  BAD_FILE: { file: string; reason: string };
}

export type ConsolidationCode = keyof ParamsByCode;
export type ConsolidationParams<C extends ConsolidationCode> = ParamsByCode[C];

/** A code's message, in one language, from its parameters. */
export type ConsolidationMessages = { [C in ConsolidationCode]: (p: ParamsByCode[C]) => string };

/** Each code's severity. */
export const CONSOLIDATION_CATALOGUE: { readonly [C in ConsolidationCode]: { severity: Severity } } = {
  TEMPLATE_OTHER_PLAN: { severity: 'warning' },
  TEMPLATE_OTHER_PERIOD: { severity: 'warning' },
  KEY_UNREADABLE: { severity: 'warning' },
  KEY_OTHER_PLAN: { severity: 'warning' },
  KEY_OUT_OF_RANGE: { severity: 'warning' },
  KEY_REPEATED: { severity: 'warning' },
  TASK_TEXT_CHANGED: { severity: 'info' },
  UNKNOWN_TASK: { severity: 'warning' },
  MISSING_TASK: { severity: 'warning' },
  CONFLICTING_STATUS: { severity: 'warning' },
  NOT_SUBMITTED: { severity: 'warning' },
  UNIT_UNKNOWN: { severity: 'error' },
  UNIT_UNCERTAIN: { severity: 'warning' },
  UNIT_NOT_IN_PLAN: { severity: 'warning' },
  DUPLICATE_REPORT: { severity: 'warning' },
  SKIPPED_FILE: { severity: 'info' },
  BAD_FILE: { severity: 'error' },
};
