/**
 * Files read in child processes, one per core: the command line's 150 files are parsed in
 * parallel, and a file that makes the parser run away (a zip that lies about its sizes, a sheet of
 * a million rows) is stopped by a memory cap and a kill timer, reported, and the run goes on.
 * Each request has its reply type (readerMessages.ts), and what a reader sends back is checked
 * against it: a reply of another shape fails that file with `bad_message`, never the command.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { ReadReportOptions } from '../core/consolidate/consolidate';
import { READ_TIMEOUT_MS, type ReadFailure } from './readFailures';
import { type ReaderJob, type ReaderKind, type ReaderReply, ReaderEnvelopeSchema, REPLY_SCHEMAS } from './readerMessages';

export interface ReaderLimits {
  /** A file still being read after this long is stopped. */
  timeoutMs: number;
  /** The V8 heap a reader may use (--max-old-space-size). */
  memoryMb: number;
}

/** Generous for the 50 MB files the size cap lets through; an appendix table reads in milliseconds. */
const READER_LIMITS: ReaderLimits = { timeoutMs: READ_TIMEOUT_MS, memoryMb: 1024 };

/** A request waiting for its reply: `reply` checks what came back against the request's kind. */
interface Waiting {
  job: ReaderJob;
  reply(message: unknown): void;
  fail(failure: ReadFailure): void;
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

/** Jobs kept queued in each reader, so it does not wait while the main process is busy. */
const AHEAD = 16;

/** The script a reader process runs, and what Node needs to run it. */
export interface ReaderEntry {
  script: string;
  loader: string[];
}

/** From the compiled command line the child is plain JavaScript; from the sources (tests, tsx) it needs tsx. */
function childEntry(): ReaderEntry {
  const typescript = __filename.endsWith('.ts');
  return { script: join(__dirname, typescript ? 'readerProcess.ts' : 'readerProcess.js'), loader: typescript ? ['--require', require.resolve('tsx/cjs')] : [] };
}

export class ReaderPool {
  private readonly readers = new Set<Reader>();
  private readonly queue: Waiting[] = [];
  private nextId = 0;

  /** `size` readers are started at once, so their start-up overlaps the caller's own. `entry`: another reader script (tests). */
  constructor(
    private readonly size: number,
    private readonly limits: ReaderLimits = READER_LIMITS,
    private readonly entry: ReaderEntry = childEntry(),
  ) {
    for (let i = 0; i < size; i++) this.start();
  }

  /** The file's grid. */
  readWorkbook(file: string): Promise<ReaderReply<'workbook'>> {
    return this.read({ id: this.nextId++, kind: 'workbook', file });
  }

  /** A unit's report: its tables recognised in the reader. */
  readReport(file: string, options: ReadReportOptions): Promise<ReaderReply<'report'>> {
    return this.read({ id: this.nextId++, kind: 'report', file, options });
  }

  /** A plan's text (.docx, or plain text) read into appendix tables. */
  readPlan(file: string, asOf: string): Promise<ReaderReply<'plan'>> {
    return this.read({ id: this.nextId++, kind: 'plan', file, asOf });
  }

  /** Stops every reader; reads not yet answered never will be. */
  close(): void {
    for (const reader of this.readers) {
      clearTimeout(reader.timer);
      reader.child.kill();
    }
    this.readers.clear();
  }

  /** The reply to `job`, checked against its kind's schema: a reply of another shape fails the file with `bad_message`. */
  private read<K extends ReaderKind>(job: ReaderJob & { kind: K }): Promise<ReaderReply<K>> {
    const schema = REPLY_SCHEMAS[job.kind];
    return new Promise((done) => {
      this.queue.push({
        job,
        reply: (message) => {
          const parsed = schema.safeParse(message);
          done(parsed.success ? parsed.data : { failure: 'bad_message' });
        },
        fail: (failure) => done({ failure }),
      });
      this.dispatch();
    });
  }

  private start(): Reader {
    const { script, loader } = this.entry;
    const child = fork(script, [], { execArgv: [...loader, `--max-old-space-size=${this.limits.memoryMb}`], serialization: 'advanced', stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    const reader: Reader = { child, sent: [], timer: undefined, ready: false };
    this.readers.add(reader);
    child.on('message', (message: unknown) => {
      const envelope = ReaderEnvelopeSchema.safeParse(message);
      // A reader that says something else, or answers another request than its oldest, is out of
      // step: it is stopped, its oldest request fails, and the others go to a fresh reader.
      if (!envelope.success || (envelope.data.kind === 'reply' && reader.sent[0]?.job.id !== envelope.data.id)) return this.stop(reader, 'bad_message');
      if (envelope.data.kind === 'ready') reader.ready = true;
      else reader.sent.shift()?.reply(envelope.data.reply);
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
    for (let waiting = this.queue[0]; waiting; waiting = this.queue[0]) {
      let reader = [...this.readers].sort((a, b) => a.sent.length - b.sent.length)[0];
      if ((!reader || reader.sent.length > 0) && this.readers.size < this.size) reader = this.start();
      if (!reader || reader.sent.length >= AHEAD) return;
      this.queue.shift();
      reader.sent.push(waiting);
      if (reader.sent.length === 1) this.time(reader);
      reader.child.send(waiting.job);
    }
  }

  /** The file being read is reported; the reader's other jobs go back to the queue for a fresh reader. */
  private stop(reader: Reader, failure: 'timeout' | 'memory' | 'bad_message'): void {
    if (!this.readers.delete(reader)) return;
    clearTimeout(reader.timer);
    reader.child.kill();
    const [culprit, ...rest] = reader.sent;
    this.queue.unshift(...rest);
    culprit?.fail(failure);
    this.dispatch();
  }
}
