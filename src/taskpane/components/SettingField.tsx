/**
 * A number the pane keeps in the workbook's settings (the plan year, the days before a deadline
 * that turn a row amber). What is typed is saved as soon as it is valid; what is not valid is not
 * saved, and the field says why when the user leaves it (not at every keystroke: "20" is on its way
 * to "2025"). A save the workbook refuses is said on the field too.
 */
import { Field, Input, makeStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

export type Reading = { ok: true; value: number | undefined } | { ok: false; why: string };

export interface SettingFieldProps {
  label: string;
  hint?: string;
  /** The saved value (undefined: none). */
  value: number | undefined;
  /** Reads what is typed: the value to save, or why it cannot be. */
  read(text: string): Reading;
  save(value: number | undefined): Promise<void>;
  /** Why a save failed, before the workbook's own words. */
  saveFailed: string;
  testId: string;
  /** A field for a few digits (the days before a deadline), not a year. */
  narrow?: boolean;
}

const useStyles = makeStyles({
  input: { width: '120px' },
  narrow: { width: '80px' },
});

const shown = (value: number | undefined) => (value === undefined ? '' : String(value));

export function SettingField({ label, hint, value, read, save, saveFailed, testId, narrow = false }: SettingFieldProps) {
  const styles = useStyles();
  const [text, setText] = useState(shown(value));
  const [problem, setProblem] = useState<string | null>(null);
  // The saved value changed elsewhere (settings loaded from the workbook, another panel): show it, unless it is what is typed.
  useEffect(() => {
    setText((current) => {
      const typed = read(current);
      return typed.ok && typed.value === value ? current : shown(value);
    });
  }, [value]);

  const store = (next: number | undefined) => {
    if (next === value) return;
    save(next).catch((error: unknown) => setProblem(`${saveFailed}: ${error instanceof Error ? error.message : String(error)}`));
  };

  return (
    <Field label={label} hint={problem ? undefined : hint} validationState={problem ? 'error' : 'none'} validationMessage={problem ?? undefined}>
      <Input
        inputMode="numeric"
        value={text}
        data-testid={testId}
        aria-invalid={problem ? true : undefined}
        className={narrow ? styles.narrow : styles.input}
        onChange={(_, data) => {
          setText(data.value);
          setProblem(null);
          const typed = read(data.value);
          if (typed.ok) store(typed.value);
        }}
        onBlur={() => {
          const typed = read(text);
          setProblem(typed.ok ? null : typed.why);
        }}
      />
    </Field>
  );
}
