/**
 * Where a command may write, and what the file system says when it cannot, in one line. Every
 * command that writes (fix, summarize, consolidate, import) asks `outputProblem` before reading
 * anything: no output ever lands on one of the command's inputs, whatever path names it (a link,
 * "./x", a hard link), and its extension says what it holds.
 */
import { realpathSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Language } from '../core/findings';
import { TEXT } from '../core/i18n';

/** The file a path names once links are followed: its real path, or (not written yet) its real folder's path and its name. */
export function samePlace(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/** Whether two paths name the same file: the same real path, or the same inode (a hard link). */
export function sameFile(a: string, b: string): boolean {
  if (samePlace(a) === samePlace(b)) return true;
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.isFile() && x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Why `output` cannot be written, in one line, or null: it is one of `inputs`, it does not end in
 * one of `extensions`, it is a folder, or its folder does not exist.
 */
export function outputProblem(output: string, inputs: readonly string[], extensions: readonly string[], lang: Language): string | null {
  const say = TEXT[lang].cli.paths;
  const input = inputs.find((path) => path && sameFile(path, output));
  if (input !== undefined) return say.outputIsInput(output, input);
  if (isFolder(output)) return say.outputIsFolder(output, join(output, `tong-hop${extensions[0]}`));
  if (!extensions.includes(extname(output).toLowerCase())) return say.outputExtension(output, extensions);
  const folder = dirname(resolve(output));
  if (!isFolder(folder)) return say.outputNoFolder(output, dirname(output));
  return null;
}

/** Why an input path cannot be read as a file, in one line, or null: it is a folder; `hint` says what to do instead. */
export function folderProblem(path: string, lang: Language, hint?: string): string | null {
  if (!isFolder(path)) return null;
  const why = TEXT[lang].cli.paths.notAFile(path);
  return hint ? `${why}; ${hint}` : why;
}

/** What an error of the file system means, in one line: raw ENOENT, EISDIR or ENOSPC never reach the user. */
export function systemErrorMessage(error: unknown, lang: Language, path?: string): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = 'code' in error ? error.code : undefined;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return null;
  const errorPath = 'path' in error && typeof error.path === 'string' ? error.path : undefined;
  const file = errorPath ?? path ?? '';
  const { paths } = TEXT[lang].cli;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
    case 'ENOSPC':
    case 'EACCES':
    case 'EROFS':
    case 'EBUSY':
      return paths.system[code](file);
    case 'EISDIR':
      return paths.notAFile(file);
    case 'EPERM':
      return paths.system.EACCES(file);
    default:
      return paths.system.other(file, code);
  }
}

/** Writes `bytes` to `output`; the one-line reason when the file system refuses, or null. */
export function writeOutput(output: string, bytes: Uint8Array, lang: Language): string | null {
  try {
    writeFileSync(output, bytes);
    return null;
  } catch (error) {
    const message = systemErrorMessage(error, lang, output);
    if (message === null) throw error;
    // writeFileSync names no file for a full disk: say which one.
    return message.includes(output) ? message : `${output}: ${message}`;
  }
}
