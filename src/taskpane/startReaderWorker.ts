/** The pane's reader worker (readerWorker.ts), which webpack bundles as a chunk of its own. */
import type { WorkerLike } from './workerClient';

export const startReaderWorker = (): WorkerLike => new Worker(new URL('./readerWorker.ts', import.meta.url));
