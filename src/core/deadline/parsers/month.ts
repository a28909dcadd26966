import { lastDayOfMonthIso } from '../../calendar';
import type { DeadlineParser } from '../types';

/** "Tháng 4/2025", "tháng 6 năm 2025", "Tháng 10" (plan year), "04/2025" → last day of the month. */
export const month: DeadlineParser = {
  kind: 'month',
  pattern: /thang (\d{1,2})(?: ?(?:\/|-|nam) ?(20\d\d))?(?![\d/])|(?<![\d/.-])(\d{1,2}) ?\/ ?(20\d\d)(?![\d/])/,
  read: (match, planYear) => {
    const monthNumber = Number(match[1] ?? match[3]);
    if (monthNumber < 1 || monthNumber > 12) return null;
    const written = match[2] ?? match[4];
    const year = written ? Number(written) : planYear;
    return { due: lastDayOfMonthIso(year, monthNumber), yearFromPlan: !written };
  },
};
