/** Reads files from disk (the command line's door; a workbook's bytes are read by workbookBytes.ts). */
import { inflateRawSync } from 'node:zlib';
import type { Workbook } from '../core/grid';
import { readFileBytes } from './fileBytes';
import { WorkbookReadError } from './readFailures';
import { loadCodepagesWith, readWorkbookBytes } from './workbookBytes';
import { dataStart, type ZipEntry } from './zipDirectory';

loadCodepagesWith((): unknown => require('@e965/xlsx/dist/cpexcel.js'));

const DEFLATED = 8;

/**
 * A zip's directory can lie about sizes: inflate each part, stopping one byte past what it claims,
 * before SheetJS inflates it whole (into memory outside the reader's heap cap). A lie is a bomb.
 */
export function checkInflatedSizes(bytes: Uint8Array, entries: readonly ZipEntry[]): void {
  for (const entry of entries) {
    if (entry.method !== DEFLATED) continue;
    const start = dataStart(bytes, entry);
    try {
      inflateRawSync(bytes.subarray(start, start + entry.compressed), { maxOutputLength: Math.max(entry.inflated, 1) });
    } catch (error) {
      // Checked by its code, not `instanceof`: zlib's errors come from Node's realm, not a test sandbox's.
      if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ERR_BUFFER_TOO_LARGE')
        throw new WorkbookReadError('zip_bomb', `${entry.name} inflates beyond the ${entry.inflated} bytes it claims`);
      // A broken stream is SheetJS's to report, as damaged.
    }
  }
}

export function readWorkbookFile(path: string): Workbook {
  return readWorkbookBytes(readFileBytes(path), path, checkInflatedSizes);
}
