/**
 * Every deadline family, one parser each, in one list. Where two match at the same place, the one
 * listed first wins: the more specific phrase ("2025 và những năm tiếp theo" before "2025", a
 * document number before "theo ...", a status sentence before anything it mentions).
 */
import type { DeadlineParser } from '../types';
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

export const PARSERS: readonly DeadlineParser[] = [
  status,
  vague,
  session,
  reference,
  ongoing,
  half,
  quarter,
  month,
  day,
  year,
  recurring,
  conditional,
];
