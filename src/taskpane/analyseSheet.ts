/** The pane's check: the active sheet through the Office adapter into the same engine as the command line. */
import { type AnalysedTable, analyseWorkbook } from '../core/analyse';
import { todayIso } from '../core/calendar';
import type { Grid } from '../core/grid';
import type { Role } from '../core/roles';
import { buildUnitDirectory } from '../core/unitDirectory';
import type { PaneSettings } from '../office/workbookState';
import { readActiveSheet } from '../office/readSheet';
import type { Host } from './host';

export interface SheetAnalysis {
  grid: Grid;
  analysed: AnalysedTable[];
}

export async function analyseActiveSheet(host: Host, settings: PaneSettings, columns?: Partial<Record<Role, number>>): Promise<SheetAnalysis> {
  const grid = await host.run((context) => readActiveSheet(context, host.can));
  const analysed = analyseWorkbook(
    { sheets: [grid] },
    {
      asOf: settings.asOf ?? todayIso(),
      planYear: settings.planYear,
      lang: host.lang,
      directory: settings.directory.length ? buildUnitDirectory(settings.directory) : undefined,
      columns,
    },
  );
  return { grid, analysed };
}
