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
import { PdfJobSchema, type PdfReadReply } from './readerMessages';

async function read(job: unknown): Promise<PdfReadReply> {
  const parsed = PdfJobSchema.safeParse(job);
  if (!parsed.success) return { failure: 'bad_message' };
  const { file, asOf } = parsed.data;
  try {
    const bytes = readFileBytes(file);
    const { pdfjs, data } = await loadPdfjs();
    return { plan: await importPdfBytes(bytes, asOf, pdfjs, data) };
  } catch (error) {
    if (error instanceof PlanFileError) return { failure: error.reason, problem: error.problem };
    if (error instanceof WorkbookReadError) return { failure: error.reason };
    return { failure: 'damaged', problem: 'pdf_damaged' };
  }
}

const port = parentPort;
if (!port) throw new Error('pdfWorker runs only as a worker thread started by pdfReader.ts');
void read(workerData).then((reply) => port.postMessage(reply));
