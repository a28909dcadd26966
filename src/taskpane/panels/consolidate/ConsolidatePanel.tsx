/**
 * "Hợp nhất": the units' workbooks (picked, dropped, or a whole folder) read in a Web Worker in the
 * browser and merged into the plan, as new sheets of the add-in's own.
 *
 * The panel names the plan sheet before anything is read, and asks for one when the active sheet
 * holds no plan (usePlan, PlanChooser). After reading (useUnitReports), the files whose unit is a
 * guess come first with the evidence (SourceList); the user sets or confirms their unit (remembered
 * in the workbook's unit directory for next month) and picks which of a unit's several files counts
 * (useUnitChoices),
 * and every change is consolidated again at once, so the units that have not reported are always
 * listed by name with the tasks they lead (NotSubmittedList).
 *
 * The monthly cycle (docs/cycle.md) sits around it: the units' templates made from the plan found,
 * last period's consolidation to compare with, and after a consolidation the report upward in Word
 * and the texts to chase late units (TemplatesSection, PreviousSection, ReportSection).
 */
import { Button, ProgressBar } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { todayIso } from '../../../core/calendar';
import type { SourceSummary } from '../../../core/consolidate/consolidate';
import { formatNumber } from '../../../core/i18n';
import { cutOffLine } from '../../../core/summary';
import type { AppendixTable } from '../../../core/table';
import { squish } from '../../../core/text';
import { ownSheetCount, writeOwnSheets } from '../../../office/writeOwnSheets';
import type { PaneProps } from '../../App';
import { AsOfField } from '../../components/AsOfField';
import { AttemptMessage } from '../../components/AttemptMessage';
import { PanelColumn } from '../../components/PanelColumn';
import { UndoNote } from '../../components/UndoWarning';
import { markUndoTold } from '../../hooks/useUndoWarning';
import { type PaneMessage, useAttempt } from '../../hooks/useAttempt';
import { useReaderWorker } from '../../hooks/useReaderWorker';
import { recogniseSheet } from '../../sheet/activeSheet';
import type { HeldAsk } from '../../worker/askWorker';
import type { ShownResult } from '../../worker/messages';
import { DropZone } from './DropZone';
import { NotSubmittedList } from './NotSubmittedList';
import type { Picked } from './pickedFiles';
import { PlanChooser } from './PlanChooser';
import { ReplaceConfirm } from './ReplaceConfirm';
import { type PreviousPicked, PreviousSection } from './PreviousSection';
import { ReportByField } from './ReportByField';
import { ReportSection } from './ReportSection';
import { baseName, SourceList } from './SourceList';
import { TemplatesSection } from './TemplatesSection';
import { rememberUnit, unitChoices } from './unitMemory';
import { usePlan } from './usePlan';
import { useUnitChoices } from './useUnitChoices';
import { useUnitReports } from './useUnitReports';

