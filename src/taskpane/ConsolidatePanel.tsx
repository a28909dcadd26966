/**
 * "Hợp nhất": the units' workbooks (picked, dropped, or a whole folder) read in a Web Worker in the
 * browser, their reporting units shown for correction, then merged into the plan on the active
 * sheet with one click, as new sheets of the add-in's own.
 */
import { Button, Input, MessageBar, MessageBarBody, ProgressBar, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { todayIso } from '../core/calendar';
import type { ReportFile, SourceSummary } from '../core/consolidate/consolidate';
import { isUnitWorkbook } from '../core/consolidate/unitWorkbook';
import type { AppendixTable } from '../core/table';
import { ownSheetCount, sourceSheet, writeOwnSheets } from '../office/writeOwnSheets';
import type { PaneProps } from './App';
import { recogniseSheet } from './analyseSheet';
import { AsOfField } from './AsOfField';
import type { WorkerReply, WorkerRequest } from './readerWorker';
import { READ_FAILURES, READ_TIMEOUT_MS } from '../io/readFailures';
import { startReaderWorker } from './startReaderWorker';
import { WorkerClient, WorkerTimeout } from './workerClient';
import { AttemptMessage, type PaneMessage, useAttempt } from './useAttempt';

interface Plan {
  source: string;
  tables: AppendixTable[];
}

export function ConsolidatePanel({ host, settings, onSettings, t }: PaneProps) {
  const { busy, message, attempt } = useAttempt(t);
  const worker = useRef<WorkerClient<WorkerRequest, WorkerReply> | null>(null);
  /** The files read, recognised: the worker holds them; this copy restores a worker started after a time-out. */
  const reports = useRef<ReportFile[]>([]);
  const restore = useRef(false);

  /** Asks the worker, first giving a worker started after a time-out the reports read so far. */
  const ask = async (client: WorkerClient<WorkerRequest, WorkerReply>, request: WorkerRequest, transfer: Transferable[] = []): Promise<WorkerReply> => {
    if (restore.current) {
      await client.ask({ kind: 'restore', reports: reports.current });
      restore.current = false;
    }
    return client.ask(request, transfer);
  };
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [sources, setSources] = useState<SourceSummary[]>([]);
  const [units, setUnits] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  const lang = host.lang;
  const asOf = () => settings.asOf ?? todayIso();
  useEffect(() => () => worker.current?.stop(), []); // the files read go when the panel does

  const readPlan = async (): Promise<Plan> => {
    const source = await host.run((context) => sourceSheet(context));
    const { tables } = await recogniseSheet(host, settings, source);
    if (!tables.length) throw new Error(t('noTable'));
    return { source, tables };
  };

  const pick = (list: FileList | null) =>
    attempt(async (): Promise<PaneMessage> => {
      const files = [...(list ?? [])].filter((file) => isUnitWorkbook(file.name));
      if (!files.length) throw new Error(t('noWorkbooks'));
      const plan = await readPlan();
      worker.current?.stop();
      const current = (worker.current = new WorkerClient<WorkerRequest, WorkerReply>(startReaderWorker, READ_TIMEOUT_MS));
      const options = { asOf: asOf(), planYear: plan.tables[0]!.planYear, lang };
      reports.current = [];
      restore.current = false;
      setSources([]);
      setUnits({});
      for (let i = 0; i < files.length; i++) {
        setProgress({ done: i, total: files.length });
        const file = files[i]!;
        const name = file.webkitRelativePath || file.name;
        const bytes = await file.arrayBuffer();
        const reply = await ask(current, { kind: 'read', name, bytes, options }, [bytes]).catch((error: unknown) => {
          if (!(error instanceof WorkerTimeout)) throw error;
          restore.current = true;
          return { kind: 'read' as const, report: { file: name, error: READ_FAILURES.timeout[lang] } };
        });
        if (reply.kind !== 'read') throw new Error('worker');
        reports.current.push(reply.report);
      }
      setProgress({ done: files.length, total: files.length });
      const reply = await ask(current, { kind: 'consolidate', master: plan.tables, units: {}, asOf: asOf(), lang });
      if (reply.kind !== 'consolidated') throw new Error('worker');
      setSources(reply.result.sources);
      setUnits(Object.fromEntries(reply.result.sources.filter((s) => s.unit).map((s) => [s.file, s.unit!])));
      const bad = reply.result.sources.filter((s) => s.error).length;
      return { intent: bad ? 'warning' : 'success', text: `${t('filesRead')}: ${files.length - bad}/${files.length}. ${t('checkUnits')}` };
    });

  const write = () =>
    attempt(async (): Promise<PaneMessage> => {
      setConfirming(false);
      const plan = await readPlan();
      const reply = await ask(worker.current!, { kind: 'consolidate', master: plan.tables, units, asOf: asOf(), lang });
      if (reply.kind !== 'consolidated') throw new Error('worker');
      const written = await host.run((context) => writeOwnSheets(context, reply.layouts, { owner: 'consolidation', lang, source: plan.source, pivotTables: host.can.pivotTables }));
      const { sources: read, notSubmitted, findings } = reply.result;
      setSources(read);
      const used = read.filter((s) => !s.error).length;
      const text = `${t('consolidated')} ${used}/${read.length} ${t('files')}: ${written.sheets.join(', ')}. ${findings.length} ${t('findingsFound')}; ${notSubmitted.length} ${t('notSubmitted')}.`;
      return { intent: used < read.length ? 'warning' : 'success', text };
    });

  const run = async () => {
    const earlier = await host.run((context) => ownSheetCount(context, 'consolidation'));
    if (earlier > 0) setConfirming(true);
    else await write();
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
      <AsOfField settings={settings} onSettings={onSettings} t={t} />
      <div
        data-testid="drop-zone"
        onDragOver={(event) => event.preventDefault()}
        onDrop={(event) => {
          event.preventDefault();
          void pick(event.dataTransfer.files);
        }}
        style={{ border: '2px dashed #8a8886', borderRadius: 4, padding: 12, textAlign: 'center' }}
      >
        <div>{t('dropFiles')}</div>
        <div style={{ display: 'flex', gap: 8, justifyContent: 'center', marginTop: 8 }}>
          <label>
            <input type="file" multiple accept=".xlsx,.xlsm,.xls" data-testid="pick-files" disabled={busy} onChange={(event) => void pick(event.target.files)} style={{ display: 'none' }} />
            <span style={{ textDecoration: 'underline', cursor: 'pointer' }}>{t('pickFiles')}</span>
          </label>
          <label>
            <input type="file" {...{ webkitdirectory: '' }} data-testid="pick-folder" disabled={busy} onChange={(event) => void pick(event.target.files)} style={{ display: 'none' }} />
            <span style={{ textDecoration: 'underline', cursor: 'pointer' }}>{t('pickFolder')}</span>
          </label>
        </div>
      </div>
      {progress && (
        <div data-testid="progress">
          <ProgressBar value={progress.total ? progress.done / progress.total : 0} />
          {t('file')} {progress.done}/{progress.total}
        </div>
      )}
      <AttemptMessage message={message} testId="consolidate-message" />
      {confirming && (
        <MessageBar intent="warning" data-testid="consolidate-confirm">
          <MessageBarBody>
            {t('replaceEarlier')}{' '}
            <Button size="small" appearance="primary" data-testid="consolidate-replace" onClick={() => void write()}>
              {t('replace')}
            </Button>{' '}
            <Button size="small" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {sources.length > 0 && (
        <>
          <Button appearance="primary" data-testid="consolidate-run" disabled={busy || confirming} onClick={() => void run()}>
            {t('consolidateRun')}
          </Button>
          <Table size="extra-small" aria-label={t('sources')} data-testid="sources">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('file')}</TableHeaderCell>
                <TableHeaderCell style={{ width: '45%' }}>{t('reportingUnit')}</TableHeaderCell>
                <TableHeaderCell>{t('matched')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {sources.map((source) => (
                <TableRow key={source.file} data-testid="source" data-error={source.error ? 'true' : 'false'}>
                  <TableCell>{source.file.split('/').pop()}</TableCell>
                  <TableCell>
                    {source.error ? (
                      source.error
                    ) : (
                      <Input size="small" value={units[source.file] ?? ''} data-testid="source-unit" onChange={(_, data) => setUnits({ ...units, [source.file]: data.value })} />
                    )}
                  </TableCell>
                  <TableCell>{source.error ? '–' : `${source.reported}/${source.tasks}`}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </div>
  );
}
