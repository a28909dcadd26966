/**
 * Reads a deadline cell, in the shape of chrono-node: every family (parsers/index.ts) finds its
 * phrases in the normalised text, then a few refiners (refiners.ts) join what belongs together (a span
 * "Quý IV/2025- Quý II/2026", a period that recurs "Tháng 12 hằng năm", "từ ..." and "trước ..."
 * before a period, a second date after the target). The phrase that starts first decides.
 */
import { lastDayOfMonthIso, serialDayOrNull } from '../calendar';
import { type Cell, cellText, isoToVietnamese } from '../grid';
import { firstSection } from '../numberFormat';
import { joinLines, remembered } from '../text';
import { normaliseDeadlineText } from './normaliseDeadlineText';
import { FAMILIES } from './parsers';
import { type Phrase, refine } from './refiners';
import type { Deadline } from './types';

/** Each family with its pattern made global, to find every phrase of it. */
const SEARCHES = FAMILIES.map((family) => ({
  family,
  global: new RegExp(family.pattern.source, family.pattern.flags.includes('g') ? family.pattern.flags : `${family.pattern.flags}g`),
}));

/** Every family's phrases, earliest first (on a tie the family listed first), none overlapping. */
function findPhrases(normal: string, planYear: number): Phrase[] {
  const found: Phrase[] = [];
  SEARCHES.forEach(({ family, global }, order) => {
    for (const match of normal.matchAll(global)) {
      if (match[0] === '') continue;
      // A phrase that looks like a deadline but is none ("31/02/2025", "ngày 31 tháng 6/2025", "Quý V")
      // stays in the list, unread: no other family may read a day from inside it.
      const reading = family.read(match, planYear);
      const at = { family, order, match, index: match.index, end: match.index + match[0].length };
      found.push(reading ? { ...at, kind: family.kind, reading } : { ...at, kind: 'unknown', reading: { due: null, yearFromPlan: false }, rejected: true });
    }
  });
  found.sort((a, b) => a.index - b.index || a.order - b.order);
  const phrases: Phrase[] = [];
  for (const phrase of found) if (phrase.index >= (phrases.at(-1)?.end ?? 0)) phrases.push(phrase);
  return phrases;
}

function unknown(text: string): Deadline {
  return { text, kind: 'unknown', due: null, yearFromPlan: false };
}

/** A plan repeats a handful of deadline phrases over hundreds of rows: each is read once per plan year, remembered as "2025 Quý IV". */
const readOnce = remembered((yearAndText) => {
  const space = yearAndText.indexOf(' ');
  return parseDeadlineText(yearAndText.slice(space + 1), Number(yearAndText.slice(0, space)));
});

/** Reads a deadline written as text. The phrase that starts earliest wins, so the leading words decide. */
export function readDeadlineText(written: string, planYear: number): Deadline {
  return readOnce(`${planYear} ${written}`);
}

/** "năm sau", "năm tới": a year counted from a date the phrase does not give; no family may date it from the plan's year. */
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
  return firstSection(format)
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
  const shown = firstSection(format)
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
  if (period === 'month' && format !== undefined) {
    return { text: monthText(iso, format), kind: 'month', due: lastDayOfMonthIso(year, month), yearFromPlan: false };
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
