import type { DeadlineFamily } from '../types';
import { yearPeriod } from '../periods';

/** What says a dated task goes on after its first milestone: "và những năm tiếp theo", "trở đi", "và hằng năm". */
export const CONTINUES = String.raw`(?:va )?(?:(?:nhung|cac) nam (?:tiep theo|sau|ke tiep|tiep)|tro di|tro ve sau|ve sau)|va (?:hang|moi) nam`;

/**
 * "2025 và những năm tiếp theo", "Năm 2025 và các năm tiếp theo", "từ 2025 trở đi": first milestone
 * 31/12 of that year. Another period followed by the same words ("Quý IV/2025 và các năm tiếp
 * theo") is joined by the continuation refiner: its own due day is the first milestone.
 */
export const ongoing: DeadlineFamily = {
  name: 'ongoing',
  kind: 'ongoing',
  pattern: new RegExp(String.raw`(?<![\d/.-])(?:nam )?(20\d\d),? (?:${CONTINUES})`),
  words: ['nhung', 'tiep', 'theo'],
  form: { vi: '"năm ... và các năm tiếp theo"', en: '"year ... and following years"' },
  examples: ['2025 và những năm tiếp theo', 'Năm 2025 và các năm tiếp theo', 'từ 2025 trở đi'],
  read: (match) => ({ ...yearPeriod(Number(match[1])), yearFromPlan: false }),
};
