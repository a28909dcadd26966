import type { DeadlineFamily } from '../types';

/**
 * Phrases that name a time too loosely to give a day, so they must not fall back on a year they
 * mention: "Giữa năm 2026" (June? July?), "Sớm nhất có thể", "Càng sớm càng tốt". Not understood,
 * reported as UNPARSED_DEADLINE, rather than read as 31/12/2026.
 */
export const vague: DeadlineFamily = {
  name: 'vague',
  kind: 'unknown',
  pattern: /(?<![a-z])giua (?:nam|quy|thang)|som nhat|cang som|ngay khi co the|chua xac dinh|chua co thoi (?:gian|han)/,
  words: ['giua', 'nhat', 'dinh'],
  form: null,
  examples: ['Giữa năm 2026', 'Sớm nhất có thể', 'Chưa xác định'],
  read: () => ({ due: null, yearFromPlan: false }),
};
