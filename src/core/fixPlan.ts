/**
 * Which safe fixes to apply: the edits the findings carry, filtered by code, one per cell. When
 * two rules fix the same cell the more thorough fix wins (a legacy-encoding conversion beats a
 * space tidy-up, which already includes Unicode normalisation).
 */
import type { Edit, Finding } from './findings';

export interface Change {
  code: string;
  edit: Edit;
}

const PRIORITY = ['LEGACY_ENCODING', 'STT_ORDER', 'DUPLICATE_STT', 'SWAPPED_DATE', 'MERGED_DATA_CELLS', 'EXTRA_SPACES', 'TEXT_NOT_NFC'];

function target(edit: Edit): string {
  return edit.kind === 'unmerge'
    ? `${edit.sheet}!merge ${edit.top},${edit.left}`
    : `${edit.sheet}!${edit.row},${edit.col}`;
}

export function planFixes(findings: readonly Finding[], only?: ReadonlySet<string>): Change[] {
  const chosen = new Map<string, Change>();
  const rank = (code: string) => (PRIORITY.includes(code) ? PRIORITY.indexOf(code) : PRIORITY.length);
  for (const { code, edits } of findings) {
    if (!edits || (only && !only.has(code))) continue;
    for (const edit of edits) {
      const key = target(edit);
      const current = chosen.get(key);
      if (!current || rank(code) < rank(current.code)) chosen.set(key, { code, edit });
    }
  }
  return [...chosen.values()];
}
