/**
 * Command-line options, read with node's parseArgs and validated with zod at the boundary. Every
 * mistake becomes a UsageError: one line in the user's language (Vietnamese unless --lang en)
 * that names the option, says what it needs and, for an unknown option, suggests the nearest one.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { isoDay, looksLikeUserDay, parseUserDay, todayIso } from '../core/calendar';
import type { Language } from '../core/findings';
import { columnIndex, isoToVietnamese } from '../core/grid';
import { TEXT } from '../core/i18n';
import { languageOf } from './language';
import { isRole, ROLES, type Role } from '../core/roles';
import { RULE_CODES } from '../core/rules/catalogue';

/** A mistake on the command line, already worded for the user (one line). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

type Values = Record<string, string | boolean | string[] | undefined>;

export const COMMANDS = ['check', 'fix', 'summarize', 'consolidate', 'import', 'templates'] as const;
export type Command = (typeof COMMANDS)[number];

const COMMON_FLAGS = {
  sheet: { type: 'string' },
  'as-of': { type: 'string' },
  'plan-year': { type: 'string' },
  lang: { type: 'string', default: 'vi' },
  units: { type: 'string' },
  columns: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const OUTPUT = { output: { type: 'string', short: 'o' } } as const;
const JSON_FLAG = { json: { type: 'boolean', default: false } } as const;
const ALL = { all: { type: 'boolean', default: false } } as const;
/** The report upward in Word and the reminders to late units (docs/cycle.md). */
const REPORT_FLAGS = { report: { type: 'string' }, reminders: { type: 'string' }, 'report-by': { type: 'string' }, issuer: { type: 'string' }, to: { type: 'string' } } as const;

/** The options each command takes. */
export const FLAGS = {
  check: { ...COMMON_FLAGS, ...JSON_FLAG, ...ALL },
  fix: { ...COMMON_FLAGS, ...OUTPUT, only: { type: 'string' } },
  summarize: { ...COMMON_FLAGS, ...OUTPUT, ...JSON_FLAG, ...ALL },
  consolidate: { ...COMMON_FLAGS, ...OUTPUT, ...JSON_FLAG, master: { type: 'string' }, unit: { type: 'string', multiple: true }, previous: { type: 'string' }, ...REPORT_FLAGS },
  import: { ...COMMON_FLAGS, ...OUTPUT, ...JSON_FLAG },
  templates: {
    sheet: COMMON_FLAGS.sheet,
    'as-of': COMMON_FLAGS['as-of'],
    'plan-year': COMMON_FLAGS['plan-year'],
    lang: COMMON_FLAGS.lang,
    help: COMMON_FLAGS.help,
    ...OUTPUT,
    ...JSON_FLAG,
    'report-by': { type: 'string' },
  },
} as const;

/** The command line's mistakes, in the user's language. */
const said = (lang: Language) => TEXT[lang].cli.options;

function say(message: string): never {
  throw new UsageError(message);
}

/** Edit distance, for "có phải --as-of?". */
function distance(a: string, b: string): number {
  // One row of the table at a time: row[j] is the distance from a's first i letters to b's first j.
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  let last = b.length;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = i - 1;
    let left = i;
    const rest = row.slice(1).map((above, j) => {
      left = Math.min(above + 1, left + 1, diagonal + (a[i - 1] === b[j] ? 0 : 1));
      diagonal = above;
      return left;
    });
    row = [i, ...rest];
    last = left;
  }
  return last;
}

