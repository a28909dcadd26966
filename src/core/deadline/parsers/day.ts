import { isoDay } from '../../calendar';
import type { DeadlineParser } from '../types';

const DAY = String.raw`(\d{1,2}) ?[/.-] ?(\d{1,2})(?: ?[/.-] ?(\d{4}|\d{2}))?(?![\d/])`;
const WORDY_DAY = String.raw`(?:ngay )?(\d{1,2}) thang (\d{1,2})(?: nam (\d{4}))?`;

function toIso(dayText: string, monthText: string, yearText: string | undefined, planYear: number) {
  const year = yearText === undefined ? planYear : yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  return isoDay(year, Number(monthText), Number(dayText));
}

/**
 * "30/10/2025", "Trước ngày 31/12/2025", "ngày 15 tháng 6 năm 2025", "15/12" (plan year); always
 * day first, never month first: "11/30/2025" is not a date. In a range ("từ 01/9/2025 đến
 * 31/12/2025") the end counts.
 */
export const day: DeadlineParser = {
  kind: 'date',
  pattern: new RegExp(`(?:${DAY}|${WORDY_DAY})(?: ?(?:den|-) ?(?:ngay )?${DAY})?`),
  read: (match, planYear) => {
    const [, d1, m1, y1, wd, wm, wy, d2, m2, y2] = match;
    const iso = d2 ? toIso(d2, m2!, y2, planYear) : d1 ? toIso(d1, m1!, y1, planYear) : toIso(wd!, wm!, wy, planYear);
    if (!iso) return null;
    return { due: iso, yearFromPlan: (d2 ? y2 : (y1 ?? wy)) === undefined };
  },
};
