/** `phuluc fix`: write a corrected copy with the safe fixes, list every change, never touch the source. */
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { planFixes } from '../core/fixPlan';
import { type Cell, cellText } from '../core/grid';
import { type Edit, editCell, editValue } from '../core/findings';
import { FixError, writeFixedCopy } from '../io/writeFixedCopy';
import type { ReaderPool } from '../io/readerPool';
import { analyseFile, loadDirectory } from './analyseFile';
import { EXIT, type Output } from './output';
import { CLI_TEXT as T } from './messages';
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
  const [file] = options.files as [string];
  const fail = (reason: string) => {
    io.err(`phuluc: ${reason}`);
    return EXIT.unreadable;
  };
  if (resolve(options.output) === resolve(file)) return fail(`${file}: ${T.notOverSource[lang]}`);
  if (!['.xlsx', '.xlsm'].includes(extname(file).toLowerCase())) return fail(`${file}: ${T.fixNeedsXlsx[lang]}`);

  const { directory, error: unitsError } = await loadDirectory(options, pool);
  if (unitsError) return fail(unitsError);
  const result = await analyseFile(file, pool, options, directory);
  if ('reason' in result) return fail(result.reason);
  const { workbook, analysed } = result;

  const findings = analysed.flatMap((a) => a.findings);
  const changes = planFixes(findings, options.only ? new Set(options.only) : undefined);
  const grids = new Map(workbook.sheets.map((g) => [g.name, g]));
  try {
    writeFileSync(options.output, writeFixedCopy(readFileSync(file), changes.map((c) => c.edit)));
  } catch (error) {
    if (error instanceof FixError) return fail(`${file}: ${T.cannotFix[lang]}: ${error.message}`);
    throw error;
  }

  const fixed = new Set(changes.map((c) => c.code));
  const remaining = findings.filter((f) => f.severity === 'error' && !(f.edits && fixed.has(f.code)));
  const lines = [`${T.wroteCopy[lang]}: ${options.output} (${changes.length} ${T.changes[lang]})`];
  for (const { code, edit } of changes) {
    const anchor = edit.kind === 'unmerge' ? [edit.top, edit.left] : [edit.row, edit.col];
    lines.push(`  [${code}] ${describe(edit, grids.get(edit.sheet)?.rows[anchor[0]!]?.[anchor[1]!])}`);
  }
  lines.push(`${T.errorsLeft[lang]}: ${remaining.length}`);
  io.out(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
