/**
 * Every deadline family, one file each, in one list: a new family of phrases is its file and one
 * line here (and a row of docs/deadlines.md, which families.test.ts asks for). Each file owns its
 * pattern and reading, its OCR words and spellings, its form as UNPARSED_DEADLINE names it and its
 * example phrases; the reader, the OCR snapping and the message all read them from this list.
 *
 * Where two match at the same place, the one listed first wins: the more specific phrase ("2025 và
 * những năm tiếp theo" before "2025", a document number before "theo ...", a status sentence before
 * anything it mentions).
 */
import type { Language } from '../../findings';
import { DEADLINE_KINDS, type DeadlineFamily } from '../types';
import { conditional } from './conditional';
import { day } from './day';
import { half } from './half';
import { month } from './month';
import { ongoing } from './ongoing';
import { quarter } from './quarter';
import { recurring } from './recurring';
import { reference } from './reference';
import { session } from './session';
import { status } from './status';
import { vague } from './vague';
import { year } from './year';

export const FAMILIES: readonly DeadlineFamily[] = [status, vague, session, reference, ongoing, half, quarter, month, day, year, recurring, conditional];

/**
 * The forms a deadline can be rewritten in, as UNPARSED_DEADLINE lists the ones it tried: every
 * family's form, in the order of the kinds ("ngày dd/mm/yyyy, tháng, quý, ...").
 */
export function formsTried(lang: Language): string {
  return FAMILIES.flatMap((family) => (family.form ? [{ kind: DEADLINE_KINDS.indexOf(family.kind), form: family.form[lang] }] : []))
    .sort((a, b) => a.kind - b.kind)
    .map(({ form }) => form)
    .join(', ');
}
