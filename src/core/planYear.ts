/**
 * The plan's year, for deadlines that carry none ("Quý IV", "Hàng tháng", "Tháng 10"), decided from
 * the whole workbook so that the command line and the pane agree whatever sheet they start from.
 * In order:
 *
 * 1. `setting`: the year the user set (--plan-year, the pane's setting);
 * 2. `title`: "năm 2025" in the title rows of any sheet (above each table, or the top rows of a
 *    sheet without one: a cover sheet), the first in workbook order; not a scheme's horizon
 *    ("tầm nhìn đến năm 2030", "giai đoạn 2021 - 2025") nor a date ("ngày 12 tháng 6 năm 2025");
 * 3. `deadlines`: the year most of the workbook's deadlines write themselves;
 * 4. `issueDate`: the plan's date in its title rows ("Hải Phòng, ngày 12 tháng 6 năm 2025", "Kèm
 *    theo Kế hoạch số 01/KH-UBND ngày 18/4/2025");
 * 5. `title` again: any other year written in the title rows;
 * 6. `cutOff`: the cut-off date's year.
 *
 * A table whose own title rows say "năm 2026" takes that year whatever the workbook says.
 */
import type { Language } from './findings';
import { DAY_IN_DIGITS, DAY_IN_WORDS } from './calendar';
import { a1, type Grid, isoToVietnamese } from './grid';
import { TEXT } from './i18n';
import { fold } from './text';

export type PlanYearFrom = 'setting' | 'title' | 'deadlines' | 'issueDate' | 'cutOff';

/** The plan year and where it came from, for the pane and the command line to show. */
export interface PlanYear {
  year: number;
  from: PlanYearFrom;
  /** What was read: the title or date line, a deadline with that year, the setting, the cut-off date. */
  text: string;
  /** "Sheet!A1" of that text, or null for the setting and the cut-off date. */
  cell: string | null;
  /** From the deadlines: how many of them write this year, out of how many write a year. */
  count?: { matching: number; total: number };
}

/** A text cell of the workbook that may state the year. */
export interface YearCell {
  sheet: string;
  row: number;
  col: number;
  text: string;
}

/** A deadline that writes its year itself ("Tháng 9/2025", a real date), with that year. */
export interface DeadlineYear extends YearCell {
  year: number;
}

export interface PlanYearEvidence {
  /** Title cells, in workbook order (sheet by sheet, row by row). */
  titles: YearCell[];
  deadlines: DeadlineYear[];
}

/** Rows of a sheet without a table that can hold its title (a cover sheet's letterhead and title). */
const COVER_ROWS = 30;
/** Longest text shown as where the year came from. */
const SHOWN = 120;

function shown(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > SHOWN ? `${line.slice(0, SHOWN - 1)}…` : line;
}

/** The text cells of rows [from, to) of a sheet. */
export function titleCells(grid: Grid, from: number, to: number): YearCell[] {
  const cells: YearCell[] = [];
  for (let row = Math.max(0, from); row < Math.min(to, grid.rows.length); row++) {
    (grid.rows[row] ?? []).forEach((cell, col) => {
      if (cell?.kind === 'text' && cell.text.trim()) cells.push({ sheet: grid.name, row, col, text: cell.text });
    });
  }
  return cells;
}

/**
 * The title cells of a workbook: those above each table (`titleRows`, per sheet), then the top rows
 * of the sheets without a table (a cover sheet with the plan's letterhead and title).
 */
export function workbookTitleCells(sheets: readonly Grid[], titleRows: ReadonlyMap<string, readonly [number, number][]>): YearCell[] {
  const ranges = (grid: Grid) => titleRows.get(grid.name) ?? [];
  return [
    ...sheets.flatMap((grid) => ranges(grid).flatMap(([from, to]) => titleCells(grid, from, to))),
    ...sheets.filter((grid) => ranges(grid).length === 0).flatMap((grid) => titleCells(grid, 0, COVER_ROWS)),
  ];
}

const DATE_WORDS = new RegExp(DAY_IN_WORDS, 'g');
/** "ngày 12 tháng 6 năm 2025", "Kèm theo Kế hoạch số 01/KH-UBND ngày 18/4/2025", "Hải Phòng, ngày 12/6/2025" (folded): the year only, group 3. */
const ISSUE_DATES = [new RegExp(DAY_IN_WORDS), new RegExp(String.raw`\bso\s+\S+.*?\bngay\s+${DAY_IN_DIGITS}`), new RegExp(String.raw`,\s*ngay\s+${DAY_IN_DIGITS}`)];

/** The folded text without what is not the plan's own year: a scheme's horizon and period, written-out dates, a cut-off date. */
export function withoutOtherYears(text: string): string {
  return fold(text)
    .replace(/(?:tam nhin|dinh huong)?\s*den nam \d{4}/g, ' ')
    .replace(/giai doan \d{4}\s*-\s*\d{4}/g, ' ')
    .replace(new RegExp(String.raw`tinh den (?:het )?ngay\s*${DAY_IN_DIGITS}`, 'g'), ' ')
    .replace(DATE_WORDS, ' ');
}