/** The option of `command` nearest to what was typed, when one is near enough to be the one meant. */
export function nearestOption(command: Command, typed: string): string | null {
  const [name = ''] = typed.replace(/^-+/, '').split('=');
  const bare = name.toLowerCase();
  const simplify = (name: string) => name.replace(/-/g, '');
  let best: { name: string; d: number } | null = null;
  for (const name of Object.keys(FLAGS[command])) {
    const d = Math.min(distance(bare, name), distance(simplify(bare), simplify(name)));
    if (!best || d < best.d) best = { name, d };
  }
  if (!best) return null;
  const near = best.d <= Math.max(1, Math.floor(best.name.length / 3)) || (bare.length >= 3 && best.name.startsWith(bare));
  return near ? `--${best.name}` : null;
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** parseArgs, with its errors ("Unknown option '--asof'") in the user's words. */
function read(command: Command, argv: string[], lang: Language): { values: Values; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: FLAGS[command] });
    // parseArgs gives a string, a boolean or a list of strings per option; typed so per flag, checked so here.
    const values: Values = {};
    for (const [name, value] of Object.entries(parsed.values)) values[name] = typeof value === 'string' || typeof value === 'boolean' || isStrings(value) ? value : undefined;
    return { values, positionals: parsed.positionals };
  } catch (error) {
    // Not `instanceof Error`: Node's own errors come from its realm, which a test runner's sandbox does not share.
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
    const message = error instanceof Error ? error.message : String(error);
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const nearest = nearestOption(command, option);
      if (nearest) say(said(lang).noOptionNear(option, nearest));
      say(said(lang).noOption(option, command));
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (/argument missing/.test(message)) say(said(lang).needsArgument(option, command));
      say(said(lang).takesNoValue(option));
    }
    throw error;
  }
}

function language(values: Values): Language {
  const typed = String(values.lang ?? 'vi');
  const lang = typed.trim().toLowerCase();
  if (lang === 'vi' || lang === 'en') return lang;
  // Not a language we speak, so neither can be assumed: say it in both.
  return say(`${said('vi').badLanguage(typed)} / ${said('en').badLanguage(typed)}`);
}

/** A day typed for `flag` (14/11/2025, 1/12/2025 or 2025-11-14) as an ISO day. */
function userDay(value: string, flag: string, lang: Language): string {
  const day = parseUserDay(value);
  if (day) return day;
  if (looksLikeUserDay(value)) say(said(lang).notRealDay(flag, value));
  return say(said(lang).unreadableDay(flag, value));
}

/** The cut-off date as typed, as an ISO day; today when not given. */
function cutOff(value: string | boolean | string[] | undefined, lang: Language): string {
  return typeof value === 'string' ? userDay(value, '--as-of', lang) : todayIso();
}

function planYear(value: string | boolean | string[] | undefined, lang: Language): number | undefined {
  if (typeof value !== 'string') return undefined;
  const year = Number(value.trim());
  if (/^\d{4}$/.test(value.trim()) && year >= 2000 && year <= 2100) return year;
  return say(said(lang).planYear(value));
}

/** "lead=C,deadline=F": the user's corrections of column roles, as 0-based columns. */
function columns(value: string | boolean | string[] | undefined, lang: Language): Partial<Record<Role, number>> | undefined {
  if (typeof value !== 'string') return undefined;
  const roles = ROLES.join(', ');
  const result: Partial<Record<Role, number>> = {};
  for (const pair of value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [role, column, extra] = pair.split('=').map((part) => part.trim());
    if (!role || !column || extra !== undefined) say(said(lang).columnsForm(pair));
    const key = role.toLowerCase();
    if (!isRole(key)) say(said(lang).columnsRole(role, roles));
    if (!/^[A-Za-z]{1,3}$/.test(column)) say(said(lang).columnsLetter(pair));
    if (result[key] !== undefined) say(said(lang).columnsTwice(key));
    result[key] = columnIndex(column.toUpperCase());
  }
  if (!Object.keys(result).length) say(said(lang).columnsEmpty);
  return result;
}

function text(values: Values, name: string, lang: Language): string | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !value.trim()) say(said(lang).needsValue(name));
  return value;
}

function files(command: Command, positionals: string[], lang: Language, exactlyOne: boolean): [string, ...string[]] {
  const [first, ...more] = positionals;
  if (first === undefined) say(said(lang).noInput(command));
  if (exactlyOne && more.length > 0) say(said(lang).exactlyOne(command, positionals.length, positionals.join(', ')));
  return [first, ...more];
}

/** The output -o, required: what to name it (the command's example) is in the message. */
function output(values: Values, lang: Language, command: 'fix' | 'summarize' | 'import' | 'consolidate'): string {
  const value = values.output;
  if (typeof value !== 'string' || !value.trim()) say(said(lang).noOutput(said(lang).outputExample[command]));
  return value;
}

