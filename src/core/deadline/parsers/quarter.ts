import { romanNumeral } from '../../numbering';
import type { DeadlineFamily } from '../types';
import { listEnds, listItems, quarterPeriod, yearOr } from '../periods';

/** A quarter's number: roman (OCR writes l for I: "lV", "Il"), or 1-4. */
const NUMERAL = String.raw`(?:[ivl]{1,4}|[1-4])(?![a-z0-9])`;
/** "i" → 1 ... "iv" → 4: the quarters as Roman numerals (folded), and only those ("iiii" is no quarter). */
const ROMAN = new Map([1, 2, 3, 4].map((q) => [romanNumeral(q).toLowerCase(), q]));

function quarterNumber(written: string): number | null {
  if (/^[1-4]$/.test(written)) return Number(written);
  return ROMAN.get(written.replace(/l/g, 'i')) ?? null;
}

/**
 * "Quý IV" (plan year), "Quý III/2025", "quý 2 năm 2026", "Quí IV-2025", "Q4/2025", "Q.IV/2025", "Quý III Năm
 * 2026", "đầu năm 2026" (its first quarter) → last day of the quarter. Several quarters with one
 * year ("Quý II, III/2015", "Quý II và III/2015") are due at the last, shown as a span.
 */
export const quarter: DeadlineFamily = {
  name: 'quarter',
  kind: 'quarter',
  pattern: new RegExp(
    String.raw`(?<![a-z])(?:qu[yi]|q)\.? ?(${NUMERAL}(?:(?: ?[,&] ?| va | ?- ?| )(?:qu[yi] ?|q)?${NUMERAL})*)(?: ?(?:\/|-|\.|nam|,)? ?(20\d\d))?(?![\d/])` +
      String.raw`|(?<![a-z])dau nam (20\d\d)`,
  ),
  words: [],
  // OCR and old spellings of "Quý": "Quí", "Ouý", "Quv".
  spellings: { qui: 'quy', ouy: 'quy', quv: 'quy', qny: 'quy' },
  form: { vi: 'quý', en: 'quarter' },
  examples: ['Quý IV', 'Quý III/2025', 'quý 2 năm 2026', 'Quí IV-2025', 'Q4/2025', 'Quý II, III/2015', 'Quý III Năm 2026', 'đầu năm 2026'],
  read: (match, planYear) => {
    if (match[3]) {
      const { from, due } = quarterPeriod(Number(match[3]), 1);
      return { due, from, yearFromPlan: false };
    }
    const list = match[1]; // the first form took part: the second ("đầu năm") is read above
    if (list === undefined) return null;
    const written = listItems(list.replace(/qu[yi]|q/g, ' '), /\b(?:[ivl]+|[1-4])\b/);
    const items = written.flatMap((i) => {
      const n = quarterNumber(i.text);
      return n === null ? [] : [{ n, range: i.range }];
    });
    if (items.length < written.length) return null; // a numeral that is no quarter
    const ends = listEnds(items);
    if (!ends) return null;
    const { first, last, yearsBack } = ends;
    const { year, yearFromPlan } = yearOr(match[2], planYear);
    return {
      due: quarterPeriod(year, last).due,
      from: quarterPeriod(year - yearsBack, first).from,
      yearFromPlan,
      ...(items.length > 1 ? { span: true } : {}),
    };
  },
};
