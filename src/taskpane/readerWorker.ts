/**
 * The pane's Web Worker: reads the user's files where the user is (nothing is uploaded) behind the
 * pane's time limit. For a consolidation it reads each unit's file, recognises its report and
 * consolidates the reports it holds, so the pane stays responsive while 150 files are parsed and
 * never copies them all back and forth; the pane keeps a copy of each report, so a worker stopped by
 * the time limit is replaced and given them again (`restore`). For an import it reads a plan's
 * Word document or text into tables.
 */
import * as codepages from '@e965/xlsx/dist/cpexcel.full.mjs';
import { consolidate, readReport, type Consolidation, type ReadReportOptions, type ReportFile } from '../core/consolidate/consolidate';
import { consolidationLayout } from '../core/consolidate/consolidationLayout';
import type { Language } from '../core/findings';
import type { SheetLayout } from '../core/summaryLayout';
import { importPlan, importText, type ImportedPlan } from '../core/prose/importPlan';
import type { AppendixTable } from '../core/table';
import { readDocxBytes } from '../io/docx';
import { READ_FAILURES, WorkbookReadError } from '../io/readFailures';
import { loadCodepagesWith, readWorkbookBytes } from '../io/workbookBytes';

loadCodepagesWith(() => codepages);

export type WorkerRequest =
  | { kind: 'read'; name: string; bytes: ArrayBuffer; options: ReadReportOptions }
  | { kind: 'restore'; reports: ReportFile[] }
  /** `units`: the reporting unit the user set for a file. */
  | { kind: 'consolidate'; master: AppendixTable[]; units: Record<string, string>; asOf: string; lang: Language }
  /** A plan to import: a .docx's bytes, or text. */
  | { kind: 'import'; source: { bytes: ArrayBuffer } | { text: string }; asOf: string; lang: Language };

export type WorkerReply =
  | { kind: 'read'; report: ReportFile }
  | { kind: 'restored' }
  | { kind: 'imported'; plan: ImportedPlan | null; error: string | null }
  | { kind: 'consolidated'; result: Pick<Consolidation, 'asOf' | 'sources' | 'findings' | 'notSubmitted'>; layouts: SheetLayout[] };

function read(name: string, bytes: ArrayBuffer, options: ReadReportOptions): ReportFile {
  try {
    return readReport(name, readWorkbookBytes(new Uint8Array(bytes), name), options);
  } catch (error) {
    return { file: name, error: error instanceof WorkbookReadError ? READ_FAILURES[error.reason][options.lang] : String(error) };
  }
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(reply: WorkerReply): void };

/** The reports read so far, in the order the files came. */
let reports: ReportFile[] = [];

scope.onmessage = ({ data }) => {
  if (data.kind === 'read') {
    const report = read(data.name, data.bytes, data.options);
    reports.push(report);
    scope.postMessage({ kind: 'read', report });
    return;
  }
  if (data.kind === 'import') {
    try {
      const { source, asOf } = data;
      const plan = 'text' in source ? importText(source.text, asOf) : importPlan(readDocxBytes(new Uint8Array(source.bytes)), asOf);
      scope.postMessage({ kind: 'imported', plan, error: null });
    } catch (error) {
      scope.postMessage({ kind: 'imported', plan: null, error: error instanceof WorkbookReadError ? READ_FAILURES[error.reason][data.lang] : String(error) });
    }
    return;
  }
  if (data.kind === 'restore') {
    reports = data.reports;
    scope.postMessage({ kind: 'restored' });
    return;
  }
  const { units } = data;
  const named = reports.map((report) => ('rows' in report && Object.hasOwn(units, report.file) ? { ...report, unit: units[report.file] } : report));
  const consolidation = consolidate(data.master, named, { asOf: data.asOf, lang: data.lang });
  const { asOf, sources, findings, notSubmitted } = consolidation;
  scope.postMessage({ kind: 'consolidated', result: { asOf, sources, findings, notSubmitted }, layouts: consolidationLayout(consolidation, data.lang) });
};
