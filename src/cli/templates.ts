/**
 * `phuluc templates`: one report template per named lead unit of the plan, written into a folder
 * (src/core/cycle/template.ts decides what each holds, src/io/writeTemplate.ts draws it). Nothing is
 * written over: every file the command would write is checked first, and each is then created only
 * if it is still absent (a file that appeared meanwhile is refused, not replaced).
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { z } from 'zod';
import { buildTemplates, type PlanTemplates, type UnitTemplate } from '../core/cycle/template';
import type { Language } from '../core/findings';
import { formatNumber, TEXT } from '../core/i18n';
import type { ReaderPool } from '../io/readerPool';
import { writeTemplate } from '../io/writeTemplate';
import { checkFile } from './checkFile';
import type { TemplatesOptions } from './options';
import { EXIT, type Output } from './output';
import { outputProblem, sameFile, systemErrorMessage } from './paths';
import { fit, wrap, wrapItems } from './text';

const TemplatesReportSchema = z.object({
  output: z.string(),
  asOf: z.string(),
  period: z.string(),
  reportBy: z.string().nullable(),
  plan: z.object({ id: z.string(), title: z.string(), number: z.string().nullable(), date: z.string().nullable() }),
  templates: z.array(z.object({ unit: z.string(), file: z.string(), path: z.string(), led: z.number(), supported: z.number(), spellings: z.array(z.string()) })),
  unassigned: z.array(z.object({ sheet: z.string(), row: z.number(), stt: z.string().nullable(), task: z.string(), lead: z.array(z.string()) })),
});
type TemplatesReport = z.infer<typeof TemplatesReportSchema>;

/** Why -o cannot be the templates' folder: it is a file, or is named like one (a folder would be made with that name). */
function folderProblem(output: string, lang: Language): string | null {
  const isFile = existsSync(output) && !statSync(output).isDirectory();
  if (isFile || ['.xlsx', '.xlsm', '.xls', '.zip'].includes(extname(output).toLowerCase())) return `-o ${output} ${TEXT[lang].cli.notAFolder}; ${TEXT[lang].cli.folderExample}`;
  return null;
}

/** The templates with the path each is written to. */
type Written = { template: UnitTemplate; path: string }[];

function report(plan: PlanTemplates, first: UnitTemplate, options: TemplatesOptions, written: Written): TemplatesReport {
  return TemplatesReportSchema.parse({
    output: options.output,
    asOf: options.asOf,
    period: first.identity.period,
    reportBy: options.reportBy ?? null,
    plan: { id: plan.plan, title: plan.heading.title, number: plan.heading.number, date: plan.heading.date },
    templates: written.map(({ template: t, path }) => ({ unit: t.unit, file: t.file, path, led: t.led.length, supported: t.supported.length, spellings: t.spellings })),
    unassigned: plan.unassigned.map(({ sheet, task }) => ({ sheet, row: task.row + 1, stt: task.stt, task: task.text, lead: task.lead.map((u) => u.name) })),
  });
}

function printed(result: TemplatesReport, first: UnitTemplate, lang: Language): string[] {
  const n = (count: number) => formatNumber(count, lang);
  const lines = first.heading.slice(1).map((line) => fit(line));
  lines.push('', `${n(result.templates.length)} ${TEXT[lang].cli.templates}:`);
  for (const t of result.templates) {
    // The file name is printed whole, as every path is.
    lines.push(`  ${t.file}: ${TEXT[lang].cli.templateCounts(n(t.led), n(t.supported))}`);
    if (t.spellings.length > 1)
      lines.push(
        ...wrap(
          `${TEXT[lang].cli.alsoSpelt}: ${t.spellings
            .slice(1)
            .map((s) => `"${s}"`)
            .join(', ')}`,
          '    ',
          '    ',
        ),
      );
  }
  if (result.unassigned.length) {
    lines.push(...wrap(`${n(result.unassigned.length)} ${TEXT[lang].cli.unassigned}:`, '', '  '));
    for (const sheet of [...new Set(result.unassigned.map((u) => u.sheet))]) {
      const rows = result.unassigned.filter((u) => u.sheet === sheet).map((u) => String(u.row));
      lines.push(...wrapItems(rows, ', ', `  ${TEXT[lang].cli.sheet} "${sheet}", ${TEXT[lang].cli.row.toLowerCase()} `, '    '));
    }
  }
  lines.push(`${TEXT[lang].cli.wroteTemplates}: ${result.output}`);
  return lines;
}

export async function runTemplates(options: TemplatesOptions, io: Output, pool: ReaderPool): Promise<number> {
  const { lang } = options;
  const [file] = options.files;
  const fail = (reason: string) => {
    io.err(`phuluc: ${reason}`);
    return EXIT.unreadable;
  };
  const notFolder = folderProblem(options.output, lang);
  if (notFolder) return fail(notFolder);
  const read = await checkFile(file, pool, options);
  if ('reason' in read) return fail(read.reason);
  const plan = buildTemplates(
    read.workbook,
    read.analysed.map((a) => a.table),
    options,
  );
  const [first] = plan.templates;
  if (!first) return fail(`${file}: ${TEXT[lang].cli.noNamedLead}`);

  // Every file is checked before any is written: the plan itself (whatever path names it) and any file already there.
  const targets: Written = plan.templates.map((template) => ({ template, path: join(options.output, template.file) }));
  const paths = targets.map((t) => t.path);
  const onPlan = paths.find((path) => sameFile(path, file));
  if (onPlan) return fail(outputProblem(onPlan, [file], ['.xlsx'], lang) ?? `${onPlan}: ${TEXT[lang].cli.notOverSource}`);
  const taken = paths.filter((path) => existsSync(path));
  if (taken.length) return fail(`-o ${options.output}: ${TEXT[lang].cli.templatesExist}: ${taken.map((path) => basename(path)).join(', ')}`);
  const written: string[] = [];
  try {
    mkdirSync(options.output, { recursive: true });
    for (const { template, path } of targets) {
      // 'wx': created only if absent, so a file that appeared since the check is never replaced.
      writeFileSync(path, await writeTemplate(template, options), { flag: 'wx' });
      written.push(path);
    }
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
    const path = paths[written.length] ?? options.output;
    const why = code === 'EEXIST' ? `-o ${options.output}: ${TEXT[lang].cli.templatesExist}: ${basename(path)}` : (systemErrorMessage(error, lang, path) ?? String(error));
    return fail(written.length ? `${why} (${TEXT[lang].cli.templatesWritten} ${formatNumber(written.length, lang)}/${formatNumber(paths.length, lang)}: ${written.join(', ')})` : why);
  }

  const result = report(plan, first, options, targets);
  io.out(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${printed(result, first, lang).join('\n')}\n`);
  return EXIT.ok;
}
