import type { DeadlineFamily } from '../types';

/** Verbs a unit uses to report what it did or asks for; "đã" only before one of them ("tối đa" is no status). */
const DONE_VERBS =
  'hoan thanh|hoan tat|xong|trinh|ban hanh|gui|thuc hien|trien khai|co van ban|duoc|lay y kien|xin|bao cao|tham dinh|ky|phe duyet|thong qua|to chuc|xay dung|tiep nhan|chuyen|dang ky|hop|ra soat|du thao';

/**
 * A sentence about the task's progress typed into the deadline column: "Đã trình UBND tỉnh",
 * "Đang lấy ý kiến", "Chưa thực hiện", "Công an tỉnh đề nghị chuyển sang Kỳ họp giữa năm 2026",
 * "Xin lùi thời gian", a bare "Hoàn thành". No due day is read from it (a day in it is the day
 * something was done, not the deadline); the rule STATUS_IN_DEADLINE reports it. "Chưa xác định"
 * is no status: it says there is no deadline, and stays not understood.
 */
export const status: DeadlineFamily = {
  name: 'status',
  kind: 'unknown',
  pattern: new RegExp(
    String.raw`(?<![a-z])(?:da (?:${DONE_VERBS})\b|dang (?!ky\b|tai\b|tin\b|bai\b|cong bao\b)[a-z]+|chua (?!xac dinh|ro\b|co thoi)[a-z]+|de nghi|kien nghi|xin (?:lui|gia han|dieu chinh|chuyen|rut|dung|hoan|keo dai)|gia han|lui (?:thoi gian|tien do|thoi han|den|sang|lai)|dieu chinh (?:thoi gian|tien do|sang|den)|chuyen sang|tam dung|tam hoan|dung (?:thuc hien|xay dung|trien khai|ban hanh)|khong (?:thuc hien|ban hanh|xay dung|trien khai)|rut (?:khoi|ra|ten))` +
      String.raw`|^(?:da )?(?:hoan thanh|hoan tat|xong|ht)$`,
  ),
  words: ['nghi', 'trinh', 'xong', 'chuyen', 'sang', 'dang', 'chua', 'dieu', 'chinh', 'hoan', 'thanh'],
  form: null,
  examples: [
    'Đã trình UBND tỉnh',
    'Công an tỉnh đề nghị chuyển sang Kỳ họp giữa năm 2026',
    'Đang lấy ý kiến góp ý',
    'Chưa thực hiện',
    'Điều chỉnh thời gian sang năm 2026',
    'Đã xong',
    'Hoàn thành',
  ],
  read: () => ({ due: null, yearFromPlan: false, statusSentence: true }),
};
