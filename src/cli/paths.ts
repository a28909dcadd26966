/**
 * Where a command may write, and what the file system says when it cannot, in one line. Every
 * command that writes (fix, summarize, consolidate, import) asks `outputProblem` before reading
 * anything: no output ever lands on one of the command's inputs, whatever path names it (a link,
 * "./x", a hard link), and its extension says what it holds.
 */
import { realpathSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Language } from '../core/findings';

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
  const vi = lang === 'vi';
  const input = inputs.find((path) => path && sameFile(path, output));
  if (input !== undefined) {
    return vi
      ? `-o ${output}: tệp ghi ra phải khác tệp nguồn (đây là tệp đầu vào ${input}); phuluc không bao giờ ghi đè tệp đầu vào`
      : `-o ${output}: the output must differ from the source (it is the input ${input}); phuluc never overwrites an input`;
  }
  if (isFolder(output)) {
    const example = join(output, `tong-hop${extensions[0]}`);
    return vi ? `-o ${output} là thư mục; hãy cho tên tệp, ví dụ ${example}` : `-o ${output} is a folder; give a file name, e.g. ${example}`;
  }
  if (!extensions.includes(extname(output).toLowerCase())) {
    const list = extensions.join(vi ? ' hoặc ' : ' or ');
    return vi ? `-o ${output}: tệp ghi ra phải có đuôi ${list}` : `-o ${output}: the output must end in ${list}`;
  }
  const folder = dirname(resolve(output));
  if (!isFolder(folder)) return vi ? `-o ${output}: thư mục ${dirname(output)} không tồn tại` : `-o ${output}: the folder ${dirname(output)} does not exist`;
  return null;
}

/** What to do instead when a folder is given where a file is read. */
export const FOLDER_HINT: Record<Language, string> = {
  vi: 'hãy cho từng tệp (ví dụ thư-mục/*.xlsx); chỉ phuluc consolidate đọc cả thư mục',
  en: 'give its files (e.g. folder/*.xlsx); only phuluc consolidate reads whole folders',
};

/** Why an input path cannot be read as a file, in one line, or null: it is a folder. */
export function folderProblem(path: string, lang: Language, hint?: Record<Language, string>): string | null {
  if (!isFolder(path)) return null;
  const why = lang === 'vi' ? `${path} là thư mục, không phải tệp` : `${path} is a folder, not a file`;
  return hint ? `${why}; ${hint[lang]}` : why;
}

/** What an error of the file system means, in one line: raw ENOENT, EISDIR or ENOSPC never reach the user. */
export function systemErrorMessage(error: unknown, lang: Language, path?: string): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = 'code' in error ? error.code : undefined;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return null;
  const errorPath = 'path' in error && typeof error.path === 'string' ? error.path : undefined;
  const file = errorPath ?? path ?? '';
  const vi = lang === 'vi';
  switch (code) {
    case 'ENOENT':
      return vi ? `không tìm thấy tệp hay thư mục ${file}` : `no such file or folder: ${file}`;
    case 'EISDIR':
      return vi ? `${file} là thư mục, không phải tệp` : `${file} is a folder, not a file`;
    case 'ENOTDIR':
      return vi ? `${file}: một phần của đường dẫn không phải thư mục` : `${file}: part of the path is not a folder`;
    case 'ENOSPC':
      return vi ? `không ghi được ${file}: hết chỗ trên đĩa` : `cannot write ${file}: the disk is full`;
    case 'EACCES':
    case 'EPERM':
      return vi ? `không có quyền ghi hay đọc ${file}` : `no permission to read or write ${file}`;
    case 'EROFS':
      return vi ? `không ghi được ${file}: ổ đĩa chỉ cho đọc` : `cannot write ${file}: the disk is read-only`;
    case 'EBUSY':
      return vi ? `${file} đang được chương trình khác mở (đóng Excel rồi chạy lại)` : `${file} is open in another program (close Excel and retry)`;
    default:
      return vi ? `không đọc hay ghi được ${file} (${code})` : `cannot read or write ${file} (${code})`;
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
