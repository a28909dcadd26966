/** `phuluc fix`: write a corrected copy with the safe fixes, list every change, never touch the source. */
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { planFixes } from '../core/fixPlan';
import { type Cell, cellText } from '../core/grid';
import { type Edit, editCell, editValue } from '../core/findings';
import { TEXT } from '../core/i18n';
import { type EditNotMade, FixError, fixedCopy } from '../io/writeFixedCopy';
import type { ReaderPool } from '../io/readerPool';
import { checkFile, loadDirectory } from './checkFile';
import { EXIT, type Output } from './output';
import type { FixOptions } from './options';

/** One change as the user reads it; text in quotes, a date bare, so a text made a date shows: "30/11/2025" → 30/11/2025. */
function describe(edit: Edit, cell: Cell | null | undefined): string {
  const value = editValue(edit);
  const target = `${edit.sheet}!${editCell(edit)}`;
  const before = cell?.kind === 'date' ? cellText(cell) : `"${cellText(cell)}"`;
  if (value === null) return `${target}: ${before}`;
  return edit.kind === 'date' ? `${target}: ${before} → ${value}` : `${target}: ${before} → "${value}"`;
}

export async function runFix(options: FixOptions, io: Output, pool: ReaderPool): Promise<number> {
  const { lang } = options;
  const [file] = options.files;
  const fail = (reason: string) => {
    io.err(`phuluc: ${reason}`);
    return EXIT.unreadable;
  };
  if (resolve(options.output) === resolve(file)) return fail(`${file}: ${TEXT[lang].cli.notOverSource}`);
  if (!['.xlsx', '.xlsm'].includes(extname(file).toLowerCase())) return fail(`${file}: ${TEXT[lang].cli.fixNeedsXlsx}`);

  const { directory, error: unitsError } = await loadDirectory(options, pool);
  if (unitsError) return fail(unitsError);
  const result = await checkFile(file, pool, options, directory);
  if ('reason' in result) return fail(result.reason);
  const { workbook, analysed } = result;

  const findings = analysed.flatMap((a) => a.findings);
  const changes = planFixes(findings, options.only ? new Set(options.only) : undefined);
  const grids = new Map(workbook.sheets.map((g) => [g.name, g]));
  let notMade: EditNotMade[];
  try {
    const copy = fixedCopy(
      readFileSync(file),
      changes.map((c) => c.edit),
    );
    writeFileSync(options.output, copy.bytes);
    notMade = copy.notMade;
  } catch (error) {
    if (error instanceof FixError) return fail(`${file}: ${TEXT[lang].cli.cannotFix}: ${error.message}`);
    throw error;
  }

  // Only what the copy holds is reported as changed; an edit that did not land leaves its finding open.
  const failed = new Set(notMade.map((n) => n.edit));
  const target = (edit: Edit) => `${edit.sheet}!${editCell(edit)}`;
  const unchanged = new Set(notMade.map((n) => target(n.edit)));
  const made = changes.filter((c) => !failed.has(c.edit));
  const fixed = new Set(made.map((c) => c.code));
  const remaining = findings.filter((f) => f.severity === 'error' && !(f.edits && fixed.has(f.code) && !f.edits.some((e) => unchanged.has(target(e)))));
  const line = ({ code, edit }: { code: string; edit: Edit }) => {
    const [row, col]: [number, number] = edit.kind === 'unmerge' ? [edit.top, edit.left] : [edit.row, edit.col];
    return `  [${code}] ${describe(edit, grids.get(edit.sheet)?.rows[row]?.[col])}`;
  };
  const lines = [`${TEXT[lang].cli.wroteCopy}: ${options.output} (${made.length} ${TEXT[lang].common.changes})`, ...made.map(line)];
  if (notMade.length) {
    lines.push(`${TEXT[lang].cli.notMade.heading}: ${notMade.length}`);
    // The copy reports them in the order of the edits it was given: the changes' order.
    const reasons = new Map(notMade.map(({ edit, reason }) => [edit, reason]));
    for (const change of changes) {
      const reason = reasons.get(change.edit);
      if (reason !== undefined) lines.push(`${line(change)} (${reason})`);
    }
  }
  lines.push(`${TEXT[lang].cli.errorsLeft}: ${remaining.length}`);
  io.out(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
