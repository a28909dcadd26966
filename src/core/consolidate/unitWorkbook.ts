/**
 * Which files in a folder are read as units' workbooks, and why the others are not: each file that
 * is not read is listed with its reason (TEXT[lang].consolidation.sourceWords), never dropped without a word.
 */

/** Excel's formats and OpenDocument's, which SheetJS reads. */
const WORKBOOK = /\.(xlsx|xlsm|xls|ods)$/i;

/** The last part of a path ("Bao cao/So Tu phap.xlsx" → "So Tu phap.xlsx"). */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** Excel's lock file ("~$Bao cao.xlsx"): there while the workbook is open, never a report. */
function isLockFile(path: string): boolean {
  return baseName(path).startsWith('~$');
}

function isUnitWorkbook(path: string): boolean {
  return WORKBOOK.test(baseName(path)) && !isLockFile(path);
}

/** Why an entry of a folder is not read as a unit's workbook: its reason in TEXT[lang].consolidation.sourceWords. */
export type NotRead = 'lockFile' | 'folder' | 'csv' | 'word' | 'other';

/** Why an entry of a folder is not read as a unit's workbook, or null when it is read. */
export function whyNotRead(path: string, isFolder: boolean): NotRead | null {
  if (isFolder) return 'folder';
  if (isLockFile(path)) return 'lockFile';
  if (isUnitWorkbook(path)) return null;
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.(docx?|rtf|odt)$/i.test(path)) return 'word';
  return 'other';
}
