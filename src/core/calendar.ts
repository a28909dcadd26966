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
  return isoDay(now.getFullYear(), now.getMonth() + 1, now.getDate())!;
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/**
 * A day as people type it, to an ISO day: "14/11/2025" or "1/12/2025" (day first, as every
 * Vietnamese date is written; "-" and "." separate as well as "/") or "2025-11-14". Null when the
 * text has neither shape or names no real day (30/02/2025).
 */
export function parseUserDay(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(trimmed);
  if (dayFirst) return isoDay(Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]));
  return null;
}
