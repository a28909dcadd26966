/**
 * "Tổng hợp": counts the appendix at the cut-off date into the Government Office's buckets, writes
 * the summary sheets (the same as `phuluc summarize`), and gives the report sentence to paste.
 */
import { Button, Field, Select, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textarea } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { todayIso } from '../core/calendar';
import { reportSentence, type Summary, summarize } from '../core/summary';
import { SUMMARY_WORDS, summaryLayout } from '../core/summaryLayout';
import { sourceSheet, writeOwnSheets } from '../office/writeOwnSheets';
import type { PaneProps } from './App';
import { recogniseSheet } from './analyseSheet';
import { AsOfField } from './AsOfField';
import type { StringKey } from './strings';
import { AttemptMessage, type PaneMessage, useAttempt } from './useAttempt';

/** The value of the sentence picker that stands for the whole plan. */
const PLAN = '';

const PIVOT_NOTES: Record<string, StringKey> = { unsupported: 'pivotUnsupported', failed: 'pivotFailed' };

export function SummaryPanel({ host, settings, onSettings, t }: PaneProps) {
  const { busy, message, attempt } = useAttempt(t);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [picked, setPicked] = useState(PLAN);
  const [copyNote, setCopyNote] = useState<string | null>(null);
  const sentenceBox = useRef<HTMLTextAreaElement>(null);
  const lang = host.lang;
  const percent = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 });

  const run = () =>
    attempt(async (): Promise<PaneMessage> => {
      const source = await host.run((context) => sourceSheet(context));
      const { tables } = await recogniseSheet(host, settings, source);
      if (!tables.length) throw new Error(t('noTable'));
      const asOf = settings.asOf ?? todayIso();
      const counted = summarize(tables, asOf, lang);
      const written = await host.run((context) => writeOwnSheets(context, summaryLayout(counted, tables, lang), { owner: 'summary', lang, source, pivotTables: host.can.pivotTables }));
      setSummary(counted);
      setPicked(PLAN);
      const text = `${t('summaryWritten')}: ${written.sheets.join(', ')}${written.replaced ? ` (${t('summaryReplaced')})` : ''}.`;
      const note = PIVOT_NOTES[written.pivot];
      return note ? { intent: 'warning', text: `${text} ${t(note)}` } : { intent: 'success', text };
    });

  const row = summary && (picked === PLAN ? summary.plan : summary.byUnit.find((unit) => unit.label === picked));
  const sentence = row ? reportSentence(row, lang) : '';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(sentence);
      setCopyNote(t('copied'));
    } catch {
      // Some Office webviews refuse the clipboard API: select the text so Ctrl+C copies it.
      sentenceBox.current?.select();
      setCopyNote(t('copyByHand'));
    }
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
      <AsOfField settings={settings} onSettings={onSettings} t={t} />
      <Button appearance="primary" data-testid="summary-run" disabled={busy} onClick={() => void run()}>
        {t('summaryRun')}
      </Button>
      {busy && <Spinner size="tiny" label={t('working')} />}
      <AttemptMessage message={message} testId="summary-message" />
      {summary && (
        <>
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
          <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
            <Button onClick={() => void copy()}>{t('copy')}</Button>
            {copyNote && <span>{copyNote}</span>}
          </div>
          <Table size="extra-small" aria-label={t('tabSummary')} data-testid="summary-units">
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: '52%' }}>{SUMMARY_WORDS.unit[lang]}</TableHeaderCell>
                <TableHeaderCell>{SUMMARY_WORDS.total[lang]}</TableHeaderCell>
                <TableHeaderCell>{t('overdueCount')}</TableHeaderCell>
                <TableHeaderCell>{t('rate')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {summary.byUnit.map((unit) => (
                <TableRow key={unit.label} onClick={() => setPicked(unit.label)} style={{ cursor: 'pointer' }}>
                  <TableCell>{unit.label}</TableCell>
                  <TableCell>{unit.total}</TableCell>
                  <TableCell>{unit.overdue}</TableCell>
                  <TableCell>{unit.completionRate === null ? '–' : percent.format(unit.completionRate)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </div>
  );
}
