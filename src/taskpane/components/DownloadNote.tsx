/**
 * Under a download: the phuluc command that makes the same file. The pane cannot tell whether the
 * browser saved it (Excel for Mac ignores the click without a word: download.ts), so it always says.
 */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneProps } from '../App';

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground3 },
  command: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere', userSelect: 'all' },
});

export function DownloadNote({ command, t, testId }: { command: string; t: PaneProps['t']; testId: string }) {
  const styles = useStyles();
  return (
    <Caption1 block className={styles.note} data-testid={testId}>
      {t('downloadNote')} <code className={styles.command}>{command}</code>
    </Caption1>
  );
}
