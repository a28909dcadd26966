/**
 * Several files as one .zip (the pane offers the units' templates as one download). No Node API: the
 * pane's Web Worker runs it. fflate marks every name that is not ASCII as UTF-8 (the zip's language
 * encoding flag), so "Sở Tư pháp.xlsx" unpacks under its own name in Windows' Explorer and elsewhere.
 */
import { zipSync, type Zippable } from 'fflate';

export interface NamedFile {
  name: string;
  bytes: Uint8Array;
}

/** The files in one zip, stored as they are: an .xlsx is compressed already, deflating it again gains nothing. */
export function zipFiles(files: readonly NamedFile[]): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) {
    if (Object.hasOwn(entries, file.name)) throw new Error(`zipFiles: two files are named ${file.name}`);
    entries[file.name] = [file.bytes, { level: 0 }];
  }
  return zipSync(entries);
}
