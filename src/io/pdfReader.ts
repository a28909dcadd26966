/**
 * A PDF plan read for the command line: in a worker thread of its own (pdfWorker.ts) with a heap cap
 * and a time limit, as the reader processes read workbooks (docs/security.md), so a hostile PDF
 * stops its thread, not the command. pdf.js is loaded there, and only when a PDF is read.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { READ_TIMEOUT_MS } from './readFailures';
import { type PdfJob, type PdfReadReply, PdfReplySchema } from './readerMessages';

export type { PdfReadReply };

export interface PdfReadLimits {
  timeoutMs: number;
  memoryMb: number;
}

/** From the compiled command line the worker is plain JavaScript; from the sources (tests, tsx) it needs tsx. */
function startWorker(file: string, asOf: string, memoryMb: number): Worker {
  const job: PdfJob = { file, asOf };
  const options = { workerData: job, resourceLimits: { maxOldGenerationSizeMb: memoryMb }, stdout: true, stderr: true };
  if (!__filename.endsWith('.ts')) return new Worker(join(__dirname, 'pdfWorker.js'), options);
  const code = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(join(__dirname, 'pdfWorker.ts'))});`;
  return new Worker(code, { ...options, eval: true });
}

export function readPdfPlan(file: string, asOf: string, limits: PdfReadLimits = { timeoutMs: READ_TIMEOUT_MS, memoryMb: 1024 }): Promise<PdfReadReply> {
  return new Promise((done) => {
    const worker = startWorker(file, asOf, limits.memoryMb);
    let answered = false;
    const answer = (reply: PdfReadReply) => {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      void worker.terminate();
      done(reply);
    };
    const timer = setTimeout(() => answer({ failure: 'timeout' }), limits.timeoutMs);
    worker.stdout.resume(); // pdf.js's warnings are not the command's output
    worker.stderr.resume();
    // What the thread sends is checked: anything but a plan or a failure fails the file, never the command.
    worker.on('message', (message: unknown) => {
      const reply = PdfReplySchema.safeParse(message);
      answer(reply.success ? reply.data : { failure: 'bad_message' });
    });
    worker.on('error', (error: Error & { code?: string }) => answer({ failure: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'damaged' }));
    worker.on('exit', () => answer({ failure: 'memory' }));
  });
}
