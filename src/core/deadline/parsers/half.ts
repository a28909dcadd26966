import type { DeadlineFamily } from '../types';
import { monthPeriod, yearOr } from '../periods';

/** "6 tháng đầu năm 2025" → 30/06; "6 tháng cuối năm" / "nửa cuối năm" → 31/12. */
export const half: DeadlineFamily = {
  name: 'half',
  kind: 'half',
  pattern: /(?:6 thang|sau thang|nua) (dau|cuoi) nam(?: (20\d\d))?/,
  words: ['thang', 'cuoi'],
  form: { vi: '6 tháng', en: 'half year' },
  examples: ['6 tháng đầu năm 2025', '6 tháng cuối năm', 'nửa đầu năm 2025'],
  read: (match, planYear) => {
    const { year, yearFromPlan } = yearOr(match[2], planYear);
    const first = match[1] === 'dau';
    return { due: monthPeriod(year, first ? 6 : 12).due, from: monthPeriod(year, first ? 1 : 7).from, yearFromPlan };
  },
};
