/// <reference types="jest" />
// Type-checked with the pane (tsconfig.pane.json): the client is DOM code.
import { type WorkerLike, WorkerClient, WorkerTimeout } from '../../src/taskpane/worker/workerClient';

/** A worker that handles requests one after another, echoing the nth after `delays[n]` ms; Infinity never answers. */
function fakeWorkers(delays: number[]) {
  const started: { terminated: boolean }[] = [];
  let n = 0;
  const start = (): WorkerLike => {
    const state = { terminated: false };
    started.push(state);
    let busy = Promise.resolve();
    const worker: WorkerLike = {
      onmessage: null,
      postMessage(request: unknown) {
        const delay = delays[n++] ?? 0;
        busy = busy.then(
          () =>
            new Promise<void>((done) => {
              if (delay === Infinity) return; // hangs, and so does everything after it
              setTimeout(() => {
                if (!state.terminated) worker.onmessage?.({ data: request } as MessageEvent);
                done();
              }, delay);
            }),
        );
      },
      terminate() {
        state.terminated = true;
      },
    };
    return worker;
  };
  return { start, started };
}

describe('WorkerClient', () => {
  it('answers requests in order', async () => {
    const { start, started } = fakeWorkers([5, 1, 3]);
    const client = new WorkerClient<string, string>(start, 1_000);
    await expect(Promise.all([client.ask('a'), client.ask('b'), client.ask('c')])).resolves.toEqual(['a', 'b', 'c']);
    expect(started).toHaveLength(1);
  });

  it('stops a worker that does not answer in time, fails that request, and starts a fresh one for the next', async () => {
    const { start, started } = fakeWorkers([Infinity, 1]);
    const client = new WorkerClient<string, string>(start, 50);
    await expect(client.ask('runaway')).rejects.toBeInstanceOf(WorkerTimeout);
    expect(started[0]!.terminated).toBe(true);
    await expect(client.ask('next')).resolves.toBe('next');
    expect(started).toHaveLength(2);
  });

  it('gives each request the whole time limit from when the one before it was answered', async () => {
    const { start } = fakeWorkers([40, 40, 40]);
    const client = new WorkerClient<string, string>(start, 60);
    await expect(Promise.all([client.ask('a'), client.ask('b'), client.ask('c')])).resolves.toEqual(['a', 'b', 'c']);
  });
});
