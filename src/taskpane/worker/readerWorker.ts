/**
 * The pane's Web Worker: reads the user's files where the user is (nothing is uploaded) behind the
 * pane's time limit. For a consolidation it reads each unit's file, recognises its report and
 * consolidates the reports it holds, so the pane stays responsive while 150 files are parsed and
 * never copies them all back and forth; the pane keeps a copy of each report, so a worker stopped by
 * the time limit is replaced and given them again (`restore`). Entries the pane does not read (a
 * .csv, a lock file, a sub-folder) come as `skip`, so they are listed in their place with their
 * reason. For an import it reads a plan's Word document, PDF or text into tables; pdf.js is loaded
 * here, in chunks of its own, only when a PDF is picked. The monthly cycle's requests (templates, last
 * period's consolidation, the report upward, the reminders) are answered by cycleWork.ts.
 */
import * as codepages from '@e965/xlsx/dist/cpexcel.full.mjs';
import { consolidate, readReport, type ReadReportOptions, type ReportFile } from '../../core/consolidate/consolidate';
import { consolidationLayout } from '../../core/consolidate/consolidationLayout';
import { importPlan, importText, type ImportedPlan } from '../../core/import/importPlan';
import { TEXT } from '../../core/i18n';
import { sniffPlanFile } from '../../core/import/planFiles';
import { readDocxBytes } from '../../io/docx';
import { importPdfBytes, type Pdfjs, planReadMessage } from '../../io/pdfText';
import { WorkbookReadError } from '../../io/readFailures';
import { loadCodepagesWith, readWorkbookBytes } from '../../io/workbookBytes';
import { answerCycleRequest, holdConsolidation } from './cycleWork';
import { type ImportSource, isCycleRequest, type Request, type WorkerReply } from './messages';
import { checkRequest } from './requestSchemas';

loadCodepagesWith(() => codepages);

function read(name: string, bytes: ArrayBuffer, modified: string | undefined, options: ReadReportOptions): ReportFile {
  try {
    const report = readReport(name, readWorkbookBytes(new Uint8Array(bytes), name), options);
    return modified && 'rows' in report ? { ...report, modified } : report;
  } catch (error) {
    return { file: name, error: error instanceof WorkbookReadError ? TEXT[options.lang].reading.failures[error.reason] : String(error) };
  }
}

/** The worker's global scope, as this file uses it (the pane's type check has the DOM's window types, not a worker's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

const isWorkerScope = (scope: unknown): scope is WorkerScope => typeof scope === 'object' && scope !== null && 'postMessage' in scope && 'onmessage' in scope;

function workerScope(scope: unknown): WorkerScope {
  if (!isWorkerScope(scope)) throw new Error('readerWorker.ts runs as a Web Worker');
  return scope;
}

const scope = workerScope(self);

/** Sends a reply, moving `transfer` (the bytes of a file made here) rather than copying it. */
const send = (reply: WorkerReply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);

/** A message of pdf.js's own (addressed by name), which never leaves this worker. */
const fromPdfjs = (message: unknown) => typeof message === 'object' && message !== null && 'targetName' in message && message.targetName !== undefined;

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
    scope.postMessage = (message, transfer) => {
      if (!fromPdfjs(message)) post(message, transfer);
    };
    const pdfjs = await import(/* webpackChunkName: "pdfjs" */ 'pdfjs-dist/legacy/build/pdf.mjs');
    await import(/* webpackChunkName: "pdfjs-worker" */ 'pdfjs-dist/legacy/build/pdf.worker.mjs');
    return pdfjs;
  })();
  pdfjsLoaded.catch(() => (pdfjsLoaded = null)); // a chunk that failed to load is asked for again next time
  return pdfjsLoaded;
}

/** A plan's file or text into tables; a PDF's after pdf.js is loaded. */
async function importSource(source: ImportSource, asOf: string): Promise<ImportedPlan> {
  if ('text' in source) return importText(source.text, asOf);
  const bytes = new Uint8Array(source.bytes);
  if (sniffPlanFile(bytes) === 'pdf') return importPdfBytes(bytes, asOf, await loadPdfjs());
  return importPlan(readDocxBytes(bytes), asOf); // a .doc, an RTF or anything else is refused there, in words
}

/** The reports read so far, in the order the files came. */
let reports: ReportFile[] = [];

/** Reads a unit's file (or lists an entry not read) and keeps its report. */
function readOne(request: Request<'read'> | Request<'skip'>): void {
  const report: ReportFile =
    request.kind === 'read' ? read(request.name, request.bytes, request.modified, request.options) : { file: request.name, error: request.reason, skipped: true };
  reports.push(report);
  send({ kind: 'read', report });
}

/** The reports held, consolidated into the plan with the user's choices (and compared with last period's). */
function consolidateHeld(request: Request<'consolidate'>): void {
  const { units, prefer, directory, lang } = request;
  const consolidation = consolidate(request.master, reports, { asOf: request.asOf, lang, units, prefer, directory });
  const { changes, summary } = holdConsolidation(consolidation, request.previous, lang);
  const { asOf, sources, findings, notSubmitted } = consolidation;
  send({ kind: 'consolidated', result: { asOf, sources, findings, notSubmitted, changes: summary }, layouts: request.layouts ? consolidationLayout(consolidation, lang, changes) : [] });
}

/**
 * Answers a message: checked first (a request of the wrong shape gets a `failed` reply saying where),
 * then by its kind. An import or a cycle request answers later, which the queue below waits for.
 */
function answer(data: unknown): Promise<void> | void {
  const { request, error } = checkRequest(data);
  if (!request) return send({ kind: 'failed', error });
  if (isCycleRequest(request)) return answerCycleRequest(request).then(({ reply, transfer }) => send(reply, transfer));
  switch (request.kind) {
    case 'read':
    case 'skip':
      return readOne(request);
    case 'import': {
      const { source, asOf, lang } = request;
      return importSource(source, asOf).then(
        (plan) => send({ kind: 'imported', plan, error: null }),
        (error: unknown) => send({ kind: 'imported', plan: null, error: planReadMessage(error, lang) }),
      );
    }
    case 'restore':
      reports = request.reports;
      return send({ kind: 'restored' });
    case 'consolidate':
      return consolidateHeld(request);
  }
}

/** The replies go in the order the requests came (WorkerClient pairs them so): each request waits for the one before. */
let queue: Promise<void> = Promise.resolve();

scope.onmessage = ({ data }) => {
  queue = queue
    .then(() => answer(data))
    .catch((error: unknown) => {
      // As before the queue: the error reaches the worker's global scope, and the next request is answered.
      setTimeout(() => {
        throw error;
      });
    });
};
