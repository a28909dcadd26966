/**
 * A reader child process (started by ReaderPool): reads one workbook at a time and sends back its
 * grid, or, for a unit's report, the recognised tables (so recognition runs on every core too).
 * Whatever a hostile file does to the parser happens here, under the pool's memory cap and timer.
 */
import { readReport } from '../core/consolidate/consolidate';
import { WorkbookReadError } from './readFailures';
import { READY, type ReaderJob, type ReaderReply } from './readerPool';
import { readWorkbookFile } from './readWorkbook';

function run({ file, report }: ReaderJob): ReaderReply {
  try {
    const workbook = readWorkbookFile(file);
    return report ? { report: readReport(file, workbook, report) } : { workbook };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { failure: error.reason };
    return { failure: 'damaged' };
  }
}

process.on('message', (job: ReaderJob) => process.send!(run(job)));
process.send!(READY);
