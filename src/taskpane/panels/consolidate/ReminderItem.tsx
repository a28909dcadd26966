/**
 * One unit to chase ("đôn đốc"): its name, why (no report, tasks overdue), the text ready to send in a
 * read-only box, and "Sao chép". When the browser refuses the clipboard the text is selected for
 * Ctrl+C, and the item says so.
 */
import { Badge, Button, Caption1, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { Language } from '../../../core/findings';
import { formatNumber } from '../../../core/i18n';
import type { PaneProps } from '../../App';
import { copyText } from '../../browser/copyText';
import type { ReminderListing } from '../../worker/messages';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', gap: '4px', marginBottom: '10px' },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '6px' },
  copy: { display: 'flex', alignItems: 'center', gap: '8px' },
  note: { color: tokens.colorNeutralForeground3 },
});

export function ReminderItem({ reminder, lang, t }: { reminder: ReminderListing; lang: Language; t: PaneProps['t'] }) {
  const styles = useStyles();
  const box = useRef<HTMLTextAreaElement>(null);
  const [note, setNote] = useState<string | null>(null);
  const copy = async () => setNote(t((await copyText(reminder.text, box.current)) === 'copied' ? 'copied' : 'copyByHand'));
  return (
    <li className={styles.item} data-testid="reminder" data-unit={reminder.unit}>
      <div className={styles.head}>
        <strong>{reminder.unit}</strong>
        {reminder.notReported && (
          <Badge appearance="tint" color="danger">
            {t('notReported')}
          </Badge>
        )}
        {reminder.overdue > 0 && (
          <Badge appearance="tint" color="warning">
            {formatNumber(reminder.overdue, lang)} {t('overdueTasks')}
          </Badge>
        )}
      </div>
      <Textarea ref={box} readOnly resize="vertical" rows={6} value={reminder.text} aria-label={`${t('reminderText')} ${reminder.unit}`} data-testid="reminder-text" />
      <div className={styles.copy}>
        <Button size="small" data-testid="reminder-copy" aria-label={`${t('copy')}: ${reminder.unit}`} onClick={() => void copy()}>
          {t('copy')}
        </Button>
        {note && (
          <Caption1 className={styles.note} data-testid="reminder-copy-note">
            {note}
          </Caption1>
        )}
      </div>
    </li>
  );
}
