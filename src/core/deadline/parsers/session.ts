import type { DeadlineFamily } from '../types';
import { monthPeriod } from '../periods';

/**
 * A council or government session: "Kỳ họp giữa năm 2026", "Kỳ họp cuối năm", "Kỳ họp gần nhất
 * 2026", "Kỳ họp thứ 9", "Phiên họp thường kỳ tháng 6/2025". The task is due at that session,
 * whose day the plan does not know: no due day is guessed. Only a month the cell writes ("Kỳ họp
 * chuyên đề tháng 5/2026") gives one, the month's last day. The phrase runs to the end of its
 * sentence.
 */
export const session: DeadlineFamily = {
  name: 'session',
  kind: 'session',
  pattern: /(?<![a-z])(?:ky|phien) hop\b(?:[^;.]|\.(?=\d))*/,
  words: ['giua', 'cuoi', 'chuyen', 'nhat', 'phien', 'thuong'],
  form: null,
  examples: ['Kỳ họp giữa năm 2026', 'Kỳ họp cuối năm', 'Kỳ họp gần nhất 2026', 'Kỳ họp thứ 9', 'Kỳ họp chuyên đề tháng 5/2026', 'Phiên họp thường kỳ tháng 6/2025'],
  read: (match) => {
    const written = /thang (1[0-2]|0?[1-9]) ?(?:\/|-|nam) ?(20\d\d)/.exec(match[0]);
    if (!written) return { due: null, yearFromPlan: false };
    const { from, due } = monthPeriod(Number(written[2]), Number(written[1]));
    return { due, from, yearFromPlan: false };
  },
};
