/**
 * A reader child process (started by ReaderPool): reads one file at a time and sends back a
 * workbook's grid, a unit's recognised report (so recognition runs on every core too), or a plan's
 * tables read from its Word document or text.
 * Whatever a hostile file does to the parser happens here, under the pool's memory cap and timer.
 * A request is checked on arrival (readerMessages.ts); one the reader cannot read is answered
 * `bad_message`, with its id when it has one (else the pool, finding no such request, restarts it).
 */
import { readReport } from '../core/consolidate/consolidate';
import { WorkbookReadError } from './readFailures';
import { type ReaderJob, ReaderJobSchema, type ReaderKind, type ReaderMessage, type ReaderReply, RequestIdOnly } from './readerMessages';
import { readPlanFile } from './readPlan';
import { readWorkbookFile } from './readWorkbook';

function run(job: ReaderJob): ReaderReply<ReaderKind> {
  try {
    switch (job.kind) {
      case 'workbook':
        return { workbook: readWorkbookFile(job.file) };
      case 'report':
        return { report: readReport(job.file, readWorkbookFile(job.file), job.options) };
      case 'plan':
        return { plan: readPlanFile(job.file, job.asOf) };
    }
  } catch (error) {
    if (error instanceof WorkbookReadError) return { failure: error.reason };
    return { failure: 'damaged' };
  }
}

function send(message: ReaderMessage): void {
  if (!process.send) throw new Error('readerProcess runs only as a child of ReaderPool (fork, with an IPC channel)');
  process.send(message);
}

process.on('message', (message: unknown) => {
  const job = ReaderJobSchema.safeParse(message);
  if (job.success) return send({ kind: 'reply', id: job.data.id, reply: run(job.data) });
  const request = RequestIdOnly.safeParse(message);
  send({ kind: 'reply', id: request.success ? request.data.id : -1, reply: { failure: 'bad_message' } });
});
send({ kind: 'ready' });
