import { lastDayOfMonthIso } from '../../calendar';
import type { DeadlineParser } from '../types';

/**
 * "2025", "Năm 2025", "Trong năm 2025", "giai đoạn 2021-2025" → 31/12 of the (last) year. A year
 * inside a broken date ("11/30/2025") is not a year deadline.
 */
export const year: DeadlineParser = {
  kind: 'year',
  pattern: /(?<![\d/.-])(?:giai doan )?(?:20\d\d ?- ?)?(?:nam )?(20\d\d)(?![\d/])/,
  read: (match) => ({ due: lastDayOfMonthIso(Number(match[1]), 12), yearFromPlan: false }),
};
