import { lastDayOfQuarterIso } from '../../calendar';
import type { DeadlineParser } from '../types';

const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** "Quý IV", "Quý III/2025", "quý 2 năm 2025", "đầu năm 2026" (first quarter) → last day of the quarter. */
export const quarter: DeadlineParser = {
  kind: 'quarter',
  pattern: /quy (iv|i{1,3}|[1-4])(?![a-z0-9])(?: ?(?:\/|-|nam) ?(20\d\d))?|dau nam (20\d\d)/,
  read: (match, planYear) => {
    if (match[3]) return { due: lastDayOfQuarterIso(Number(match[3]), 1), yearFromPlan: false };
    const year = match[2] ? Number(match[2]) : planYear;
    return { due: lastDayOfQuarterIso(year, QUARTERS[match[1]!]!), yearFromPlan: !match[2] };
  },
};
