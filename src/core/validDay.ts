/**
 * A calendar day known to exist. A fix writes a date only as a `ValidDay`, and the only way to get
 * one is `validDay`, which checks the day: "31/04/2025" or a failed parse can never become a date
 * edit (a null or malformed ISO string used to reach the writers, which wrote 01/01/1970).
 */
import { isoDay } from './calendar';

declare const VALID_DAY: unique symbol;

/** An ISO day ("2025-11-05") checked to exist. */
export type ValidDay = string & { readonly [VALID_DAY]: true };

/** The day as a `ValidDay`, or null when `iso` is not a YYYY-MM-DD day that exists. */
export function validDay(iso: string | null | undefined): ValidDay | null {
  const match = typeof iso === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!match) return null;
  return isoDay(Number(match[1]), Number(match[2]), Number(match[3])) === iso ? (iso as ValidDay) : null;
}

/** The day of a day-first date (dd/mm/yyyy, as Vietnamese offices write it), or null when it does not exist. */
export function dayFirst(day: number, month: number, year: number): ValidDay | null {
  return validDay(isoDay(year, month, day));
}
