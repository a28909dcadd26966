/**
 * "Nhập kế hoạch": the appendix table built from the plan itself. A Word document (.docx) or the
 * plan's text pasted in is read in the pane's worker (nothing is uploaded); the tables found are
 * shown for review, any cell can be corrected, and one click writes each as a new sheet in the
 * appendix layout the other panels read. The new sheet is the user's: no later run replaces it.
 */
import { Button, Field, Input, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textarea } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { todayIso } from '../core/calendar';
import { formatNumber } from '../core/i18n';
import { IMPORT_HEADER, type ImportedPlan, importLayout } from '../core/prose/importPlan';
import type { ProseRow } from '../core/prose/proseTasks';
import { READ_FAILURES, READ_TIMEOUT_MS } from '../io/readFailures';
import { writeNewSheet } from '../office/writeOwnSheets';
import type { PaneProps } from './App';
import type { WorkerReply, WorkerRequest } from './readerWorker';
import { startReaderWorker } from './startReaderWorker';
import { AttemptMessage, type PaneMessage, useAttempt } from './useAttempt';
import { WorkerClient, WorkerTimeout } from './workerClient';

const FIELDS = ['stt', 'text', 'lead', 'support', 'deadline'] as const;
/** Column widths of the review table (px): wider than the pane, which scrolls it sideways. */
const WIDTHS = [56, 380, 200, 200, 130];
type Field = (typeof FIELDS)[number];

export function ImportPanel({ host, settings, t }: PaneProps) {
  const { busy, message, attempt } = useAttempt(t);
  const [text, setText] = useState('');
  const [plan, setPlan] = useState<ImportedPlan | null>(null);
  const worker = useRef<WorkerClient<WorkerRequest, WorkerReply> | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const lang = host.lang;
  useEffect(() => () => worker.current?.stop(), []);

  const read = (source: { bytes: ArrayBuffer } | { text: string }) =>
    attempt(async (): Promise<PaneMessage> => {
      worker.current ??= new WorkerClient<WorkerRequest, WorkerReply>(startReaderWorker, READ_TIMEOUT_MS);
      const reply = await worker.current.ask({ kind: 'import', source, asOf: settings.asOf ?? todayIso(), lang }, 'bytes' in source ? [source.bytes] : []).catch((error: unknown) => {
        throw error instanceof WorkerTimeout ? new Error(READ_FAILURES.timeout[lang]) : error;
      });
      if (reply.kind !== 'imported') throw new Error('worker');
      if (reply.error !== null) throw new Error(reply.error);
      const found = reply.plan!;
      if (!found.tables.length) throw new Error(t('importNothing'));
      setPlan(found);
      const tasks = found.tables.reduce((n, table) => n + table.rows.filter((row) => row.kind === 'task').length, 0);
      const wrong = found.counts.filter((c) => c.announced !== c.found);
      const text = `${t('importFound')} ${formatNumber(tasks, lang)} ${t('tasks')} ${t('in')} ${formatNumber(found.tables.length, lang)} ${t('tables')}. ${t('importReview')}`;
      if (!wrong.length) return { intent: 'success', text };
      return { intent: 'warning', text: `${text} ${t('importCounts')}: ${wrong.map((c) => `${c.heading} (${c.announced} / ${c.found})`).join('; ')}` };
    });

  const edit = (table: number, row: number, field: Field, value: string) =>
    setPlan((current) => {
      if (!current) return current;
      const tables = current.tables.map((tb, i) => (i !== table ? tb : { ...tb, rows: tb.rows.map((r, j): ProseRow => (j !== row ? r : { ...r, [field]: value })) }));
      return { ...current, tables };
    });

  const write = () =>
    attempt(async (): Promise<PaneMessage> => {
      const names: string[] = [];
      for (const table of plan!.tables) names.push(await host.run((context) => writeNewSheet(context, importLayout(plan!, table))));
      return { intent: 'success', text: `${t('importWritten')}: ${names.join(', ')}. ${t('importNext')}` };
    });

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
      {/* A real button, reachable by Tab and named for screen readers, opens the hidden file input. */}
      <input
        ref={fileInput}
        type="file"
        accept=".docx,.txt"
        data-testid="import-file"
        tabIndex={-1}
        aria-hidden="true"
        disabled={busy}
        style={{ display: 'none' }}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ''; // the same file picked again is read again
          if (file) void (file.name.toLowerCase().endsWith('.docx') ? file.arrayBuffer().then((bytes) => read({ bytes })) : file.text().then((text) => read({ text })));
        }}
      />
      <Button data-testid="import-pick" disabled={busy} onClick={() => fileInput.current?.click()} style={{ justifyContent: 'flex-start', textAlign: 'left' }}>
        {t('importPick')}
      </Button>
      <Field label={t('importPaste')}>
        <Textarea rows={6} value={text} data-testid="import-text" onChange={(_, data) => setText(data.value)} />
      </Field>
      <Button data-testid="import-read" disabled={busy || !text.trim()} onClick={() => void read({ text })}>
        {t('importRead')}
      </Button>
      <AttemptMessage message={message} testId="import-message" />
      {plan && (
        <>
          <Button appearance="primary" data-testid="import-write" disabled={busy} onClick={() => void write()}>
            {t('importWrite')}
          </Button>
          {plan.tables.map((table, i) => (
            <div key={table.name} style={{ overflowX: 'auto' }}>
              <Table size="extra-small" aria-label={table.name} data-testid="import-table" style={{ tableLayout: 'fixed', width: WIDTHS.reduce((a, b) => a + b) }}>
                <TableHeader>
                  <TableRow>
                    {IMPORT_HEADER.map((title, c) => (
                      <TableHeaderCell key={title} style={{ width: WIDTHS[c] }}>
                        {title}
                      </TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {table.rows.map((row, j) => (
                    <TableRow key={j} data-testid="import-row" data-kind={row.kind} style={row.kind === 'section' ? { fontWeight: 600 } : undefined}>
                      {FIELDS.map((field) => (
                        <TableCell key={field}>
                          <Input size="small" appearance="underline" style={{ width: '100%' }} value={row[field]} data-field={field} aria-label={`${IMPORT_HEADER[FIELDS.indexOf(field)]} ${j + 1}`} onChange={(_, data) => edit(i, j, field, data.value)} />
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          ))}
        </>
      )}
    </div>
  );
}
