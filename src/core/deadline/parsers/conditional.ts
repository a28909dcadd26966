import type { DeadlineParser } from '../types';

/**
 * "Theo hướng dẫn của ...", "Theo chỉ đạo của ...", "Khi có hướng dẫn ...", "Khi có phát sinh",
 * "Ngay sau khi ...", "Sau khi có Quy chế của TW", "Tùy tình hình thực tế": no date until something
 * happens; a time counted from an event ("Trong vòng 30 ngày kể từ ngày ký", "15 ngày làm việc sau
 * khi nhận hồ sơ").
 */
export const conditional: DeadlineParser = {
  name: 'conditional',
  kind: 'conditional',
  pattern:
    /theo (?:huong dan|chi dao|yeu cau|ke hoach|lo trinh|quy dinh|tien do|thong bao|tinh hinh|thuc te|nhu cau|de nghi|dieu kien)|(?<![a-z])khi\b|tuy (?:theo|thuoc|tinh hinh)|can cu (?:tinh hinh|thuc te|tien do|yeu cau)|(?<![a-z])(?:neu|truong hop) (?:co|duoc|phat sinh)|phat sinh|(?<![\d/.])\d{1,3} (?:ngay|tuan|thang)(?: lam viec)?,? (?:ke tu|sau|tu khi|truoc khi|tinh tu)/,
  words: ['theo', 'huong', 'dan', 'chi', 'dao', 'khi', 'sau', 'yeu', 'cau', 'trinh', 'quyet', 'thong', 'bao', 'hoach', 'tien', 'duoc', 'thuoc', 'kien', 'phat', 'sinh', 'tinh', 'hinh'],
  read: () => ({ due: null, yearFromPlan: false }),
};