export function ConsolidatePanel({ host, settings, onSettings, t, visible }: PaneProps) {
  const { busy, message, attempt } = useAttempt(t);
  const lang = host.lang;
  const settingsNow = useRef(settings);
  settingsNow.current = settings;
  const asOf = () => settingsNow.current.asOf ?? todayIso();

  const { plan, planNow, setPlan, lookup, chosen, find: findPlan, choose, showSheets } = usePlan(host, settingsNow);
  const unitReports = useUnitReports();
  /** The templates and last period's file are read in a worker of their own. */
  const jobs = useReaderWorker();

  const choices = useUnitChoices();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<ShownResult | null>(null);
  const runs = useRef(0);
  const [refreshing, setRefreshing] = useState(0);
  const [note, setNote] = useState<PaneMessage | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [reportBy, setReportBy] = useState<string>();
  /** Last period's consolidation, compared with every consolidation while it is chosen. */
  const [previous, setPrevious] = useState<PreviousPicked | null>(null);
  const previousNow = useRef<PreviousPicked | null>(null);
  const choosePrevious = (picked: PreviousPicked | null) => {
    previousNow.current = picked;
    setPrevious(picked);
    void refresh();
  };

  const show = (next: ShownResult) => {
    choices.seen(next);
    setResult(next);
  };

  /** Consolidates the reports the worker holds into `tables` with the user's choices and the directory. */
  const consolidateInto = async (tables: AppendixTable[], layouts: boolean) => {
    const ask = unitReports.held();
    if (!ask) throw new Error(t('noWorkbooks'));
    const run = ++runs.current;
    const { directory } = settingsNow.current;
    const reply = await ask({ kind: 'consolidate', master: tables, ...choices.current(), directory, layouts, asOf: asOf(), lang, previous: previousNow.current?.previous });
    if (run === runs.current) show(reply.result);
    return reply;
  };

  /** Again, after the user changed a unit, a file's choice or the directory: the counts and the names follow at once. */
  const refresh = async () => {
    const current = planNow.current;
    if (!current || !unitReports.held() || !unitReports.reports.current.length) return;
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

  /** The report and the reminders: asked of the worker holding the reports, once it has consolidated them as the panel now stands. */
  const askHeld: HeldAsk = async (request) => {
    const current = planNow.current;
    const ask = unitReports.held();
    if (!current || !ask) throw new Error(t('planFirst'));
    const { result: shown } = await consolidateInto(current.tables, false);
    return { reply: await ask(request), shown };
  };

  /** The user's choice of the plan's sheet; files already read are consolidated into it at once. */
  const choosePlan = (id: string) => void choose(id).then((found) => found && refresh());

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
    if (!name || !current || !choices.setUnit(source, name, confirm)) return;
    const memory = rememberUnit(settingsNow.current.directory, current.tables, name, choices.writtenName(source));
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
    if (choices.useFile(source)) void refresh();
  };

  const pick = (gather: () => Picked[] | Promise<Picked[]>) =>
    attempt(async (): Promise<PaneMessage> => {
      const picked = await gather();
      const toRead = picked.filter((p) => 'file' in p);
      if (!toRead.length) {
        const reasons = picked.map((p) => ('reason' in p ? `${baseName(p.path)}: ${p.reason}` : '')).filter(Boolean);
        throw new Error([t('noWorkbooks'), ...reasons].join(' '));
      }
      const current = planNow.current ?? (await findPlan());
      const [first] = current?.tables ?? [];
      if (!current || !first) throw new Error(t('planFirst'));
      runs.current++; // a consolidation still under way belongs to the files before these
      choices.reset();
      setResult(null);
      setNote(null);
      const options = { asOf: asOf(), planYear: first.planYear, lang };
      const reports = await unitReports.readAll(picked, options, lang, (done) => setProgress({ done, total: toRead.length }));
      directoryUsed.current = JSON.stringify(settingsNow.current.directory);
      const { result: read } = await consolidateInto(current.tables, false);
      const readable = reports.filter((r) => 'rows' in r).length;
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
      setPlan({ source: current.source, name: grid.name, grid, tables });
      const reply = await consolidateInto(tables, true);
      const sheetsWritten = await host.run((context) =>
        writeOwnSheets(context, reply.layouts, { owner: 'consolidation', lang, source: current.source, pivotTables: host.can.pivotTables }),
      );
      const { sources, notSubmitted, findings } = reply.result;
      const files = sources.filter((s) => !unitReports.notRead.current.has(s.file));
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

  return (
    <PanelColumn>
      <AsOfField settings={settings} onSettings={onSettings} t={t} lang={lang} />
      <ReportByField value={reportBy} asOf={asOf()} onChange={setReportBy} lang={lang} t={t} />
      <PlanChooser lookup={lookup} busy={busy} t={t} onOther={() => void showSheets()} onChoose={choosePlan} />
      <TemplatesSection plan={plan} asOf={settings.asOf} reportBy={reportBy} ask={jobs} disabled={busy} lang={lang} t={t} />
      <DropZone busy={busy} lang={lang} t={t} onPick={(gather) => void pick(gather)} />
      {progress && (
        <div data-testid="progress">
          <ProgressBar value={progress.total ? progress.done / progress.total : 0} />
          {t('file')} {formatNumber(progress.done, lang)}/{formatNumber(progress.total, lang)}
        </div>
      )}
      <AttemptMessage message={message} testId="consolidate-message" />
      <AttemptMessage message={note} testId="consolidate-note" />
      <PreviousSection host={host} ask={jobs} asOf={asOf} picked={previous} onPicked={choosePrevious} changes={result?.changes} disabled={busy} lang={lang} t={t} />
      {confirming && (
        <ReplaceConfirm
          t={t}
          onReplace={() => {
            markUndoTold();
            void write();
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
      {result && (
        <>
          <Button appearance="primary" data-testid="consolidate-run" disabled={busy || confirming} onClick={() => void run()}>
            {t('consolidateRun')}
          </Button>
          <UndoNote text={t('undoNoteConsolidate')} testId="consolidate-undo-note" />
          <SourceList
            sources={choices.ordered(result)}
            choices={plan ? unitChoices(plan.tables, settings.directory) : []}
            refreshing={refreshing > 0}
            busy={busy}
            t={t}
            onUnit={setUnit}
            onUse={useFile}
          />
          <NotSubmittedList notSubmitted={result.notSubmitted} t={t} />
          {plan && <ReportSection ask={askHeld} result={result} plan={plan} reportBy={reportBy} comparing={previous !== null} disabled={busy} lang={lang} t={t} />}
        </>
      )}
    </PanelColumn>
  );
}
