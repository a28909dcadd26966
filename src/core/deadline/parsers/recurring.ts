import type { DeadlineFamily, Recurrence } from '../types';

const EVERY: Record<string, Recurrence> = { ngay: 'day', tuan: 'week', thang: 'month', quy: 'quarter', nam: 'year' };

/**
 * "Thường xuyên", "Thực hiện thường xuyên", "Hàng/Hằng tháng", "Hằng năm", "Mỗi quý", "Định kỳ 6
 * tháng", "6 tháng/lần", "Liên tục": never overdue as a whole. A period without a year before it
 * ("Tháng 12 hằng năm", "trước ngày 15/12 hằng năm", "Quý IV hằng năm") is joined by the yearly
 * refiner: the task recurs on it.
 */
export const recurring: DeadlineFamily = {
  name: 'recurring',
  kind: 'recurring',
  pattern:
    /thuong xuyen|(?<![a-z])(?:hang|moi) (ngay|tuan|thang|quy|nam)\b|dinh ky(?: (?:hang |moi )?(6 thang|ngay|tuan|thang|quy|nam)\b)?|(?<![a-z])(6 thang|thang|quy|nam) ?\/ ?lan\b|lien tuc/,
  words: ['thuong', 'xuyen', 'hang', 'dinh', 'tuan', 'lien', 'thang'],
  form: { vi: '"thường xuyên/hằng tháng"', en: 'recurring' },
  examples: ['Thường xuyên', 'Thực hiện thường xuyên', 'Hàng tháng', 'Hằng năm', 'Hàng quý', 'Hằng tuần', 'Định kỳ (6 tháng)', '6 tháng/lần', 'Liên tục'],
  read: (match) => {
    const unit = match[1] ?? match[2] ?? match[3];
    const every = unit === undefined ? undefined : unit === '6 thang' ? 'half' : EVERY[unit];
    return { due: null, yearFromPlan: false, ...(every ? { every } : {}) };
  },
};