/** What every command shares: which sheet, which day, which year, which language, which units, which columns. */
const CommonOptions = z.object({
  /** The input files: at least one (a command that reads one takes ONE_FILE). */
  files: z.tuple([z.string().min(1)], z.string().min(1)),
  sheet: z.string().min(1).optional(),
  asOf: z.string().refine((day) => isoDay(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))) === day),
  planYear: z.number().int().min(2000).max(2100).optional(),
  lang: z.enum(['vi', 'en']),
  units: z.string().min(1).optional(),
  columns: z.partialRecord(z.enum(ROLES), z.number().int().nonnegative()).optional(),
});
/** The input of a command that reads exactly one file (fix, summarize, import, templates). */
const ONE_FILE = z.tuple([z.string().min(1)]);
/** What every command's options hold: the one type of them (src/cli/checkFile.ts reads files with it). */
export type CommonOptions = z.infer<typeof CommonOptions>;

function common(command: Command, values: Values, positionals: string[], lang: Language, exactlyOne: boolean) {
  return {
    files: files(command, positionals, lang, exactlyOne),
    sheet: text(values, 'sheet', lang),
    asOf: cutOff(values['as-of'], lang),
    planYear: planYear(values['plan-year'], lang),
    lang,
    units: text(values, 'units', lang),
    columns: columns(values.columns, lang),
  };
}

/** zod's check of what the functions above built; a failure here is a bug of this file, still said in one line. */
function validate<T>(schema: z.ZodType<T>, input: unknown, lang: Language): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => String(issue.path[0] ?? '')).join(', ');
  return say(said(lang).invalid(fields));
}

export const CheckOptionsSchema = CommonOptions.extend({ json: z.boolean(), all: z.boolean() });
export type CheckOptions = z.infer<typeof CheckOptionsSchema>;

export function parseCheckOptions(argv: string[]): CheckOptions {
  const guess = languageOf(argv);
  const { values, positionals } = read('check', argv, guess);
  const lang = language(values);
  return validate(CheckOptionsSchema, { ...common('check', values, positionals, lang, false), json: values.json === true, all: values.all === true }, lang);
}

export const FixOptionsSchema = CommonOptions.extend({
  files: ONE_FILE,
  output: z.string().min(1),
  only: z.array(z.enum(RULE_CODES)).optional(),
});
export type FixOptions = z.infer<typeof FixOptionsSchema>;

function ruleCodes(value: string | boolean | string[] | undefined, lang: Language): string[] | undefined {
  if (value === undefined) return undefined;
  const codes = String(value)
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
  if (!codes.length) say(said(lang).onlyEmpty);
  const unknown = codes.filter((code) => !RULE_CODES.some((known) => known === code));
  const [first] = unknown;
  if (first !== undefined) {
    // The nearest code: RULE_CODES is never empty, so there is one.
    const near = RULE_CODES.map((code) => ({ code, d: distance(first, code) })).reduce((best, next) => (next.d < best.d ? next : best));
    const hint = near.d <= 3 ? said(lang).onlyNearest(near.code) : said(lang).onlyCodes;
    say(said(lang).onlyUnknown(unknown.join(', '), hint));
  }
  return codes;
}

export function parseFixOptions(argv: string[]): FixOptions {
  const guess = languageOf(argv);
  const { values, positionals } = read('fix', argv, guess);
  const lang = language(values);
  const base = common('fix', values, positionals, lang, true);
  return validate(FixOptionsSchema, { ...base, output: output(values, lang, 'fix'), only: ruleCodes(values.only, lang) }, lang);
}

/** One source file, an output workbook named by -o, and --json: `summarize` and `import`. */
const OneFileToOutput = CommonOptions.extend({ files: ONE_FILE, output: z.string().min(1), json: z.boolean(), all: z.boolean() });

export const SummarizeOptionsSchema = OneFileToOutput;
export type SummarizeOptions = z.infer<typeof SummarizeOptionsSchema>;
export const ImportOptionsSchema = OneFileToOutput;
export type ImportOptions = z.infer<typeof ImportOptionsSchema>;

function parseOneFileToOutput(command: 'summarize' | 'import', argv: string[]): SummarizeOptions {
  const guess = languageOf(argv);
  const { values, positionals } = read(command, argv, guess);
  const lang = language(values);
  const base = common(command, values, positionals, lang, true);
  return validate(OneFileToOutput, { ...base, output: output(values, lang, command), json: values.json === true, all: values.all === true }, lang);
}

export const parseSummarizeOptions = (argv: string[]): SummarizeOptions => parseOneFileToOutput('summarize', argv);
export const parseImportOptions = (argv: string[]): ImportOptions => parseOneFileToOutput('import', argv);

