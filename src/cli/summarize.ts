/** `phuluc summarize`: the summary sheets (per unit, per group, per month, overdue, data) as a styled workbook. */
import { writeFileSync } from 'node:fs';
import { cutOffLine, reportSentence, summarize, type Row } from '../core/summary';
import { writeSummaryWorkbook } from '../io/writeSummary';
import type { ReaderPool } from '../io/readerPool';
import { analyseFile, loadDirectory } from './analyseFile';
import { EXIT, type Output } from './output';
import { CLI_TEXT as T } from './messages';
import type { SummarizeOptions } from './options';

/** The byUnit shape the consolidation JSON shares: a unit and its tasks per state. */
function unitJson(row: Row) {
  const { label, total, done_on_time, done_late, on_track, overdue, recurring, no_deadline, completionRate, collective } = row;
  return { unit: label, collective: collective ?? false, total, done_on_time, done_late, on_track, overdue, recurring, no_deadline, completionRate };
}

export async function runSummarize(options: SummarizeOptions, io: Output, pool: ReaderPool): Promise<number> {
  const { lang } = options;
  const [file] = options.files as [string];
  const fail = (reason: string) => {
    io.err(`phuluc: ${reason}`);
    return EXIT.unreadable;
  };
  const { directory, error: unitsError } = await loadDirectory(options, pool);
  if (unitsError) return fail(unitsError);
  const result = await analyseFile(file, pool, options, directory);
  if ('reason' in result) return fail(result.reason);
  const { analysed } = result;
  const tables = analysed.map((a) => a.table);
  const summary = summarize(tables, options.asOf, lang);
  writeFileSync(options.output, await writeSummaryWorkbook(summary, tables, lang));

  if (options.json) {
    io.out(
      `${JSON.stringify(
        { output: options.output, asOf: options.asOf, sentence: reportSentence(summary.plan, lang), plan: unitJson(summary.plan), byUnit: summary.byUnit.map(unitJson), bySupport: summary.bySupport.map(unitJson) },
        null,
        2,
      )}\n`,
    );
  } else {
    const lines = [`${T.wroteSummary[lang]}: ${options.output}`, cutOffLine(options.asOf, lang), reportSentence(summary.plan, lang), ''];
    for (const row of summary.byUnit) lines.push(`  ${row.label}: ${reportSentence(row, lang)}`);
    io.out(`${lines.join('\n')}\n`);
  }
  return EXIT.ok;
}
