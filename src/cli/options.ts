/** Command-line options, validated with zod at the boundary. */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { isoDay, todayIso } from '../core/calendar';

const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'cần dạng YYYY-MM-DD / expected YYYY-MM-DD')
  .refine((text) => isoDay(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))) === text, {
    message: 'ngày không có thật / not a real day',
  });

export const CheckOptionsSchema = z.object({
  files: z.array(z.string().min(1)).min(1, 'cần ít nhất một tệp / give at least one file'),
  sheet: z.string().min(1).optional(),
  asOf: IsoDay,
  planYear: z.coerce.number().int().min(2000).max(2100).optional(),
  json: z.boolean(),
  lang: z.enum(['vi', 'en']),
});
export type CheckOptions = z.infer<typeof CheckOptionsSchema>;

export function parseCheckOptions(argv: string[]): CheckOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      sheet: { type: 'string' },
      'as-of': { type: 'string' },
      'plan-year': { type: 'string' },
      json: { type: 'boolean', default: false },
      lang: { type: 'string', default: 'vi' },
    },
  });
  return CheckOptionsSchema.parse({
    files: positionals,
    sheet: values.sheet,
    asOf: values['as-of'] ?? todayIso(),
    planYear: values['plan-year'],
    json: values.json,
    lang: values.lang,
  });
}
