import { lastDayOfMonthIso } from '../../calendar';
import type { DeadlineParser } from '../types';

/** "2025 và những năm tiếp theo", "Năm 2025 và các năm tiếp theo", "từ 2025 trở đi": first milestone 31/12 of that year. */
export const ongoing: DeadlineParser = {
  kind: 'ongoing',
  pattern: /(?:nam )?(20\d\d) (?:va (?:nhung|cac) nam (?:tiep theo|sau)|tro di|tro ve sau)/,
  read: (match) => ({ due: lastDayOfMonthIso(Number(match[1]), 12), yearFromPlan: false }),
};
