/** `phuluc check`: recognise, read and check one or more workbooks. */
import { hasErrors } from '../core/findings';
import { CheckReportSchema, toCheckReport, type CheckReport } from '../core/report';
import { analyseFile, loadDirectory } from './analyseFile';
import type { CheckOptions } from './options';
import { EXIT, type Output } from './output';
import { printCheck } from './printCheck';

export function runCheck(options: CheckOptions, io: Output): number {
  const { lang } = options;
  const reports: CheckReport[] = [];
  let exitCode: number = EXIT.ok;
  const { directory, error: unitsError } = loadDirectory(options);
  if (unitsError) {
    io.err(`phuluc: ${unitsError}`);
    return EXIT.unreadable;
  }
  for (const file of options.files) {
    const result = analyseFile(file, options, directory);
    if ('reason' in result) {
      io.err(`phuluc: ${result.reason}`);
      exitCode = EXIT.unreadable;
      continue;
    }
    const { analysed } = result;
    if (hasErrors(analysed.flatMap((a) => a.findings)) && exitCode === EXIT.ok) exitCode = EXIT.errors;
    if (options.json) reports.push(CheckReportSchema.parse(toCheckReport(file, options.asOf, analysed)));
    else io.out(`${printCheck(file, options.asOf, analysed, lang)}\n`);
  }
  if (options.json && reports.length > 0) {
    io.out(`${JSON.stringify(options.files.length === 1 ? reports[0] : reports, null, 2)}\n`);
  }
  return exitCode;
}
