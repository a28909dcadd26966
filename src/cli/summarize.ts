/** `phuluc summarize`: the summary sheets (per unit, per group, per month, overdue, data) as a styled workbook. */
import type { Language } from '../core/findings';
import { formatNumber, TEXT } from '../core/i18n';
import { cutOffLine, rateCounts, rateText, reportSentence, summarize, type Row, type Summary } from '../core/summary';
import { writeSummaryWorkbook } from '../io/writeSummary';
import type { ReaderPool } from '../io/readerPool';
import { checkFile, loadDirectory } from './checkFile';
import { EXIT, type Output } from './output';
import type { SummarizeOptions } from './options';
import { FIRST } from './printCheck';
import { fit, width, wrap } from './text';
import { writeOutput } from './paths';

/** The byUnit shape the consolidation JSON shares: a unit and its tasks per state, with the rate and the counts behind it. */
export function unitJson(row: Row) {
  const { label, total, done_on_time, done_late, on_track, overdue, recurring, no_deadline, completionRate, collective } = row;
  const { done, base } = rateCounts(row);
  return {
    unit: label,
    collective: collective ?? false,
    total,
    done_on_time,
    done_late,
    on_track,
    overdue,
    recurring,
    no_deadline,
    completionRate,
    completionDone: done,
    completionBase: base,
  };
}

/** Width of the unit column of the per-unit table printed: with the counts and the rate, 78 columns. */
const UNIT_WIDTH = 34;

function pad(text: string, size: number, right = false): string {
  const fitted = fit(text, size);
  const space = ' '.repeat(Math.max(0, size - width(fitted)));
  return right ? `${space}${fitted}` : `${fitted}${space}`;
}

/** The per-unit table: each unit's tasks, its not-done overdue tasks and its rate with the counts behind it. */
function unitTable(rows: readonly Row[], plan: Row, lang: Language): string[] {
  const { unitTable: words, planRow } = TEXT[lang].cli.summarize;
  const header: [string, string, string, string, string] = [words.unit, words.total, words.done, words.overdue, words.rate];
  const line = ([unit, total, done, overdue, rate]: readonly [string, string, string, string, string]) =>
    `  ${pad(unit, UNIT_WIDTH)}  ${pad(total, 7, true)}  ${pad(done, 6, true)}  ${pad(overdue, 7, true)}  ${rate}`.trimEnd();
  const row = (r: Row): [string, string, string, string, string] => [
    r.label,
    formatNumber(r.total, lang),
    formatNumber(rateCounts(r).done, lang),
    formatNumber(r.overdue, lang),
    rateText(r, lang, true),
  ];
  return [line(header), ...rows.map((r) => line(row(r))), line(row({ ...plan, label: planRow }))];
}

/** The lines printed without --json: the plan's sentence (on one line, to copy whole), its rate, then the units. */
function printed(summary: Summary, options: SummarizeOptions): string[] {
  const { lang } = options;
  const n = (count: number) => formatNumber(count, lang);
  const units = summary.byUnit;
  const sum = units.reduce((s, row) => s + row.total, 0);
  const say = TEXT[lang].cli.summarize;
  const overCount = sum > summary.plan.total ? say.unitsOverCount(n(sum), n(summary.plan.total)) : '';
  const heading = say.unitsHeading(n(units.length), overCount, TEXT[lang].summary.rateRule);
  const shown = options.all ? units : units.slice(0, FIRST);
  const table = unitTable(shown, summary.plan, lang);
  if (shown.length < units.length) {
    const left = n(units.length - shown.length);
    table.splice(-1, 0, `  ${say.moreUnits(left)}`);
  }
  return [
    `${TEXT[lang].cli.wroteSummary}: ${options.output}`,
    cutOffLine(options.asOf, lang),
    reportSentence(summary.plan, lang),
    rateText(summary.plan, lang),
    '',
    ...wrap(heading, '', ''),
    ...table,
  ];
}

export async function runSummarize(options: SummarizeOptions, io: Output, pool: ReaderPool): Promise<number> {
  const { lang } = options;
  const [file] = options.files;
  const fail = (reason: string) => {
    io.err(`phuluc: ${reason}`);
    return EXIT.unreadable;
  };
  const { directory, error: unitsError } = await loadDirectory(options, pool);
  if (unitsError) return fail(unitsError);
  const result = await checkFile(file, pool, options, directory);
  if ('reason' in result) return fail(result.reason);
  const { analysed } = result;
  const tables = analysed.map((a) => a.table);
  const summary = summarize(tables, options.asOf, lang);
  const refused = writeOutput(options.output, await writeSummaryWorkbook(summary, tables, lang), lang);
  if (refused) return fail(refused);

  if (options.json) {
    const json = {
      output: options.output,
      asOf: options.asOf,
      sentence: reportSentence(summary.plan, lang),
      plan: unitJson(summary.plan),
      sharedLeadTasks: summary.sharedLead,
      byUnit: summary.byUnit.map(unitJson),
      bySupport: summary.bySupport.map(unitJson),
    };
    io.out(`${JSON.stringify(json, null, 2)}\n`);
  } else io.out(`${printed(summary, options).join('\n')}\n`);
  return EXIT.ok;
}
