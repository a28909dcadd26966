/** The question asked before the session's first action Excel cannot undo, and the short note under such a button (hooks/useUndoWarning.ts says why). */
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import type { UndoWarning } from '../hooks/useUndoWarning';
import type { StringKey } from '../paneText';

const useStyles = makeStyles({
  buttons: { display: 'inline-flex', gap: tokens.spacingHorizontalSNudge, marginTop: tokens.spacingVerticalXS },
  note: { color: tokens.colorNeutralForeground3 },
});

/** The question asked before the session's first such action. */
export function UndoConfirm({ warning, t, testId }: { warning: UndoWarning; t(key: StringKey): string; testId: string }) {
  const styles = useStyles();
  if (!warning.asking) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid={testId}>
      <MessageBarBody>
        {t('undoConfirm')}{' '}
        <span className={styles.buttons}>
          <Button size="small" appearance="primary" data-testid={`${testId}-continue`} onClick={() => warning.confirm()}>
            {t('continue')}
          </Button>
          <Button size="small" data-testid={`${testId}-cancel`} onClick={() => warning.cancel()}>
            {t('cancel')}
          </Button>
        </span>
      </MessageBarBody>
    </MessageBar>
  );
}

/** The short note under a button whose action Excel cannot undo. */
export function UndoNote({ text, testId }: { text: string; testId: string }) {
  const styles = useStyles();
  return (
    <Caption1 block data-testid={testId} className={styles.note}>
      {text}
    </Caption1>
  );
}
