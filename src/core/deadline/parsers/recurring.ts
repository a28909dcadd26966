import type { DeadlineParser } from '../types';

/** "Thường xuyên", "Thực hiện thường xuyên", "Hàng tháng", "Hằng năm", "Định kỳ": never overdue as a whole. */
export const recurring: DeadlineParser = {
  kind: 'recurring',
  pattern: /thuong xuyen|hang (?:ngay|tuan|thang|quy|nam)\b|dinh ky|lien tuc/,
  read: () => ({ due: null, yearFromPlan: false }),
};
