/**
 * "Hợp nhất": the units' workbooks (picked, dropped, or a whole folder) read in a Web Worker in the
 * browser and merged into the plan, as new sheets of the add-in's own.
 *
 * The panel names the plan sheet before anything is read, and asks for one when the active sheet
 * holds no plan. After reading, the files whose unit is a guess come first with the evidence; the
 * user sets or confirms their unit (remembered in the workbook's unit directory for next month) and
 * picks which of a unit's several files counts, and every change is consolidated again at once, so
 * the units that have not reported are always listed by name with the tasks they lead.
 */
import {
  Badge,
  Button,
  Caption1,
  Combobox,
  Dropdown,
  MessageBar,
  MessageBarBody,
  Option,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { todayIso } from '../core/calendar';
import type { Consolidation, NotSubmitted, ReportFile, SourceSummary } from '../core/consolidate/consolidate';
import { isoToVietnamese } from '../core/grid';
import { formatNumber } from '../core/i18n';
import { cutOffLine } from '../core/summary';
import type { AppendixTable } from '../core/table';
import { fold, squish } from '../core/text';
import { READ_FAILURES, READ_TIMEOUT_MS } from '../io/readFailures';
import { type SheetName, sheetNames } from '../office/sheetNames';
import { ownSheetCount, sourceSheet, writeOwnSheets } from '../office/writeOwnSheets';
import type { PaneProps } from './App';
import { recogniseSheet } from './analyseSheet';
import { AsOfField } from './AsOfField';
import { droppedFiles, type Picked, pickedFiles } from './pickedFiles';
import type { WorkerReply, WorkerRequest } from './readerWorker';
import { startReaderWorker } from './startReaderWorker';
import { rememberUnit, unitChoices } from './unitMemory';
import { markUndoTold, UndoNote } from './UndoWarning';
import { AttemptMessage, type PaneMessage, useAttempt } from './useAttempt';
import { WorkerClient, WorkerTimeout } from './workerClient';

/** The plan the units' files are consolidated into: the sheet (id) it is read from, its name, its tables. */
interface Plan {
  source: string;
  name: string;
  tables: AppendixTable[];
}

type Result = Pick<Consolidation, 'sources' | 'findings' | 'notSubmitted'>;
type Client = WorkerClient<WorkerRequest, WorkerReply>;

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** A task as the not-submitted list shows it: its number and the start of its text. */
function shortTask(task: NotSubmitted['tasks'][number]): string {
  const text = task.text.length > 48 ? `${task.text.slice(0, 45).trimEnd()}…` : task.text;
  return task.stt ? `${task.stt} ${text}` : text;
}

export function ConsolidatePanel({ host, settings, onSettings, t, visible }: PaneProps) {
  const { busy, message, attempt } = useAttempt(t);
  const lang = host.lang;
  const settingsNow = useRef(settings);
  settingsNow.current = settings;
  const asOf = () => settingsNow.current.asOf ?? todayIso();

  const worker = useRef<Client | null>(null);
  /** The files read, recognised: the worker holds them; this copy restores a worker started after a time-out. */
  const reports = useRef<ReportFile[]>([]);
  const restore = useRef(false);
  /** Entries that were not read at all (a .csv, a lock file, a sub-folder): listed, not counted among the files read. */
  const notRead = useRef(new Set<string>());
  useEffect(() => () => worker.current?.stop(), []); // the files read go when the pane does

  /** Asks the worker, first giving a worker started after a time-out the reports read so far. */
  const ask = async (client: Client, request: WorkerRequest, transfer: Transferable[] = []): Promise<WorkerReply> => {
    if (restore.current) {
      await client.ask({ kind: 'restore', reports: reports.current });
      restore.current = false;
    }
    return client.ask(request, transfer).catch((error: unknown) => {
      if (error instanceof WorkerTimeout && client === worker.current) restore.current = true;
      throw error;
    });
  };

  // The plan: named before any file is read; asked for when the active sheet holds none.
  const [plan, setPlanState] = useState<Plan | null>(null);
  const planNow = useRef<Plan | null>(null);
  const setPlan = (next: Plan | null) => {
    planNow.current = next;
    setPlanState(next);
  };
  const [planLook, setPlanLook] = useState<'reading' | 'found' | 'none' | 'failed'>('reading');
  /** The sheet found with no plan on it, and whether the user chose it. */
  const [noPlan, setNoPlan] = useState<{ sheet: string; chosen: boolean } | null>(null);
  const [planError, setPlanError] = useState('');
  const [sheets, setSheets] = useState<SheetName[] | null>(null);
  /** The user chose the plan's sheet: it is kept whatever sheet is active later. */
  const chosen = useRef(false);
  const planLookups = useRef(0);

  /** Reads the plan from `key` (the active sheet, or the sheet a summary or consolidation was read from, when none). */
  const findPlan = async (key?: string): Promise<Plan | null> => {
    const lookup = ++planLookups.current;
    setPlanLook('reading');
    try {
      const source = key ?? (await host.run((context) => sourceSheet(context)));
      const { grid, tables } = await recogniseSheet(host, settingsNow.current, source);
      if (lookup !== planLookups.current) return planNow.current;
      if (tables.length) {
        const found = { source, name: grid.name, tables };
        setPlan(found);
        setNoPlan(null);
        setSheets(null);
        setPlanLook('found');
        return found;
      }
      setPlan(null);
      setNoPlan({ sheet: grid.name, chosen: key !== undefined });
      setPlanLook('none');
      const names = await host.run((context) => sheetNames(context));
      if (lookup === planLookups.current) setSheets(names);
      return null;
    } catch (error) {
      if (lookup === planLookups.current) {
        setPlanLook('failed');
        setPlanError(error instanceof Error ? error.message : String(error));
      }
      return null;
    }
  };

  /** The user's choice of the plan's sheet; files already read are consolidated into it at once. */
  const choosePlan = (id: string) => {
    chosen.current = true;
    void findPlan(id).then((found) => found && refresh());
  };
  const showSheets = async () => setSheets(await host.run((context) => sheetNames(context)));

  // The results and the user's choices. The choices live in refs so a consolidation asked for right
  // after a change (the unit field loses focus as the run button is pressed) sees them.
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const units = useRef<Record<string, string>>({});
  const prefer = useRef<Record<string, string>>({});
  /** Files that needed confirmation at some point: they stay at the top once confirmed, not jumping under the user's pointer. */
  const flagged = useRef(new Set<string>());
  /** The unit's name as each file writes it, from before the user set the unit (the engine then reports the user's choice). */
  const written = useRef(new Map<string, string | null>());
  const runs = useRef(0);
  const [refreshing, setRefreshing] = useState(0);
  const [note, setNote] = useState<PaneMessage | null>(null);
  const [confirming, setConfirming] = useState(false);

  const show = (next: Result) => {
    for (const source of next.sources) {
      if (source.confirm && !source.skipped) flagged.current.add(source.file);
      if (source.unitFrom !== 'user' && !written.current.has(source.file)) written.current.set(source.file, source.written);
    }
    setResult(next);
  };

  /** Consolidates the reports the worker holds into `tables` with the user's choices and the directory. */
  const consolidateInto = async (tables: AppendixTable[], layouts: boolean) => {
    const run = ++runs.current;
    const { directory } = settingsNow.current;
    const reply = await ask(worker.current!, { kind: 'consolidate', master: tables, units: units.current, prefer: prefer.current, directory, layouts, asOf: asOf(), lang });
    if (reply.kind !== 'consolidated') throw new Error('worker');
    if (run === runs.current) show(reply.result);
    return reply;
  };

  /** Again, after the user changed a unit, a file's choice or the directory: the counts and the names follow at once. */
  const refresh = async () => {
    const current = planNow.current;
    if (!current || !worker.current || !reports.current.length) return;
    const run = runs.current + 1;
    setRefreshing((n) => n + 1);
    try {
      await consolidateInto(current.tables, false);
    } catch (error) {
      if (run === runs.current) setNote({ intent: 'error', text: `${t('error')}: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setRefreshing((n) => n - 1);
    }
  };

  /** The directory as last consolidated with: a change made in Cài đặt consolidates again. */
  const directoryKey = JSON.stringify(settings.directory);
  const directoryUsed = useRef(directoryKey);
  useEffect(() => {
    if (directoryKey === directoryUsed.current) return;
    directoryUsed.current = directoryKey;
    void refresh();
  }, [directoryKey]);

  // Each time the panel is shown before any file is read, the plan is looked for again on the active sheet.
  useEffect(() => {
    if (visible && !result && !chosen.current && !busy) void findPlan();
  }, [visible]);

  /** The user set or confirmed `source`'s unit: remembered in the workbook for next month, then consolidated again. */
  const setUnit = (source: SourceSummary, unit: string, confirm = false) => {
    const name = squish(unit);
    const current = planNow.current;
    if (!name || !current || (units.current[source.file] === name && !confirm)) return;
    units.current = { ...units.current, [source.file]: name };
    // Confirming one of a unit's copies is choosing it.
    if (confirm && source.sameUnit.length) prefer.current = { ...prefer.current, [name]: source.file };
    const memory = rememberUnit(settingsNow.current.directory, current.tables, name, written.current.get(source.file) ?? source.written);
    if (memory) {
      const next = { ...settingsNow.current, directory: memory.directory };
      settingsNow.current = next;
      directoryUsed.current = JSON.stringify(memory.directory);
      const what = memory.alias ? `“${memory.alias}” ${t('alias')} ${memory.unit}` : memory.unit;
      onSettings(next).then(
        () => setNote({ intent: 'success', text: `${t('remembered')}: ${what}.` }),
        (error: unknown) => setNote({ intent: 'warning', text: `${t('rememberFailed')}: ${error instanceof Error ? error.message : String(error)}` }),
      );
    }
    void refresh();
  };

  const useFile = (source: SourceSummary) => {
    if (!source.unit) return;
    prefer.current = { ...prefer.current, [source.unit]: source.file };
    void refresh();
  };

  const pick = (gather: () => Picked[] | Promise<Picked[]>) =>
    attempt(async (): Promise<PaneMessage> => {
      const picked = await gather();
      const toRead = picked.filter((p): p is Extract<Picked, { file: File }> => 'file' in p);
      if (!toRead.length) {
        const reasons = picked.map((p) => ('reason' in p ? `${baseName(p.path)}: ${p.reason}` : '')).filter(Boolean);
        throw new Error([t('noWorkbooks'), ...reasons].join(' '));
      }
      const current = planNow.current ?? (await findPlan());
      if (!current) throw new Error(t('planFirst'));
      runs.current++; // a consolidation still under way belongs to the files before these
      worker.current?.stop();
      const client = (worker.current = new WorkerClient<WorkerRequest, WorkerReply>(startReaderWorker, READ_TIMEOUT_MS));
      const options = { asOf: asOf(), planYear: current.tables[0]!.planYear, lang };
      reports.current = [];
      restore.current = false;
      notRead.current = new Set();
      units.current = {};
      prefer.current = {};
      flagged.current = new Set();
      written.current = new Map();
      setResult(null);
      setNote(null);
      let done = 0;
      for (const item of picked) {
        let reply: WorkerReply;
        if ('reason' in item) {
          notRead.current.add(item.path);
          reply = await ask(client, { kind: 'skip', name: item.path, reason: item.reason });
        } else {
          setProgress({ done, total: toRead.length });
          const bytes = await item.file.arrayBuffer();
          const modified = item.file.lastModified ? new Date(item.file.lastModified).toISOString() : undefined;
          reply = await ask(client, { kind: 'read', name: item.path, bytes, modified, options }, [bytes]).catch((error: unknown) => {
            if (!(error instanceof WorkerTimeout)) throw error;
            return { kind: 'read' as const, report: { file: item.path, error: READ_FAILURES.timeout[lang] } };
          });
          done++;
        }
        if (reply.kind !== 'read') throw new Error('worker');
        reports.current.push(reply.report);
      }
      setProgress({ done, total: toRead.length });
      directoryUsed.current = JSON.stringify(settingsNow.current.directory);
      const { result: read } = await consolidateInto(current.tables, false);
      const readable = reports.current.filter((r) => 'rows' in r).length;
      const unsure = read.sources.filter((s) => s.confirm && !s.skipped).length;
      const n = (count: number) => formatNumber(count, lang);
      const text = `${t('filesRead')}: ${n(readable)}/${n(toRead.length)}. ${unsure ? `${n(unsure)} ${t('toConfirm')}. ` : ''}${t('checkUnits')}`;
      return { intent: readable < toRead.length || unsure ? 'warning' : 'success', text };
    });

  const write = () =>
    attempt(async (): Promise<PaneMessage> => {
      setConfirming(false);
      const current = planNow.current;
      if (!current) throw new Error(t('planFirst'));
      // The plan as it is now: the user may have edited it since the files were read.
      const { grid, tables } = await recogniseSheet(host, settingsNow.current, current.source);
      if (!tables.length) throw new Error(t('noTable'));
      setPlan({ source: current.source, name: grid.name, tables });
      const reply = await consolidateInto(tables, true);
      const sheetsWritten = await host.run((context) => writeOwnSheets(context, reply.layouts, { owner: 'consolidation', lang, source: current.source, pivotTables: host.can.pivotTables }));
      const { sources, notSubmitted, findings } = reply.result;
      const files = sources.filter((s) => !notRead.current.has(s.file));
      const used = files.filter((s) => !s.skipped && !s.error && s.unit !== null).length;
      const n = (count: number) => formatNumber(count, lang);
      const missing = notSubmitted.length ? `${n(notSubmitted.length)} ${t('notSubmitted')}: ${notSubmitted.map((u) => u.unit).join('; ')}` : t('everyoneReported');
      const text = `${t('consolidated')} ${n(used)}/${n(files.length)} ${t('files')}: ${sheetsWritten.sheets.join(', ')}. ${n(findings.length)} ${t('findingsFound')}; ${missing}. ${cutOffLine(reply.result.asOf, lang)}.`;
      return { intent: used < files.length ? 'warning' : 'success', text };
    });

  const run = async () => {
    const earlier = await host.run((context) => ownSheetCount(context, 'consolidation'));
    if (earlier > 0) setConfirming(true);
    else await write();
  };

  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const fromInput = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = ''; // the same files picked again are read again
    if (files.length) void pick(() => pickedFiles(files, lang));
  };

  const choices = plan ? unitChoices(plan.tables, settings.directory) : [];
  const ordered = result
    ? [
        ...result.sources.filter((s) => !s.skipped && flagged.current.has(s.file)),
        ...result.sources.filter((s) => !s.skipped && !flagged.current.has(s.file)),
        ...result.sources.filter((s) => s.skipped),
      ]
    : [];
  const taskCount = plan?.tables.reduce((n, table) => n + table.tasks.length, 0) ?? 0;

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
      <AsOfField settings={settings} onSettings={onSettings} t={t} lang={lang} />
      <div data-testid="plan" data-state={planLook}>
        {planLook === 'reading' && <Caption1>{t('planReading')}</Caption1>}
        {planLook === 'found' && plan && (
          <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: 6 }}>
            <span data-testid="plan-name">
              {t('planSheet')} <strong>‘{plan.name}’</strong> ({taskCount} {t('tasks')})
            </span>
            {!sheets && (
              <Button size="small" appearance="transparent" data-testid="plan-other" disabled={busy} onClick={() => void showSheets()}>
                {t('otherSheet')}
              </Button>
            )}
          </div>
        )}
        {planLook === 'none' && noPlan && (
          <MessageBar intent="warning" data-testid="plan-missing">
            <MessageBarBody>{noPlan.chosen ? t('noPlanSheet') : `${t('noPlanOn')} ‘${noPlan.sheet}’ ${t('noPlanAsk')}`}</MessageBarBody>
          </MessageBar>
        )}
        {planLook === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>
              {t('error')}: {planError}
            </MessageBarBody>
          </MessageBar>
        )}
        {sheets && (
          <Dropdown
            size="small"
            placeholder={t('choosePlan')}
            aria-label={t('choosePlan')}
            data-testid="plan-sheet"
            disabled={busy}
            style={{ marginTop: 6, minWidth: 0, width: '100%' }}
            onOptionSelect={(_, data) => data.optionValue && choosePlan(data.optionValue)}
          >
            {sheets.map((sheet) => (
              <Option key={sheet.id} value={sheet.id}>
                {sheet.name}
              </Option>
            ))}
          </Dropdown>
        )}
      </div>
      <div
        data-testid="drop-zone"
        onDragOver={(event) => event.preventDefault()}
        onDrop={(event) => {
          event.preventDefault();
          void pick(droppedFiles(event.dataTransfer, lang));
        }}
        style={{ border: `2px dashed ${tokens.colorNeutralStroke1}`, borderRadius: 4, padding: 12, textAlign: 'center' }}
      >
        <div>{t('dropFiles')}</div>
        {/* Real buttons, reachable by Tab and named for screen readers, open the hidden file inputs. */}
        <input ref={filesInput} type="file" multiple accept=".xlsx,.xlsm,.xls,.ods" data-testid="pick-files" tabIndex={-1} aria-hidden="true" disabled={busy} onChange={(event) => fromInput(event.target)} style={{ display: 'none' }} />
        <input ref={folderInput} type="file" {...{ webkitdirectory: '' }} data-testid="pick-folder" tabIndex={-1} aria-hidden="true" disabled={busy} onChange={(event) => fromInput(event.target)} style={{ display: 'none' }} />
        <div style={{ display: 'flex', gap: 8, justifyContent: 'center', flexWrap: 'wrap', marginTop: 8 }}>
          <Button data-testid="pick-files-button" disabled={busy} onClick={() => filesInput.current?.click()}>
            {t('pickFiles')}
          </Button>
          <Button data-testid="pick-folder-button" disabled={busy} onClick={() => folderInput.current?.click()}>
            {t('pickFolder')}
          </Button>
        </div>
      </div>
      {progress && (
        <div data-testid="progress">
          <ProgressBar value={progress.total ? progress.done / progress.total : 0} />
          {t('file')} {formatNumber(progress.done, lang)}/{formatNumber(progress.total, lang)}
        </div>
      )}
      <AttemptMessage message={message} testId="consolidate-message" />
      <AttemptMessage message={note} testId="consolidate-note" />
      {confirming && (
        <MessageBar intent="warning" data-testid="consolidate-confirm">
          <MessageBarBody>
            {t('replaceEarlier')} {t('undoLost')}{' '}
            <Button
              size="small"
              appearance="primary"
              data-testid="consolidate-replace"
              onClick={() => {
                markUndoTold();
                void write();
              }}
            >
              {t('replace')}
            </Button>{' '}
            <Button size="small" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <>
          <Button appearance="primary" data-testid="consolidate-run" disabled={busy || confirming} onClick={() => void run()}>
            {t('consolidateRun')}
          </Button>
          <UndoNote text={t('undoNoteConsolidate')} testId="consolidate-undo-note" />
          <Table size="extra-small" aria-label={t('sources')} aria-busy={refreshing > 0} data-testid="sources" data-busy={String(refreshing > 0)} style={{ tableLayout: 'fixed' }}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>
                  {t('file')} · {t('reportingUnit')}
                </TableHeaderCell>
                <TableHeaderCell style={{ width: 64 }}>{t('matched')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {ordered.map((source) => (
                <SourceRow
                  key={source.file}
                  source={source}
                  choices={choices}
                  busy={busy}
                  t={t}
                  onUnit={(unit) => setUnit(source, unit)}
                  onConfirm={() => setUnit(source, source.unit!, true)}
                  onUse={() => useFile(source)}
                />
              ))}
            </TableBody>
          </Table>
          <NotSubmittedList notSubmitted={result.notSubmitted} t={t} />
        </>
      )}
    </div>
  );
}

interface SourceRowProps {
  source: SourceSummary;
  /** The file could not be read or holds no appendix table. */
  choices: string[];
  busy: boolean;
  t: PaneProps['t'];
  onUnit(unit: string): void;
  onConfirm(): void;
  onUse(): void;
}

function SourceRow({ source, choices, busy, t, onUnit, onConfirm, onUse }: SourceRowProps) {
  const name = baseName(source.file);
  const unsure = source.confirm && !source.skipped;
  const grey = { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' as const };
  // One wide cell (the file, its unit, the evidence) and the count: the pane is some 350 px wide.
  return (
    <TableRow data-testid="source" data-file={name} data-confirm={String(unsure)} data-skipped={String(source.skipped)} data-error={String(source.unreadable)}>
      <TableCell style={{ verticalAlign: 'top', paddingTop: 6, paddingBottom: 6 }}>
        <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 6 }}>
          <span style={{ fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' }}>{name}</span>
          {unsure && (
            <Badge appearance="tint" color={source.unit ? 'warning' : 'danger'} data-testid="source-badge">
              {source.unit ? t('needsConfirm') : t('unitUnknown')}
            </Badge>
          )}
          {!source.skipped && source.unitFrom === 'user' && (
            <Badge appearance="tint" color="success" data-testid="source-badge">
              {t('userConfirmed')}
            </Badge>
          )}
        </div>
        {source.skipped ? (
          <>
            <Caption1 block style={grey} data-testid="source-reason">
              {t('notCounted')}: {source.unit && source.sameUnit.length ? `${source.unit}, ` : ''}
              {source.error}
            </Caption1>
            {source.unit && source.sameUnit.length > 0 && (
              <Button size="small" data-testid="source-prefer" aria-label={`${t('useThisFile')} ${name}`} onClick={onUse} style={{ marginTop: 4 }}>
                {t('useThisFile')}
              </Button>
            )}
          </>
        ) : (
          <div style={{ display: 'flex', gap: 6, alignItems: 'center', margin: '4px 0 2px' }}>
            <UnitField value={source.unit ?? ''} choices={choices} label={`${t('unitOf')} ${name}`} placeholder={t('chooseUnit')} disabled={busy} onCommit={onUnit} />
            {unsure && source.unit && (
              <Button size="small" appearance="primary" data-testid="source-confirm" aria-label={`${t('confirmUnitOf')} ${name}`} onClick={onConfirm} style={{ flexShrink: 0 }}>
                {t('confirmUnit')}
              </Button>
            )}
          </div>
        )}
        {!source.skipped && source.evidence && (
          <Caption1 block style={grey} data-testid="source-evidence">
            {source.evidence}
          </Caption1>
        )}
        {source.reportDate && (
          <Caption1 block style={grey}>
            {t('reportDated')} {isoToVietnamese(source.reportDate)}
          </Caption1>
        )}
      </TableCell>
      <TableCell style={{ verticalAlign: 'top', paddingTop: 6 }}>{source.skipped ? '–' : `${source.reported}/${source.tasks}`}</TableCell>
    </TableRow>
  );
}

/** A file's unit: one of the plan's units, or any name typed; committed when chosen from the list or when the field is left. */
function UnitField({ value, choices, label, placeholder, disabled, onCommit }: { value: string; choices: string[]; label: string; placeholder: string; disabled: boolean; onCommit(unit: string): void }) {
  const [text, setText] = useState(value);
  const [open, setOpen] = useState(false);
  useEffect(() => setText(value), [value]);
  const typed = fold(text).trim();
  const shown = typed && !choices.includes(text) ? choices.filter((c) => fold(c).includes(typed)) : choices;
  const commit = (next: string) => {
    if (!next.trim()) setText(value);
    else if (squish(next) !== value) onCommit(next);
  };
  return (
    <Combobox
      freeform
      size="small"
      value={text}
      aria-label={label}
      placeholder={placeholder}
      data-testid="source-unit"
      disabled={disabled}
      style={{ minWidth: 0, flex: 1 }}
      input={{ style: { minWidth: 0, width: '100%' } }}
      open={open}
      onOpenChange={(_, data) => setOpen(data.open)}
      onChange={(event) => {
        // Typing shows the units that match what is typed.
        setText(event.target.value);
        setOpen(true);
      }}
      onOptionSelect={(_, data) => {
        if (!data.optionText) return;
        setText(data.optionText);
        commit(data.optionText);
      }}
      onBlur={() => commit(text)}
    >
      {shown.map((choice) => (
        <Option key={choice}>{choice}</Option>
      ))}
    </Combobox>
  );
}

/** The plan's named lead units with no report, each with the tasks it leads: names, never only a count. */
function NotSubmittedList({ notSubmitted, t }: { notSubmitted: NotSubmitted[]; t: PaneProps['t'] }) {
  return (
    <section data-testid="not-submitted" aria-label={t('notSubmittedTitle')}>
      <div style={{ fontWeight: tokens.fontWeightSemibold, marginBottom: 4 }}>
        {t('notSubmittedTitle')} ({notSubmitted.length})
      </div>
      {notSubmitted.length === 0 ? (
        <Caption1>{t('allSubmitted')}</Caption1>
      ) : (
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {notSubmitted.map(({ unit, tasks }) => (
            <li key={unit} data-testid="not-submitted-unit" style={{ marginBottom: 4 }}>
              <strong>{unit}</strong>{' '}
              <Caption1 style={{ color: tokens.colorNeutralForeground3 }}>
                {t('leadsTasks')} {tasks.length} {t('tasks')}:{' '}
                {tasks.map((task, i) => (
                  <span key={i} title={task.text}>
                    {i ? '; ' : ''}
                    {shortTask(task)}
                  </span>
                ))}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
