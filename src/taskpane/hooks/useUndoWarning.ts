/**
 * What Excel's Undo cannot take back. Microsoft lists the Excel JavaScript calls without undo
 * support (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities):
 * Worksheet.delete on every platform, Worksheet.visibility on Windows and Mac; calling one clears
 * the user's undo stack from that call on, so Ctrl+Z reaches neither it nor anything before it.
 * The panels whose actions delete or hide sheets (Quá hạn's hidden helper sheet, the earlier
 * sheets Tổng hợp and Hợp nhất replace) say so in a short note under their buttons (UndoNote), and
 * the first such action of the session asks once before it runs (this hook, UndoConfirm).
 */
import { useState } from 'react';

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

export type UndoWarning = ReturnType<typeof useUndoWarning>;
