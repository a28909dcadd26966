/**
 * Why a workbook could not be used: the reasons, said in words by the catalogue
 * (TEXT[lang].reading.failures) for the command line and the pane. No SheetJS here: the processes
 * that only report failures (the command line's main process, the pane) load this without the parser.
 */
export const READ_FAILURE_REASONS = [
  'not_found',
  'not_excel',
  'not_plan',
  'damaged',
  'password',
  'too_large',
  'zip_bomb',
  'sheet_too_large',
  'timeout',
  'memory',
  'bad_message',
] as const;
/** Why a file could not be read; `bad_message`: a reader sent back something that is not its request's reply (a bug in phuluc, not in the file). */
export type ReadFailure = (typeof READ_FAILURE_REASONS)[number];

export class WorkbookReadError extends Error {
  constructor(
    readonly reason: ReadFailure,
    readonly detail?: string,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = 'WorkbookReadError';
  }
}

/** A file still being read after this long is given up: the command line's readers and the pane's worker. */
export const READ_TIMEOUT_MS = 60_000;

/** Larger files are not appendix tables someone typed; refuse them before parsing. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
