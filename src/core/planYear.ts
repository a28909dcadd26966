/**
 * The plan's year, for deadlines that carry none ("Quý IV", "Hàng tháng", "Tháng 10"). In order:
 * the year the user set; "năm 2025" in the title rows above the table (not a scheme's "tầm nhìn đến
 * năm 2030"); the year most of the
 * table's own deadlines carry; any year in the title rows (the issue date); the year most
 * deadlines in the whole workbook carry; the cut-off date's year.
 */
import { fold } from './text';

export interface PlanYearEvidence {
  titleText: string;
  /** Years written in the table's deadlines, one entry per deadline. */
  deadlineYears: number[];
}

function mostFrequent(years: readonly number[]): number | null {
  const counts = new Map<number, number>();
  let best: number | null = null;
  for (const year of years) {
    const count = (counts.get(year) ?? 0) + 1;
    counts.set(year, count);
    if (best === null || count > counts.get(best)! || (count === counts.get(best)! && year < best)) best = year;
  }
  return best;
}

export function inferPlanYear(
  table: PlanYearEvidence,
  workbookDeadlineYears: readonly number[],
  fallbackYear: number,
  userYear?: number,
): number {
  if (userYear !== undefined) return userYear;
  // The plan's own year, not the "tầm nhìn đến năm 2030" or "giai đoạn 2021 - 2025" of the scheme it serves.
  const title = fold(table.titleText)
    .replace(/tam nhin den nam \d{4}/g, '')
    .replace(/giai doan \d{4}\s*-\s*\d{4}/g, '');
  const titled = /\bnam (20\d\d)\b/.exec(title);
  if (titled) return Number(titled[1]);
  const fromDeadlines = mostFrequent(table.deadlineYears);
  if (fromDeadlines !== null) return fromDeadlines;
  const anyYear = /\b(20\d\d)\b/.exec(title);
  if (anyYear) return Number(anyYear[1]);
  return mostFrequent(workbookDeadlineYears) ?? fallbackYear;
}
