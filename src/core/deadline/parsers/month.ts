import type { DeadlineFamily } from '../types';
import { listEnds, listItems, monthPeriod, yearOr } from '../periods';

const MONTH = String.raw`(?:1[0-2]|0?[1-9])(?!\d)`;

/**
 * "Tháng 4/2025", "tháng 6 năm 2025", "Tháng 02/2026", "T6/2025", "Tháng 10" (plan year), bare
 * "6/2025" and "06/2025" → last day of the month. Several months with one year ("Tháng 6, 12/2025",
 * "tháng 6 và tháng 12 năm 2025") are due at the last.
 */
export const month: DeadlineFamily = {
  name: 'month',
  kind: 'month',
  pattern: new RegExp(
    String.raw`(?<![a-z])(?:thang|t) ?(${MONTH}(?:(?: ?[,&] ?| va | ?- ?)(?:thang )?${MONTH})*)(?: ?(?:\/|-|\.|nam|,)? ?(20\d\d))?(?![\d/])` +
      String.raw`|(?<![\d/.,-])(${MONTH}) ?[/.-] ?(20\d\d)(?![\d/])`,
  ),
  words: ['thang'],
  spellings: { thg: 'thang' },
  form: { vi: 'tháng', en: 'month' },
  examples: ['Tháng 4/2025', 'tháng 6 năm 2025', '04/2025', '6/2025', 'T6/2025', 'Tháng 10'],
  read: (match, planYear) => {
    const list = match[1] ?? match[3]; // one of the pattern's two forms took part
    if (list === undefined) return null;
    const items = listItems(list, /\d+/).map((i) => ({ n: Number(i.text), range: i.range }));
    const ends = listEnds(items);
    if (!ends) return null;
    const { first, last, yearsBack } = ends;
    const { year, yearFromPlan } = yearOr(match[2] ?? match[4], planYear);
    return { due: monthPeriod(year, last).due, from: monthPeriod(year - yearsBack, first).from, yearFromPlan, ...(items.length > 1 ? { span: true } : {}) };
  },
};
