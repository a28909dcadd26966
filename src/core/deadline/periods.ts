/** Days of the periods deadline phrases name: first and last days of months, quarters, halves and years. */
import { lastDayOfMonthIso, lastDayOfQuarterIso } from '../calendar';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function firstDayOfMonthIso(year: number, month: number): string {
  return `${year}-${pad(month)}-01`;
}

export function firstDayOfQuarterIso(year: number, quarter: number): string {
  return firstDayOfMonthIso(year, quarter * 3 - 2);
}

/** The day before an ISO day (UTC arithmetic: no time zone can move it); null when `iso` is no YYYY-MM-DD day. */
export function dayBeforeIso(iso: string): string | null {
  const [, year, month, day] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) ?? [];
  if (year === undefined || month === undefined || day === undefined) return null;
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day) - 1)).toISOString().slice(0, 10);
}

export function yearPeriod(year: number): { from: string; due: string } {
  return { from: firstDayOfMonthIso(year, 1), due: lastDayOfMonthIso(year, 12) };
}

export function monthPeriod(year: number, month: number): { from: string; due: string } {
  return { from: firstDayOfMonthIso(year, month), due: lastDayOfMonthIso(year, month) };
}

export function quarterPeriod(year: number, quarter: number): { from: string; due: string } {
  return { from: firstDayOfQuarterIso(year, quarter), due: lastDayOfQuarterIso(year, quarter) };
}

/** A written year: four digits, or the plan's year when none is written. */
export function yearOr(written: string | undefined, planYear: number): { year: number; yearFromPlan: boolean } {
  return written ? { year: Number(written), yearFromPlan: false } : { year: planYear, yearFromPlan: true };
}

/**
 * The first and last items of a written list of months or quarters ("II, III", "IV - I", "6 và
 * 12"), with how many years before the written one the first item falls. A range written
 * backwards ("Quý IV - Quý I/2026") runs over the new year; any other list is read in order of
 * the calendar ("Quý III, II/2015" is Q2 to Q3).
 */
export function listEnds(items: readonly { n: number; range: boolean }[]): { first: number; last: number; yearsBack: number } | null {
  const numbers = items.map((i) => i.n);
  const [first] = numbers;
  const last = numbers.at(-1);
  if (first === undefined || last === undefined) return null; // an empty list has no ends
  const ranged = items.slice(1).every((i) => i.range);
  if (ranged) {
    const yearsBack = numbers.filter((n, i) => {
      const before = numbers[i - 1];
      return before !== undefined && n <= before;
    }).length;
    return { first, last, yearsBack };
  }
  return { first: Math.min(...numbers), last: Math.max(...numbers), yearsBack: 0 };
}

/** The items of a list and whether each is joined to the one before by a range ("-"). */
export function listItems(list: string, item: RegExp): { text: string; range: boolean }[] {
  const items: { text: string; range: boolean }[] = [];
  let range = false;
  for (const token of list.match(new RegExp(`-|${item.source}`, 'g')) ?? []) {
    if (token === '-') range = true;
    else {
      items.push({ text: token, range });
      range = false;
    }
  }
  return items;
}
