/** Command-line options, validated with zod at the boundary. */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { isoDay, todayIso } from '../core/calendar';
import { columnIndex } from '../core/grid';
import { ROLES } from '../core/roles';
import { RULE_CODES } from '../core/rules/catalogue';

const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'cần dạng YYYY-MM-DD / expected YYYY-MM-DD')
  .refine((text) => isoDay(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))) === text, {
    message: 'ngày không có thật / not a real day',
  });

/** What `check` and `fix` share: which sheet, which day, which year, which language, which units. */
const CommonOptions = z.object({
  files: z.array(z.string().min(1)).min(1, 'cần ít nhất một tệp / give at least one file'),
  sheet: z.string().min(1).optional(),
  asOf: IsoDay,
  planYear: z.coerce.number().int().min(2000).max(2100).optional(),
  lang: z.enum(['vi', 'en']),
  units: z.string().min(1).optional(),
  /** "lead=C,deadline=F": the user's corrections of column roles. */
  columns: z
    .partialRecord(z.enum(ROLES), z.string().regex(/^[A-Za-z]{1,3}$/, 'cột dạng A, B, ... / a column letter'))
    .transform((letters) => Object.fromEntries(Object.entries(letters).map(([role, col]) => [role, columnIndex(col as string)])))
    .optional(),
});

export const CheckOptionsSchema = CommonOptions.extend({ json: z.boolean() });
export type CheckOptions = z.infer<typeof CheckOptionsSchema>;

export const FixOptionsSchema = CommonOptions.extend({
  files: z.array(z.string().min(1)).length(1, 'một tệp nguồn / exactly one source file'),
  output: z.string().min(1, 'cần -o <tệp sửa.xlsx> / give -o <copy.xlsx>'),
  only: z.array(z.enum(RULE_CODES as [string, ...string[]])).optional(),
});
export type FixOptions = z.infer<typeof FixOptionsSchema>;

const COMMON_FLAGS = {
  sheet: { type: 'string' },
  'as-of': { type: 'string' },
  'plan-year': { type: 'string' },
  lang: { type: 'string', default: 'vi' },
  units: { type: 'string' },
  columns: { type: 'string' },
} as const;

function common(values: Record<string, string | boolean | string[] | undefined>, positionals: string[]) {
  return {
    files: positionals,
    sheet: values.sheet,
    asOf: values['as-of'] ?? todayIso(),
    planYear: values['plan-year'],
    lang: values.lang,
    units: values.units,
    columns: typeof values.columns === 'string' ? Object.fromEntries(values.columns.split(',').map((pair) => pair.split('=').map((part) => part.trim()))) : undefined,
  };
}

export function parseCheckOptions(argv: string[]): CheckOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { ...COMMON_FLAGS, json: { type: 'boolean', default: false } },
  });
  return CheckOptionsSchema.parse({ ...common(values, positionals), json: values.json });
}

export function parseFixOptions(argv: string[]): FixOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { ...COMMON_FLAGS, output: { type: 'string', short: 'o' }, only: { type: 'string' } },
  });
  return FixOptionsSchema.parse({
    ...common(values, positionals),
    output: values.output ?? '',
    only: values.only?.split(',').map((code) => code.trim().toUpperCase()).filter(Boolean),
  });
}

/** One source file, an output workbook named by -o, and --json: `summarize` and `import`. */
function oneFileToOutput(vi: string, en: string) {
  return CommonOptions.extend({
    files: z.array(z.string().min(1)).length(1, 'một tệp / exactly one file'),
    output: z.string().min(1, `cần -o <${vi}> / give -o <${en}>`),
    json: z.boolean(),
  });
}

export const SummarizeOptionsSchema = oneFileToOutput('tổng-hợp.xlsx', 'summary.xlsx');
export type SummarizeOptions = z.infer<typeof SummarizeOptionsSchema>;
export const ImportOptionsSchema = oneFileToOutput('phụ-lục.xlsx', 'appendix.xlsx');
export type ImportOptions = z.infer<typeof ImportOptionsSchema>;

function parseOneFileToOutput<T>(argv: string[], schema: z.ZodType<T>): T {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { ...COMMON_FLAGS, output: { type: 'string', short: 'o' }, json: { type: 'boolean', default: false } },
  });
  return schema.parse({ ...common(values, positionals), output: values.output ?? '', json: values.json });
}

export const parseSummarizeOptions = (argv: string[]): SummarizeOptions => parseOneFileToOutput(argv, SummarizeOptionsSchema);
export const parseImportOptions = (argv: string[]): ImportOptions => parseOneFileToOutput(argv, ImportOptionsSchema);

export const ConsolidateOptionsSchema = CommonOptions.extend({
  master: z.string().min(1, 'cần --master <kế-hoạch.xlsx> / give --master <plan.xlsx>'),
  /** "CATP.xlsx=Công an thành phố": the reporting unit of a file, set by the user. */
  unit: z
    .array(z.string().regex(/^[^=]+=[^=]+$/, 'dạng "tệp.xlsx=Tên đơn vị" / the form "file.xlsx=Unit name"'))
    .transform((pairs) => Object.fromEntries(pairs.map((pair) => pair.split('=').map((part) => part.trim()) as [string, string]))),
  output: z.string().min(1, 'cần -o <tổng-hợp.xlsx> / give -o <consolidated.xlsx>'),
  json: z.boolean(),
});
export type ConsolidateOptions = z.infer<typeof ConsolidateOptionsSchema>;

export function parseConsolidateOptions(argv: string[]): ConsolidateOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { ...COMMON_FLAGS, master: { type: 'string' }, output: { type: 'string', short: 'o' }, json: { type: 'boolean', default: false }, unit: { type: 'string', multiple: true } },
  });
  return ConsolidateOptionsSchema.parse({ ...common(values, positionals), master: values.master ?? '', output: values.output ?? '', json: values.json, unit: values.unit ?? [] });
}
