/**
 * The cut-off date, shared by every panel that counts states and kept in the workbook's settings.
 * Fluent's DatePicker, shown and typed as dd/mm/yyyy whatever the browser's or Windows' locale
 * (dates.ts): "01/12/2025" is 1 December in an en-US Edge too. A day that is not one (31/04/2025,
 * "hôm qua") is not saved, and the field says why.
 */
import { Field } from '@fluentui/react-components';
import { DatePicker, type DatePickerErrorType } from '@fluentui/react-datepicker-compat';
import { useMemo, useRef, useState } from 'react';
import { todayIso } from '../core/calendar';
import type { Language } from '../core/findings';
import { isoToVietnamese } from '../core/grid';
import { cutOffLine } from '../core/summary';
import type { PaneProps } from './App';
import { CALENDAR_FORMATS, CALENDAR_STRINGS, dateOfIso, formatDay, isoOfDate, MONDAY, parseDay } from './dates';

/** The days the pane accepts as a cut-off (the settings' plan years run 2000–2100). */
const FIRST_DAY = dateOfIso('2000-01-01');
const LAST_DAY = dateOfIso('2100-12-31');

function problem(error: DatePickerErrorType, typed: string, counting: string, lang: Language): string {
  const what = typed.trim() ? `"${typed.trim()}"` : '';
  if (lang === 'vi') {
    const why =
      error === 'out-of-bounds'
        ? `${what} nằm ngoài khoảng 01/01/2000 – 31/12/2100`
        : `${what} không phải một ngày có thật viết theo ngày/tháng/năm (ví dụ 14/11/2025)`;
    return `${why.trim()}; chưa lưu, vẫn tính tại ${counting}.`;
  }
  const why =
    error === 'out-of-bounds' ? `${what} is outside 01/01/2000 – 31/12/2100` : `${what} is not a real day written day/month/year (e.g. 14/11/2025)`;
  return `${why.trim()}; not saved, still counting at ${counting}.`;
}

export function AsOfField({ settings, onSettings, t, lang }: Pick<PaneProps, 'settings' | 'onSettings' | 't'> & { lang: Language }) {
  const [invalid, setInvalid] = useState<string | null>(null);
  const typed = useRef('');
  // One Date per saved day: a new object at every render would reset the text being typed.
  const value = useMemo(() => (settings.asOf ? dateOfIso(settings.asOf) : null), [settings.asOf]);
  const today = isoToVietnamese(todayIso());
  const counting = settings.asOf ? isoToVietnamese(settings.asOf) : lang === 'vi' ? `ngày hôm nay (${today})` : `today (${today})`;
  // The day it counts at, as every sheet and message writes it, and spelt out: an en-US user sees it is December.
  const spelt = value ? CALENDAR_FORMATS[lang].formatMonthDayYear(value, CALENDAR_STRINGS[lang]) : '';
  const hint = settings.asOf ? `${cutOffLine(settings.asOf, lang)} (${spelt}). ${t('asOfHint')}.` : `${t('asOfHint')} (${today}).`;

  return (
    <Field label={t('asOf')} hint={invalid ? undefined : hint} validationState={invalid ? 'error' : 'none'} validationMessage={invalid ?? undefined} data-testid="as-of-field">
      <DatePicker
        allowTextInput
        value={value}
        formatDate={formatDay}
        parseDateFromString={parseDay}
        placeholder={lang === 'vi' ? 'dd/mm/yyyy (ngày/tháng/năm)' : 'dd/mm/yyyy (day/month/year)'}
        strings={CALENDAR_STRINGS[lang]}
        dateTimeFormatter={CALENDAR_FORMATS[lang]}
        firstDayOfWeek={MONDAY}
        minDate={FIRST_DAY}
        maxDate={LAST_DAY}
        showGoToToday
        data-testid="as-of"
        onChange={(_, data) => {
          typed.current = data.value;
          setInvalid(null);
        }}
        onSelectDate={(date) => {
          const asOf = date ? isoOfDate(date) : undefined;
          if (asOf === settings.asOf) return;
          setInvalid(null);
          void onSettings({ ...settings, asOf });
        }}
        onValidationResult={({ error }) => setInvalid(error ? problem(error, typed.current, counting, lang) : null)}
      />
    </Field>
  );
}
