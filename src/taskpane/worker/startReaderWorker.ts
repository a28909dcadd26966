/**
 * The pane's reader worker (readerWorker.ts), which webpack bundles as a chunk of its own, behind the
 * time limit of a file (WorkerClient: a fresh worker after a time-out). The only module that names
 * the worker's file (webpack's `new URL(..., import.meta.url)`), so the rest can be tested without it.
 */
import { READ_TIMEOUT_MS } from '../../io/readFailures';
import type { WorkerReply, WorkerRequest } from './messages';
import { WorkerClient, type WorkerLike } from './workerClient';

export const startReaderWorker = (): WorkerLike => new Worker(new URL('./readerWorker.ts', import.meta.url));

/** A reader worker behind the time limit of a file. */
export type ReaderClient = WorkerClient<WorkerRequest, WorkerReply>;

export const readerClient = (): ReaderClient => new WorkerClient<WorkerRequest, WorkerReply>(startReaderWorker, READ_TIMEOUT_MS);
