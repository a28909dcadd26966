/**
 * The worker thread that reads one PDF plan for the command line (started by pdfReader.ts): pdf.js
 * is asynchronous and large, so it runs here, under the thread's own heap cap and the reader's
 * timer, and only the imported plan comes back. SheetJS is never loaded here.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadPdfjs } from './pdfNode';
import { importPdfBytes, PlanFileError } from './pdfText';
import { readFileBytes } from './fileBytes';
import { WorkbookReadError } from './readFailures';


const { file, asOf } = workerData as { file: string; asOf: string };

void (async () => {
  try {
    const bytes = readFileBytes(file);
    const { pdfjs, data } = await loadPdfjs();
    parentPort!.postMessage({ plan: await importPdfBytes(bytes, asOf, pdfjs, data) });
  } catch (error) {
    if (error instanceof PlanFileError) parentPort!.postMessage({ failure: error.reason, problem: error.problem });
    else if (error instanceof WorkbookReadError) parentPort!.postMessage({ failure: error.reason });
    else parentPort!.postMessage({ failure: 'damaged', problem: 'pdf_damaged' });
  }
})();
