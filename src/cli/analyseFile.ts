/** Reading a workbook (and the unit directory, when given) and running the engine on it. */
import { type AnalysedTable, analyseWorkbook } from '../core/analyse';
import type { Workbook } from '../core/grid';
import type { Role } from '../core/roles';
import { buildUnitDirectory, directoryFromGrid, type UnitDirectory } from '../core/unitDirectory';
import { readWorkbookFile } from '../io/readWorkbook';
import { READ_FAILURES, WorkbookReadError } from '../io/readFailures';
import { CLI_TEXT } from './messages';

export interface CommonOptions {
  sheet?: string;
  asOf: string;
  planYear?: number;
  lang: 'vi' | 'en';
  units?: string;
  columns?: Partial<Record<Role, number>>;
}

/**
 * The unit directory named by --units (its first sheet: canonical names, aliases separated by
 * ";"), none without --units, or the one-line reason it cannot be read.
 */
export function loadDirectory(options: CommonOptions): { directory?: UnitDirectory; error?: string } {
  if (!options.units) return {};
  try {
    const [sheet] = readWorkbookFile(options.units).sheets;
    return { directory: buildUnitDirectory(sheet ? directoryFromGrid(sheet) : []) };
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    return { error: `--units ${options.units}: ${CLI_TEXT.cannotRead[options.lang]}: ${READ_FAILURES[error.reason][options.lang]}` };
  }
}

/**
 * A file's workbook and its analysed tables, or the one-line reason there are none (the file
 * cannot be read, or it holds no appendix table).
 */
export function analyseFile(
  file: string,
  options: CommonOptions,
  directory?: UnitDirectory,
): { workbook: Workbook; analysed: AnalysedTable[] } | { reason: string } {
  let workbook: Workbook;
  try {
    workbook = readWorkbookFile(file);
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    return { reason: `${file}: ${CLI_TEXT.cannotRead[options.lang]}: ${READ_FAILURES[error.reason][options.lang]}` };
  }
  const analysed = analyseWorkbook(workbook, {
    asOf: options.asOf,
    sheet: options.sheet,
    planYear: options.planYear,
    lang: options.lang,
    directory,
    columns: options.columns,
  });
  return analysed.length ? { workbook, analysed } : { reason: `${file}: ${READ_FAILURES.no_table[options.lang]}` };
}
