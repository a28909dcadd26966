/** Reading a workbook (and the unit directory, when given) and running the engine on it. */
import { type AnalysedTable, analyseWorkbook } from '../core/analyse';
import type { Workbook } from '../core/grid';
import { buildUnitDirectory, directoryFromGrid, type UnitDirectory } from '../core/unitDirectory';
import { readWorkbookFile } from '../io/readWorkbook';

export interface CommonOptions {
  sheet?: string;
  asOf: string;
  planYear?: number;
  lang: 'vi' | 'en';
  units?: string;
}

/** The unit directory in a workbook's first sheet (canonical names, aliases separated by ";"). */
export function loadDirectory(path: string): UnitDirectory {
  const [sheet] = readWorkbookFile(path).sheets;
  return buildUnitDirectory(sheet ? directoryFromGrid(sheet) : []);
}

export function analyseFile(file: string, options: CommonOptions, directory?: UnitDirectory): { workbook: Workbook; analysed: AnalysedTable[] } {
  const workbook = readWorkbookFile(file);
  const analysed = analyseWorkbook(workbook, {
    asOf: options.asOf,
    sheet: options.sheet,
    planYear: options.planYear,
    lang: options.lang,
    directory,
  });
  return { workbook, analysed };
}
