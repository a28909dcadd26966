import { yearOf } from '../calendar';
import { readDeadline } from '../deadline/readDeadline';
import { type Cell, cellText, columnCount, type Grid, type Workbook } from '../grid';
import { decidePlanYear, type DeadlineYear, type PlanYear, tablePlanYear, titleCells, workbookTitleCells } from '../planYear';
import { taskState } from '../state';
import { NOT_REPORTED, readStatus } from '../status';
import type { AppendixTable, Task } from '../table';
import { joinLines, nfc } from '../text';
import { type LeadCell, readLeadCell, splitUnits, type Unit } from '../units';
import type { Role } from '../roles';
import { correctColumns, type Header, headerAt } from './findHeader';
import { MergedView } from './mergedView';
import { readRows, type TableRows } from './readRows';
import { shownDeadline } from './shownDate';
import { guessStatusColumn } from './statusColumn';

export interface RecogniseOptions {
  /** Cut-off date (ISO day) the states are computed at. */
  asOf: string;
  /** Only this sheet. */
  sheet?: string;
  /**
   * The plan's year when the user knows it better than the workbook (a number), or the workbook's
   * year already decided by `planYearOf` over sheets this call does not see (the pane reads one sheet).
   */
  planYear?: number | PlanYear;
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
  /** Rows [from, to) above the header: the table's title rows. */
  titleRows: [number, number];
  /** Deadlines that write their year themselves. */
  deadlineYears: DeadlineYear[];
  /** Roles read from the cells rather than the header (the status column). */
  guessed: Role[];
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
    let header = corrections ? correctColumns(detected, corrections) : detected;
    let rows = readRows(view, header, width);
    const guessed: Role[] = [];
    const guess = guessStatusColumn(view, header, rows, width, corrections);
    if (guess) {
      header = guess.header;
      rows = readRows(view, header, width);
      guessed.push('status');
    }
    // Years the deadlines write themselves; with plan year 0 a year-less phrase is marked yearFromPlan and left out.
    const deadlineCol = header.columns.deadline;
    const deadlineYears = rows.tasks.flatMap(({ values, rows: taskRows }): DeadlineYear[] => {
      const deadline = readDeadline(shownDeadline(values.deadline), 0);
      if (!deadline.due || deadline.yearFromPlan || deadlineCol === undefined) return [];
      return [{ sheet: grid.name, row: taskRows[0], col: deadlineCol, text: deadline.text, year: yearOf(deadline.due) }];
    });
    const titleRows: [number, number] = [titleFrom, header.rows[0]];
    found.push({ grid, header, rows, titleText: textRows(grid, titleFrom, header.rows[0]), titleRows, deadlineYears, guessed });
    titleFrom = rows.lastRow + 1;
    pending = rows.nextHeader;
    row = pending ? pending.rows[0] - 1 : rows.lastRow;
  }
  return found;
}

function cellString(cell: Cell | undefined): string {
  return cell ? nfc(joinLines(cellText(cell))) : '';
}

function yearOfTables(sheets: readonly Grid[], tables: readonly FoundTable[], asOf: string, planYear: number | undefined): PlanYear {
  const titleRows = new Map<string, [number, number][]>();
  for (const table of tables) titleRows.set(table.grid.name, [...(titleRows.get(table.grid.name) ?? []), table.titleRows]);
  const evidence = { titles: workbookTitleCells(sheets, titleRows), deadlines: tables.flatMap((t) => t.deadlineYears) };
  return decidePlanYear(evidence, { asOf, planYear });
}

/**
 * The plan's year from the whole workbook, with where it came from (planYear.ts gives the order).
 * The pane, which reads one sheet to check it, gets the same year as the command line by calling
 * this over the workbook's sheets (a sheet read only for its top rows still gives its title) and
 * passing the result as `planYear` to `checkWorkbook` / `recogniseWorkbook`.
 */
export function planYearOf(workbook: Workbook, options: { asOf: string; planYear?: number; columns?: Partial<Record<Role, number>> }): PlanYear {
  return yearOfTables(
    workbook.sheets,
    workbook.sheets.flatMap((grid) => findTables(grid, options.columns)),
    options.asOf,
    options.planYear,
  );
}

/**
 * Finds every appendix table in the workbook and reads its tasks: units split, deadlines read
 * against the plan's year, status and state at the cut-off date.
 */
export function recogniseWorkbook(workbook: Workbook, options: RecogniseOptions): AppendixTable[] {
  // Every sheet's tables give the plan year, even when only one sheet is read for its tasks.
  const all = workbook.sheets.flatMap((grid) => findTables(grid, options.sheet === undefined || grid.name === options.sheet ? options.columns : undefined));
  const workbookYear = typeof options.planYear === 'object' ? options.planYear : yearOfTables(workbook.sheets, all, options.asOf, options.planYear);
  const found = options.sheet === undefined ? all : all.filter((t) => t.grid.name === options.sheet);
  const units = new Map<string, Unit[]>();
  const leadCells = new Map<string, LeadCell>();
  // Only text names units: an error value in a unit cell is a formula error, not a unit called "#REF!".
  const textOf = (cell: Cell | undefined): string => (cell?.kind === 'text' ? cell.text : '');
  const unitsOf = (cell: Cell | undefined): Unit[] => {
    const text = textOf(cell);
    let list = units.get(text);
    if (!list) units.set(text, (list = text.trim() ? splitUnits(text) : []));
    return list;
  };
  // A lead cell written as a sentence ("Sở KH&CN chủ trì ...; các sở, ngành phối hợp") also names support units.
  const leadOf = (cell: Cell | undefined): LeadCell => {
    const text = textOf(cell);
    let read = leadCells.get(text);
    if (!read) {
      read = text.trim() ? readLeadCell(text) : { lead: [], support: [] };
      // A lead cell whose sentence names only "phối hợp" units ("Sở A phối hợp Sở B"): they lead, as
      // splitUnits reads such a cell, rather than a lead column read as empty.
      if (!read.lead.length) read = { lead: read.support, support: [] };
      leadCells.set(text, read);
    }
    return read;
  };
  const withoutRepeats = (list: readonly Unit[]): Unit[] => [...new Map(list.map((unit) => [unit.key, unit])).values()];

  return found.map(({ grid, header, rows, titleText, titleRows, guessed }) => {
    const planYearSource = tablePlanYear(workbookYear, titleCells(grid, ...titleRows));
    const planYear = planYearSource.year;
    const hasStatus = header.columns.status !== undefined || header.columns.completed !== undefined;
    const tasks: Task[] = rows.tasks.map(({ rows: taskRows, values, section }) => {
      const deadline = readDeadline(shownDeadline(values.deadline), planYear);
      const status = hasStatus ? readStatus(values.status, values.completed) : NOT_REPORTED;
      return {
        row: taskRows[0],
        rows: taskRows,
        stt: cellString(values.stt) || null,
        section,
        group: section === null ? null : (rows.sections[section]?.label ?? null),
        text: cellString(values.task),
        lead: leadOf(values.lead).lead,
        support: leadOf(values.lead).support.length ? withoutRepeats([...unitsOf(values.support), ...leadOf(values.lead).support]) : unitsOf(values.support),
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
      planYearSource,
      sections: rows.sections,
      tasks,
      ...(guessed.length > 0 ? { guessed } : {}),
    };
  });
}
