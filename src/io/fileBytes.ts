/** A file's bytes from disk, behind the size cap: no parser here, so any reader can load it cheaply. */
import { readFileSync, statSync } from 'node:fs';
import { MAX_FILE_BYTES, WorkbookReadError } from './readFailures';

/** A file's bytes, refused before reading when it is missing or over the size cap. */
export function readFileBytes(path: string): Uint8Array {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new WorkbookReadError('not_found');
  }
  if (size > MAX_FILE_BYTES) throw new WorkbookReadError('too_large', `${size} bytes`);
  return readFileSync(path);
}
