/**
 * `phuluc import`: the appendix table built from the plan itself (a Word document's tables, its task
 * list written as prose, or the same as text), written as a workbook the other commands read. With
 * --json, the written workbook's check report, the document `phuluc check --json` prints.
 */
import { analyseWorkbook } from '../core/analyse';
import { importLayout } from '../core/prose/importPlan';
import { CheckReportSchema, toCheckReport } from '../core/report';
import { formatNumber } from '../core/i18n';
import { READ_FAILURES } from '../io/readFailures';
import type { ReaderPool } from '../io/readerPool';
import { CLI_TEXT as T } from './messages';
import type { ImportOptions } from './options';
import { fit } from './text';
import { EXIT, type Output } from './output';
import { folderProblem, writeOutput } from './paths';

export async function runImport(options: ImportOptions, io: Output, pool: ReaderPool): Promise<number> {
  const { lang, asOf } = options;
  const [file] = options.files as [string];
  const fail = (reason: string) => {
    io.err(`phuluc: ${reason}`);
    return EXIT.unreadable;
  };
  const folder = folderProblem(file, lang);
  if (folder) return fail(folder);
  const read = await pool.readPlan(file, asOf);
  if ('failure' in read) return fail(`${file}: ${T.cannotRead[lang]}: ${READ_FAILURES[read.failure][lang]}`);
  const { plan } = read;
  if (!plan.tables.length) return fail(`${file}: ${T.noTasksFound[lang]}`);
  const { writeLayouts } = await import('../io/writeSummary');
  const refused = writeOutput(options.output, await writeLayouts(plan.tables.map((table) => importLayout(plan, table))), lang);
  if (refused) return fail(refused);

  // What was written, read back the way `check` reads it.
  const written = await pool.readWorkbook(options.output);
  if ('failure' in written) return fail(`${options.output}: ${T.cannotRead[lang]}: ${READ_FAILURES[written.failure][lang]}`);
  const analysed = analyseWorkbook(written.workbook, { asOf, planYear: options.planYear, lang });
  if (options.json) {
    io.out(`${JSON.stringify(CheckReportSchema.parse(toCheckReport(options.output, asOf, analysed)), null, 2)}\n`);
    return EXIT.ok;
  }
  const lines = analysed.map((a) => `${T.wroteImport[lang]} ${formatNumber(a.table.tasks.length, lang)} ${T.tasks[lang]} (${T.sheet[lang]} "${a.table.sheet}"): ${options.output}`);
  const wrong = plan.counts.filter((c) => c.announced !== c.found);
  if (wrong.length) lines.push(`${T.countMismatch[lang]}:`, ...wrong.map((c) => fit(`  ${T.announced[lang]} ${c.announced}, ${T.found[lang]} ${c.found}: ${c.heading}`)));
  io.out(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
