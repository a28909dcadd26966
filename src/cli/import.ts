/**
 * `phuluc import`: the appendix table built from the plan itself (a Word document's tables, its task
 * list written as prose, a PDF's text layer, or the same as text), written as a workbook the other
 * commands read. With --json, the written workbook's check report, the document `phuluc check
 * --json` prints. A PDF is read in a worker thread of its own (src/io/pdfReader.ts), anything else
 * in a reader process; a .doc (Word 97) is refused with how to save it as .docx, a scanned PDF with
 * the advice to run OCR first.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { checkWorkbook } from '../core/check';
import type { Language } from '../core/findings';
import type { ImportedPlan } from '../core/import/importPlan';
import { importLayout } from '../core/import/importPlan';
import { type PlanFileKind, type PlanProblem, sniffPlanFile } from '../core/import/planFiles';
import { CheckReportSchema, toCheckReport } from '../core/report';
import { formatNumber, TEXT } from '../core/i18n';
import type { ReadFailure } from '../io/readFailures';
import type { ReaderPool } from '../io/readerPool';
import type { ImportOptions } from './options';
import { fit } from './text';
import { EXIT, type Output } from './output';
import { folderProblem, writeOutput } from './paths';

/** The file's first kilobyte, enough to tell a PDF from a Word document or text; nothing is parsed here. */
function kindOf(file: string): PlanFileKind {
  try {
    const fd = openSync(file, 'r');
    try {
      const head = new Uint8Array(1024);
      return sniffPlanFile(head.subarray(0, readSync(fd, head, 0, head.length, 0)));
    } finally {
      closeSync(fd);
    }
  } catch {
    return 'other'; // the reader says why (not found)
  }
}

/** Why the file could not be imported, the import's own reasons first. */
function failureText(failure: ReadFailure, problem: PlanProblem | undefined, kind: PlanFileKind, lang: Language): string {
  if (problem) return TEXT[lang].reading.planProblems[problem];
  if (failure === 'not_plan') return TEXT[lang].reading.planProblems[kind === 'ole' || kind === 'rtf' ? 'word97' : 'not_plan'];
  return TEXT[lang].reading.failures[failure];
}

async function readPlan(file: string, asOf: string, kind: PlanFileKind, pool: ReaderPool): Promise<{ plan: ImportedPlan } | { failure: ReadFailure; problem?: PlanProblem }> {
  if (kind !== 'pdf') return pool.readPlan(file, asOf);
  const { readPdfPlan } = await import('../io/pdfReader');
  return readPdfPlan(file, asOf);
}

export async function runImport(options: ImportOptions, io: Output, pool: ReaderPool): Promise<number> {
  const { lang, asOf } = options;
  const [file] = options.files;
  const fail = (reason: string) => {
    io.err(`phuluc: ${reason}`);
    return EXIT.unreadable;
  };
  const folder = folderProblem(file, lang);
  if (folder) return fail(folder);
  const kind = kindOf(file);
  const read = await readPlan(file, asOf, kind, pool);
  if ('failure' in read) return fail(`${file}: ${TEXT[lang].cli.cannotRead}: ${failureText(read.failure, 'problem' in read ? read.problem : undefined, kind, lang)}`);
  const { plan } = read;
  if (!plan.tables.length) return fail(`${file}: ${TEXT[lang].cli.noTasksFound}`);
  const { writeLayouts } = await import('../io/writeSummary');
  const refused = writeOutput(options.output, await writeLayouts(plan.tables.map((table) => importLayout(plan, table))), lang);
  if (refused) return fail(refused);

  // What was written, read back the way `check` reads it.
  const written = await pool.readWorkbook(options.output);
  if ('failure' in written) return fail(`${options.output}: ${TEXT[lang].cli.cannotRead}: ${TEXT[lang].reading.failures[written.failure]}`);
  const analysed = checkWorkbook(written.workbook, { asOf, planYear: options.planYear, lang });
  if (options.json) {
    io.out(`${JSON.stringify(CheckReportSchema.parse(toCheckReport(options.output, asOf, analysed)), null, 2)}\n`);
    return EXIT.ok;
  }
  const lines = analysed.map(
    (a) => `${TEXT[lang].cli.wroteImport} ${formatNumber(a.table.tasks.length, lang)} ${TEXT[lang].common.tasks} (${TEXT[lang].cli.sheet} "${a.table.sheet}"): ${options.output}`,
  );
  const wrong = plan.counts.filter((c) => c.announced !== c.found);
  if (wrong.length)
    lines.push(
      `${TEXT[lang].cli.countMismatch}:`,
      ...wrong.map((c) => fit(`  ${TEXT[lang].cli.announced} ${formatNumber(c.announced, lang)}, ${TEXT[lang].cli.found} ${formatNumber(c.found, lang)}: ${c.heading}`)),
    );
  io.out(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
