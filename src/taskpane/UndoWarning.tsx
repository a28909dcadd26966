/**
 * What Excel's Undo cannot take back. Microsoft lists the Excel JavaScript calls without undo
 * support (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities):
 * Worksheet.delete on every platform, Worksheet.visibility on Windows and Mac; calling one clears
 * the user's undo stack from that call on, so Ctrl+Z reaches neither it nor anything before it.
 * The panels whose actions delete or hide sheets (Quá hạn's hidden helper sheet, the earlier
 * sheets Tổng hợp and Hợp nhất replace) say so in a short note under their buttons, and the first
 * such action of the session asks once before it runs.
 */
import { Button, Caption1, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { StringKey } from './strings';

/** The user was told in this session (the pane's life, across its panels): later actions run at once. */
let told = false;

/** The user has read the warning (or confirmed a replacement that said the same). */
export function markUndoTold(): void {
  told = true;
}

/** Asks once per session before an action that clears Excel's undo history. */
export function useUndoWarning() {
  const [pending, setPending] = useState<(() => void) | null>(null);
  return {
    asking: pending !== null,
    /** Runs `action` at once when the user was told already, else after they say Continue. */
    guard(action: () => void) {
      if (told) action();
      else setPending(() => action);
    },
    /** Whether an action must be asked about first. */
    untold: () => !told,
    confirm() {
      told = true;
      setPending(null);
      pending?.();
    },
    cancel: () => setPending(null),
  };
}

/** The question asked before the session's first such action. */
export function UndoConfirm({ warning, t, testId }: { warning: ReturnType<typeof useUndoWarning>; t(key: StringKey): string; testId: string }) {
  if (!warning.asking) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid={testId}>
      <MessageBarBody>
        {t('undoConfirm')}{' '}
        <span style={{ display: 'inline-flex', gap: 6, marginTop: 4 }}>
          <Button size="small" appearance="primary" data-testid={`${testId}-continue`} onClick={() => warning.confirm()}>
            {t('continue')}
          </Button>
          <Button size="small" data-testid={`${testId}-cancel`} onClick={() => warning.cancel()}>
            {t('cancel')}
          </Button>
        </span>
      </MessageBarBody>
    </MessageBar>
  );
}

/** The short note under a button whose action Excel cannot undo. */
export function UndoNote({ text, testId }: { text: string; testId: string }) {
  return (
    <Caption1 block data-testid={testId} style={{ color: tokens.colorNeutralForeground3 }}>
      {text}
    </Caption1>
  );
}
