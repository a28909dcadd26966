import { serialDayOrNull } from '../calendar';
import { type Cell, cellText, isoToVietnamese } from '../grid';
import { joinLines } from '../text';
import { normaliseDeadlineText } from './normaliseDeadlineText';
import { conditional } from './parsers/conditional';
import { day } from './parsers/day';
import { half } from './parsers/half';
import { month } from './parsers/month';
import { ongoing } from './parsers/ongoing';
import { quarter } from './parsers/quarter';
import { recurring } from './parsers/recurring';
import { year } from './parsers/year';
import type { Deadline, DeadlineParser } from './types';

/** Order breaks ties between parsers matching at the same place: the more specific phrase first. */
const PARSERS: readonly DeadlineParser[] = [ongoing, half, quarter, month, day, year, recurring, conditional];

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

function parseDeadlineText(written: string, planYear: number): Deadline {
  const text = joinLines(written);
  const normal = normaliseDeadlineText(text);
  let best: { index: number; deadline: Deadline } | null = null;
  for (const parser of PARSERS) {
    const match = parser.pattern.exec(normal);
    if (!match || (best && match.index >= best.index)) continue;
    const read = parser.read(match, planYear);
    if (read) best = { index: match.index, deadline: { text, kind: parser.kind, ...read } };
  }
  return best?.deadline ?? unknown(text);
}

/**
 * Reads the deadline cell of a task. Only this cell decides: a task's own text may quote dates or
 * say "thường xuyên". Real dates and numbers are read by value, text by its phrase.
 */
export function readDeadline(cell: Cell | null | undefined, planYear: number): Deadline {
  if (!cell) return unknown('');
  switch (cell.kind) {
    case 'date':
      return { text: isoToVietnamese(cell.iso), kind: 'date', due: cell.iso, yearFromPlan: false };
    case 'number': {
      const { value } = cell;
      if (Number.isInteger(value) && value >= 2000 && value <= 2100) return readDeadlineText(String(value), planYear);
      const iso = serialDayOrNull(value);
      if (iso) return { text: isoToVietnamese(iso), kind: 'date', due: iso, yearFromPlan: false };
      return unknown(String(value));
    }
    case 'text':
      return readDeadlineText(cell.text, planYear);
    default:
      return unknown(cellText(cell));
  }
}
