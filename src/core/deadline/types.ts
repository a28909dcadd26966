import type { Language } from '../findings';

/** The fixed kinds of deadline a plan writes (see docs/deadlines.md); the order UNPARSED_DEADLINE lists the forms in. */
export const DEADLINE_KINDS = [
  'date',
  'month',
  'quarter',
  'half',
  'year',
  'ongoing',
  'recurring',
  'conditional',
  /** "Từ 01/7/2025": the day the task starts (`start`), not a day it must be done by. */
  'start',
  /** "Kỳ họp giữa năm 2026": a council (HĐND, Quốc hội) session; no day unless the cell writes its month. */
  'session',
  /** "Theo Kế hoạch riêng", "Thông báo số 326/TB-TTHĐND ...": the deadline is set in another document. */
  'reference',
  'unknown',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** How often a recurring task repeats, when its phrase says so. */
export type Recurrence = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year';

/** A value: deadlines are shared between the tasks that write the same phrase, never changed. */
export interface Deadline {
  /** The deadline as written in the cell (a date cell is shown as dd/mm/yyyy). */
  readonly text: string;
  readonly kind: DeadlineKind;
  /** Last day the task may be finished (ISO day); null for recurring, conditional, start, reference, unknown. */
  readonly due: string | null;
  /** True when the text carried no year and the plan's year was used ("Quý IV", "Tháng 10"). */
  readonly yearFromPlan: boolean;
  /**
   * First day of a span ("2026 - 2030", "Quý IV/2025- Quý II/2026", "Quý II, III/2015": due at its
   * end), or the day a `start` deadline starts ("Từ 01/7/2025").
   */
  readonly start?: string;
  /**
   * A second day the cell writes after its target, shown beside the due day but not used for it:
   * "Quý I/2026. Có trong danh sách phải xử lý trước 31/5/2026" → due 31/03/2026, limit 31/05/2026.
   */
  readonly limit?: string;
  /** How often a recurring deadline repeats, when the phrase says: "Tháng 12 hằng năm" → 'year'. */
  readonly every?: Recurrence;
  /**
   * The cell holds a sentence about the task's progress, not a deadline ("Công an tỉnh đề nghị
   * chuyển sang Kỳ họp giữa năm 2026", "Đã trình UBND tỉnh"): kind `unknown`, reported as
   * STATUS_IN_DEADLINE rather than UNPARSED_DEADLINE.
   */
  readonly statusSentence?: true;
}

/** What one parser reads from its phrase. */
export interface PhraseReading {
  due: string | null;
  yearFromPlan: boolean;
  /** First day of the period the phrase names (a day: that day itself); absent for phrases without a period. */
  from?: string;
  /** The phrase itself names more than one period ("Quý II, III/2015", "2026-2030"): `from` is shown as the span's start. */
  span?: boolean;
  every?: Recurrence;
  statusSentence?: true;
}

/**
 * One family of deadline phrases, in its own file under parsers/ and registered in one list
 * (parsers/index.ts): everything a new kind of phrase needs. Its pattern and reading; the words
 * OCR damage is snapped back to; what the UNPARSED_DEADLINE message calls it; and phrases as plans
 * write them, which the tests read and docs/deadlines.md shows (families.test.ts ties them).
 */
export interface DeadlineFamily {
  /** The family's name, for tests and docs ("quarter", "session" ...). */
  name: string;
  kind: DeadlineKind;
  /** Searched over the normalised text (normaliseDeadlineText); the match that starts first wins. */
  pattern: RegExp;
  /**
   * The family's words of four letters or more: OCR-damaged words one edit away from exactly one
   * of them are snapped back ("thudng" → "thuong"). Each is a word the pattern reads.
   */
  words: readonly string[];
  /** The family's other spellings of its short words, OCR's included: `{ qui: 'quy' }`. */
  spellings?: Readonly<Record<string, string>>;
  /**
   * The form the family reads, as UNPARSED_DEADLINE lists the forms it tried ("quý", "quarter"),
   * or null for a family whose phrases are no form to rewrite a deadline in: a progress note, a
   * loose phrase, a session or another document (no due day).
   */
  form: Readonly<Record<Language, string>> | null;
  /** Phrases of the family as plans write them: each is read by this family (and shown in docs/deadlines.md). */
  examples: readonly string[];
  /** Null when the match is not a real deadline after all (e.g. "31/02/2025"). */
  read(match: RegExpExecArray, planYear: number): PhraseReading | null;
}
