/**
 * The pane's side of the reader worker: `ask` sends a request and returns the reply of its kind
 * (messages.ts), typed by the request without a cast; a `failed` reply (a request the worker refused,
 * work that failed) becomes an error the panel shows, and so does a reply of another kind.
 */
import { type CycleRequest, replyTo, type ReplyTo, type ShownResult, type WorkerReply, type WorkerRequest } from './messages';

/** Asks a worker, expecting the reply of the request's kind. */
export type Ask = <R extends WorkerRequest>(request: R, transfer?: Transferable[]) => Promise<ReplyTo<R['kind']>>;

/** Asks for one of the monthly cycle's requests (templates, last period's consolidation, report, reminders). */
export type CycleAsk = <R extends CycleRequest>(request: R, transfer?: Transferable[]) => Promise<ReplyTo<R['kind']>>;

/**
 * Asks the worker holding the units' reports, which first consolidates them again with the user's
 * choices as they are now: the reply, and the result shown since (the report and the reminders are
 * of that consolidation, whatever changed before the click).
 */
export type HeldAsk = <R extends CycleRequest>(request: R) => Promise<{ reply: ReplyTo<R['kind']>; shown: ShownResult }>;

/** Asks through `send` (a ReaderClient's, startReaderWorker.ts), expecting the reply of the request's kind. */
export function typedAsk(send: (request: WorkerRequest, transfer?: Transferable[]) => Promise<WorkerReply>): Ask {
  return async <R extends WorkerRequest>(request: R, transfer: Transferable[] = []): Promise<ReplyTo<R['kind']>> => {
    const reply = await send(request, transfer);
    if (reply.kind === 'failed') throw new Error(reply.error);
    const expected = replyTo<R['kind']>(request.kind, reply);
    if (!expected) throw new Error(`the worker answered ${reply.kind} to ${request.kind}`);
    return expected;
  };
}
