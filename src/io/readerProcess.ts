/**
 * A reader child process (started by ReaderPool): reads one file at a time and sends back a
 * workbook's grid, a unit's recognised report (so recognition runs on every core too), or a plan's
 * tables read from its Word document or text.
 * Whatever a hostile file does to the parser happens here, under the pool's memory cap and timer.
 */
import { readReport } from '../core/consolidate/consolidate';
import { WorkbookReadError } from './readFailures';
import { READY, type ReaderJob, type ReaderReply } from './readerPool';
import { readPlanFile } from './readPlan';
import { readWorkbookFile } from './readWorkbook';

function run(job: ReaderJob): ReaderReply {
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

process.on('message', (job: ReaderJob) => process.send!(run(job)));
process.send!(READY);
