/**
 * Files read in child processes, one per core: the command line's 150 files are parsed in
 * parallel, and a file that makes the parser run away (a zip that lies about its sizes, a sheet of
 * a million rows) is stopped by a memory cap and a kill timer, reported, and the run goes on.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { ReadReportOptions, ReportFile } from '../core/consolidate/consolidate';
import type { Workbook } from '../core/grid';
import type { ImportedPlan } from '../core/prose/importPlan';
import { READ_TIMEOUT_MS, type ReadFailure } from './readFailures';

/** What to read: a workbook's grid, a unit's recognised report, or a plan's text (.docx or .txt) as tables. */
export type ReaderJob = { kind: 'workbook'; file: string } | { kind: 'report'; file: string; options: ReadReportOptions } | { kind: 'plan'; file: string; asOf: string };

export type ReaderReply = { workbook: Workbook } | { report: ReportFile } | { plan: ImportedPlan } | { failure: ReadFailure };

export interface ReaderLimits {
  /** A file still being read after this long is stopped. */
  timeoutMs: number;
  /** The V8 heap a reader may use (--max-old-space-size). */
  memoryMb: number;
}

/** Generous for the 50 MB files the size cap lets through; an appendix table reads in milliseconds. */
const READER_LIMITS: ReaderLimits = { timeoutMs: READ_TIMEOUT_MS, memoryMb: 1024 };

interface Waiting {
  job: ReaderJob;
  done(reply: ReaderReply): void;
}

interface Reader {
  child: ChildProcess;
  /** Jobs sent and not yet answered, oldest first: a reader answers in order. */
  sent: Waiting[];
  /** Runs while the oldest job is being read. */
  timer: NodeJS.Timeout | undefined;
  /** Its modules are loaded: the time limit counts reading, not Node's start. */
  ready: boolean;
}

/** A reader's first message: its modules are loaded. */
export const READY = 'ready';

/** Jobs kept queued in each reader, so it does not wait while the main process is busy. */
const AHEAD = 16;

/** From the compiled command line the child is plain JavaScript; from the sources (tests, tsx) it needs tsx. */
function childEntry(): { script: string; loader: string[] } {
  const typescript = __filename.endsWith('.ts');
  return { script: join(__dirname, typescript ? 'readerProcess.ts' : 'readerProcess.js'), loader: typescript ? ['--require', require.resolve('tsx/cjs')] : [] };
}

export class ReaderPool {
  private readonly readers = new Set<Reader>();
  private readonly queue: Waiting[] = [];

  /** `size` readers are started at once, so their start-up overlaps the caller's own. */
  constructor(
    private readonly size: number,
    private readonly limits: ReaderLimits = READER_LIMITS,
  ) {
    for (let i = 0; i < size; i++) this.start();
  }

  /** The file's grid. */
  readWorkbook(file: string): Promise<{ workbook: Workbook } | { failure: ReadFailure }> {
    return this.read({ kind: 'workbook', file }) as Promise<{ workbook: Workbook } | { failure: ReadFailure }>;
  }

  /** A unit's report: its tables recognised in the reader. */
  readReport(file: string, options: ReadReportOptions): Promise<{ report: ReportFile } | { failure: ReadFailure }> {
    return this.read({ kind: 'report', file, options }) as Promise<{ report: ReportFile } | { failure: ReadFailure }>;
  }

  /** A plan's text (.docx, or plain text) read into appendix tables. */
  readPlan(file: string, asOf: string): Promise<{ plan: ImportedPlan } | { failure: ReadFailure }> {
    return this.read({ kind: 'plan', file, asOf }) as Promise<{ plan: ImportedPlan } | { failure: ReadFailure }>;
  }

  /** Stops every reader; reads not yet answered never will be. */
  close(): void {
    for (const reader of this.readers) {
      clearTimeout(reader.timer);
      reader.child.kill();
    }
    this.readers.clear();
  }

  private read(job: ReaderJob): Promise<ReaderReply> {
    return new Promise((done) => {
      this.queue.push({ job, done });
      this.dispatch();
    });
  }

  private start(): Reader {
    const { script, loader } = childEntry();
    const child = fork(script, [], { execArgv: [...loader, `--max-old-space-size=${this.limits.memoryMb}`], serialization: 'advanced', stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    const reader: Reader = { child, sent: [], timer: undefined, ready: false };
    this.readers.add(reader);
    child.on('message', (message: ReaderReply | typeof READY) => {
      if (message === READY) reader.ready = true;
      else reader.sent.shift()?.done(message);
      this.time(reader);
      this.dispatch();
    });
    // A reader that dies mid-file ran out of memory: V8 aborts the process at its heap cap.
    child.on('exit', () => this.stop(reader, 'memory'));
    child.on('error', () => this.stop(reader, 'memory'));
    return reader;
  }

  /** The oldest job gets the whole time limit from the moment the reader reaches it. */
  private time(reader: Reader): void {
    clearTimeout(reader.timer);
    reader.timer = reader.ready && reader.sent.length ? setTimeout(() => this.stop(reader, 'timeout'), this.limits.timeoutMs) : undefined;
  }

  private dispatch(): void {
    while (this.queue.length) {
      let reader = [...this.readers].sort((a, b) => a.sent.length - b.sent.length)[0];
      if ((!reader || reader.sent.length > 0) && this.readers.size < this.size) reader = this.start();
      if (!reader || reader.sent.length >= AHEAD) return;
      const waiting = this.queue.shift()!;
      reader.sent.push(waiting);
      if (reader.sent.length === 1) this.time(reader);
      reader.child.send(waiting.job);
    }
  }

  /** The file being read is reported; the reader's other jobs go back to the queue for a fresh reader. */
  private stop(reader: Reader, failure: 'timeout' | 'memory'): void {
    if (!this.readers.delete(reader)) return;
    clearTimeout(reader.timer);
    reader.child.kill();
    const [culprit, ...rest] = reader.sent;
    this.queue.unshift(...rest);
    culprit?.done({ failure });
    this.dispatch();
  }
}
