/** How a parsed deadline is described to a person checking what phuluc understood (describeDeadline.ts). */
import type { Catalogue } from '../catalogue';

export const deadlines: Catalogue['deadlines'] = {
  every: {
    day: 'daily',
    week: 'weekly',
    month: 'monthly',
    quarter: 'quarterly',
    half: 'every six months',
    year: 'yearly',
  },
  withLimit: (text: string, limit: string) => `${text}; the cell also gives ${limit}`,
  yearFromPlan: " (the plan's year)",
  range: (start: string, due: string, fromPlan: string) => `from ${start} to ${due} (due ${due})${fromPlan}`,
  due: (due: string, fromPlan: string) => `due ${due}${fromPlan}`,
  ongoing: (due: string) => `first milestone ${due}, continuing in the following years`,
  everyUnknown: 'ongoing',
  recurring: (every: string) => `recurring (${every}): never overdue as a whole`,
  conditional: 'when something happens: no day yet',
  start: (start: string) => `starts on ${start}; not a day it must be done by`,
  sessionIn: (month: string, due: string) => `at a session in ${month} (due ${due})`,
  session: 'at a council session: no day known',
  reference: 'set in another document: no day here',
  empty: 'no deadline',
  statusSentence: 'a progress note, not a deadline',
  unknown: 'not understood',
};
