/** The plan's named lead units with no report, each with the tasks it leads: names, never only a count. */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { NotSubmitted } from '../../../core/consolidate/consolidate';
import type { PaneProps } from '../../App';

const useStyles = makeStyles({
  title: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: '18px' },
  unit: { marginBottom: tokens.spacingVerticalXS },
  grey: { color: tokens.colorNeutralForeground3 },
});

/** A task as the list shows it: its number and the start of its text. */
function shortTask(task: NotSubmitted['tasks'][number]): string {
  const text = task.text.length > 48 ? `${task.text.slice(0, 45).trimEnd()}…` : task.text;
  return task.stt ? `${task.stt} ${text}` : text;
}

export function NotSubmittedList({ notSubmitted, t }: { notSubmitted: NotSubmitted[]; t: PaneProps['t'] }) {
  const styles = useStyles();
  return (
    <section data-testid="not-submitted" aria-label={t('notSubmittedHeading')}>
      <div className={styles.title}>
        {t('notSubmittedHeading')} ({notSubmitted.length})
      </div>
      {notSubmitted.length === 0 ? (
        <Caption1>{t('allSubmitted')}</Caption1>
      ) : (
        <ul className={styles.list}>
          {notSubmitted.map(({ unit, tasks }) => (
            <li key={unit} data-testid="not-submitted-unit" className={styles.unit}>
              <strong>{unit}</strong>{' '}
              <Caption1 className={styles.grey}>
                {t('leadsTasks')} {tasks.length} {t('tasks')}:{' '}
                {tasks.map((task, i) => (
                  <span key={i} title={task.text}>
                    {i ? '; ' : ''}
                    {shortTask(task)}
                  </span>
                ))}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
