import { isoDay } from '../../calendar';
import type { DeadlineFamily } from '../types';

/** dd/mm(/yyyy), also with "." or "-"; never inside a longer number ("2025-2026", "326/TB"). */
const DAY = String.raw`(?<![\d/.])(\d{1,2}) ?[/.-] ?(\d{1,2})(?: ?[/.-] ?(\d{4}|\d{2}))?(?![\d/])`;
/** "ngày 15 tháng 6 (năm 2025)", "ngày 15 tháng 6/2025", or "15 tháng 6 năm 2025"; never "Đợt 1 tháng 6/2025". */
const WORDY_DAY = String.raw`(?:ngay (\d{1,2}) thang (\d{1,2})(?: ?(?:nam|\/|-) ?(\d{4}))?(?![\d/])|(?<![\d/.])(\d{1,2}) thang (\d{1,2}) nam (\d{4}))`;

function toIso(dayText: string, monthText: string, yearText: string | undefined, planYear: number) {
  const year = yearText === undefined ? planYear : yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  return isoDay(year, Number(monthText), Number(dayText));
}

/**
 * "30/10/2025", "Trước ngày 31/12/2025", "ngày 15 tháng 6 năm 2025", "15/12" (plan year); always
 * day first, never month first: "11/30/2025" is not a date. A range ("từ 01/9/2025 đến
 * 31/12/2025") is joined by the span refiner: the end counts.
 */
export const day: DeadlineFamily = {
  name: 'day',
  kind: 'date',
  pattern: new RegExp(`${DAY}|${WORDY_DAY}`),
  words: ['ngay'],
  form: { vi: 'ngày dd/mm/yyyy', en: 'dd/mm/yyyy day' },
  examples: ['30/10/2025', 'Trước 30/9/2025', 'Trước ngày 31/12/2025', 'ngày 15 tháng 6 năm 2025', '15/12'],
  read: (match, planYear) => {
    const [, d1, m1, y1, nd, nm, ny, wd, wm, wy] = match;
    const iso = d1 && m1 ? toIso(d1, m1, y1, planYear) : nd && nm ? toIso(nd, nm, ny, planYear) : wd && wm ? toIso(wd, wm, wy, planYear) : null;
    if (!iso) return null;
    return { due: iso, from: iso, yearFromPlan: (y1 ?? ny ?? wy) === undefined };
  },
};
