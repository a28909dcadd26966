/**
 * Words shown to people, in Vietnamese (the default) and English, shared by the command line and
 * the task pane so both name things the same way.
 */
import type { Language, Severity } from './findings';
import type { Role } from './roles';
import type { TaskState } from './state';

type Labels<K extends string> = Record<K, Record<Language, string>>;

export const ROLE_LABELS: Labels<Role> = {
  stt: { vi: 'STT', en: 'No.' },
  task: { vi: 'Nhiệm vụ', en: 'Task' },
  lead: { vi: 'Chủ trì', en: 'Lead unit' },
  support: { vi: 'Phối hợp', en: 'Support units' },
  deadline: { vi: 'Thời hạn', en: 'Deadline' },
  expected: { vi: 'Kết quả dự kiến', en: 'Expected result' },
  note: { vi: 'Ghi chú', en: 'Note' },
  status: { vi: 'Tình hình thực hiện', en: 'Status' },
  result: { vi: 'Kết quả thực hiện', en: 'Result' },
  completed: { vi: 'Ngày hoàn thành', en: 'Completed on' },
  difficulties: { vi: 'Khó khăn, vướng mắc', en: 'Difficulties' },
  proposals: { vi: 'Đề xuất, kiến nghị', en: 'Proposals' },
  description: { vi: 'Mô tả nhiệm vụ', en: 'Task description' },
  key: { vi: 'Mã nhiệm vụ (phuluc)', en: 'Task key (phuluc)' },
};

/** The Government Office's buckets, as its reports word them. */
export const STATE_LABELS: Labels<TaskState> = {
  done_on_time: { vi: 'đã hoàn thành đúng hạn', en: 'done on time' },
  done_late: { vi: 'đã hoàn thành quá hạn', en: 'done late' },
  on_track: { vi: 'chưa hoàn thành, trong hạn', en: 'not done, within deadline' },
  overdue: { vi: 'chưa hoàn thành, quá hạn', en: 'not done, overdue' },
  recurring: { vi: 'thường xuyên', en: 'recurring' },
  no_deadline: { vi: 'chưa có thời hạn cụ thể', en: 'no fixed deadline' },
};

export const SEVERITY_LABELS: Labels<Severity> = {
  error: { vi: 'lỗi', en: 'error' },
  warning: { vi: 'cảnh báo', en: 'warning' },
  info: { vi: 'lưu ý', en: 'note' },
};

const NUMBER_LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };
const integers = { vi: new Intl.NumberFormat(NUMBER_LOCALES.vi), en: new Intl.NumberFormat(NUMBER_LOCALES.en) };
const percents = {
  vi: new Intl.NumberFormat(NUMBER_LOCALES.vi, { style: 'percent', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat(NUMBER_LOCALES.en, { style: 'percent', maximumFractionDigits: 1 }),
};

/** A count as people read it: 1.250 in Vietnamese, 1,250 in English. */
export function formatNumber(n: number, lang: Language): string {
  return integers[lang].format(n);
}

/** A share as a percentage: 66,7% in Vietnamese, 66.7% in English. */
export function formatPercent(share: number, lang: Language): string {
  return percents[lang].format(share);
}
