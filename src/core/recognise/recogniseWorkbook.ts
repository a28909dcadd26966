import { yearOf } from '../calendar';
import { readDeadline } from '../deadline/readDeadline';
import { type Cell, cellText, columnCount, type Grid, type Workbook } from '../grid';
import { inferPlanYear } from '../planYear';
import { taskState } from '../state';
import { NOT_REPORTED, readStatus } from '../status';
import type { AppendixTable, Task } from '../table';
import { joinLines, nfc } from '../text';
import { splitUnits, type Unit } from '../units';
import type { Role } from '../roles';
import { correctColumns, type Header, headerAt } from './findHeader';
import { MergedView } from './mergedView';
import { readRows, type TableRows } from './readRows';

export interface RecogniseOptions {
  /** Cut-off date (ISO day) the states are computed at. */
  asOf: string;
  /** Only this sheet. */
  sheet?: string;
  /** The plan's year when the user knows it better than the workbook. */
  planYear?: number;
  /** The user's corrections of column roles (0-based columns), applied to every table read. */
  columns?: Partial<Record<Role, number>>;
}

/** Widest table we look at; appendix tables have a dozen columns, not hundreds. */
const MAX_COLUMNS = 64;

interface FoundTable {
  grid: Grid;
  header: Header;
  rows: TableRows;
  titleText: string;
  deadlineYears: number[];
}

function textRows(grid: Grid, from: number, to: number): string {
  const parts: string[] = [];
  for (let r = Math.max(0, from); r < to; r++) for (const cell of grid.rows[r] ?? []) if (cell) parts.push(cellText(cell));
  return parts.join(' ');
}

function findTables(grid: Grid, corrections: Partial<Record<Role, number>> | undefined): FoundTable[] {
  const view = new MergedView(grid);
  const width = Math.min(columnCount(grid), MAX_COLUMNS);
  const found: FoundTable[] = [];
  let titleFrom = 0;
  let pending: Header | null = null;
  for (let row = 0; row < grid.rows.length; row++) {
    const detected = pending ?? headerAt(view, row, width);
    pending = null;
    if (!detected) continue;
    const header = corrections ? correctColumns(detected, corrections) : detected;
    const rows = readRows(view, header, width);
    // Years the deadlines write themselves; with plan year 0 a year-less phrase is marked yearFromPlan and left out.
    const deadlineYears = rows.tasks.flatMap(({ values }) => {
      const deadline = readDeadline(values.deadline, 0);
      return deadline.due && !deadline.yearFromPlan ? [yearOf(deadline.due)] : [];
    });
    found.push({ grid, header, rows, titleText: textRows(grid, titleFrom, header.rows[0]!), deadlineYears });
    titleFrom = rows.lastRow + 1;
    pending = rows.nextHeader;
    row = pending ? pending.rows[0]! - 1 : rows.lastRow;
  }
  return found;
}

function cellString(cell: Cell | undefined): string {
  return cell ? nfc(joinLines(cellText(cell))) : '';
}

/**
 * Finds every appendix table in the workbook and reads its tasks: units split, deadlines read
 * against the plan's year, status and state at the cut-off date.
 */
export function recogniseWorkbook(workbook: Workbook, options: RecogniseOptions): AppendixTable[] {
  const sheets = options.sheet === undefined ? workbook.sheets : workbook.sheets.filter((s) => s.name === options.sheet);
  const found = sheets.flatMap((grid) => findTables(grid, options.columns));
  const workbookYears = found.flatMap((t) => t.deadlineYears);
  const units = new Map<string, Unit[]>();
  // Only text names units: an error value in a unit cell is a formula error, not a unit called "#REF!".
  const unitsOf = (cell: Cell | undefined): Unit[] => {
    const text = cell?.kind === 'text' ? cell.text : '';
    let list = units.get(text);
    if (!list) units.set(text, (list = text.trim() ? splitUnits(text) : []));
    return list;
  };

  return found.map(({ grid, header, rows, titleText, deadlineYears }) => {
    const planYear = inferPlanYear({ titleText, deadlineYears }, workbookYears, yearOf(options.asOf), options.planYear);
    const hasStatus = header.columns.status !== undefined || header.columns.completed !== undefined;
    const tasks: Task[] = rows.tasks.map(({ rows: taskRows, values, section }) => {
      const deadline = readDeadline(values.deadline, planYear);
      const status = hasStatus ? readStatus(values.status, values.completed) : NOT_REPORTED;
      return {
        row: taskRows[0]!,
        rows: taskRows,
        stt: cellString(values.stt) || null,
        section,
        group: section === null ? null : rows.sections[section]!.label,
        text: cellString(values.task),
        lead: unitsOf(values.lead),
        support: unitsOf(values.support),
        deadline,
        status,
        state: taskState(deadline, status, options.asOf),
        values,
      };
    });
    return {
      sheet: grid.name,
      headerRows: header.rows,
      columns: header.columns,
      lastRow: rows.lastRow,
      title: titleText,
      planYear,
      sections: rows.sections,
      tasks,
    };
  });
}
