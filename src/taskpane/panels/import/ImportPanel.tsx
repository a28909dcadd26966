/**
 * "Nhập kế hoạch": the appendix table built from the plan itself. A Word document (.docx), a PDF (its
 * text layer, pdf.js loaded only then) or the plan's text is read in the pane's worker (nothing is
 * uploaded; a .doc is refused with how to save it as .docx); the tables found are shown for review
 * (ReviewTable), any cell can be corrected, a row deleted or merged into the row above (with an undo:
 * review.ts), and one click writes each table, exactly as shown, as a new sheet in the appendix
 * layout the other panels read. The new sheet is the user's: no later run replaces it.
 */
import { Button, Caption1, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useReducer, useState } from 'react';
import { todayIso } from '../../../core/calendar';
import { formatNumber, TEXT } from '../../../core/i18n';
import { importLayout } from '../../../core/import/importPlan';
import { writeNewSheet } from '../../../office/writeOwnSheets';
import type { PaneProps } from '../../App';
import { AttemptMessage } from '../../components/AttemptMessage';
import { FilePicker } from '../../components/FilePicker';
import { PanelColumn } from '../../components/PanelColumn';
import { type PaneMessage, useAttempt } from '../../hooks/useAttempt';
import { useReaderWorker } from '../../hooks/useReaderWorker';
import type { ImportSource } from '../../worker/messages';
import { WorkerTimeout } from '../../worker/workerClient';
import { reduce, stepText } from './review';
import { ReviewTableView } from './ReviewTable';

const useStyles = makeStyles({
  pick: { justifyContent: 'flex-start', textAlign: 'left' },
  hint: { color: tokens.colorNeutralForeground3 },
  /** Held at the bottom of the pane while the table scrolls by, so the last step can be undone from anywhere in it. */
  undoBar: {
    position: 'sticky',
    bottom: 0,
    zIndex: 2,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  lastStep: { flex: 1, minWidth: 0, overflowWrap: 'anywhere' },
});

export function ImportPanel({ host, settings, t }: PaneProps) {
  const styles = useStyles();
  const { busy, message, attempt } = useAttempt(t);
  const [text, setText] = useState('');
  const [{ plan, steps }, dispatch] = useReducer(reduce, { plan: null, steps: [] });
  const ask = useReaderWorker();
  const lang = host.lang;

  const read = (source: ImportSource) =>
    attempt(async (): Promise<PaneMessage> => {
      const reply = await ask({ kind: 'import', source, asOf: settings.asOf ?? todayIso(), lang }, 'bytes' in source ? [source.bytes] : []).catch((error: unknown) => {
        throw error instanceof WorkerTimeout ? new Error(TEXT[lang].reading.failures.timeout) : error;
      });
      if (reply.error !== null) throw new Error(reply.error);
      const found = reply.plan;
      if (!found.tables.length) throw new Error(t('importNothing'));
      dispatch({ type: 'load', plan: found });
      const tasks = found.tables.reduce((n, table) => n + table.rows.filter((row) => row.kind === 'task').length, 0);
      const wrong = found.counts.filter((c) => c.announced !== c.found);
      const text = `${t('importFound')} ${formatNumber(tasks, lang)} ${t('tasks')} ${t('in')} ${formatNumber(found.tables.length, lang)} ${t('tables')}. ${t('importReview')}`;
      if (!wrong.length) return { intent: 'success', text };
      return {
        intent: 'warning',
        text: `${text} ${t('importCounts')}: ${wrong.map((c) => `${c.heading} (${formatNumber(c.announced, lang)} / ${formatNumber(c.found, lang)})`).join('; ')}`,
      };
    });

  /** The tables as the review shows them; a table whose rows were all deleted is not written. */
  const toWrite = plan?.tables.filter((table) => table.rows.length > 0) ?? [];
  const write = () =>
    attempt(async (): Promise<PaneMessage> => {
      if (!plan || !toWrite.length) throw new Error(t('importEmpty'));
      const names: string[] = [];
      for (const table of toWrite) names.push(await host.run((context) => writeNewSheet(context, importLayout(plan, table))));
      return { intent: 'success', text: `${t('importWritten')}: ${names.join(', ')}. ${t('importNext')}` };
    });
  const last = steps.at(-1);

  return (
    <PanelColumn>
      <FilePicker
        testId="import-file"
        buttonTestId="import-pick"
        accept=".docx,.pdf,.doc,.txt"
        disabled={busy}
        className={styles.pick}
        onFiles={([file]) => file && void (/\.(?:docx|pdf|doc)$/i.test(file.name) ? file.arrayBuffer().then((bytes) => read({ bytes })) : file.text().then((text) => read({ text })))}
      >
        {t('importPick')}
      </FilePicker>
      <Field label={t('importPaste')}>
        <Textarea rows={6} value={text} data-testid="import-text" onChange={(_, data) => setText(data.value)} />
      </Field>
      <Button data-testid="import-read" disabled={busy || !text.trim()} onClick={() => void read({ text })}>
        {t('importRead')}
      </Button>
      <AttemptMessage message={message} testId="import-message" />
      {plan && (
        <>
          <Button appearance="primary" data-testid="import-write" disabled={busy || !toWrite.length} onClick={() => void write()}>
            {t('importWrite')}
          </Button>
          <Caption1 block className={styles.hint} data-testid="import-hint">
            {t('importHint')}
          </Caption1>
          {plan.tables.map((table, i) => (
            <ReviewTableView key={`${i}-${table.name}`} table={table} index={i} dispatch={dispatch} t={t} lang={lang} />
          ))}
          {last && (
            <div data-testid="import-undo-bar" role="status" className={styles.undoBar}>
              <Caption1 className={styles.lastStep} data-testid="import-last-step">
                {stepText(last, t)}
              </Caption1>
              <Button size="small" data-testid="import-undo" disabled={busy} onClick={() => dispatch({ type: 'undo' })}>
                {t('undo')}
              </Button>
            </div>
          )}
        </>
      )}
    </PanelColumn>
  );
}