function where(cell: YearCell): string {
  return `${cell.sheet}!${a1(cell.row, cell.col)}`;
}

/** "năm 2025" in title cells: the first one, as the plan year. */
export function titleYear(titles: readonly YearCell[]): PlanYear | null {
  for (const cell of titles) {
    const match = /\bnam (20\d\d)\b/.exec(withoutOtherYears(cell.text));
    if (match) return { year: Number(match[1]), from: 'title', text: shown(cell.text), cell: where(cell) };
  }
  return null;
}

function issueYear(titles: readonly YearCell[]): PlanYear | null {
  for (const cell of titles) {
    const folded = fold(cell.text);
    // "Số liệu tính đến ngày 14/11/2025" is a cut-off date (phuluc writes it on its own sheets), not the plan's issue date.
    if (/\bso lieu\b|\btinh den ngay\b/.test(folded)) continue;
    const year = ISSUE_DATES.map((pattern) => pattern.exec(folded)?.[3]).find((written) => written?.startsWith('20'));
    if (year) return { year: Number(year), from: 'issueDate', text: shown(cell.text), cell: where(cell) };
  }
  return null;
}

function anyTitleYear(titles: readonly YearCell[]): PlanYear | null {
  for (const cell of titles) {
    const match = /\b(20\d\d)\b/.exec(withoutOtherYears(cell.text));
    if (match) return { year: Number(match[1]), from: 'title', text: shown(cell.text), cell: where(cell) };
  }
  return null;
}

function mostFrequent(years: readonly number[]): number | null {
  const counts = new Map<number, number>();
  let best: { year: number; count: number } | null = null;
  for (const year of years) {
    const count = (counts.get(year) ?? 0) + 1;
    counts.set(year, count);
    if (best === null || count > best.count || (count === best.count && year < best.year)) best = { year, count };
  }
  return best?.year ?? null;
}

function deadlineYear(deadlines: readonly DeadlineYear[]): PlanYear | null {
  const year = mostFrequent(deadlines.map((d) => d.year));
  const first = deadlines.find((d) => d.year === year);
  if (year === null || !first) return null;
  const matching = deadlines.filter((d) => d.year === year).length;
  return { year, from: 'deadlines', text: shown(first.text), cell: where(first), count: { matching, total: deadlines.length } };
}

export interface PlanYearOptions {
  /** Cut-off date (ISO day): its year is the last resort. */
  asOf: string;
  /** The year the user set. */
  planYear?: number;
}

/** The workbook's plan year from its evidence (see the module's comment for the order). */
export function decidePlanYear(evidence: PlanYearEvidence, options: PlanYearOptions): PlanYear {
  if (options.planYear !== undefined) return { year: options.planYear, from: 'setting', text: String(options.planYear), cell: null };
  return (
    titleYear(evidence.titles) ??
    deadlineYear(evidence.deadlines) ??
    issueYear(evidence.titles) ??
    anyTitleYear(evidence.titles) ?? { year: Number(options.asOf.slice(0, 4)), from: 'cutOff', text: isoToVietnamese(options.asOf), cell: null }
  );
}

/** A table's year: its own title's "năm ..." when it states one (unless the user set the year), else the workbook's. */
export function tablePlanYear(workbookYear: PlanYear, ownTitle: readonly YearCell[]): PlanYear {
  if (workbookYear.from === 'setting') return workbookYear;
  return titleYear(ownTitle) ?? workbookYear;
}

/**
 * The year from one title text and the deadline years alone, for a plan that is not a workbook
 * (an imported Word document): title "năm ...", deadlines, issue date, any year, `fallbackYear`.
 */
export function inferPlanYear(table: { titleText: string; deadlineYears: number[] }, workbookDeadlineYears: readonly number[], fallbackYear: number, userYear?: number): number {
  const titles: YearCell[] = [{ sheet: '', row: 0, col: 0, text: table.titleText }];
  const years = table.deadlineYears.length > 0 ? table.deadlineYears : [...workbookDeadlineYears];
  const deadlines = years.map((year) => ({ sheet: '', row: 0, col: 0, text: String(year), year }));
  return decidePlanYear({ titles, deadlines }, { asOf: `${fallbackYear}-12-31`, planYear: userYear }).year;
}

/**
 * A year with where it came from, in words: "2025 (tiêu đề: "KẾ HOẠCH ... NĂM 2025", Phụ lục!A2)",
 * "2025 (thời hạn các nhiệm vụ: 28/30 thời hạn ghi năm 2025, như "Tháng 9/2025" ở Phụ lục II!F11)".
 */
export function describePlanYear(planYear: PlanYear, lang: Language): string {
  const from = TEXT[lang].reading.planYearFrom[planYear.from];
  if (planYear.from === 'setting' || planYear.from === 'cutOff') return `${planYear.year} (${from})`;
  if (planYear.count) {
    const { matching, total } = planYear.count;
    return TEXT[lang].reading.planYearCounted({ year: planYear.year, from, matching, total, text: planYear.text, cell: planYear.cell });
  }
  return `${planYear.year} (${from}: "${planYear.text}"${planYear.cell ? `, ${planYear.cell}` : ''})`;
}
