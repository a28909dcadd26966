/**
 * `phuluc consolidate`: the units' workbooks (files and folders) merged into the plan's tasks, with
 * the summary sheets and a sheet of sources and findings. Each file is listed with its unit and how
 * that unit was found (files to confirm first), every file that is not counted with its reason;
 * exit 0 once the output is written, 2 when it cannot be.
 */
import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { consolidate, type ReportFile, shortTask, type SourceSummary } from '../core/consolidate/consolidate';
import { consolidationLayout, monthOverMonthNotes } from '../core/consolidate/consolidationLayout';
import { CHANGE_KINDS, compareWithPrevious, type MonthOverMonth, type PreviousConsolidation, previousProblemText, readPreviousConsolidation } from '../core/cycle/previous';
import { type NotRead, whyNotRead } from '../core/consolidate/unitWorkbook';
import { planHeading } from '../core/cycle/planHeading';
import type { Language } from '../core/findings';
import { isoToVietnamese } from '../core/grid';
import { formatNumber, TEXT } from '../core/i18n';
import { recogniseWorkbook } from '../core/recognise/recogniseWorkbook';
import { reportSentence, summarize } from '../core/summary';
import type { ReaderPool } from '../io/readerPool';
import { loadDirectoryEntries } from './checkFile';
import type { ConsolidateOptions } from './options';
import { EXIT, type Output } from './output';
import { folderProblem, outputProblem, sameFile, samePlace, writeOutput } from './paths';
import { bucketLines } from './printCheck';
import { cycleFiles, cycleJson, cycleLines, cycleOutputProblem, writeCycleFiles } from './reportFiles';
import { unitJson } from './summarize';
import { fit, wrap } from './text';

/** A file to read, or one not read and why (a key of TEXT[lang].consolidation.sourceWords). */
type Entry = { file: string } | { file: string; notRead: NotRead | 'master' };

/**
 * The entries named on the command line, folders opened one level deep in a stable order. A file
 * named outright is read whatever its extension (its content decides), unless it is a lock file;
 * in a folder every entry that is not read is kept with its reason.
 */
function unitEntries(paths: readonly string[], master: string): Entry[] {
  const entries = paths.flatMap((path): Entry[] => {
    let isFolder = false;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      return [{ file: path }]; // reported as not found when read
    }
    if (!isFolder) {
      const why = whyNotRead(path, false);
      return [why === 'lockFile' ? { file: path, notRead: why } : { file: path }];
    }
    return readdirSync(path, { withFileTypes: true })
      .sort((a: Dirent, b: Dirent) => a.name.localeCompare(b.name, 'vi'))
      .map((dirent): Entry => {
        const why = whyNotRead(dirent.name, dirent.isDirectory());
        return why ? { file: join(path, dirent.name), notRead: why } : { file: join(path, dirent.name) };
      });
  });
  return entries.map((entry) => ('notRead' in entry || !sameFile(entry.file, master) ? entry : { file: entry.file, notRead: 'master' }));
}

function modifiedAt(file: string): string | undefined {
  try {
    return statSync(file).mtime.toISOString();
  } catch {
    return undefined;
  }
}

function sourceJson({ file, unit, unitFrom, confirm, evidence, written, reportDate, template, tasks, reported, byKey, skipped, error, sameUnit }: SourceSummary) {
  return { file, unit, unitFrom, confirm, evidence, written, reportDate, template, tasks, reported, byKey, skipped, error, sameUnit };
}

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** The lines a clerk reads: the files to confirm first, then every file and its unit, the files not counted, the units missing. */
function report(sources: readonly SourceSummary[], notSubmitted: ReturnType<typeof consolidate>['notSubmitted'], lang: Language): string[] {
  const counted = sources.filter((s) => !s.skipped);
  const line = (s: SourceSummary) => fit(`  ${fileName(s.file)} → ${s.unit ?? TEXT[lang].cli.unknownUnit} (${s.evidence})`);
  const lines: string[] = [];
  const toConfirm = counted.filter((s) => s.confirm);
  if (toConfirm.length) lines.push(`${TEXT[lang].cli.unitsToConfirm} (${toConfirm.length}):`, ...toConfirm.map(line), `  ${TEXT[lang].cli.setUnit}`);
  const sure = counted.filter((s) => !s.confirm);
  if (sure.length) lines.push(`${TEXT[lang].cli.filesAndUnits}:`, ...sure.map(line));
  const skipped = sources.filter((s) => s.skipped);
  if (skipped.length) lines.push(`${TEXT[lang].cli.badFiles} (${formatNumber(skipped.length, lang)}):`, ...skipped.map((s) => fit(`  ${fileName(s.file)}: ${s.error}`)));
  if (notSubmitted.length) {
    lines.push(`${TEXT[lang].common.notSubmittedHeading} (${formatNumber(notSubmitted.length, lang)}):`);
    for (const n of notSubmitted) lines.push(fit(`  ${n.unit} (${TEXT[lang].cli.leads} ${formatNumber(n.tasks.length, lang)}):`), ...n.tasks.map((t) => fit(`    ${shortTask(t, 72)}`)));
  }
  return lines;
}

