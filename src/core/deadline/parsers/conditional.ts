import type { DeadlineFamily } from '../types';

/**
 * "Theo hướng dẫn của ...", "Theo chỉ đạo của ...", "Khi có hướng dẫn ...", "Khi có phát sinh",
 * "Ngay sau khi ...", "Sau khi có Quy chế của TW", "Tùy tình hình thực tế": no date until something
 * happens; a time counted from an event ("Trong vòng 30 ngày kể từ ngày ký", "15 ngày làm việc sau
 * khi nhận hồ sơ").
 */
export const conditional: DeadlineFamily = {
  name: 'conditional',
  kind: 'conditional',
  pattern:
    /theo (?:huong dan|chi dao|yeu cau|ke hoach|lo trinh|quy dinh|tien do|thong bao|tinh hinh|thuc te|nhu cau|de nghi|dieu kien)|(?<![a-z])khi\b|tuy (?:theo|thuoc|tinh hinh)|can cu (?:tinh hinh|thuc te|tien do|yeu cau)|(?<![a-z])(?:neu|truong hop) (?:co|duoc|phat sinh)|phat sinh|(?<![\d/.])\d{1,3} (?:ngay|tuan|thang)(?: lam viec)?,? (?:ke tu|sau|tu khi|truoc khi|tinh tu)/,
  words: ['theo', 'huong', 'trinh', 'thong', 'hoach', 'tien', 'thuc', 'duoc', 'thuoc', 'kien', 'phat', 'sinh', 'tinh', 'hinh', 'truong'],
  form: { vi: '"theo hướng dẫn/khi có"', en: 'conditional' },
  examples: [
    'Khi có phát sinh',
    'Theo hướng dẫn của Bộ Công an',
    'Theo chỉ đạo của thành phố',
    'Khi có hướng dẫn của Bộ Xây dựng',
    'Ngay sau khi Chủ tịch UBND thành phố công bố',
    'Sau khi có Quy chế của TW',
    'Theo kế hoạch của Bộ Công an',
    'Theo lộ trình của Trung ương',
    'Theo thông báo của Bộ',
    'Theo tiến độ của dự án',
    'Theo thực tế',
    'Theo điều kiện của địa phương',
    'Tùy tình hình thực tế',
    'Tùy thuộc vào nguồn vốn',
    'Nếu được bố trí kinh phí',
    'Trường hợp có phát sinh',
    'Trong vòng 30 ngày kể từ ngày ký',
  ],
  read: () => ({ due: null, yearFromPlan: false }),
};
