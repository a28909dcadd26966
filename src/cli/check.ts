/** `phuluc check`: recognise, read and check one or more workbooks. */
import { hasErrors } from '../core/findings';
import { CheckReportSchema, toCheckReport, type CheckReport } from '../core/report';
import type { ReaderPool } from '../io/readerPool';
import { checkFile, loadDirectory } from './checkFile';
import type { CheckOptions } from './options';
import { EXIT, type Output } from './output';
import { printCheck } from './printCheck';

export async function runCheck(options: CheckOptions, io: Output, pool: ReaderPool): Promise<number> {
  const { lang } = options;
  const reports: CheckReport[] = [];
  let exitCode: number = EXIT.ok;
  const { directory, error: unitsError } = await loadDirectory(options, pool);
  if (unitsError) {
    io.err(`phuluc: ${unitsError}`);
    return EXIT.unreadable;
  }
  // Every file is sent to the readers at once; results are reported in the order given.
  const results = options.files.map((file) => ({ file, reading: checkFile(file, pool, options, directory) }));
  let printed = 0;
  for (const { file, reading } of results) {
    const result = await reading;
    if ('reason' in result) {
      io.err(`phuluc: ${result.reason}`);
      exitCode = EXIT.unreadable;
      continue;
    }
    const { analysed } = result;
    if (hasErrors(analysed.flatMap((a) => a.findings)) && exitCode === EXIT.ok) exitCode = EXIT.errors;
    if (options.json) reports.push(CheckReportSchema.parse(toCheckReport(file, options.asOf, analysed)));
    else io.out(`${printed++ ? '\n' : ''}${printCheck(file, options.asOf, analysed, { lang, all: options.all })}\n`);
  }
  if (options.json && reports.length > 0) {
    io.out(`${JSON.stringify(options.files.length === 1 ? reports[0] : reports, null, 2)}\n`);
  }
  return exitCode;
}
