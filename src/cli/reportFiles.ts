/**
 * What `phuluc consolidate` writes for the monthly cycle beside its workbook (docs/cycle.md): the
 * report upward in Word (--report) and one reminder per unit to chase (--reminders), checked before
 * anything is written so that no file is ever written over, then written, said and put in the JSON.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { todayIso, yearOf } from '../core/calendar';
import type { Consolidation } from '../core/consolidate/consolidate';
import type { PlanHeading } from '../core/cycle/planHeading';
import type { MonthOverMonth } from '../core/cycle/previous';
import { type Reminder, reminderDocument, reminderFileName, reminders, REPORT_BY_BLANK } from '../core/cycle/reminders';
import { type ReportUpward, reportUpward } from '../core/cycle/reportUpward';
import type { Language } from '../core/findings';
import { formatNumber, TEXT } from '../core/i18n';
import type * as ReportWriter from '../io/writeReportDocx';
import type { ConsolidateOptions } from './options';
import { outputProblem, samePlace, systemErrorMessage, writeOutput } from './paths';
import { fit, wrap } from './text';

/** The report upward and the reminders, made and checked before anything is written. */
export interface CycleFiles {
  report: { path: string; model: ReportUpward; bytes: Uint8Array } | null;
  reminders: { folder: string; reportBy: string | null; files: { path: string; reminder: Reminder; bytes: Uint8Array }[] } | null;
}

const isFolder = (path: string) => existsSync(path) && statSync(path).isDirectory();

/**
 * Why --report or --reminders cannot be written, asked before anything is read: the report is a new
 * .docx that is none of the inputs; the reminders go to a folder (made if missing) that is not a
 * folder of input reports, where next month's run would find them.
 */
export function cycleOutputProblem({ report, reminders: folder, files }: ConsolidateOptions, inputs: readonly string[], lang: Language): string | null {
  if (report) {
    // outputProblem words its refusals for -o.
    const problem = outputProblem(report, inputs, ['.docx'], lang)?.replace(/^-o /, '--report ');
    if (problem) return problem;
    if (existsSync(report)) return `--report ${report}: ${TEXT[lang].cli.fileExists}`;
  }
  if (folder) {
    if (existsSync(folder) && !isFolder(folder)) return `--reminders ${folder} ${TEXT[lang].cli.notAFolder}`;
    if (!isFolder(dirname(resolve(folder)))) return `--reminders ${folder}: ${TEXT[lang].cli.noParentFolder}`;
    if (files.some((file) => isFolder(file) && samePlace(file) === samePlace(folder))) return `--reminders ${folder} ${TEXT[lang].cli.inputFolder}`;
  }
  return null;
}

/** "Sở Y tế.docx", or "Sở Y tế (2).docx" when two units' names make one file name (compared as a case-blind disk would). */
function freeName(folder: string, name: string, taken: Set<string>): string {
  const stem = name.slice(0, -'.docx'.length);
  let path = join(folder, name);
  for (let i = 2; taken.has(samePlace(path).toLowerCase()); i++) path = join(folder, `${stem} (${i}).docx`);
  taken.add(samePlace(path).toLowerCase());
  return path;
}

/** The Word report and the reminders' documents, or the one-line reason one of them would overwrite a file. */
export async function cycleFiles(
  options: ConsolidateOptions,
  result: Consolidation,
  heading: PlanHeading,
  previous: MonthOverMonth | undefined,
  writer: typeof ReportWriter,
): Promise<CycleFiles | string> {
  const { lang } = options;
  let report: CycleFiles['report'] = null;
  if (options.report) {
    // The date line's year is the year the report is made; day and month are left to the signer.
    const model = reportUpward(result, heading, { lang, year: yearOf(todayIso()), issuer: options.issuer, to: options.to, previous });
    report = { path: options.report, model, bytes: await writer.reportDocx(model) };
  }
  if (!options.reminders) return { report, reminders: null };
  const taken = new Set(options.report ? [samePlace(options.report).toLowerCase()] : []);
  const files: NonNullable<CycleFiles['reminders']>['files'] = [];
  for (const reminder of reminders(result, heading, { lang, reportBy: options.reportBy })) {
    const path = freeName(options.reminders, reminderFileName(reminder.unit), taken);
    if (existsSync(path)) return `--reminders ${options.reminders}: ${basename(path)}: ${TEXT[lang].cli.fileExists}`;
    files.push({ path, reminder, bytes: await writer.reportDocx(reminderDocument(reminder, lang)) });
  }
  return { report, reminders: { folder: options.reminders, reportBy: options.reportBy ?? null, files } };
}

/** Writes the report and the reminders; the one-line reason when the disk refuses, or null. */
export function writeCycleFiles({ report, reminders: chased }: CycleFiles, lang: Language): string | null {
  const refused = report && writeOutput(report.path, report.bytes, lang);
  if (refused) return refused;
  if (!chased?.files.length) return null;
  try {
    if (!existsSync(chased.folder)) mkdirSync(chased.folder);
  } catch (error) {
    const message = systemErrorMessage(error, lang, chased.folder);
    if (message === null) throw error;
    return `--reminders ${message}`;
  }
  for (const file of chased.files) {
    const failed = writeOutput(file.path, file.bytes, lang);
    if (failed) return failed;
  }
  return null;
}

/** What was written: the report and what is left to fill in it, each reminder, the report-by day when it was left blank. */
export function cycleLines({ report, reminders: chased }: CycleFiles, lang: Language): string[] {
  const n = (count: number) => formatNumber(count, lang);
  const lines: string[] = [];
  if (report) {
    lines.push(`${TEXT[lang].cli.wroteReport}: ${report.path}`);
    if (report.model.issuerFrom === 'plan') lines.push(...wrap(`${report.model.issuer} (${TEXT[lang].cli.issuerFromPlan})`, '  ', '    '));
    lines.push(...wrap(`${TEXT[lang].common.toFill}: ${report.model.toFill.map((blank) => TEXT[lang].cycle.blanks[blank]).join('; ')}.`, '  ', '    '));
  }
  if (!chased) return lines;
  if (!chased.files.length) return [...lines, `${TEXT[lang].cli.noReminders}.`];
  lines.push(`${TEXT[lang].cli.wroteReminders} (${n(chased.files.length)}): ${chased.folder}`);
  for (const { path, reminder } of chased.files) {
    const overdue = reminder.tasks.filter((t) => t.daysOverdue !== null).length;
    const why = [reminder.notReported ? TEXT[lang].common.notReported : '', overdue ? `${n(overdue)} ${TEXT[lang].common.overdueTasks}` : ''].filter(Boolean).join(', ');
    lines.push(fit(`  ${basename(path)}: ${why}`));
  }
  if (!chased.reportBy) lines.push(...wrap(`${TEXT[lang].cli.noReportBy}: ${REPORT_BY_BLANK}`, '', '  '));
  return lines;
}

/** The report's path and what it leaves to fill; each reminder's unit, file and text. */
export function cycleJson({ report, reminders: chased }: CycleFiles) {
  return {
    ...(report ? { report: report.path, reportToFill: report.model.toFill } : {}),
    ...(chased
      ? { reportBy: chased.reportBy, reminders: chased.files.map(({ path, reminder }) => ({ unit: reminder.unit, file: path, notReported: reminder.notReported, text: reminder.text })) }
      : {}),
  };
}
