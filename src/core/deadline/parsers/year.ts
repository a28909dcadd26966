import type { DeadlineFamily } from '../types';
import { yearPeriod } from '../periods';

/**
 * "2025", "Năm 2025", "Trong năm 2025", "Cả năm 2015", "Cuối năm 2025" → 31/12; a span of years
 * ("2026-2030", "Giai đoạn 2026 - 2030", "2025 đến 2030") → 31/12 of the last, starting 01/01 of the
 * first. "Trong năm", "Cả năm", "Cuối năm" without a year are the plan's year. A year inside a
 * broken date ("11/30/2025") is not a year deadline.
 */
export const year: DeadlineFamily = {
  name: 'year',
  kind: 'year',
  pattern: /(?<![\d/.-])(?:giai doan )?(?:nam )?(20\d\d)(?: ?(?:-|den|toi) ?(?:nam )?(20\d\d))?(?![\d/])|(?<![a-z])(?:trong|ca|cuoi) nam(?! ?(?:\d|sau|tiep|toi|truoc|nay))/,
  words: ['trong', 'giai', 'doan', 'cuoi'],
  form: { vi: 'năm', en: 'year' },
  examples: ['2025', 'Năm 2025', 'Trong năm 2025', 'Trong năm', 'Cả năm 2015', 'Cuối năm 2025', 'Cuối năm', '2026 - 2030', 'Giai đoạn 2026 - 2030'],
  read: (match, planYear) => {
    if (!match[1]) return { ...yearPeriod(planYear), yearFromPlan: true };
    const first = Number(match[1]);
    const last = match[2] ? Number(match[2]) : first;
    if (last < first) return null;
    return { due: yearPeriod(last).due, from: yearPeriod(first).from, yearFromPlan: false, ...(match[2] ? { span: true } : {}) };
  },
};
