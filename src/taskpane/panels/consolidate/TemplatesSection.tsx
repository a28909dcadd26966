/**
 * "Tạo biểu mẫu cho đơn vị": the plan the Hợp nhất panel found, made into one template per named lead
 * unit (src/core/cycle/template.ts) in the pane's worker, a request per unit so the progress shows,
 * then offered as one .zip download. The panel lists each unit with its file and how many tasks it
 * leads and supports, and names the tasks no template carries (a collective, or no lead written).
 */
import { Button, Caption1, makeStyles, ProgressBar, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Language } from '../../../core/findings';
import { type Grid, isoToVietnamese } from '../../../core/grid';
import { formatNumber } from '../../../core/i18n';
import type { AppendixTable } from '../../../core/table';
import type { PaneProps } from '../../App';
import type { CycleAsk } from '../../worker/askWorker';
import type { ReplyTo } from '../../worker/messages';
import { dayInFileName, downloadFile, ZIP_TYPE } from '../../browser/download';
import { DownloadNote } from '../../components/DownloadNote';
import { AttemptMessage } from '../../components/AttemptMessage';
import { type PaneMessage, useAttempt } from '../../hooks/useAttempt';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '6px' },
  title: { fontWeight: tokens.fontWeightSemibold },
  grey: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  table: { tableLayout: 'fixed' },
  count: { width: '72px' },
  top: { verticalAlign: 'top' },
  list: { margin: 0, paddingLeft: '18px' },
});

interface TemplatesSectionProps {
  /** The plan's sheet and its tables, as the panel found them. */
  plan: { grid: Grid; tables: AppendixTable[] } | null;
  /** The cut-off date the user set, or undefined: templates never assume today. */
  asOf: string | undefined;
  reportBy: string | undefined;
  ask: CycleAsk;
  disabled: boolean;
  lang: Language;
  t: PaneProps['t'];
}

/** The command line that makes the same templates, for when the download did not start. */
function command(sheet: string, asOf: string, reportBy: string | undefined, t: PaneProps['t']): string {
  const by = reportBy ? ` --report-by ${isoToVietnamese(reportBy)}` : '';
  return `phuluc templates <${t('cmdPlan')}> --sheet "${sheet}" -o <${t('cmdFolder')}> --as-of ${isoToVietnamese(asOf)}${by}`;
}

export function TemplatesSection({ plan, asOf, reportBy, ask, disabled, lang, t }: TemplatesSectionProps) {
  const styles = useStyles();
  const { busy, message, attempt } = useAttempt(t);
  const [listed, setListed] = useState<(ReplyTo<'templates'> & { command: string }) | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const n = (count: number) => formatNumber(count, lang);

  const make = () =>
    attempt(async (): Promise<PaneMessage> => {
      setListed(null);
      setProgress(null);
      if (!plan) throw new Error(t('noTable'));
      if (!asOf) throw new Error(t('templatesNeedAsOf'));
      if (reportBy && reportBy < asOf) throw new Error(`${t('reportBy')} ${isoToVietnamese(reportBy)} ${t('reportByBeforeAsOf')} ${isoToVietnamese(asOf)}.`);
      const listing = await ask({ kind: 'templates', plan: plan.grid, tables: plan.tables, asOf, reportBy, lang });
      if (!listing.templates.length) throw new Error(t('noNamedLead'));
      setListed({ ...listing, command: command(plan.grid.name, asOf, reportBy, t) });
      const total = listing.templates.length;
      for (let index = 0; index < total; index++) {
        setProgress({ done: index, total });
        await ask({ kind: 'template', index });
      }
      setProgress({ done: total, total });
      const { bytes } = await ask({ kind: 'zip' });
      const name = `${t('zipName')} ${dayInFileName(listing.period)}.zip`;
      downloadFile(bytes, name, ZIP_TYPE);
      return { intent: 'success', text: `${t('templatesMade')} ${n(total)} ${t('units')}, ${t('downloaded')} “${name}”.` };
    });

  return (
    <section className={styles.section} aria-label={t('templatesTitle')} data-testid="templates">
      <div className={styles.title}>{t('templatesTitle')}</div>
      <Caption1 block className={styles.grey}>
        {t('templatesHint')}
      </Caption1>
      <Button data-testid="templates-run" disabled={disabled || busy || !plan} onClick={() => void make()}>
        {t('templatesRun')}
      </Button>
      {progress && (
        <div data-testid="templates-progress">
          <ProgressBar value={progress.done / progress.total} />
          {t('unit')} {n(progress.done)}/{n(progress.total)}
        </div>
      )}
      <AttemptMessage message={message} testId="templates-message" />
      {listed && message?.intent === 'success' && <DownloadNote command={listed.command} t={t} testId="templates-download-note" />}
      {listed && (
        <Table size="extra-small" aria-label={t('templatesTitle')} data-testid="templates-list" className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>
                {t('unit')} · {t('file')}
              </TableHeaderCell>
              <TableHeaderCell className={styles.count}>{t('ledSupported')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {listed.templates.map((template) => (
              <TableRow key={template.file} data-testid="template" data-unit={template.unit} data-file={template.file}>
                <TableCell className={styles.top}>
                  <div>{template.unit}</div>
                  <Caption1 block className={styles.grey}>
                    {template.file}
                  </Caption1>
                </TableCell>
                <TableCell className={styles.top}>
                  {n(template.led)} / {n(template.supported)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {listed && listed.unassigned.length > 0 && (
        <div data-testid="templates-unassigned">
          <Caption1 block>{t('noTemplate')}:</Caption1>
          <ul className={styles.list}>
            {listed.unassigned.map(({ lead, tasks }) => (
              <li key={lead.join('; ')} data-testid="template-none">
                <strong>{lead.length ? lead.join('; ') : t('noLeadWritten')}</strong>{' '}
                <Caption1 className={styles.grey}>
                  ({n(tasks.length)} {t('tasks')}: {tasks.map((task) => task.stt ?? task.text.slice(0, 40)).join(', ')})
                </Caption1>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
