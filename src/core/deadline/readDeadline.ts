/**
 * Reads a deadline cell, in the shape of chrono-node: every family's parser (parsers/index.ts)
 * finds its phrases in the normalised text, then a few refiners join what belongs together (a span
 * "Quý IV/2025- Quý II/2026", a period that recurs "Tháng 12 hằng năm", "từ ..." and "trước ..."
 * before a period, a second date after the target). The phrase that starts first decides.
 */
import { lastDayOfMonthIso, serialDayOrNull } from '../calendar';
import { type Cell, cellText, isoToVietnamese } from '../grid';
import { joinLines } from '../text';
import { normaliseDeadlineText } from './normaliseDeadlineText';
import { PARSERS } from './parsers';
import { CONTINUES } from './parsers/ongoing';
import { dayBeforeIso } from './periods';
import type { Deadline, DeadlineKind, DeadlineParser, PhraseReading, Recurrence } from './types';

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

interface Phrase {
  parser: DeadlineParser;
  order: number;
  match: RegExpExecArray;
  index: number;
  end: number;
  kind: DeadlineKind;
  reading: PhraseReading;
  /** The parser matched its pattern but found no real deadline in it. */
  rejected?: true;
}

const GLOBAL = new Map<DeadlineParser, RegExp>(
  PARSERS.map((parser) => [parser, new RegExp(parser.pattern.source, parser.pattern.flags.includes('g') ? parser.pattern.flags : `${parser.pattern.flags}g`)]),
);

/** Every family's phrases, earliest first (on a tie the parser listed first), none overlapping. */
function findPhrases(normal: string, planYear: number): Phrase[] {
  const found: Phrase[] = [];
  PARSERS.forEach((parser, order) => {
    for (const match of normal.matchAll(GLOBAL.get(parser)!)) {
      if (match[0] === '') continue;
      // A phrase that looks like a deadline but is none ("31/02/2025", "ngày 31 tháng 6/2025", "Quý V")
      // stays in the list, unread: no other parser may read a day from inside it.
      const reading = parser.read(match, planYear);
      const at = { parser, order, match, index: match.index, end: match.index + match[0].length };
      found.push(reading ? { ...at, kind: parser.kind, reading } : { ...at, kind: 'unknown', reading: { due: null, yearFromPlan: false }, rejected: true });
    }
  });
  found.sort((a, b) => a.index - b.index || a.order - b.order);
  const phrases: Phrase[] = [];
  for (const phrase of found) if (phrase.index >= (phrases.at(-1)?.end ?? 0)) phrases.push(phrase);
  return phrases;
}

