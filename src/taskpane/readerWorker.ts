/**
 * The pane's Web Worker: reads the user's files where the user is (nothing is uploaded) behind the
 * pane's time limit. For a consolidation it reads each unit's file, recognises its report and
 * consolidates the reports it holds, so the pane stays responsive while 150 files are parsed and
 * never copies them all back and forth; the pane keeps a copy of each report, so a worker stopped by
 * the time limit is replaced and given them again (`restore`). Entries the pane does not read (a
 * .csv, a lock file, a sub-folder) come as `skip`, so they are listed in their place with their
 * reason. For an import it reads a plan's Word document, PDF or text into tables; pdf.js is loaded
 * here, in chunks of its own, only when a PDF is picked.
 */
import * as codepages from '@e965/xlsx/dist/cpexcel.full.mjs';
import { consolidate, readReport, type Consolidation, type ReadReportOptions, type ReportFile } from '../core/consolidate/consolidate';
import { consolidationLayout } from '../core/consolidate/consolidationLayout';
import type { Language } from '../core/findings';
import type { DirectoryEntry } from '../core/unitDirectory';
import type { SheetLayout } from '../core/summaryLayout';
import { importPlan, importText, type ImportedPlan } from '../core/prose/importPlan';
import { sniffPlanFile } from '../core/prose/planFiles';
import type { AppendixTable } from '../core/table';
import { readDocxBytes } from '../io/docx';
import { importPdfBytes, type Pdfjs, planReadMessage } from '../io/pdfText';
import { READ_FAILURES, WorkbookReadError } from '../io/readFailures';
import { loadCodepagesWith, readWorkbookBytes } from '../io/workbookBytes';

loadCodepagesWith(() => codepages);

export type WorkerRequest =
  /** `modified`: the file's last change (ISO), which tells two copies of a unit's report apart when neither is dated. */
  | { kind: 'read'; name: string; bytes: ArrayBuffer; modified?: string; options: ReadReportOptions }
  /** An entry that is not read, kept in its place with its reason. */
  | { kind: 'skip'; name: string; reason: string }
  | { kind: 'restore'; reports: ReportFile[] }
  /**
   * `units`: the reporting unit the user set for a file; `prefer`: the file the user chose for a unit
   * that sent several; `directory`: the unit directory of the pane's settings. `layouts`: also draw
   * the sheets (only when they are to be written).
   */
  | {
      kind: 'consolidate';
      master: AppendixTable[];
      units: Record<string, string>;
      prefer: Record<string, string>;
      directory: DirectoryEntry[];
      layouts: boolean;
      asOf: string;
      lang: Language;
    }
  /** A plan to import: a file's bytes (.docx, PDF; a .doc is refused in words), or text. */
  | { kind: 'import'; source: { bytes: ArrayBuffer } | { text: string }; asOf: string; lang: Language };

export type WorkerReply =
  | { kind: 'read'; report: ReportFile }
  | { kind: 'restored' }
  | { kind: 'imported'; plan: ImportedPlan | null; error: string | null }
  | { kind: 'consolidated'; result: Pick<Consolidation, 'asOf' | 'sources' | 'findings' | 'notSubmitted'>; layouts: SheetLayout[] };

function read(name: string, bytes: ArrayBuffer, modified: string | undefined, options: ReadReportOptions): ReportFile {
  try {
    const report = readReport(name, readWorkbookBytes(new Uint8Array(bytes), name), options);
    return modified && 'rows' in report ? { ...report, modified } : report;
  } catch (error) {
    return { file: name, error: error instanceof WorkbookReadError ? READ_FAILURES[error.reason][options.lang] : String(error) };
  }
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(reply: WorkerReply): void };

let pdfjsLoaded: Promise<Pdfjs> | null = null;

/**
 * pdf.js, on the first PDF: its library and its worker's code, both run here (the worker module sets
 * globalThis.pdfjsWorker, which pdf.js then uses in this thread: no nested worker, no workerSrc URL).
 * Loaded in a Web Worker, that module also greets this worker's owner ("ready", addressed to pdf.js's
 * "main"); the pane is not pdf.js, so pdf.js's own messages never leave this worker.
 */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjsLoaded ??= (async () => {
    const post = scope.postMessage.bind(scope);
    scope.postMessage = (reply) => {
      if ((reply as { targetName?: unknown }).targetName === undefined) post(reply);
    };
    const pdfjs = await import(/* webpackChunkName: "pdfjs" */ 'pdfjs-dist/legacy/build/pdf.mjs');
    await import(/* webpackChunkName: "pdfjs-worker" */ 'pdfjs-dist/legacy/build/pdf.worker.mjs');
    return pdfjs;
  })();
  pdfjsLoaded.catch(() => (pdfjsLoaded = null)); // a chunk that failed to load is asked for again next time
  return pdfjsLoaded;
}

/** A plan's file or text into tables; a PDF's after pdf.js is loaded. */
async function importSource(source: { bytes: ArrayBuffer } | { text: string }, asOf: string): Promise<ImportedPlan> {
  if ('text' in source) return importText(source.text, asOf);
  const bytes = new Uint8Array(source.bytes);
  if (sniffPlanFile(bytes) === 'pdf') return importPdfBytes(bytes, asOf, await loadPdfjs());
  return importPlan(readDocxBytes(bytes), asOf); // a .doc, an RTF or anything else is refused there, in words
}

/** The reports read so far, in the order the files came. */
let reports: ReportFile[] = [];

scope.onmessage = ({ data }) => {
  if (data.kind === 'read' || data.kind === 'skip') {
    const report: ReportFile = data.kind === 'read' ? read(data.name, data.bytes, data.modified, data.options) : { file: data.name, error: data.reason, skipped: true };
    reports.push(report);
    scope.postMessage({ kind: 'read', report });
    return;
  }
  if (data.kind === 'import') {
    const { source, asOf, lang } = data;
    importSource(source, asOf).then(
      (plan) => scope.postMessage({ kind: 'imported', plan, error: null }),
      (error: unknown) => scope.postMessage({ kind: 'imported', plan: null, error: planReadMessage(error, lang) }),
    );
    return;
  }
  if (data.kind === 'restore') {
    reports = data.reports;
    scope.postMessage({ kind: 'restored' });
    return;
  }
  const { units, prefer, directory, lang } = data;
  const consolidation = consolidate(data.master, reports, { asOf: data.asOf, lang, units, prefer, directory });
  const { asOf, sources, findings, notSubmitted } = consolidation;
  scope.postMessage({ kind: 'consolidated', result: { asOf, sources, findings, notSubmitted }, layouts: data.layouts ? consolidationLayout(consolidation, lang) : [] });
};
