/** Where a command writes, and the exit codes every command shares. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const EXIT = { ok: 0, errors: 1, unreadable: 2 } as const;
