/**
 * A day as the pane takes it: Fluent's DatePicker shown and typed as dd/mm/yyyy whatever the
 * browser's or Windows' locale (dates.ts), "01/12/2025" being 1 December in an en-US Edge too, the
 * week from Monday, within 2000–2100 unless narrowed. The cut-off date (AsOfField) and the day the
 * units' reports are due (ReportByField) are both this field.
 */
import { DatePicker, type DatePickerErrorType, type DatePickerProps } from '@fluentui/react-datepicker-compat';
import { useMemo } from 'react';
import type { Language } from '../../core/findings';
import { isoToVietnamese } from '../../core/grid';
import { TEXT } from '../../core/i18n';
import { calendarFormatter, calendarStrings, dateOfIso, formatDay, MONDAY, parseDay } from './dates';

/** The days the pane accepts (the settings' plan years run 2000–2100). */
const FIRST_DAY = '2000-01-01';
const LAST_DAY = '2100-12-31';
const LAST_DATE = dateOfIso(LAST_DAY);

/** Why a typed day was not taken, in the user's words ("31/04/2025" is no day; a day outside the bounds). */
export function dayProblem(error: DatePickerErrorType, typed: string, lang: Language, first = FIRST_DAY): string {
  const what = typed.trim() ? `"${typed.trim()}"` : '';
  const range = `${isoToVietnamese(first)} – ${isoToVietnamese(LAST_DAY)}`;
  const text = TEXT[lang].pane;
  const why = error === 'out-of-bounds' ? text.dayOutOfBounds(what, range) : text.dayNotReal(what);
  return why.trim();
}

type DayPickerProps = Omit<
  DatePickerProps,
  'allowTextInput' | 'formatDate' | 'parseDateFromString' | 'placeholder' | 'strings' | 'dateTimeFormatter' | 'firstDayOfWeek' | 'minDate' | 'maxDate'
> & {
  lang: Language;
  /** The first day taken (ISO); 01/01/2000 when not said. */
  first?: string;
};

export function DayPicker({ lang, first = FIRST_DAY, ...props }: DayPickerProps) {
  // One Date per bound: a new object at every render would make the picker check the day again.
  const minDate = useMemo(() => dateOfIso(first), [first]);
  return (
    <DatePicker
      allowTextInput
      formatDate={formatDay}
      parseDateFromString={parseDay}
      placeholder={TEXT[lang].pane.dayPlaceholder}
      strings={calendarStrings(lang)}
      dateTimeFormatter={calendarFormatter(lang)}
      firstDayOfWeek={MONDAY}
      minDate={minDate}
      maxDate={LAST_DATE}
      showGoToToday
      {...props}
    />
  );
}
