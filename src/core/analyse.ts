/** The engine's entry point: a workbook in, recognised tables with their tasks and findings out. */
import type { Finding, Language } from './findings';
import type { Workbook } from './grid';
import { type RecogniseOptions, recogniseWorkbook } from './recognise/recogniseWorkbook';
import { checkTable } from './rules/checkTable';
import type { AppendixTable } from './table';

export interface AnalyseOptions extends RecogniseOptions {
  lang?: Language;
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
    findings: checkTable(table, grids.get(table.sheet)!, lang),
  }));
}
