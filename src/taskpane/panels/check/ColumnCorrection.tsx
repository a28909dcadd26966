/**
 * The user's correction of a column's role ("Đơn vị chủ trì" is column C): a role and a column
 * letter, checked on submit (the field says why a letter is refused). A guessed column fills the
 * form in (`fill`) for the user to confirm or type another.
 */
import { Button, Dropdown, Field, Input, makeStyles, Option, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { Language } from '../../../core/findings';
import { columnIndex, columnLetter } from '../../../core/grid';
import { TEXT } from '../../../core/i18n';
import { ROLES, type Role } from '../../../core/roles';
import type { StringKey } from '../../paneText';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalSNudge, alignItems: 'flex-start' },
  column: { width: '60px' },
});

/** The form's state, kept by the panel so a guessed column can fill it in. */
export function useColumnCorrection() {
  const [role, setRole] = useState<Role>('lead');
  const [column, setColumn] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  return {
    role,
    column,
    problem,
    input,
    setRole,
    setColumn,
    setProblem,
    /** Filled in for a role (a guessed column): the user confirms or types another column. */
    fill(next: Role, col: number) {
      setRole(next);
      setColumn(columnLetter(col));
      setProblem(null);
      input.current?.focus();
    },
  };
}

interface ColumnCorrectionProps {
  form: ReturnType<typeof useColumnCorrection>;
  lang: Language;
  t(key: StringKey): string;
  /** A role corrected to a column (0-based). */
  onCorrect(role: Role, col: number): void;
}

export function ColumnCorrection({ form, lang, t, onCorrect }: ColumnCorrectionProps) {
  const styles = useStyles();
  return (
    <form
      className={styles.form}
      aria-label={t('correctRole')}
      onSubmit={(event) => {
        event.preventDefault();
        const letter = form.column.trim();
        if (!/^[A-Za-z]{1,3}$/.test(letter)) {
          form.setProblem(letter ? `"${letter}" ${t('notColumn')}` : t('noColumn'));
          return;
        }
        onCorrect(form.role, columnIndex(letter.toUpperCase()));
      }}
    >
      <Field label={t('role')}>
        <Dropdown
          value={TEXT[lang].roles[form.role]}
          selectedOptions={[form.role]}
          data-testid="role-pick"
          onOptionSelect={(_, data) => {
            const picked = ROLES.find((role) => role === data.optionValue);
            if (picked) form.setRole(picked);
          }}
        >
          {ROLES.map((role) => (
            <Option key={role} value={role}>
              {TEXT[lang].roles[role]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('column')} validationState={form.problem ? 'error' : 'none'} validationMessage={form.problem ?? undefined}>
        <Input
          ref={form.input}
          className={styles.column}
          value={form.column}
          data-testid="role-column"
          onChange={(_, data) => {
            form.setColumn(data.value.toUpperCase());
            form.setProblem(null);
          }}
        />
      </Field>
      <Button type="submit" data-testid="role-fix">
        {t('correctRole')}
      </Button>
    </form>
  );
}
