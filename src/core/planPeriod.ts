/** The period a plan says it covers, from its title rows: "từ 01/9/2025 đến 31/12/2025", "giai đoạn 2021-2025", "năm 2025". */
import { DAY_IN_DIGITS, writtenDayOf } from './calendar';
import { withoutOtherYears } from './planYear';
import { fold } from './text';

export interface PlanPeriod {
  start: string;
  end: string;
}

/** "từ (ngày) 01/9/2025 đến (ngày) 31/12/2025", folded. */
const RANGE = new RegExp(`tu (?:ngay )?${DAY_IN_DIGITS} den (?:ngay )?${DAY_IN_DIGITS}`);

export function planPeriod(title: string): PlanPeriod | null {
  const text = fold(title);
  const range = RANGE.exec(text);
  if (range) {
    const start = writtenDayOf(range, 1);
    const end = writtenDayOf(range, 4);
    if (start && end && start <= end) return { start, end };
  }
  const span = /giai doan (20\d\d)\s*-\s*(20\d\d)/.exec(text);
  if (span) return { start: `${span[1]}-01-01`, end: `${span[2]}-12-31` };
  // "năm 2025" is the plan's year; "năm 2025 và những năm tiếp theo" has no end; a horizon
  // ("đến năm 2030") and a cited document's date ("ngày 22 tháng 12 năm 2024") are not the plan's.
  const year = /\bnam (20\d\d)\b(?! va (?:nhung|cac) nam)/.exec(withoutOtherYears(title));
  return year ? { start: `${year[1]}-01-01`, end: `${year[1]}-12-31` } : null;
}
