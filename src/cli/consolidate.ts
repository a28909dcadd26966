/**
 * `phuluc consolidate`: the units' workbooks (files and folders) merged into the plan's tasks, with
 * the summary sheets and a sheet of sources and findings. A file that cannot be used is listed with
 * its reason and the rest goes on; exit 0 once the output is written, 2 when it cannot be.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consolidate, type SourceFile } from '../core/consolidate/consolidate';
import { consolidationLayout } from '../core/consolidate/consolidationLayout';
import { isLockFile, isUnitWorkbook } from '../core/consolidate/unitWorkbook';
import { recogniseWorkbook } from '../core/recognise/recogniseWorkbook';
import type { Row } from '../core/summary';
import { readWorkbookFile } from '../io/readWorkbook';
import { READ_FAILURES, WorkbookReadError } from '../io/workbookBytes';
import { writeLayouts } from '../io/writeSummary';
import { EXIT, type Output } from './check';
import { CLI_TEXT as T } from './messages';
import type { ConsolidateOptions } from './options';

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

function readSource(file: string, lang: 'vi' | 'en'): SourceFile {
  try {
    return { file, workbook: readWorkbookFile(file) };
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    return { file, error: READ_FAILURES[error.reason][lang] };
  }
}

function unitJson({ label, total, done_on_time, done_late, on_track, overdue, recurring, no_deadline }: Row) {
  return { unit: label, total, done_on_time, done_late, on_track, overdue, recurring, no_deadline };
}

export async function runConsolidate(options: ConsolidateOptions, io: Output): Promise<number> {
  const { lang, asOf } = options;
  const fail = (reason: string) => {
    io.err(`phuluc: ${reason}`);
    return EXIT.unreadable;
  };
  const master = readSource(options.master, lang);
  if ('error' in master) return fail(`${options.master}: ${T.cannotRead[lang]}: ${master.error}`);
  const plan = recogniseWorkbook(master.workbook, { asOf, planYear: options.planYear, sheet: options.sheet });
  if (!plan.length) return fail(`${options.master}: ${T.masterNoTable[lang]}`);

  const result = consolidate(plan, unitFiles(options.files).map((file) => readSource(file, lang)), { asOf, lang });
  try {
    writeFileSync(options.output, await writeLayouts(consolidationLayout(result, lang)));
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
