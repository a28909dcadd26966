/** Runs a pane action with a busy flag and turns its outcome or its error into the message shown under it (AttemptMessage). */
import { useState } from 'react';
import type { StringKey } from '../paneText';

export interface PaneMessage {
  intent: 'success' | 'warning' | 'error';
  text: string;
}

export function useAttempt(t: (key: StringKey) => string) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<PaneMessage | null>(null);
  const attempt = async (work: () => Promise<PaneMessage>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage(await work());
    } catch (caught) {
      setMessage({ intent: 'error', text: `${t('error')}: ${caught instanceof Error ? caught.message : String(caught)}` });
    } finally {
      setBusy(false);
    }
  };
  return { busy, message, attempt };
}
