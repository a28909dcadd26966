/** Reads a workbook file from disk (the command line's door; the bytes are read by workbookBytes.ts). */
import { readFileSync, statSync } from 'node:fs';
import type { Workbook } from '../core/grid';
import { MAX_FILE_BYTES, WorkbookReadError } from './readFailures';
import { loadCodepagesWith, readWorkbookBytes } from './workbookBytes';

loadCodepagesWith(() => require('@e965/xlsx/dist/cpexcel.js') as unknown);

export function readWorkbookFile(path: string): Workbook {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new WorkbookReadError('not_found');
  }
  if (size > MAX_FILE_BYTES) throw new WorkbookReadError('too_large', `${size} bytes`);
  return readWorkbookBytes(readFileSync(path), path);
}