export const ConsolidateOptionsSchema = CommonOptions.extend({
  master: z.string().min(1),
  /** "CATP.xlsx=Công an thành phố": the reporting unit of a file, set by the user. */
  unit: z.record(z.string(), z.string()),
  output: z.string().min(1),
  json: z.boolean(),
  /** Last period's consolidation, to say what changed since its cut-off. */
  previous: z.string().min(1).optional(),
  /** The report upward in Word (.docx), and the folder of reminders (one .docx per unit to chase). */
  report: z.string().min(1).optional(),
  reminders: z.string().min(1).optional(),
  /** The day the reminders ask units to report by (ISO); left blank in them when not given. */
  reportBy: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** The report's issuing office (its letterhead) and its addressee ("Kính gửi"). */
  issuer: z.string().min(1).optional(),
  to: z.string().min(1).optional(),
});
export type ConsolidateOptions = z.infer<typeof ConsolidateOptionsSchema>;

function unitPairs(value: string | boolean | string[] | undefined, lang: Language): Record<string, string> {
  const pairs = Array.isArray(value) ? value : [];
  return Object.fromEntries(
    pairs.map((pair) => {
      const parts = pair.split('=').map((part) => part.trim());
      const [file, unit] = parts;
      if (parts.length !== 2 || !file || !unit) say(said(lang).unitForm(pair));
      return [file, unit];
    }),
  );
}

/** --report-by as an ISO day, refused before the cut-off date (no unit can report figures of a day still to come). */
function reportByDay(values: Values, asOf: string, lang: Language): string | undefined {
  const typed = text(values, 'report-by', lang);
  if (typed === undefined) return undefined;
  const reportBy = userDay(typed, '--report-by', lang);
  if (reportBy < asOf) say(said(lang).reportByBeforeCutOff(typed, isoToVietnamese(asOf)));
  return reportBy;
}

/** --report, --reminders and the options only they use: one that would change nothing is refused, never ignored. */
function reportOptions(values: Values, asOf: string, lang: Language) {
  const report = text(values, 'report', lang);
  const reminders = text(values, 'reminders', lang);
  const reportBy = reportByDay(values, asOf, lang);
  if (reportBy !== undefined && !reminders) say(said(lang).reportByAlone);
  for (const flag of ['issuer', 'to'] as const) {
    if (values[flag] !== undefined && !report) say(said(lang).reportOnly(flag));
  }
  return { report, reminders, reportBy, issuer: text(values, 'issuer', lang), to: text(values, 'to', lang) };
}

export function parseConsolidateOptions(argv: string[]): ConsolidateOptions {
  const guess = languageOf(argv);
  const { values, positionals } = read('consolidate', argv, guess);
  const lang = language(values);
  const base = common('consolidate', values, positionals, lang, false);
  const master = values.master;
  if (typeof master !== 'string' || !master.trim()) say(said(lang).noMaster);
  const out = output(values, lang, 'consolidate');
  return validate(
    ConsolidateOptionsSchema,
    {
      ...base,
      master,
      unit: unitPairs(values.unit, lang),
      output: out,
      json: values.json === true,
      previous: text(values, 'previous', lang),
      ...reportOptions(values, base.asOf, lang),
    },
    lang,
  );
}

export const TemplatesOptionsSchema = CommonOptions.omit({ units: true, columns: true }).extend({
  files: ONE_FILE,
  /** The folder the templates are written into (created when missing). */
  output: z.string().min(1),
  json: z.boolean(),
  /** The day the filled templates are due back (ISO), written in each template. */
  reportBy: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});
export type TemplatesOptions = z.infer<typeof TemplatesOptionsSchema>;

export function parseTemplatesOptions(argv: string[]): TemplatesOptions {
  const guess = languageOf(argv);
  const { values, positionals } = read('templates', argv, guess);
  const lang = language(values);
  // The period the units report for is the cut-off's month: today's would be a guess, so it is asked for.
  if (values['as-of'] === undefined) say(said(lang).templatesAsOf);
  const base = common('templates', values, positionals, lang, true);
  const out = values.output;
  if (typeof out !== 'string' || !out.trim()) say(said(lang).templatesOutput);
  return validate(TemplatesOptionsSchema, { ...base, output: out, json: values.json === true, reportBy: reportByDay(values, base.asOf, lang) }, lang);
}
