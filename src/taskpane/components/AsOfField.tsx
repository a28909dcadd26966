/**
 * The cut-off date, shared by every panel that counts states and kept in the workbook's settings:
 * a DayPicker, shown and typed as dd/mm/yyyy whatever the locale. A day that is not one
 * (31/04/2025, "hôm qua") is not saved, and the field says why.
 */
import { Field } from '@fluentui/react-components';
import type { DatePickerErrorType } from '@fluentui/react-datepicker-compat';
import { useMemo, useRef, useState } from 'react';
import { todayIso } from '../../core/calendar';
import type { Language } from '../../core/findings';
import { isoToVietnamese } from '../../core/grid';
import { TEXT } from '../../core/i18n';
import { cutOffLine } from '../../core/summary';
import type { PaneProps } from '../App';
import { calendarFormatter, calendarStrings, dateOfIso, isoOfDate } from './dates';
import { DayPicker, dayProblem } from './DayPicker';

function problem(error: DatePickerErrorType, typed: string, counting: string, lang: Language): string {
  return `${dayProblem(error, typed, lang)}; ${TEXT[lang].pane.asOfNotSaved(counting)}.`;
}

export function AsOfField({ settings, onSettings, t, lang }: Pick<PaneProps, 'settings' | 'onSettings' | 't'> & { lang: Language }) {
  const [invalid, setInvalid] = useState<string | null>(null);
  const typed = useRef('');
  // One Date per saved day: a new object at every render would reset the text being typed.
  const value = useMemo(() => (settings.asOf ? dateOfIso(settings.asOf) : null), [settings.asOf]);
  const today = isoToVietnamese(todayIso());
  const counting = settings.asOf ? isoToVietnamese(settings.asOf) : TEXT[lang].pane.asOfToday(today);
  // The day it counts at, as every sheet and message writes it, and spelt out: an en-US user sees it is December.
  const spelt = value ? calendarFormatter(lang).formatMonthDayYear(value, calendarStrings(lang)) : '';
  const hint = settings.asOf ? `${cutOffLine(settings.asOf, lang)} (${spelt}). ${t('asOfHint')}.` : `${t('asOfHint')} (${today}).`;

  return (
    <Field label={t('asOf')} hint={invalid ? undefined : hint} validationState={invalid ? 'error' : 'none'} validationMessage={invalid ?? undefined} data-testid="as-of-field">
      <DayPicker
        lang={lang}
        value={value}
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
