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

const VI_STRINGS: CalendarStrings = {
  months: Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`),
  shortMonths: Array.from({ length: 12 }, (_, i) => `Th${i + 1}`),
  days: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'],
  shortDays: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
  goToToday: 'Hôm nay',
  prevMonthAriaLabel: 'Tháng trước',
  nextMonthAriaLabel: 'Tháng sau',
  prevYearAriaLabel: 'Năm trước',
  nextYearAriaLabel: 'Năm sau',
  prevYearRangeAriaLabel: 'Các năm trước',
  nextYearRangeAriaLabel: 'Các năm sau',
  closeButtonAriaLabel: 'Đóng lịch',
  selectedDateFormatString: 'Ngày đã chọn {0}',
  todayDateFormatString: 'Hôm nay, {0}',
  monthPickerHeaderAriaLabel: '{0}, chọn để đổi năm',
  yearPickerHeaderAriaLabel: '{0}, chọn để đổi tháng',
  weekNumberFormatString: 'Tuần {0}',
  dayMarkedAriaLabel: 'có đánh dấu',
};

const EN_STRINGS: CalendarStrings = {
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  shortDays: ['S', 'M', 'T', 'W', 'T', 'F', 'S'],
  goToToday: 'Today',
  prevMonthAriaLabel: 'Previous month',
  nextMonthAriaLabel: 'Next month',
  prevYearAriaLabel: 'Previous year',
  nextYearAriaLabel: 'Next year',
  prevYearRangeAriaLabel: 'Previous years',
  nextYearRangeAriaLabel: 'Next years',
  closeButtonAriaLabel: 'Close the calendar',
  selectedDateFormatString: 'Selected date {0}',
  todayDateFormatString: 'Today, {0}',
  monthPickerHeaderAriaLabel: '{0}, select to change the year',
  yearPickerHeaderAriaLabel: '{0}, select to change the month',
  weekNumberFormatString: 'Week {0}',
  dayMarkedAriaLabel: 'marked',
};

export const CALENDAR_STRINGS: Record<Language, CalendarStrings> = { vi: VI_STRINGS, en: EN_STRINGS };

/** The calendar's own captions, day first in both languages ("1 Tháng 12, 2025" would read as English). */
export const CALENDAR_FORMATS: Record<Language, NonNullable<DatePickerProps['dateTimeFormatter']>> = {
  vi: {
    formatDay: (date) => String(date.getDate()),
    formatMonth: (date, strings) => strings.months[date.getMonth()] ?? '',
    formatYear: (date) => String(date.getFullYear()),
    formatMonthDayYear: (date) => `${date.getDate()} tháng ${date.getMonth() + 1} năm ${date.getFullYear()}`,
    formatMonthYear: (date) => `Tháng ${date.getMonth() + 1} năm ${date.getFullYear()}`,
  },
  en: {
    formatDay: (date) => String(date.getDate()),
    formatMonth: (date, strings) => strings.months[date.getMonth()] ?? '',
    formatYear: (date) => String(date.getFullYear()),
    formatMonthDayYear: (date, strings) => `${date.getDate()} ${strings.months[date.getMonth()]} ${date.getFullYear()}`,
    formatMonthYear: (date, strings) => `${strings.months[date.getMonth()]} ${date.getFullYear()}`,
  },
};
