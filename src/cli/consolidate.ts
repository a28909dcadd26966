/**
 * `phuluc consolidate`: the units' workbooks (files and folders) merged into the plan's tasks, with
 * the summary sheets and a sheet of sources and findings. A file that cannot be used is listed with
 * its reason and the rest goes on; exit 0 once the output is written, 2 when it cannot be.
 */
import { writeFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { consolidate, type ReportFile } from '../core/consolidate/consolidate';
import { consolidationLayout } from '../core/consolidate/consolidationLayout';
import { isLockFile, isUnitWorkbook } from '../core/consolidate/unitWorkbook';
import { recogniseWorkbook } from '../core/recognise/recogniseWorkbook';
import type { Row } from '../core/summary';
import { READ_FAILURES } from '../io/readFailures';
import type { ReaderPool } from '../io/readerPool';
import { CLI_TEXT as T } from './messages';
import type { ConsolidateOptions } from './options';
import { EXIT, type Output } from './output';

/**
 * The workbooks named on the command line, folders opened one level deep, in a stable order. A file
 * named outright is kept whatever its extension (its content decides), unless it is a lock file.
 */
function unitFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    let isFolder = false;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      return [path]; // reported as not found when read
    }
    if (!isFolder) return isLockFile(path) ? [] : [path];
    return readdirSync(path)
      .filter(isUnitWorkbook)
      .sort((a, b) => a.localeCompare(b, 'vi'))
      .map((name) => join(path, name));
  });
}

function unitJson({ label, total, done_on_time, done_late, on_track, overdue, recurring, no_deadline }: Row) {
  return { unit: label, total, done_on_time, done_late, on_track, overdue, recurring, no_deadline };
}

export async function runConsolidate(options: ConsolidateOptions, io: Output, pool: ReaderPool): Promise<number> {
  const { lang, asOf } = options;
  const files = unitFiles(options.files);
  const fail = (reason: string) => {
    io.err(`phuluc: ${reason}`);
    return EXIT.unreadable;
  };
  // The units' files are read while the plan is: each is recognised with the year its own title
  // gives, and read again with the plan's year in the rare file where the two differ.
  const masterRead = pool.readWorkbook(options.master);
  const writer = import('../io/writeSummary'); // loads while the readers start
  const read = (file: string, planYear?: number) => pool.readReport(file, { asOf, planYear, lang });
  const early = files.map((file) => read(file));
  const master = await masterRead;
  if ('failure' in master) return fail(`${options.master}: ${T.cannotRead[lang]}: ${READ_FAILURES[master.failure][lang]}`);
  const plan = recogniseWorkbook(master.workbook, { asOf, planYear: options.planYear, sheet: options.sheet });
  if (!plan.length) return fail(`${options.master}: ${T.masterNoTable[lang]}`);
  const { planYear } = plan[0]!;
  const reports = early.map(async (first, i): Promise<ReportFile> => {
    let reply = await first;
    if ('report' in reply && 'rows' in reply.report && reply.report.planYear !== planYear) reply = await read(files[i]!, planYear);
    return 'report' in reply ? reply.report : { file: files[i]!, error: READ_FAILURES[reply.failure][lang] };
  });
  const result = consolidate(plan, await Promise.all(reports), { asOf, lang });
  try {
    writeFileSync(options.output, await (await writer).writeLayouts(consolidationLayout(result, lang)));
  } catch (error) {
    return fail(`${options.output}: ${error instanceof Error ? error.message : String(error)}`);
  }

  if (options.json) {
    const json = {
      output: options.output,
      asOf,
      sources: result.sources.map(({ file, unit, tasks, reported, error }) => ({ file, unit, tasks, reported, error })),
      byUnit: result.byUnit.map(unitJson),
      notSubmitted: result.notSubmitted,
      findings: result.findings.map(({ code, severity, file, cell, message }) => ({ code, severity, file, cell, message })),
    };
    io.out(`${JSON.stringify(json, null, 2)}\n`);
    return EXIT.ok;
  }
  const bad = result.sources.filter((s) => s.error);
  const lines = [`${T.wroteConsolidation[lang]} ${result.sources.length - bad.length} ${T.unitFiles[lang]}: ${options.output}`];
  if (bad.length) lines.push(`${T.badFiles[lang]}:`, ...bad.map((s) => `  ${s.file}: ${s.error}`));
  if (result.notSubmitted.length) lines.push(`${T.notSubmitted[lang]}: ${result.notSubmitted.join('; ')}`);
  io.out(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
