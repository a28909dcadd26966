/** How a parsed deadline is described to a person checking what phuluc understood (describeDeadline.ts). */
import type { Recurrence } from '../../deadline/types';

const every: Record<Recurrence, string> = {
  day: 'hằng ngày',
  week: 'hằng tuần',
  month: 'hằng tháng',
  quarter: 'hằng quý',
  half: '6 tháng một lần',
  year: 'hằng năm',
};

export const deadlines = {
  every,
  /** A deadline whose cell also writes a day limit. */
  withLimit: (text: string, limit: string) => `${text}; ô còn ghi hạn ${limit}`,
  /** Said after a due day when the year was taken from the plan. */
  yearFromPlan: ' (năm của kế hoạch)',
  range: (start: string, due: string, fromPlan: string) => `từ ${start} đến ${due} (hạn ${due})${fromPlan}`,
  due: (due: string, fromPlan: string) => `hạn ${due}${fromPlan}`,
  ongoing: (due: string) => `mốc đầu ${due}, tiếp tục các năm sau`,
  /** A recurring deadline that does not say how often. */
  everyUnknown: 'thường xuyên',
  recurring: (every: string) => `định kỳ (${every}): không tính quá hạn`,
  conditional: 'khi có điều kiện hoặc hướng dẫn: chưa có ngày',
  start: (start: string) => `bắt đầu từ ${start}, không phải hạn hoàn thành`,
  /** `month` is "MM/YYYY". */
  sessionIn: (month: string, due: string) => `tại kỳ họp trong tháng ${month} (hạn ${due})`,
  session: 'tại kỳ họp: chưa có ngày cụ thể',
  reference: 'theo văn bản khác: chưa có ngày',
  empty: 'chưa có thời hạn',
  statusSentence: 'ghi tình hình thực hiện, không phải thời hạn',
  unknown: 'không đọc được',
};
