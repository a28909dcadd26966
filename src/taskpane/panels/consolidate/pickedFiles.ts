/**
 * What the user gave the Hợp nhất panel (files picked, a folder picked, or files and folders
 * dropped), as the entries a consolidation lists: the workbooks to read, and every other entry with
 * the reason it is not read (a .csv, a Word document, Excel's lock file, a sub-folder), never
 * dropped without a word.
 */
import { TEXT } from '../../../core/i18n';
import { whyNotRead } from '../../../core/consolidate/unitWorkbook';
import type { Language } from '../../../core/findings';

/** A workbook to read, or an entry listed with the reason it is not read. */
export type Picked = { path: string; file: File } | { path: string; reason: string };

function entry(path: string, file: File, lang: Language): Picked {
  const why = whyNotRead(path, false);
  return why === null ? { path, file } : { path, reason: TEXT[lang].consolidation.sourceWords[why] };
}

/**
 * Files from an <input type=file>. A folder's files carry their path inside it
 * ("Bao cao/thang-10/CATP.xlsx"): only the chosen folder's own files are read, each sub-folder is
 * listed once as not read.
 */
export function pickedFiles(files: readonly File[], lang: Language): Picked[] {
  const picked: Picked[] = [];
  const folders = new Set<string>();
  for (const file of files) {
    const path = file.webkitRelativePath || file.name;
    const parts = path.split('/');
    if (parts.length > 2) {
      const folder = parts.slice(0, 2).join('/');
      if (!folders.has(folder)) picked.push({ path: folder, reason: TEXT[lang].consolidation.sourceWords.folder });
      folders.add(folder);
      continue;
    }
    picked.push(entry(path, file, lang));
  }
  return picked;
}

/** The browser's own flags say which kind of entry it is (its types do not narrow on them). */
const isFileEntry = (entry: FileSystemEntry): entry is FileSystemFileEntry => entry.isFile;
const isFolderEntry = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry => entry.isDirectory;

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

async function children(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries answers in batches (100 in Chromium) until it answers with none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) return all;
    all.push(...batch);
  }
}

/**
 * What was dropped: files as they are, and a dropped folder's own files (its sub-folders listed as
 * not read), the way a picked folder is read. The entries are taken while the drop event runs, as
 * the browser requires; the files are read after.
 */
export function droppedFiles(data: DataTransfer, lang: Language): () => Promise<Picked[]> {
  const entries = [...data.items].map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() : null));
  const files = [...data.files];
  return async () => {
    if (!entries.some((e) => e?.isDirectory)) return pickedFiles(files, lang);
    const picked: Picked[] = [];
    for (const [i, top] of entries.entries()) {
      if (!top) {
        if (files[i]) picked.push(entry(files[i].name, files[i], lang));
        continue;
      }
      if (isFileEntry(top)) {
        picked.push(entry(top.name, await fileOf(top), lang));
        continue;
      }
      if (!isFolderEntry(top)) continue;
      for (const child of await children(top)) {
        const path = `${top.name}/${child.name}`;
        picked.push(isFileEntry(child) ? entry(path, await fileOf(child), lang) : { path, reason: TEXT[lang].consolidation.sourceWords.folder });
      }
    }
    return picked;
  };
}
