/**
 * "So với kỳ trước": last period's consolidation, from a file the user picks or from the "Tổng hợp"
 * sheet phuluc wrote earlier in this workbook (found by its mark, read with the Office reader), read
 * back in the worker (src/core/cycle/previous.ts). The panel then compares every consolidation with
 * it: the sheets written get "So với kỳ trước", the Word report its section of changes, and this
 * section shows how many tasks changed in each way. A file that is no consolidation, or one whose
 * cut-off is not before this one, is refused in words and nothing is compared.
 */
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import type { PreviousConsolidation } from '../../../core/cycle/previous';
import type { Language } from '../../../core/findings';
import { isoToVietnamese } from '../../../core/grid';
import { formatNumber } from '../../../core/i18n';
import { cutOffLine } from '../../../core/summary';
import type { Host } from '../../../office/host';
import { readSheet } from '../../../office/readSheet';
import { ownSheetNames } from '../../../office/writeOwnSheets';
import type { PaneProps } from '../../App';
import type { CycleAsk } from '../../worker/askWorker';
import type { ChangeSummary } from '../../worker/messages';
import { AttemptMessage } from '../../components/AttemptMessage';
import { FilePicker } from '../../components/FilePicker';
import { type PaneMessage, useAttempt } from '../../hooks/useAttempt';

/** Last period's consolidation as the panel keeps it, with where it was read. */
export interface PreviousPicked {
  previous: PreviousConsolidation;
  /** The file's name, or the sheet's in this workbook. */
  from: string;
  inWorkbook: boolean;
}

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '6px' },
  title: { fontWeight: tokens.fontWeightSemibold },
  grey: { color: tokens.colorNeutralForeground3 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  picked: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: '6px' },
  list: { margin: 0, paddingLeft: '18px' },
});

interface PreviousSectionProps {
  host: Host;
  ask: CycleAsk;
  /** The cut-off date counted at now (ISO): last period's must be earlier. */
  asOf(): string;
  picked: PreviousPicked | null;
  onPicked(picked: PreviousPicked | null): void;
  /** What the last consolidation found against it; undefined before any unit's file is read. */
  changes: ChangeSummary | null | undefined;
  disabled: boolean;
  lang: Language;
  t: PaneProps['t'];
}

export function PreviousSection({ host, ask, asOf, picked, onPicked, changes, disabled, lang, t }: PreviousSectionProps) {
  const styles = useStyles();
  const { busy, message, attempt } = useAttempt(t);
  const n = (count: number) => formatNumber(count, lang);

  /** Keeps what was read and says so; a refusal drops any earlier choice, so nothing is compared. */
  const take = (read: PreviousPicked): PaneMessage => {
    onPicked(read);
    return { intent: 'success', text: `${t('previousRead')} (${cutOffLine(read.previous.asOf, lang).toLowerCase()}).` };
  };
  const refuse = (why: string): never => {
    onPicked(null);
    throw new Error(why);
  };

  const fromFile = (file: File) =>
    attempt(async () => {
      const bytes = await file.arrayBuffer();
      const reply = await ask({ kind: 'previous', source: { name: file.name, bytes }, asOf: asOf(), lang }, [bytes]);
      return reply.previous ? take({ previous: reply.previous, from: file.name, inWorkbook: false }) : refuse(`${file.name}: ${reply.error}`);
    });

  /** The consolidation's own sheets, the first made ("Tổng hợp") first: each is read until one is the consolidated sheet. */
  const fromWorkbook = () =>
    attempt(async () => {
      const sheets = await host.run((context) => ownSheetNames(context, 'consolidation'));
      if (!sheets.length) return refuse(t('previousNone'));
      let notOne = '';
      for (const sheet of sheets) {
        const grid = await host.run((context) => readSheet(context, host.can, sheet));
        const reply = await ask({ kind: 'previous', source: { sheets: [grid] }, asOf: asOf(), lang });
        if (reply.previous) return take({ previous: reply.previous, from: sheet, inWorkbook: true });
        if (reply.problem !== 'notConsolidation') return refuse(`‘${sheet}’: ${reply.error}`);
        notOne ||= reply.error;
      }
      return refuse(notOne);
    });

  return (
    <section className={styles.section} aria-label={t('previousTitle')} data-testid="previous">
      <div className={styles.title}>{t('previousTitle')}</div>
      <Caption1 block className={styles.grey}>
        {t('previousHint')}
      </Caption1>
      <div className={styles.buttons}>
        <FilePicker
          size="small"
          testId="previous-file"
          buttonTestId="previous-pick"
          accept=".xlsx,.xlsm,.xls,.ods"
          disabled={disabled || busy}
          onFiles={([file]) => file && void fromFile(file)}
        >
          {t('previousPick')}
        </FilePicker>
        <Button size="small" data-testid="previous-here" disabled={disabled || busy} onClick={() => void fromWorkbook()}>
          {t('previousHere')}
        </Button>
      </div>
      {/* A refusal stays in view; a success only while its choice does. */}
      {(message?.intent === 'error' || picked) && <AttemptMessage message={message} testId="previous-message" />}
      {picked && (
        <div className={styles.picked} data-testid="previous-picked">
          <span>
            {t('previousFrom')}: {isoToVietnamese(picked.previous.asOf)} —{' '}
            {picked.inWorkbook ? `${t('previousSheetHere')} ‘${picked.from}’` : `${t('file').toLowerCase()} ‘${picked.from}’`} ({n(picked.previous.tasks.length)} {t('previousTasks')})
          </span>
          <Button size="small" appearance="transparent" data-testid="previous-clear" disabled={disabled || busy} onClick={() => onPicked(null)}>
            {t('previousClear')}
          </Button>
        </div>
      )}
      {picked && changes === undefined && <Caption1 className={styles.grey}>{t('previousWaiting')}</Caption1>}
      {picked && changes && 'problem' in changes && (
        <MessageBar intent="error" data-testid="previous-problem">
          <MessageBarBody>
            {t('nothingCompared')}: {changes.problem}
          </MessageBarBody>
        </MessageBar>
      )}
      {picked && changes && 'counts' in changes && (
        <div data-testid="previous-changes">
          <ul className={styles.list}>
            {changes.counts.map(({ kind, label, count }) => (
              <li key={kind} data-testid="previous-change" data-kind={kind}>
                {label}: <strong>{n(count)}</strong>
              </li>
            ))}
          </ul>
          {changes.notes.map((note) => (
            <Caption1 block key={note} className={styles.grey}>
              {note}
            </Caption1>
          ))}
        </div>
      )}
    </section>
  );
}
