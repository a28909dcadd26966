/** Reading a workbook (and the unit directory, when given) and running the engine on it. */
import { type CheckedTable, checkWorkbook } from '../core/check';
import type { Workbook } from '../core/grid';
import { TEXT } from '../core/i18n';
import { buildUnitDirectory, type DirectoryEntry, directoryFromGrid, type UnitDirectory } from '../core/unitDirectory';
import type { ReaderPool } from '../io/readerPool';
import { WorkbookReadError } from '../io/readFailures';
import type { CommonOptions } from './options';
import { folderProblem } from './paths';

/** A workbook read in a reader process; a failure there is thrown as it would be in-process. */
async function readIsolated(file: string, pool: ReaderPool): Promise<Workbook> {
  const reply = await pool.readWorkbook(file);
  if ('failure' in reply) throw new WorkbookReadError(reply.failure);
  return reply.workbook;
}

/**
 * The entries of the unit directory named by --units (its first sheet: canonical names, aliases
 * separated by ";"), none without --units, or the one-line reason it cannot be read.
 */
export async function loadDirectoryEntries(options: CommonOptions, pool: ReaderPool): Promise<{ entries?: DirectoryEntry[]; error?: string }> {
  if (!options.units) return {};
  const folder = folderProblem(options.units, options.lang);
  if (folder) return { error: `--units ${folder}` };
  try {
    const [sheet] = (await readIsolated(options.units, pool)).sheets;
    return { entries: sheet ? directoryFromGrid(sheet) : [] };
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    return { error: `--units ${options.units}: ${TEXT[options.lang].cli.cannotRead}: ${TEXT[options.lang].reading.failures[error.reason]}` };
  }
}

/** The unit directory named by --units, built for checking names. */
export async function loadDirectory(options: CommonOptions, pool: ReaderPool): Promise<{ directory?: UnitDirectory; error?: string }> {
  const { entries, error } = await loadDirectoryEntries(options, pool);
  return { directory: entries && buildUnitDirectory(entries), error };
}

/**
 * A file's workbook and its analysed tables, or the one-line reason there are none (the file
 * cannot be read, or it holds no appendix table).
 */
export async function checkFile(
  file: string,
  pool: ReaderPool,
  options: CommonOptions,
  directory?: UnitDirectory,
): Promise<{ workbook: Workbook; analysed: CheckedTable[] } | { reason: string }> {
  const folder = folderProblem(file, options.lang, TEXT[options.lang].cli.paths.folderHint);
  if (folder) return { reason: folder };
  let workbook: Workbook;
  try {
    workbook = await readIsolated(file, pool);
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    return { reason: `${file}: ${TEXT[options.lang].cli.cannotRead}: ${TEXT[options.lang].reading.failures[error.reason]}` };
  }
  const analysed = checkWorkbook(workbook, {
    asOf: options.asOf,
    sheet: options.sheet,
    planYear: options.planYear,
    lang: options.lang,
    directory,
    columns: options.columns,
  });
  return analysed.length ? { workbook, analysed } : { reason: `${file}: ${TEXT[options.lang].reading.failures.no_table}` };
}
