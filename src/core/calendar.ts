/**
 * Calendar days. A deadline or a completion date is a day, not an instant, so the engine keeps days
 * as ISO strings ("2025-12-31", which also sort correctly) and does all arithmetic with date-fns on
 * UTCDate, so the machine's time zone can never move a day.
 */
import { UTCDate } from '@date-fns/utc';
// One module per function: date-fns's index loads all of its 250 functions (80 ms in every process).
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { endOfQuarter } from 'date-fns/endOfQuarter';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';

function day(year: number, month: number, dayOfMonth: number): UTCDate {
  return new UTCDate(year, month - 1, dayOfMonth);
}

function iso(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** ISO day for a year/month/day, or null when no such day exists (31/4, 29/2/2025, 13/13). */
export function isoDay(year: number, month: number, dayOfMonth: number): string | null {
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) return null;
  const date = day(year, month, dayOfMonth);
  if (!isValid(date) || date.getMonth() !== month - 1) return null;
  return iso(date);
}

export function lastDayOfMonthIso(year: number, month: number): string {
  return iso(lastDayOfMonth(day(year, month, 1)));
}

export function lastDayOfQuarterIso(year: number, quarter: number): string {
  return iso(endOfQuarter(day(year, quarter * 3, 1)));
}

/**
 * The day an Excel serial number stands for. The 1900 system counts from 31/12/1899 and keeps
 * Lotus' phantom 29/02/1900 (serial 60); the 1904 system (old Mac files) counts from 01/01/1904.
 */
export function excelSerialToIso(serial: number, date1904 = false): string {
  const whole = Math.floor(serial);
  if (date1904) return iso(addDays(day(1904, 1, 1), whole));
  return iso(addDays(whole < 60 ? day(1899, 12, 31) : day(1899, 12, 30), whole));
}

/** Excel serials of 01/01/2000 and 31/12/2099. */
const PLAUSIBLE_SERIALS = [36526, 73050] as const;

/**
 * The day a bare number stands for when it is a date that lost its format (a serial between
 * 2000 and 2099), or null for any other number.
 */
export function serialDayOrNull(value: number): string | null {
  return value >= PLAUSIBLE_SERIALS[0] && value <= PLAUSIBLE_SERIALS[1] ? excelSerialToIso(value) : null;
}

/** The Excel serial (1900 system) of an ISO day after 28/02/1900: the inverse of excelSerialToIso. */
export function isoToExcelSerial(isoDate: string): number {
  return differenceInCalendarDays(new UTCDate(isoDate), day(1899, 12, 30));
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetweenIso(from: string, to: string): number {
  return differenceInCalendarDays(new UTCDate(to), new UTCDate(from));
}

/** Today's day where the user is (the machine's local calendar), as an ISO day. */
export function todayIso(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** "14/11/2025", "1.12.2025" (the same separator twice) or "2025-11-14": the day, month and year typed. */
const TYPED_DAY = /^(?:(\d{1,2})([/.-])(\d{1,2})\2(\d{4})|(\d{4})-(\d{1,2})-(\d{1,2}))$/;

function typedDay(text: string): { year: number; month: number; dayOfMonth: number } | null {
  const m = TYPED_DAY.exec(text.trim());
  if (!m) return null;
  return m[1] ? { year: Number(m[4]), month: Number(m[3]), dayOfMonth: Number(m[1]) } : { year: Number(m[5]), month: Number(m[6]), dayOfMonth: Number(m[7]) };
}

/**
 * A day as people type it, to an ISO day: "14/11/2025" or "1/12/2025" (day first, as every
 * Vietnamese date is written; "-" and "." separate as well as "/") or "2025-11-14". Null when the
 * text has neither shape or names no real day (30/02/2025).
 */
export function parseUserDay(text: string): string | null {
  const typed = typedDay(text);
  return typed && isoDay(typed.year, typed.month, typed.dayOfMonth);
}

/** True when the text has the shape of a typed day, real or not ("30/02/2025"): a field can say "no such day" rather than "cannot read". */
export function looksLikeUserDay(text: string): boolean {
  return typedDay(text) !== null;
}

/**
 * A day written day first in digits, as documents write it: "14/11/2025", "1.12.2025", "14 / 11 /
 * 2025" (groups: day, month, year; never inside a longer number). Every day-first date read from a
 * document's text is read with this pattern or DAY_IN_WORDS; the deadline reader's own grammar
 * (a day without its year, a two-digit year) is its day family's (deadline/parsers/day.ts).
 */
export const DAY_IN_DIGITS = String.raw`(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)`;
/** The same day in words, in folded text: "ngay 14 thang 11 nam 2025" (groups: day, month, year). */
export const DAY_IN_WORDS = String.raw`ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})`;
/** Either form: the digits' groups first, then the words'. */
export const WRITTEN_DAY = `(?:${DAY_IN_DIGITS}|${DAY_IN_WORDS})`;

/**
 * The ISO day of a match of WRITTEN_DAY (or of DAY_IN_DIGITS or DAY_IN_WORDS alone), inside a
 * larger pattern its groups starting at `group`; null when it names no real day (31/02/2025).
 */
export function writtenDayOf(match: RegExpMatchArray, group = 1): string | null {
  const at = match[group] === undefined ? group + 3 : group;
  const [dayOfMonth, month, year] = [match[at], match[at + 1], match[at + 2]];
  return dayOfMonth && month && year ? isoDay(Number(year), Number(month), Number(dayOfMonth)) : null;
}

const WRITTEN_DAYS = new RegExp(WRITTEN_DAY, 'g');

/** Every real day a folded text writes, in digits or in words, in the order written. */
export function daysWritten(folded: string): string[] {
  return [...folded.matchAll(WRITTEN_DAYS)].map((match) => writtenDayOf(match)).filter((day): day is string => day !== null);
}
