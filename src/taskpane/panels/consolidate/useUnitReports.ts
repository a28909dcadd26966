/**
 * The worker holding the units' reports: each picked file is read and recognised there (nothing is
 * uploaded, and the reports are never all copied back and forth), and the reports it holds are
 * consolidated there. The pane keeps a copy of each report, so a worker stopped by a file's time
 * limit is replaced and given them again (`restore`) before the next request: nothing read is lost.
 */
import { useEffect, useRef } from 'react';
import type { ReadReportOptions, ReportFile } from '../../../core/consolidate/consolidate';
import type { Language } from '../../../core/findings';
import { TEXT } from '../../../core/i18n';
import { type Ask, typedAsk } from '../../worker/askWorker';
import { type ReaderClient, readerClient } from '../../worker/startReaderWorker';
import { WorkerTimeout } from '../../worker/workerClient';
import type { Picked } from './pickedFiles';

export function useUnitReports() {
  const worker = useRef<ReaderClient | null>(null);
  /** The files read, recognised: the worker holds them; this copy restores a worker started after a time-out. */
  const reports = useRef<ReportFile[]>([]);
  const restore = useRef(false);
  /** Entries that were not read at all (a .csv, a lock file, a sub-folder): listed, not counted among the files read. */
  const notRead = useRef(new Set<string>());
  useEffect(() => () => worker.current?.stop(), []); // the files read go when the pane does

  /** Asks `client`, first giving a worker started after a time-out the reports read so far. */
  const askOf = (client: ReaderClient): Ask =>
    typedAsk(async (request, transfer = []) => {
      if (restore.current) {
        await typedAsk((next) => client.ask(next))({ kind: 'restore', reports: reports.current });
        restore.current = false;
      }
      return client.ask(request, transfer).catch((error: unknown) => {
        if (error instanceof WorkerTimeout && client === worker.current) restore.current = true;
        throw error;
      });
    });

  /**
   * Reads `picked` in a fresh worker (the files read before, and their worker, are let go), in order,
   * telling `progress` after each workbook; a file that runs past the time limit is listed as not read.
   * The reports read, in the order the files came.
   */
  const readAll = async (picked: Picked[], options: ReadReportOptions, lang: Language, progress: (done: number) => void): Promise<ReportFile[]> => {
    worker.current?.stop();
    const client = (worker.current = readerClient());
    const ask = askOf(client);
    reports.current = [];
    restore.current = false;
    notRead.current = new Set();
    let done = 0;
    for (const item of picked) {
      if ('reason' in item) {
        notRead.current.add(item.path);
        reports.current.push((await ask({ kind: 'skip', name: item.path, reason: item.reason })).report);
        continue;
      }
      progress(done);
      const bytes = await item.file.arrayBuffer();
      const modified = item.file.lastModified ? new Date(item.file.lastModified).toISOString() : undefined;
      const reply = await ask({ kind: 'read', name: item.path, bytes, modified, options }, [bytes]).catch((error: unknown) => {
        if (!(error instanceof WorkerTimeout)) throw error;
        return { kind: 'read' as const, report: { file: item.path, error: TEXT[lang].reading.failures.timeout } };
      });
      done++;
      reports.current.push(reply.report);
    }
    progress(done);
    return reports.current;
  };

  /** Asks the worker holding the reports; null before any file is read. */
  const held = (): Ask | null => (worker.current ? askOf(worker.current) : null);

  return { readAll, held, reports, notRead };
}
