/**
 * The active sheet (or another, by its id) read through the Office adapter into the same engine as
 * the command line: recognised (the Quá hạn, Tổng hợp and Hợp nhất panels), or checked with every
 * rule (Kiểm tra: `checkActiveSheet`, the engine's `checkWorkbook`). The pane reads one sheet, but the plan year is the workbook's (core/planYear.ts): the other
 * sheets' top rows (their titles, a cover sheet's "KẾ HOẠCH ... NĂM 2025") are read too, so the pane
 * and `phuluc check` give the same year, from the same place.
 */
import { type CheckedTable, checkWorkbook } from '../../core/check';
import { planYearOf, recogniseWorkbook } from '../../core/recognise/recogniseWorkbook';
import type { PlanYear } from '../../core/planYear';
import type { AppendixTable } from '../../core/table';
import { todayIso } from '../../core/calendar';
import type { Grid } from '../../core/grid';
import type { Role } from '../../core/roles';
import { buildUnitDirectory } from '../../core/unitDirectory';
import type { PaneSettings } from '../../office/workbookState';
import { readSheet } from '../../office/readSheet';
import { readSheetTops } from '../../office/sheetTops';
import type { Host } from '../../office/host';

/** What Kiểm tra shows of the active sheet: its cells, the cut-off date, each table with its findings. */
export interface SheetCheck {
  grid: Grid;
  /** The cut-off date (ISO day) the states were computed at. */
  asOf: string;
  analysed: CheckedTable[];
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

/**
 * The workbook's plan year, with where it came from: the sheet read whole, the others by their top
 * rows, in workbook order. The user's year needs no reading; a workbook whose other sheets cannot
 * be read is judged on the sheet alone.
 */
async function workbookPlanYear(host: Host, settings: PaneSettings, grid: Grid, columns?: Partial<Record<Role, number>>): Promise<PlanYear> {
  const asOf = settings.asOf ?? todayIso();
  if (settings.planYear !== undefined) return planYearOf({ sheets: [] }, { asOf, planYear: settings.planYear });
  let sheets: Grid[] = [grid];
  try {
    const tops = await host.run((context) => readSheetTops(context));
    sheets = tops.map((top) => (top.name === grid.name ? grid : top));
    if (!sheets.includes(grid)) sheets.unshift(grid);
  } catch {
    // The sheet alone still gives a year (its title, its deadlines, the cut-off date).
  }
  return planYearOf({ sheets }, { asOf, columns });
}

/** Kiểm tra: reads the active sheet and runs recognition and every rule on it. */
export async function checkActiveSheet(host: Host, settings: PaneSettings, columns?: Partial<Record<Role, number>>): Promise<SheetCheck> {
  const grid = await host.run((context) => readSheet(context, host.can));
  const planYear = await workbookPlanYear(host, settings, grid, columns);
  const chosen = options(host, settings, columns);
  return { grid, asOf: chosen.asOf, analysed: checkWorkbook({ sheets: [grid] }, { ...chosen, planYear }) };
}

/** Reads a sheet (the active one unless `key` names another) and recognises its tables, without the rules. */
export async function recogniseSheet(host: Host, settings: PaneSettings, key?: string): Promise<{ grid: Grid; tables: AppendixTable[] }> {
  const grid = await host.run((context) => readSheet(context, host.can, key));
  const planYear = await workbookPlanYear(host, settings, grid);
  return { grid, tables: recogniseWorkbook({ sheets: [grid] }, { ...options(host, settings), planYear }) };
}