/** Last period's consolidation (--previous) as read, or the one-line reason it cannot be used. */
function previousOf(file: string, read: Awaited<ReturnType<ReaderPool['readWorkbook']>>, lang: Language): PreviousConsolidation | string {
  if ('failure' in read) return `--previous ${file}: ${TEXT[lang].cli.cannotRead}: ${TEXT[lang].reading.failures[read.failure]}`;
  const previous = readPreviousConsolidation(read.workbook);
  return 'problem' in previous ? `--previous ${file}: ${previousProblemText(previous, lang)}` : previous;
}

/** How many tasks changed in each way since the last cut-off, and what could not be compared. */
function changeLines(m: MonthOverMonth, lang: Language): string[] {
  return [
    `${TEXT[lang].consolidation.words.monthOverMonth} (${isoToVietnamese(m.previousAsOf)}):`,
    ...CHANGE_KINDS.map((kind) => `  ${TEXT[lang].consolidation.changes[kind]}: ${formatNumber(m.counts[kind], lang)}`),
    ...monthOverMonthNotes(m, lang).flatMap((note) => wrap(note, '  ', '    ')),
  ];
}

export async function runConsolidate(options: ConsolidateOptions, io: Output, pool: ReaderPool): Promise<number> {
  const { lang, asOf } = options;
  const fail = (reason: string) => {
    io.err(`phuluc: ${reason}`);
    return EXIT.unreadable;
  };
  for (const [path, flag] of [
    [options.master, '--master'],
    [options.units, '--units'],
    [options.previous, '--previous'],
  ] as const) {
    const folder = path && folderProblem(path, lang);
    if (folder) return fail(`${flag} ${folder}`);
  }
  const entries = unitEntries(options.files, options.master);
  const problem = outputProblem(options.output, [options.master, options.units ?? '', options.previous ?? '', ...entries.map((e) => e.file)], ['.xlsx'], lang);
  if (problem) return fail(problem);
  const cycleProblem = cycleOutputProblem(options, [options.master, options.units ?? '', options.previous ?? '', ...entries.map((e) => e.file)], lang);
  if (cycleProblem) return fail(cycleProblem);
  // The units' files are read while the plan is: each is recognised with the year its own title
  // gives, and read again with the plan's year in the rare file where the two differ.
  const masterRead = pool.readWorkbook(options.master);
  const previousRead = options.previous ? { file: options.previous, read: pool.readWorkbook(options.previous) } : null;
  const writer = import('../io/writeSummary'); // loads while the readers start
  const reportWriter = options.report || options.reminders ? import('../io/writeReportDocx') : null;
  const read = (file: string, planYear?: number) => pool.readReport(file, { asOf, planYear, lang, columns: options.columns });
  const early = entries.map((entry) => ('notRead' in entry ? entry : { file: entry.file, reading: read(entry.file) }));
  const directory = await loadDirectoryEntries(options, pool);
  if (directory.error) return fail(directory.error);
  const master = await masterRead;
  if ('failure' in master) return fail(`${options.master}: ${TEXT[lang].cli.cannotRead}: ${TEXT[lang].reading.failures[master.failure]}`);
  const plan = recogniseWorkbook(master.workbook, { asOf, planYear: options.planYear, sheet: options.sheet });
  const [planTable] = plan;
  if (!planTable) return fail(`${options.master}: ${TEXT[lang].cli.masterNoTable}`);
  if (!entries.some((e) => !('notRead' in e))) return fail(`${options.files.join(', ')}: ${TEXT[lang].cli.noWorkbooks}`);
  const previous = previousRead ? previousOf(previousRead.file, await previousRead.read, lang) : null;
  if (typeof previous === 'string') return fail(previous);
  const { planYear } = planTable;
  const reports = early.map(async (entry): Promise<ReportFile> => {
    if ('notRead' in entry) return { file: entry.file, error: TEXT[lang].consolidation.sourceWords[entry.notRead], skipped: true };
    let reply = await entry.reading;
    if ('report' in reply && 'rows' in reply.report && reply.report.planYear !== planYear) reply = await read(entry.file, planYear);
    if (!('report' in reply)) return { file: entry.file, error: TEXT[lang].reading.failures[reply.failure] };
    return 'rows' in reply.report ? { ...reply.report, modified: modifiedAt(entry.file) } : reply.report;
  });
  // --unit names a file by its path or by its name alone.
  const units = Object.fromEntries(
    entries.flatMap((e) =>
      Object.entries(options.unit)
        .filter(([file]) => file === fileName(e.file) || samePlace(file) === samePlace(e.file))
        .map(([, unit]) => [e.file, unit]),
    ),
  );
  const result = consolidate(plan, await Promise.all(reports), { asOf, lang, units, directory: directory.entries });
  // A consolidation of nothing is no consolidation: every entry is known not to be a unit's report
  // (the plan, a copy of it, an earlier output, a lock file ...). Files that could not be read may be
  // reports: then the output is written, listing each with its reason.
  const unreadable = result.findings.some((f) => f.code === 'BAD_FILE');
  if (!unreadable && !result.sources.some((s) => !s.skipped && !s.error)) {
    const why = result.sources.slice(0, 3).map((s) => `${fileName(s.file)}: ${s.error}`);
    const rest = result.sources.length > 3 ? TEXT[lang].cli.moreFiles(result.sources.length - 3) : '';
    return fail(`${options.files.join(', ')}: ${TEXT[lang].cli.noReports} (${why.join('; ')}${rest})`);
  }
  const changes = previous ? compareWithPrevious(result, previous) : undefined;
  if (changes && 'problem' in changes) return fail(`--previous ${options.previous}: ${previousProblemText(changes, lang)}`);
  const cycle = reportWriter ? await cycleFiles(options, result, planHeading(master.workbook, planTable), changes, await reportWriter) : null;
  if (typeof cycle === 'string') return fail(cycle);
  const refused = writeOutput(options.output, await (await writer).writeLayouts(consolidationLayout(result, lang, changes)), lang) ?? (cycle && writeCycleFiles(cycle, lang));
  if (refused) return fail(refused);

  if (options.json) {
    const json = {
      output: options.output,
      asOf,
      planSheet: planTable.sheet,
      sources: result.sources.map(sourceJson),
      byUnit: result.byUnit.map(unitJson),
      notSubmitted: result.notSubmitted.map((n) => n.unit),
      notSubmittedTasks: result.notSubmitted,
      findings: result.findings.map(({ code, severity, file, cell, message }) => ({ code, severity, file, cell, message })),
      ...(changes ? { changes } : {}),
      ...(cycle ? cycleJson(cycle) : {}),
    };
    io.out(`${JSON.stringify(json, null, 2)}\n`);
    return EXIT.ok;
  }
  const counted = result.sources.filter((s) => !s.skipped && s.unit !== null).length;
  const summary = summarize(result.tables, asOf, lang);
  const lines = [
    `${TEXT[lang].common.asOf}: ${isoToVietnamese(asOf)}`,
    `${TEXT[lang].cli.plan}: ${options.master} (${TEXT[lang].cli.sheet.toLowerCase()} "${planTable.sheet}")`,
    ...report(result.sources, result.notSubmitted, lang),
    '',
    `${formatNumber(summary.plan.total, lang)} ${TEXT[lang].common.tasks}:`,
    ...bucketLines(summary.plan, lang, '  '),
    reportSentence(summary.plan, lang),
    ...(changes ? changeLines(changes, lang) : []),
    `${TEXT[lang].cli.wroteConsolidation} ${formatNumber(counted, lang)}/${formatNumber(result.sources.length, lang)} ${TEXT[lang].cli.unitFiles}: ${options.output}`,
    ...(cycle ? cycleLines(cycle, lang) : []),
  ];
  io.out(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
