/** The engine's entry point: a workbook in, recognised tables with their tasks and findings out. */
import type { Finding, Language } from './findings';
import type { Workbook } from './grid';
import { type RecogniseOptions, recogniseWorkbook } from './recognise/recogniseWorkbook';
import { runRules } from './rules';
import type { AppendixTable } from './table';
import type { UnitDirectory } from './unitDirectory';

export interface AnalyseOptions extends RecogniseOptions {
  lang?: Language;
  /** Units known by name and alias; without it units are not checked against a directory. */
  directory?: UnitDirectory;
}

export interface AnalysedTable {
  table: AppendixTable;
  findings: Finding[];
}

export function analyseWorkbook(workbook: Workbook, options: AnalyseOptions): AnalysedTable[] {
  const lang = options.lang ?? 'vi';
  const grids = new Map(workbook.sheets.map((grid) => [grid.name, grid]));
  return recogniseWorkbook(workbook, options).map((table) => ({
    table,
    findings: runRules({ table, grid: grids.get(table.sheet)!, asOf: options.asOf, lang, directory: options.directory }),
  }));
}
