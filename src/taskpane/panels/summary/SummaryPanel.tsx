/**
 * "Tổng hợp": counts the appendix at the cut-off date into the Government Office's buckets, writes
 * the summary sheets (the same as `phuluc summarize`), and gives the report sentence to paste. The
 * per-unit table says what its figures mean: each rate with its counts, how the rate is computed,
 * that a task shared by two lead units counts for each, and the plan's own total on its own row.
 */
import {
  Button,
  Caption1,
  Field,
  makeStyles,
  mergeClasses,
  Select,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { Language } from '../../../core/findings';
import { formatNumber, TEXT } from '../../../core/i18n';
import { describePlanYear, type PlanYear } from '../../../core/planYear';
import { cutOffLine, rateText, reportSentence, type Row, type Summary, summarize } from '../../../core/summary';
import { summaryLayout } from '../../../core/summaryLayout';
import { ownSheetCount, sourceSheet, writeOwnSheets } from '../../../office/writeOwnSheets';
import type { PaneProps } from '../../App';
import type { StringKey } from '../../paneText';
import { recogniseSheet } from '../../sheet/activeSheet';
import { AsOfField } from '../../components/AsOfField';
import { PanelColumn } from '../../components/PanelColumn';
import { copyText } from '../../browser/copyText';
import { guessedColumns } from '../../sheet/guessedColumns';
import { UndoConfirm, UndoNote } from '../../components/UndoWarning';
import { useUndoWarning } from '../../hooks/useUndoWarning';
import { AttemptMessage } from '../../components/AttemptMessage';
import { type PaneMessage, useAttempt } from '../../hooks/useAttempt';
import { todayIso } from '../../../core/calendar';

/** The value of the sentence picker that stands for the whole plan. */
const PLAN = '';

const PIVOT_NOTES: Record<string, StringKey> = { unsupported: 'pivotUnsupported', failed: 'pivotFailed' };

const useStyles = makeStyles({
  copy: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  unitColumn: { width: '46%' },
  rateColumn: { width: '24%' },
  /** A row picks the unit whose sentence is shown. */
  row: { cursor: 'pointer' },
  total: { fontWeight: tokens.fontWeightSemibold },
  note: { marginBottom: tokens.spacingVerticalXS },
});

/** Under the per-unit table: why its rows add up as they do, and how the rate is computed. */
function unitNotes(summary: Summary, lang: Language): string[] {
  const n = (count: number) => formatNumber(count, lang);
  const total = summary.plan.total;
  const sum = summary.byUnit.reduce((s, row) => s + row.total, 0);
  const plan = TEXT[lang].summary.words.planTotal;
  const notes = TEXT[lang].pane.unitNotes;
  return [sum > total ? notes.shared(n(summary.sharedLead), n(sum), n(total), plan) : notes.each(plan), notes.rate(TEXT[lang].summary.rateRule)];
}

/** The plan years of the tables counted, each once, with where they came from. */
function yearsOf(years: readonly PlanYear[], lang: Language): string[] {
  return [...new Set(years.map((year) => describePlanYear(year, lang)))];
}

export function SummaryPanel({ host, settings, onSettings, t }: PaneProps) {
  const styles = useStyles();
  const { busy, message, attempt } = useAttempt(t);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [years, setYears] = useState<string[]>([]);
  const [guessed, setGuessed] = useState<string[]>([]);
  const [picked, setPicked] = useState(PLAN);
  const [copyNote, setCopyNote] = useState<string | null>(null);
  const sentenceBox = useRef<HTMLTextAreaElement>(null);
  /** A re-run deletes the earlier summary sheets, which Excel cannot undo: asked once per session. */
  const undo = useUndoWarning();
  const lang = host.lang;
  const n = (count: number) => formatNumber(count, lang);

  const run = () =>
    attempt(async (): Promise<PaneMessage> => {
      const source = await host.run((context) => sourceSheet(context));
      const { tables } = await recogniseSheet(host, settings, source);
      if (!tables.length) throw new Error(t('noTable'));
      const asOf = settings.asOf ?? todayIso();
      const counted = summarize(tables, asOf, lang);
      const written = await host.run((context) => writeOwnSheets(context, summaryLayout(counted, tables, lang), { owner: 'summary', lang, source, pivotTables: host.can.pivotTables }));
      setSummary(counted);
      setYears(
        yearsOf(
          tables.map((table) => table.planYearSource),
          lang,
        ),
      );
      setGuessed(guessedColumns(tables, lang));
      setPicked(PLAN);
      const text = `${t('summaryWritten')}: ${written.sheets.join(', ')}${written.replaced ? ` (${t('summaryReplaced')})` : ''}. ${cutOffLine(asOf, lang)}.`;
      const note = PIVOT_NOTES[written.pivot];
      return note ? { intent: 'warning', text: `${text} ${t(note)}` } : { intent: 'success', text };
    });

  /** Runs the summary, first asking (once per session) when it would delete earlier summary sheets. */
  const start = async () => {
    const earlier = undo.untold() ? await host.run((context) => ownSheetCount(context, 'summary')).catch(() => 0) : 0;
    if (earlier > 0) undo.guard(() => void run());
    else await run();
  };

  const row: Row | null | undefined = summary && (picked === PLAN ? summary.plan : summary.byUnit.find((unit) => unit.label === picked));
  const sentence = row ? reportSentence(row, lang) : '';

  const copy = async () => setCopyNote(t((await copyText(sentence, sentenceBox.current)) === 'copied' ? 'copied' : 'copyByHand'));

  const unitRow = (unit: Row, label: string, value: string, testId: string, bold = false) => (
    <TableRow key={`${testId}-${unit.label}`} data-testid={testId} data-label={unit.label} onClick={() => setPicked(value)} className={mergeClasses(styles.row, bold && styles.total)}>
      <TableCell>{label}</TableCell>
      <TableCell>{n(unit.total)}</TableCell>
      <TableCell>{n(unit.overdue)}</TableCell>
      <TableCell data-testid="unit-rate">{rateText(unit, lang, true)}</TableCell>
    </TableRow>
  );

  return (
    <PanelColumn>
      <AsOfField settings={settings} onSettings={onSettings} t={t} lang={lang} />
      <Button appearance="primary" data-testid="summary-run" disabled={busy || undo.asking} onClick={() => void start()}>
        {t('summaryRun')}
      </Button>
      <UndoNote text={t('undoNoteSummary')} testId="summary-undo-note" />
      <UndoConfirm warning={undo} t={t} testId="summary-undo-confirm" />
      {busy && <Spinner size="tiny" label={t('working')} />}
      <AttemptMessage message={message} testId="summary-message" />
      {summary && (
        <>
          <div data-testid="summary-context">
            <Caption1 block data-testid="summary-as-of">
              {cutOffLine(summary.asOf, lang)}
            </Caption1>
            {years.map((year) => (
              <Caption1 block key={year} data-testid="plan-year-source">
                {t('planYear')}: {year}
              </Caption1>
            ))}
            {guessed.map((column) => (
              <Caption1 block key={column} data-testid="guessed-column">
                {t('guessedNote')}: {column}
              </Caption1>
            ))}
          </div>
          <Field label={t('sentenceFor')}>
            <Select value={picked} data-testid="sentence-unit" onChange={(_, data) => setPicked(data.value)}>
              <option value={PLAN}>{summary.plan.label}</option>
              {summary.byUnit.map((unit) => (
                <option key={unit.label} value={unit.label}>
                  {unit.label}
                </option>
              ))}
            </Select>
          </Field>
          <Textarea ref={sentenceBox} readOnly rows={4} value={sentence} data-testid="report-sentence" />
          {row && (
            <Caption1 block data-testid="sentence-rate">
              {rateText(row, lang)}
            </Caption1>
          )}
          <div className={styles.copy}>
            <Button onClick={() => void copy()}>{t('copy')}</Button>
            {copyNote && <span>{copyNote}</span>}
          </div>
          <Table size="extra-small" aria-label={TEXT[lang].summary.words.byUnit} data-testid="summary-units">
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.unitColumn}>{TEXT[lang].summary.words.unit}</TableHeaderCell>
                <TableHeaderCell>{TEXT[lang].summary.words.total}</TableHeaderCell>
                <TableHeaderCell>{t('overdueCount')}</TableHeaderCell>
                <TableHeaderCell className={styles.rateColumn}>{t('rate')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {summary.byUnit.map((unit) => unitRow(unit, unit.label, unit.label, 'unit-row'))}
              {unitRow(summary.plan, TEXT[lang].summary.words.planTotal, PLAN, 'plan-row', true)}
            </TableBody>
          </Table>
          <div data-testid="summary-notes">
            {unitNotes(summary, lang).map((note) => (
              <Caption1 block key={note} className={styles.note}>
                {note}
              </Caption1>
            ))}
          </div>
        </>
      )}
    </PanelColumn>
  );
}
