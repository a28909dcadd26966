/**
 * The pane's Web Worker: reads a unit's file where the user is (nothing is uploaded) and recognises
 * its report, then consolidates the reports, so the pane stays responsive while 150 files are
 * parsed. It keeps nothing between requests: a worker stopped by the pane's time limit loses nothing.
 */
import * as codepages from '@e965/xlsx/dist/cpexcel.full.mjs';
import { consolidate, readReport, type Consolidation, type ReadReportOptions, type ReportFile } from '../core/consolidate/consolidate';
import { consolidationLayout } from '../core/consolidate/consolidationLayout';
import type { Language } from '../core/findings';
import type { SheetLayout } from '../core/summaryLayout';
import type { AppendixTable } from '../core/table';
import { READ_FAILURES, WorkbookReadError } from '../io/readFailures';
import { loadCodepagesWith, readWorkbookBytes } from '../io/workbookBytes';

loadCodepagesWith(() => codepages);

export type WorkerRequest =
  | { kind: 'read'; name: string; bytes: ArrayBuffer; options: ReadReportOptions }
  | { kind: 'consolidate'; master: AppendixTable[]; reports: ReportFile[]; asOf: string; lang: Language };

export type WorkerReply =
  | { kind: 'read'; report: ReportFile }
  | { kind: 'consolidated'; result: Pick<Consolidation, 'asOf' | 'sources' | 'findings' | 'notSubmitted'>; layouts: SheetLayout[] };

function read(name: string, bytes: ArrayBuffer, options: ReadReportOptions): ReportFile {
  try {
    return readReport(name, readWorkbookBytes(new Uint8Array(bytes), name), options);
  } catch (error) {
    return { file: name, error: error instanceof WorkbookReadError ? READ_FAILURES[error.reason][options.lang] : String(error) };
  }
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(reply: WorkerReply): void };

scope.onmessage = ({ data }) => {
  if (data.kind === 'read') {
    scope.postMessage({ kind: 'read', report: read(data.name, data.bytes, data.options) });
    return;
  }
  const consolidation = consolidate(data.master, data.reports, { asOf: data.asOf, lang: data.lang });
  const { asOf, sources, findings, notSubmitted } = consolidation;
  scope.postMessage({ kind: 'consolidated', result: { asOf, sources, findings, notSubmitted }, layouts: consolidationLayout(consolidation, data.lang) });
};
