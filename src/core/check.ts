/** The engine's entry point: a workbook in, recognised tables with their tasks and findings out. */
import type { Finding, Language } from './findings';
import type { Workbook } from './grid';
import { type RecogniseOptions, recogniseWorkbook } from './recognise/recogniseWorkbook';
import { runRules } from './rules';
import { type UnitReport, unitReportOf } from './rules/unitReport';
import type { AppendixTable } from './table';
import type { UnitDirectory } from './unitDirectory';

export interface CheckWorkbookOptions extends RecogniseOptions {
  lang?: Language;
  /** Units known by name and alias; without it units are not checked against a directory. */
  directory?: UnitDirectory;
}

export interface CheckedTable {
  table: AppendixTable;
  findings: Finding[];
  /** Why the table is a unit's report (not held to the plan's numbering, never renumbered), or null for a plan. */
  unitReport: UnitReport | null;
}

export function checkWorkbook(workbook: Workbook, options: CheckWorkbookOptions): CheckedTable[] {
  const lang = options.lang ?? 'vi';
  const grids = new Map(workbook.sheets.map((grid) => [grid.name, grid]));
  return recogniseWorkbook(workbook, options).map((table) => {
    const grid = grids.get(table.sheet);
    // Recognition reads the workbook's own sheets: a table on any other sheet is a bug, said as one.
    if (!grid) throw new Error(`checkWorkbook: a table on sheet "${table.sheet}", which the workbook does not hold`);
    return { table, findings: runRules({ table, grid, asOf: options.asOf, lang, directory: options.directory }), unitReport: unitReportOf(table, grid) };
  });
}
