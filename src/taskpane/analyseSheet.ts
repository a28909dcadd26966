/** The pane's check: the active sheet through the Office adapter into the same engine as the command line. */
import { type AnalysedTable, analyseWorkbook } from '../core/analyse';
import { recogniseWorkbook } from '../core/recognise/recogniseWorkbook';
import type { AppendixTable } from '../core/table';
import { todayIso } from '../core/calendar';
import type { Grid } from '../core/grid';
import type { Role } from '../core/roles';
import { buildUnitDirectory } from '../core/unitDirectory';
import type { PaneSettings } from '../office/workbookState';
import { readSheet } from '../office/readSheet';
import type { Host } from '../office/host';

export interface SheetAnalysis {
  grid: Grid;
  analysed: AnalysedTable[];
}

function options(host: Host, settings: PaneSettings, columns?: Partial<Record<Role, number>>) {
  return {
    asOf: settings.asOf ?? todayIso(),
    planYear: settings.planYear,
    lang: host.lang,
    directory: settings.directory.length ? buildUnitDirectory(settings.directory) : undefined,
    columns,
  };
}

/** Reads the active sheet and runs recognition and every rule on it. */
export async function analyseActiveSheet(host: Host, settings: PaneSettings, columns?: Partial<Record<Role, number>>): Promise<SheetAnalysis> {
  const grid = await host.run((context) => readSheet(context, host.can));
  return { grid, analysed: analyseWorkbook({ sheets: [grid] }, options(host, settings, columns)) };
}

/** Reads a sheet (the active one unless `key` names another) and recognises its tables, without the rules. */
export async function recogniseSheet(host: Host, settings: PaneSettings, key?: string): Promise<{ grid: Grid; tables: AppendixTable[] }> {
  const grid = await host.run((context) => readSheet(context, host.can, key));
  return { grid, tables: recogniseWorkbook({ sheets: [grid] }, options(host, settings)) };
}
