/**
 * The refiners of the deadline reader (in the shape of chrono-node's): after every family has
 * found its phrases, they join what belongs together and read the words around the first phrase.
 * A span or a list of periods ("Quý IV/2025- Quý II/2026"), a period that goes on ("... và các năm
 * tiếp theo") or recurs ("Tháng 12 hằng năm"), "từ ..." and "trước ..." before a period, a second
 * date after the target ("... chậm nhất 31/5/2026"). The lead-in words they read live here too.
 */
import { yearOf } from '../calendar';
import { CONTINUES } from './parsers/ongoing';
import { dayBeforeIso } from './periods';
import type { DeadlineFamily, DeadlineKind, PhraseReading, Recurrence } from './types';

/** Kinds that name a period of the calendar, with a first day and a last day. */
const PERIODS: ReadonlySet<DeadlineKind> = new Set(['date', 'month', 'quarter', 'half', 'year']);

/** Between the two ends of a span or the items of a list: "Quý IV/2025- Quý II/2026", "từ 01/9 đến 31/12/2025", "tháng 6 và tháng 12". */
const SPAN_GAP = /^ ?(?:-|~|den(?: het)?|toi|cho den|va|,|&) ?(?:ngay |het )?$/;
/** Between a period without a year and the recurrence that follows it: "Tháng 12 hằng năm", "ngày 15 của tháng cuối quý". */
const RECURS_GAP = /^,? ?(?:(?:cua|trong|vao) )?(?:cac )?$/;
/** The words just before a phrase that make it the day a task starts: "Từ 01/7/2025", "kể từ tháng 7/2025". */
const STARTS_AT = /(?:^|\s)(?:bat dau |ke )?tu(?: ngay)?\s*$/;
/** The word just before a period that puts the due day before it: "Trước năm 2030" → 31/12/2029. */
const BEFORE = /(?:^|\s)truoc\s*$/;
/** The words just before a second date that make it a limit beside the target: "... phải xử lý trước 31/5/2026". */
const LIMIT = /(?:truoc|cham nhat|muon nhat|khong qua|han chot|han cuoi|thoi han|han)(?: ngay)?\s*$/;
/** A status just after a day: "Ngày 15/3/2026 đã trình UBND tỉnh" is the day something was done. */
const STATUS_GAP = /^,? ?$/;
const CONTINUATION = new RegExp(`^,? ?(?:${CONTINUES})`);

/**
 * The refiners' own words of four letters or more ("trước", "chậm nhất", "muộn nhất", "không quá"):
 * OCR-damaged words are snapped back to them as to the families' words (normaliseDeadlineText).
 */
export const LEAD_IN_WORDS: readonly string[] = ['truoc', 'cham', 'nhat', 'muon', 'khong'];

/** A family's phrase found in the normalised text. */
export interface Phrase {
  family: DeadlineFamily;
  order: number;
  match: RegExpExecArray;
  index: number;
  end: number;
  kind: DeadlineKind;
  reading: PhraseReading;
  /** The family matched its pattern but found no real deadline in it. */
  rejected?: true;
}

/** A phrase that names a period and its due day: a date, a month, a quarter, a half or a year. */
type PeriodPhrase = Phrase & { reading: { due: string } };

/** The first phrase of a span read again in the year its end writes ("Quý IV - Quý I/2026" starts in Q4 2025). */
function spanStart(first: Phrase, last: PeriodPhrase): string | undefined {
  if (!first.reading.yearFromPlan || last.reading.yearFromPlan) return first.reading.from;
  const lastDue = last.reading.due;
  for (const year of [yearOf(lastDue), yearOf(lastDue) - 1]) {
    const again = first.family.read(first.match, year);
    if (again?.from && again.from <= lastDue) return again.from;
  }
  return first.reading.from;
}

/** What the first phrase and the refiners make of the cell. */
export interface Head {
  kind: DeadlineKind;
  due: string | null;
  yearFromPlan: boolean;
  start?: string;
  limit?: string;
  every?: Recurrence;
  statusSentence?: true;
  end: number;
}

/** Joins the first phrase with what follows it and reads the words before it. */
export function refine(normal: string, phrases: Phrase[]): Head | null {
  const first = phrases[0];
  if (first === undefined || first.rejected) return null;
  const { reading } = first;
  if (reading.statusSentence) return { kind: 'unknown', due: null, yearFromPlan: false, statusSentence: true, end: first.end };
  let head: Head = {
    kind: first.kind,
    due: reading.due,
    yearFromPlan: reading.yearFromPlan,
    ...(reading.span && reading.from ? { start: reading.from } : {}),
    ...(reading.every ? { every: reading.every } : {}),
    end: first.end,
  };
  let next = 1;
  const isPeriod = (p: Phrase | undefined): p is PeriodPhrase => p !== undefined && PERIODS.has(p.kind) && p.reading.due !== null;

  if (isPeriod(first)) {
    // A span or a list of periods: due at the last, starting at the first.
    let last = first;
    for (let more = phrases[next]; isPeriod(more) && SPAN_GAP.test(normal.slice(last.end, more.index)); more = phrases[++next]) last = more;
    if (last !== first) {
      const start = spanStart(first, last);
      if (!start || start > last.reading.due) return null;
      head = { kind: last.kind, due: last.reading.due, yearFromPlan: last.reading.yearFromPlan, start, end: last.end };
    }
    const after = phrases[next];
    const rest = normal.slice(head.end);
    if (!head.yearFromPlan && CONTINUATION.test(rest)) {
      // "Quý IV/2025 và các năm tiếp theo": ongoing, first milestone its own due day.
      head = { ...head, kind: 'ongoing' };
    } else if (head.yearFromPlan && after?.kind === 'recurring' && RECURS_GAP.test(normal.slice(head.end, after.index))) {
      // "Tháng 12 hằng năm", "trước ngày 15/12 hằng năm": the task recurs on that period.
      return { kind: 'recurring', due: null, yearFromPlan: false, every: after.reading.every ?? 'year', end: after.end };
    } else if (first.kind === 'date' && last === first && after?.reading.statusSentence && STATUS_GAP.test(normal.slice(head.end, after.index))) {
      return { kind: 'unknown', due: null, yearFromPlan: false, statusSentence: true, end: after.end };
    } else if (last === first && !reading.span && STARTS_AT.test(normal.slice(0, first.index)) && reading.from) {
      // "Từ 01/7/2025": when the task starts, not when it is due.
      return { kind: 'start', due: null, yearFromPlan: head.yearFromPlan, start: reading.from, end: head.end };
    } else if (last === first && first.kind !== 'date' && BEFORE.test(normal.slice(0, first.index)) && reading.from) {
      // "Trước năm 2030", "trước tháng 6/2025": the last day before that period begins. Before a
      // span ("trước giai đoạn 2026 - 2030") the span never starts for the task: no start is kept.
      const dayBefore = dayBeforeIso(reading.from);
      if (dayBefore === null) return null;
      head = { kind: head.kind, due: dayBefore, yearFromPlan: head.yearFromPlan, end: head.end };
    }
  }

  if (head.due) {
    // A second date after the target: "Quý I/2026. Có trong danh sách phải xử lý trước 31/5/2026".
    let previousEnd = head.end;
    for (const phrase of phrases.slice(next)) {
      if (phrase.index < head.end) continue;
      if (phrase.reading.due && phrase.reading.due !== head.due && LIMIT.test(normal.slice(previousEnd, phrase.index))) {
        head = { ...head, limit: phrase.reading.due };
        break;
      }
      previousEnd = phrase.end;
    }
  }
  return head;
}
