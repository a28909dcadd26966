/**
 * A Web Worker answering requests in order, with a time limit on each: a request still unanswered
 * after `timeoutMs` (a file that makes the parser run away) stops the worker, fails with
 * WorkerTimeout, and the next request gets a fresh worker. Browsers give a worker no memory cap,
 * so the timer is the pane's guard.
 */
export class WorkerTimeout extends Error {
  constructor() {
    super('worker timed out');
    this.name = 'WorkerTimeout';
  }
}

interface Waiting<Reply> {
  resolve(reply: Reply): void;
  reject(error: Error): void;
}

/** The part of a Worker the client uses (a fake in tests). */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate'> & { onmessage: ((event: MessageEvent) => void) | null };

export class WorkerClient<Request, Reply> {
  private worker: WorkerLike | null = null;
  private waiting: Waiting<Reply>[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly start: () => WorkerLike,
    private readonly timeoutMs: number,
  ) {}

  ask(request: Request, transfer: Transferable[] = []): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const worker = this.current();
      this.waiting.push({ resolve, reject });
      if (this.waiting.length === 1) this.arm();
      worker.postMessage(request, transfer);
    });
  }

  stop(): void {
    clearTimeout(this.timer);
    this.worker?.terminate();
    this.worker = null;
    for (const { reject } of this.waiting.splice(0)) reject(new WorkerTimeout());
  }

  private current(): WorkerLike {
    if (!this.worker) {
      const worker = this.start();
      worker.onmessage = ({ data }: MessageEvent<Reply>) => {
        this.waiting.shift()?.resolve(data);
        clearTimeout(this.timer);
        if (this.waiting.length) this.arm();
      };
      this.worker = worker;
    }
    return this.worker;
  }

  /** The oldest request gets the whole time limit from when the worker reaches it. */
  private arm(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.stop(), this.timeoutMs);
  }
}
