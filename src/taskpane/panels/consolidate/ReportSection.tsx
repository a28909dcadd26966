/**
 * After a consolidation: "Tải báo cáo Word", the report upward (src/core/cycle/reportUpward.ts) made
 * in the worker from the consolidation it holds and downloaded as .docx, with what the office fills
 * in before signing; and "Đôn đốc", each unit to chase with its text ready to send and a copy button.
 * Both consolidate again first, so they are of the units and choices the panel shows; the list of
 * units to chase is hidden once the panel shows another consolidation, never left stale.
 */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { todayIso } from '../../../core/calendar';
import type { Language } from '../../../core/findings';
import { type Grid, isoToVietnamese } from '../../../core/grid';
import { formatNumber } from '../../../core/i18n';
import type { PaneProps } from '../../App';
import type { HeldAsk } from '../../worker/askWorker';
import type { ReminderListing, ShownResult } from '../../worker/messages';
import { dayInFileName, DOCX_TYPE, downloadFile } from '../../browser/download';
import { DownloadNote } from '../../components/DownloadNote';
import { ReminderItem } from './ReminderItem';
import { AttemptMessage } from '../../components/AttemptMessage';
import { type PaneMessage, useAttempt } from '../../hooks/useAttempt';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '6px' },
  title: { fontWeight: tokens.fontWeightSemibold },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  grey: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: '18px' },
});

interface ReportSectionProps {
  ask: HeldAsk;
  /** The consolidation the panel shows. */
  result: ShownResult;
  /** The plan's sheet: its letterhead, number and date head the report. */
  plan: { grid: Grid };
  reportBy: string | undefined;
  /** Last period's consolidation is compared (the command line then needs it too). */
  comparing: boolean;
  disabled: boolean;
  lang: Language;
  t: PaneProps['t'];
}

/** The command line that writes the same report, for when the download did not start. */
function command(sheet: string, asOf: string, comparing: boolean, t: PaneProps['t']): string {
  const previous = comparing ? ` --previous <${t('cmdPrevious')}>` : '';
  return `phuluc consolidate <${t('cmdReports')}> --master <${t('cmdPlan')}> --sheet "${sheet}" -o ${t('cmdOutput')} --as-of ${isoToVietnamese(asOf)}${previous} --report ${t('cmdReport')}`;
}

export function ReportSection({ ask, result, plan, reportBy, comparing, disabled, lang, t }: ReportSectionProps) {
  const styles = useStyles();
  const report = useAttempt(t);
  const chase = useAttempt(t);
  const [made, setMade] = useState<{ command: string } | null>(null);
  const [chased, setChased] = useState<{ reminders: ReminderListing[]; shown: ShownResult; reportBy: string | undefined } | null>(null);
  const busy = report.busy || chase.busy;

  const makeReport = () =>
    report.attempt(async (): Promise<PaneMessage> => {
      setMade(null);
      // The date line's year is the year the report is made; day and month are left to the signer.
      const { reply, shown } = await ask({ kind: 'report', plan: plan.grid, year: Number(todayIso().slice(0, 4)), lang });
      const name = `${t('reportName')} ${dayInFileName(shown.asOf)}.docx`;
      downloadFile(reply.bytes, name, DOCX_TYPE);
      setMade({ command: command(plan.grid.name, shown.asOf, comparing, t) });
      const issuer = reply.issuer ? ` ${t('issuerFromPlan')}: ${reply.issuer}.` : '';
      return { intent: 'success', text: `${t('reportMade')}: “${name}”. ${t('toFill')}: ${reply.toFill.join('; ')}.${issuer}` };
    });

  const makeReminders = () =>
    chase.attempt(async (): Promise<PaneMessage> => {
      setChased(null);
      const { reply, shown } = await ask({ kind: 'reminders', plan: plan.grid, reportBy, lang });
      setChased({ reminders: reply.reminders, shown, reportBy });
      const count = reply.reminders.length;
      return count ? { intent: 'warning', text: `${t('remindersTitle')}: ${formatNumber(count, lang)}.` } : { intent: 'success', text: t('noReminders') };
    });

  const reminders = chased?.shown === result ? chased.reminders : null;
  return (
    <section className={styles.section} aria-label={t('reportTitle')} data-testid="cycle-report">
      <div className={styles.title}>{t('reportTitle')}</div>
      <div className={styles.buttons}>
        <Button data-testid="report-run" disabled={disabled || busy} onClick={() => void makeReport()}>
          {t('reportRun')}
        </Button>
        <Button data-testid="reminders-run" disabled={disabled || busy} onClick={() => void makeReminders()}>
          {t('remindersRun')}
        </Button>
      </div>
      <AttemptMessage message={report.message} testId="report-message" />
      {made && report.message?.intent === 'success' && <DownloadNote command={made.command} t={t} testId="report-download-note" />}
      {(reminders || chase.message?.intent === 'error') && <AttemptMessage message={chase.message} testId="reminders-message" />}
      {reminders && reminders.length > 0 && (
        <>
          {!chased?.reportBy && <Caption1 className={styles.grey}>{t('reportByBlank')}</Caption1>}
          <ul className={styles.list} data-testid="reminders" aria-label={t('remindersTitle')}>
            {reminders.map((reminder) => (
              <ReminderItem key={reminder.unit} reminder={reminder} lang={lang} t={t} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
