/**
 * Rules about the cells and rows themselves: formula errors, Unicode form, legacy encodings,
 * spaces, hidden rows, merges across task rows, tasks broken over rows.
 */
import type { Finding } from '../findings';
import { a1, cellText } from '../grid';
import { decodeLegacy, detectLegacyEncoding } from '../legacyEncoding';
import { nfc } from '../text';
import { finding, type RuleContext, taskRef } from './context';

const EXTRA_SPACES = /^[ \t\u00a0]|[ \t\u00a0]$| {2,}|\u00a0/;

/** Spaces tidied the way a careful clerk would: no edge spaces, no doubles; line breaks kept. */
function tidySpaces(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .trim();
}

/** Every cell of the table's columns, header rows included, with its position. */
function* tableCells(ctx: RuleContext) {
  const { table, grid } = ctx;
  const columns = [...new Set(Object.values(table.columns))].sort((a, b) => a - b);
  for (let row = table.headerRows[0]; row <= table.lastRow; row++) {
    for (const col of columns) {
      const cell = grid.rows[row]?.[col];
      if (cell) yield { row, col, cell };
    }
  }
}

export function cellRules(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const { table, grid } = ctx;
  const sheet = table.sheet;

  for (const { row, col, cell } of tableCells(ctx)) {
    if (cell.kind === 'error') {
      findings.push(finding(ctx, 'FORMULA_ERROR', row, col, { error: cell.code }));
      continue;
    }
    if (cell.kind !== 'text') continue;
    const text = cell.text;
    const legacy = detectLegacyEncoding(text);
    if (legacy) {
      const decoded = decodeLegacy(text, legacy);
      findings.push(
        finding(ctx, 'LEGACY_ENCODING', row, col, { encoding: legacy === 'tcvn3' ? 'TCVN3' : 'VNI', text, unicode: decoded }, [{ kind: 'text', sheet, row, col, text: decoded }]),
      );
      continue;
    }
    if (text !== nfc(text)) {
      findings.push(finding(ctx, 'TEXT_NOT_NFC', row, col, {}, [{ kind: 'text', sheet, row, col, text: nfc(text) }]));
    }
    if (EXTRA_SPACES.test(text)) {
      findings.push(finding(ctx, 'EXTRA_SPACES', row, col, {}, [{ kind: 'text', sheet, row, col, text: tidySpaces(nfc(text)) }]));
    }
  }

  for (let row = Math.max(...table.headerRows) + 1; row <= table.lastRow; row++) {
    if (grid.hiddenRows.has(row)) findings.push(finding(ctx, 'HIDDEN_ROW', row, 0, {}));
  }

  const firstTask = new Map(table.tasks.map((t) => [t.row, t]));
  for (const merge of grid.merges) {
    let rowsCovered = 0;
    for (let r = merge.top; r <= merge.bottom; r++) if (firstTask.has(r)) rowsCovered++;
    if (rowsCovered < 2) continue;
    const range = `${a1(merge.top, merge.left)}:${a1(merge.bottom, merge.right)}`;
    const text = cellText(grid.rows[merge.top]?.[merge.left]).trim();
    findings.push(finding(ctx, 'MERGED_DATA_CELLS', merge.top, merge.left, { range, text }, [{ kind: 'unmerge', sheet, ...merge }]));
  }
  for (const task of table.tasks) {
    if (task.rows.length > 1) {
      findings.push(finding(ctx, 'SPLIT_ROW', task.row, table.columns.task ?? 0, { ...taskRef(task), rows: task.rows.length }));
    }
  }
  return findings;
}
