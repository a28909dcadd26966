/**
 * A deadline in words, for a person checking what phuluc understood: "Quý IV/2025- Quý II/2026" →
 * "từ 01/10/2025 đến 30/06/2026 (hạn 30/06/2026)", "Kỳ họp giữa năm 2026" → "tại kỳ họp: chưa có
 * ngày cụ thể", "Từ 01/7/2025" → "bắt đầu từ 01/07/2025, không phải hạn hoàn thành".
 */
import type { Language } from '../findings';
import { isoToVietnamese } from '../grid';
import { TEXT } from '../i18n';
import type { Deadline } from './types';

const day = isoToVietnamese;

function withLimit(deadline: Deadline, lang: Language, text: string): string {
  if (!deadline.limit) return text;
  return TEXT[lang].deadlines.withLimit(text, day(deadline.limit));
}

function dueText(deadline: Deadline, lang: Language): string {
  const T = TEXT[lang].deadlines;
  if (!deadline.due) return T.unknown;
  const due = day(deadline.due);
  const fromPlan = deadline.yearFromPlan ? T.yearFromPlan : '';
  if (deadline.start) return T.range(day(deadline.start), due, fromPlan);
  return T.due(due, fromPlan);
}

/** What the deadline means, in Vietnamese or English. */
export function describeDeadline(deadline: Deadline, lang: Language = 'vi'): string {
  const T = TEXT[lang].deadlines;
  switch (deadline.kind) {
    case 'date':
    case 'month':
    case 'quarter':
    case 'half':
    case 'year':
      return withLimit(deadline, lang, dueText(deadline, lang));
    case 'ongoing':
      return deadline.due ? T.ongoing(day(deadline.due)) : T.unknown;
    case 'recurring':
      return T.recurring(deadline.every ? T.every[deadline.every] : T.everyUnknown);
    case 'conditional':
      return T.conditional;
    case 'start':
      return deadline.start ? T.start(day(deadline.start)) : T.unknown;
    case 'session':
      return deadline.due ? T.sessionIn(`${deadline.due.slice(5, 7)}/${deadline.due.slice(0, 4)}`, day(deadline.due)) : T.session;
    case 'reference':
      return T.reference;
    case 'unknown':
      if (deadline.text === '') return T.empty;
      if (deadline.statusSentence) return T.statusSentence;
      return T.unknown;
  }
}
