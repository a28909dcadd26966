/**
 * A reader worker of the component's own (worker/askWorker.ts), started at its first request and
 * stopped with the component: the import's, and the Hợp nhất panel's worker for the templates and
 * last period's consolidation, which so never wait for, or stop, the worker holding the units' reports.
 */
import { useEffect, useRef } from 'react';
import { type Ask, typedAsk } from '../worker/askWorker';
import { type ReaderClient, readerClient } from '../worker/startReaderWorker';

export function useReaderWorker(): Ask {
  const client = useRef<ReaderClient | null>(null);
  useEffect(() => () => client.current?.stop(), []);
  return typedAsk((request, transfer) => (client.current ??= readerClient()).ask(request, transfer));
}
