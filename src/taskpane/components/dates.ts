/**
 * Days as the pane shows and reads them: dd/mm/yyyy whatever the browser's or Windows' locale (an
 * en-US Edge would otherwise show and read 12/01/2025 as 1 December). The settings keep ISO days;
 * Fluent's DatePicker works on local Date objects, which only carry the day across: a local
 * midnight made from the ISO day and read back with the local getters, so no time zone moves it.
 */
import type { CalendarStrings, DatePickerProps } from '@fluentui/react-datepicker-compat';
import { isoDay, parseUserDay } from '../../core/calendar';
import type { Language } from '../../core/findings';
import { isoToVietnamese } from '../../core/grid';
import { type Catalogue, TEXT } from '../../core/i18n';

/** The local midnight of an ISO day. */
export function dateOfIso(iso: string): Date {
  const [year = NaN, month = NaN, day = NaN] = iso.split('-').map(Number);
  const date = new Date(2000, 0, 1); // setFullYear, not the constructor, which reads 25 as 1925
  date.setFullYear(year, month - 1, day);
  return date;
}

/** The ISO day of a local Date (the DatePicker's: always a real day). */
export function isoOfDate(date: Date): string {
  const iso = isoDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
  if (iso === null) throw new RangeError(`not a day: ${String(date)}`);
  return iso;
}

/** A Date as the pane writes it: 01/12/2025. */
export function formatDay(date?: Date): string {
  return date ? isoToVietnamese(isoOfDate(date)) : '';
}

/** What the user typed, day first ("1/12/2025", "01.12.2025") or as 2025-12-01; null when it is not a real day. */
export function parseDay(text: string): Date | null {
  const iso = parseUserDay(text);
  return iso === null ? null : dateOfIso(iso);
}

/** The week starts on Monday in Vietnam (and in the pane's English, which follows the same calendar). */
export const MONDAY: NonNullable<DatePickerProps['firstDayOfWeek']> = 1;

/** The calendar's words in the user's language (src/core/i18n/<lang>/pane.ts). */
export function calendarStrings(lang: Language): CalendarStrings {
  return TEXT[lang].pane.calendar;
}

type DateTimeFormatter = NonNullable<DatePickerProps['dateTimeFormatter']>;

/** The calendar's own captions, day first in both languages ("1 Tháng 12, 2025" would read as English). */
function formatterOf({ monthDayYear, monthYear }: Catalogue['pane']['captions']): DateTimeFormatter {
  return {
    formatDay: (date) => String(date.getDate()),
    formatMonth: (date, strings) => strings.months[date.getMonth()] ?? '',
    formatYear: (date) => String(date.getFullYear()),
    formatMonthDayYear: (date) => monthDayYear(date.getDate(), date.getMonth() + 1, date.getFullYear()),
    formatMonthYear: (date) => monthYear(date.getMonth() + 1, date.getFullYear()),
  };
}

/** One formatter per language, made when first asked for: the DatePicker is given the same object at every render. */
const formatters = new Map<Language, DateTimeFormatter>();

/** The calendar's captions in the user's language. */
export function calendarFormatter(lang: Language): DateTimeFormatter {
  const made = formatters.get(lang) ?? formatterOf(TEXT[lang].pane.captions);
  formatters.set(lang, made);
  return made;
}
