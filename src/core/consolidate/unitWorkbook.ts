/** Which file names can be a unit's workbook: Excel's formats, not Excel's lock files ("~$Bao cao.xlsx"). */
const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;

/** The last part of a path ("Bao cao/So Tu phap.xlsx" → "So Tu phap.xlsx"). */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function isLockFile(path: string): boolean {
  return baseName(path).startsWith('~$');
}

export function isUnitWorkbook(path: string): boolean {
  return WORKBOOK.test(baseName(path)) && !isLockFile(path);
}
