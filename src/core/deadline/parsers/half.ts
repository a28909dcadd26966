import { lastDayOfMonthIso } from '../../calendar';
import type { DeadlineParser } from '../types';

/** "6 tháng đầu năm 2025" → 30/06; "6 tháng cuối năm" / "nửa cuối năm" → 31/12. */
export const half: DeadlineParser = {
  kind: 'half',
  pattern: /(?:6 thang|sau thang|nua) (dau|cuoi) nam(?: (20\d\d))?/,
  read: (match, planYear) => {
    const year = match[2] ? Number(match[2]) : planYear;
    return { due: lastDayOfMonthIso(year, match[1] === 'dau' ? 6 : 12), yearFromPlan: !match[2] };
  },
};
