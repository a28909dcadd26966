import type { DeadlineFamily } from '../types';

const DOCUMENTS = 'ke hoach|thong bao|quyet dinh|cong van|van ban|chi thi|nghi quyet|nghi dinh|thong tu|chuong trinh|de an|ket luan|to trinh|cong dien|huong dan';

/**
 * The deadline is set in another document: "Theo Kế hoạch riêng", "Thông báo số 326/TB-TTHĐND ngày
 * 17/12/2025" (its date is the notice's, not the task's), "Theo lộ trình được giao tại Kế hoạch số
 * 02-KH/BCĐTW", "Theo Nghị quyết 57-NQ/TW". A document named without a number or "riêng" ("Theo
 * kế hoạch của Bộ Công an") is a condition.
 */
export const reference: DeadlineFamily = {
  name: 'reference',
  kind: 'reference',
  pattern: new RegExp(String.raw`(?<![a-z])(?:(?:theo|tai) (?:[a-z]+ ){0,6}?)?(?:${DOCUMENTS})(?: [a-z]+){0,2}? (?:so ?\d|\d+ ?[/-] ?[a-z]|rieng\b)`),
  words: ['theo', 'hoach', 'thong', 'quyet', 'dinh', 'chuong', 'trinh', 'nghi', 'rieng', 'luan'],
  form: null,
  examples: [
    'Theo Kế hoạch riêng',
    'Thông báo số 326/TB-TTHĐND ngày 17/12/2025',
    'Theo lộ trình được giao tại Kế hoạch số 02-KH/BCĐTW',
    'Theo Nghị quyết 57-NQ/TW',
    'Theo Quyết định số 1234/QĐ-UBND',
    'Theo Chương trình số 12/CTr-UBND',
    'Theo Kết luận số 57-KL/TW',
  ],
  read: () => ({ due: null, yearFromPlan: false }),
};
