/**
 * A deadline in words, for a person checking what phuluc understood: "Quý IV/2025- Quý II/2026" →
 * "từ 01/10/2025 đến 30/06/2026 (hạn 30/06/2026)", "Kỳ họp giữa năm 2026" → "tại kỳ họp: chưa có
 * ngày cụ thể", "Từ 01/7/2025" → "bắt đầu từ 01/07/2025, không phải hạn hoàn thành".
 */
import type { Language } from '../findings';
import { isoToVietnamese } from '../grid';
import type { Deadline, Recurrence } from './types';

const EVERY: Record<Recurrence, Record<Language, string>> = {
  day: { vi: 'hằng ngày', en: 'daily' },
  week: { vi: 'hằng tuần', en: 'weekly' },
  month: { vi: 'hằng tháng', en: 'monthly' },
  quarter: { vi: 'hằng quý', en: 'quarterly' },
  half: { vi: '6 tháng một lần', en: 'every six months' },
  year: { vi: 'hằng năm', en: 'yearly' },
};

const day = isoToVietnamese;

function withLimit(deadline: Deadline, lang: Language, text: string): string {
  if (!deadline.limit) return text;
  return lang === 'vi' ? `${text}; ô còn ghi hạn ${day(deadline.limit)}` : `${text}; the cell also gives ${day(deadline.limit)}`;
}

function dueText(deadline: Deadline, lang: Language): string {
  const due = day(deadline.due!);
  const fromPlan = deadline.yearFromPlan ? (lang === 'vi' ? ' (năm của kế hoạch)' : " (the plan's year)") : '';
  if (deadline.start) {
    return lang === 'vi' ? `từ ${day(deadline.start)} đến ${due} (hạn ${due})${fromPlan}` : `from ${day(deadline.start)} to ${due} (due ${due})${fromPlan}`;
  }
  return lang === 'vi' ? `hạn ${due}${fromPlan}` : `due ${due}${fromPlan}`;
}

/** What the deadline means, in Vietnamese or English. */
export function describeDeadline(deadline: Deadline, lang: Language = 'vi'): string {
  const vi = lang === 'vi';
  switch (deadline.kind) {
    case 'date':
    case 'month':
    case 'quarter':
    case 'half':
    case 'year':
      return withLimit(deadline, lang, dueText(deadline, lang));
    case 'ongoing':
      return vi ? `mốc đầu ${day(deadline.due!)}, tiếp tục các năm sau` : `first milestone ${day(deadline.due!)}, continuing in the following years`;
    case 'recurring': {
      const every = deadline.every ? EVERY[deadline.every][lang] : vi ? 'thường xuyên' : 'ongoing';
      return vi ? `định kỳ (${every}): không tính quá hạn` : `recurring (${every}): never overdue as a whole`;
    }
    case 'conditional':
      return vi ? 'khi có điều kiện hoặc hướng dẫn: chưa có ngày' : 'when something happens: no day yet';
    case 'start':
      return vi ? `bắt đầu từ ${day(deadline.start!)}, không phải hạn hoàn thành` : `starts on ${day(deadline.start!)}; not a day it must be done by`;
    case 'session':
      return deadline.due
        ? vi
          ? `tại kỳ họp trong tháng ${deadline.due.slice(5, 7)}/${deadline.due.slice(0, 4)} (hạn ${day(deadline.due)})`
          : `at a session in ${deadline.due.slice(5, 7)}/${deadline.due.slice(0, 4)} (due ${day(deadline.due)})`
        : vi
          ? 'tại kỳ họp: chưa có ngày cụ thể'
          : 'at a council session: no day known';
    case 'reference':
      return vi ? 'theo văn bản khác: chưa có ngày' : 'set in another document: no day here';
    case 'unknown':
      if (deadline.text === '') return vi ? 'chưa có thời hạn' : 'no deadline';
      if (deadline.statusSentence) return vi ? 'ghi tình hình thực hiện, không phải thời hạn' : 'a progress note, not a deadline';
      return vi ? 'không đọc được' : 'not understood';
  }
}