function yearOfIso(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** The first phrase of a span read again in the year its end writes ("Quý IV - Quý I/2026" starts in Q4 2025). */
function spanStart(first: Phrase, last: Phrase): string | undefined {
  if (!first.reading.yearFromPlan || last.reading.yearFromPlan) return first.reading.from;
  const lastDue = last.reading.due!;
  for (const year of [yearOfIso(lastDue), yearOfIso(lastDue) - 1]) {
    const again = first.parser.read(first.match, year);
    if (again?.from && again.from <= lastDue) return again.from;
  }
  return first.reading.from;
}

interface Head {
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
function refine(normal: string, phrases: Phrase[]): Head | null {
  const first = phrases[0]!;
  if (first.rejected) return null;
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
  const isPeriod = (p: Phrase | undefined): p is Phrase => p !== undefined && PERIODS.has(p.kind) && p.reading.due !== null;

  if (isPeriod(first)) {
    // A span or a list of periods: due at the last, starting at the first.
    let last = first;
    while (isPeriod(phrases[next]) && SPAN_GAP.test(normal.slice(last.end, phrases[next]!.index))) last = phrases[next++]!;
    if (last !== first) {
      const start = spanStart(first, last);
      if (!start || start > last.reading.due!) return null;
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
    } else if (last === first && !reading.span && STARTS_AT.test(normal.slice(0, first.index))) {
      // "Từ 01/7/2025": when the task starts, not when it is due.
      return { kind: 'start', due: null, yearFromPlan: head.yearFromPlan, start: reading.from!, end: head.end };
    } else if (last === first && first.kind !== 'date' && BEFORE.test(normal.slice(0, first.index)) && reading.from) {
      // "Trước năm 2030", "trước tháng 6/2025": the last day before that period begins.
      head = { ...head, due: dayBeforeIso(reading.from) };
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

function unknown(text: string): Deadline {
  return { text, kind: 'unknown', due: null, yearFromPlan: false };
}

/** A plan repeats a handful of deadline phrases over hundreds of rows: remember each answer. */
const memo = new Map<string, Deadline>();
const MEMO_LIMIT = 50_000;

/** Reads a deadline written as text. The phrase that starts earliest wins, so the leading words decide. */
export function readDeadlineText(written: string, planYear: number): Deadline {
  const key = `${planYear}\u0000${written}`;
  const known = memo.get(key);
  if (known) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const deadline = parseDeadlineText(written, planYear);
  memo.set(key, deadline);
  return deadline;
}

/** "năm sau", "năm tới": a year counted from a date the phrase does not give; no parser may date it from the plan's year. */
const RELATIVE_YEAR = /\bnam (?:sau|toi|ke tiep)\b/;

function parseDeadlineText(written: string, planYear: number): Deadline {
  const text = joinLines(written);
  const normal = normaliseDeadlineText(text);
  if (RELATIVE_YEAR.test(normal)) return unknown(text);
  const phrases = findPhrases(normal, planYear);
  if (phrases.length === 0) return unknown(text);
  const head = refine(normal, phrases);
  if (!head) return unknown(text);
  const { kind, due, yearFromPlan, start, limit, every, statusSentence } = head;
  return {
    text,
    kind,
    due,
    yearFromPlan,
    ...(start ? { start } : {}),
    ...(limit ? { limit } : {}),
    ...(every ? { every } : {}),
    ...(statusSentence ? { statusSentence } : {}),
  };
}

/** A number format's sections without its quoted literals, escapes and colours. */
function formatCodes(format: string): string {
  return format
    .split(';')[0]!
    .replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '')
    .toLowerCase();
}

/**
 * What a real date cell stands for, by its format: a format without a day ("Tháng "m/yyyy,
 * mm/yyyy) shows a month the user typed, so the task is due at the month's end; "yyyy" a year.
 */
function dateCellPeriod(format: string | undefined): 'date' | 'month' | 'year' {
  if (!format) return 'date';
  const codes = formatCodes(format);
  if (/[dhs]/.test(codes) || !/y/.test(codes)) return 'date';
  return /m/.test(codes) ? 'month' : 'year';
}

/** The cell as Excel shows it for a month format: "Tháng 3/2026", "03/2026". */
function monthText(iso: string, format: string): string {
  const [year, month] = iso.split('-') as [string, string, string];
  const shown = format
    .split(';')[0]!
    .replace(/\[[^\]]*\]/g, '')
    .replace(/"([^"]*)"|\\(.)|y{3,4}|yy|m{1,4}/gi, (token, literal?: string, escaped?: string) => {
      if (literal !== undefined) return literal;
      if (escaped !== undefined) return escaped;
      const lower = token.toLowerCase();
      if (lower.startsWith('y')) return lower.length >= 3 ? year : year.slice(2);
      return lower === 'm' ? String(Number(month)) : month;
    });
  return /\d/.test(shown) ? shown.trim() : `${month}/${year}`;
}

/** A real date cell: a day, or the month or year its format shows. */
function readDateCell(iso: string, format: string | undefined): Deadline {
  const period = dateCellPeriod(format);
  const [year, month] = iso.split('-').map(Number) as [number, number];
  if (period === 'month') {
    return { text: monthText(iso, format!), kind: 'month', due: lastDayOfMonthIso(year, month), yearFromPlan: false };
  }
  if (period === 'year') {
    return { text: String(year), kind: 'year', due: lastDayOfMonthIso(year, 12), yearFromPlan: false };
  }
  return { text: isoToVietnamese(iso), kind: 'date', due: iso, yearFromPlan: false };
}

/**
 * Reads the deadline cell of a task. Only this cell decides: a task's own text may quote dates or
 * say "thường xuyên". Real dates and numbers are read by value, text by its phrase.
 */
export function readDeadline(cell: Cell | null | undefined, planYear: number): Deadline {
  if (!cell) return unknown('');
  switch (cell.kind) {
    case 'date':
      return readDateCell(cell.iso, cell.format);
    case 'number': {
      const { value } = cell;
      if (Number.isInteger(value) && value >= 2000 && value <= 2100) return readDeadlineText(String(value), planYear);
      const iso = serialDayOrNull(value);
      if (iso) return readDateCell(iso, cell.format);
      return unknown(String(value));
    }
    case 'text':
      return readDeadlineText(cell.text, planYear);
    default:
      return unknown(cellText(cell));
  }
}
