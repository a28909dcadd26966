/**
 * One recognised table: where it is, its plan year and where that came from, whether it is a unit's
 * report, its columns (a column taken from its cells marked as guessed, for the user to confirm or
 * correct), and its tasks per state with the completion rate and its counts.
 */
import { Badge, Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { CheckedTable } from '../../../core/check';
import type { Language } from '../../../core/findings';
import { columnLetter } from '../../../core/grid';
import { formatNumber, TEXT } from '../../../core/i18n';
import { describePlanYear } from '../../../core/planYear';
import { ROLES, type Role } from '../../../core/roles';
import type { UnitReport } from '../../../core/rules/unitReport';
import { TASK_STATES, type TaskState } from '../../../core/state';
import { type Buckets, rateText } from '../../../core/summary';
import type { AppendixTable, Task } from '../../../core/table';
import { guessedRole } from '../../sheet/guessedColumns';
import type { StringKey } from '../../paneText';

const useStyles = makeStyles({
  columns: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, margin: `${tokens.spacingVerticalSNudge} 0` },
  states: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  rate: { marginTop: tokens.spacingVerticalXS },
});

/** A table's tasks per bucket, as the report sentence counts them. */
function bucketsOf(tasks: readonly Task[]): Buckets {
  const count = (state: TaskState) => tasks.filter((task) => task.state === state).length;
  return {
    total: tasks.length,
    done_on_time: count('done_on_time'),
    done_late: count('done_late'),
    on_track: count('on_track'),
    overdue: count('overdue'),
    recurring: count('recurring'),
    no_deadline: count('no_deadline'),
  };
}

const isRole = (key: string): key is Role => ROLES.some((role) => role === key);

/** The table's columns by role, in the order recognition found them. */
function columnsOf(table: AppendixTable): [Role, number][] {
  return Object.entries(table.columns).flatMap(([key, col]): [Role, number][] => (isRole(key) && col !== undefined ? [[key, col]] : []));
}

/** Why a table is read as a unit's report, in the command line's words. */
function unitReportText({ reason, text }: UnitReport, lang: Language): string {
  return TEXT[lang].common.unitReportReasons[reason](text);
}

interface TableSectionProps {
  analysed: CheckedTable;
  lang: Language;
  t(key: StringKey): string;
  /** The user asks to confirm or correct a guessed column. */
  onCorrect(role: Role, col: number): void;
}

export function TableSection({ analysed: { table, unitReport }, lang, t, onCorrect }: TableSectionProps) {
  const styles = useStyles();
  const n = (count: number) => formatNumber(count, lang);
  const columns = columnsOf(table);
  const guessed = columns.filter(([role]) => table.guessed?.includes(role));
  return (
    <section aria-label={`${t('table')} ${table.sheet}`} data-testid="table">
      <Subtitle2 data-testid="table-title">
        {t('table')} “{table.sheet}” · {t('headerRow')} {table.headerRows.map((r) => r + 1).join('–')} · {n(table.tasks.length)} {t('tasks')}
      </Subtitle2>
      <Caption1 block data-testid="plan-year-source">
        {t('planYear')}: {describePlanYear(table.planYearSource, lang)}
      </Caption1>
      {unitReport && (
        <Caption1 block data-testid="unit-report">
          {t('unitReport')}: {unitReportText(unitReport, lang)}
        </Caption1>
      )}
      <div className={styles.columns} aria-label={t('columns')}>
        {columns.map(([role, col]) => {
          const guess = table.guessed?.includes(role) ?? false;
          return (
            <Badge key={role} appearance={guess ? 'tint' : 'outline'} color={guess ? 'warning' : 'brand'} data-testid="column-role" data-role={role} data-guessed={String(guess)}>
              {guess ? guessedRole(role, col, lang) : `${TEXT[lang].roles[role]}: ${columnLetter(col)}`}
            </Badge>
          );
        })}
        {guessed.map(([role, col]) => (
          <Button key={role} size="small" appearance="transparent" data-testid="role-guessed-fix" onClick={() => onCorrect(role, col)}>
            {t('correctGuess')}: {TEXT[lang].roles[role]}
          </Button>
        ))}
      </div>
      <div className={styles.states}>
        {TASK_STATES.map((state) => (
          <Badge key={state} color={state === 'overdue' ? 'danger' : state.startsWith('done') ? 'success' : 'informative'} data-testid="state-count" data-state={state}>
            {TEXT[lang].states[state]}: {n(table.tasks.filter((task) => task.state === state).length)}
          </Badge>
        ))}
      </div>
      <Caption1 block data-testid="table-rate" className={styles.rate}>
        {rateText(bucketsOf(table.tasks), lang)}
      </Caption1>
    </section>
  );
}
