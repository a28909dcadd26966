/**
 * "Hạn gửi báo cáo": the day the units' filled templates are due back, written in each template and
 * in the reminders (a reminder without it leaves the day blank, never an invented one). Optional, not
 * before the cut-off date (no unit can report figures of a day still to come), typed and shown as
 * dd/mm/yyyy like the cut-off. Kept for the pane's session: it changes every month.
 */
import { Field } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import type { Language } from '../../../core/findings';
import { isoToVietnamese } from '../../../core/grid';
import type { PaneProps } from '../../App';
import { dateOfIso, isoOfDate } from '../../components/dates';
import { DayPicker, dayProblem } from '../../components/DayPicker';

interface ReportByFieldProps {
  /** The day (ISO), or undefined when none is set. */
  value: string | undefined;
  /** The cut-off date (ISO): the first day taken. */
  asOf: string;
  onChange(day: string | undefined): void;
  lang: Language;
  t: PaneProps['t'];
}

export function ReportByField({ value, asOf, onChange, lang, t }: ReportByFieldProps) {
  const [invalid, setInvalid] = useState<string | null>(null);
  const typed = useRef('');
  const date = useMemo(() => (value ? dateOfIso(value) : null), [value]);
  return (
    <Field
      label={t('reportBy')}
      hint={invalid ? undefined : t('reportByHint')}
      validationState={invalid ? 'error' : 'none'}
      validationMessage={invalid ?? undefined}
      data-testid="report-by-field"
    >
      <DayPicker
        lang={lang}
        first={asOf}
        value={date}
        data-testid="report-by"
        onChange={(_, data) => {
          typed.current = data.value;
          setInvalid(null);
        }}
        onSelectDate={(picked) => {
          setInvalid(null);
          onChange(picked ? isoOfDate(picked) : undefined);
        }}
        onValidationResult={({ error }) =>
          setInvalid(error ? `${dayProblem(error, typed.current, lang, asOf)}; ${value ? `${t('reportByKept')} ${isoToVietnamese(value)}` : t('reportByNotSet')}.` : null)
        }
      />
    </Field>
  );
}
