/**
 * Which safe fixes to apply: the edits the findings carry, filtered by code, one per cell. When
 * two rules fix the same cell the more thorough fix wins (a legacy-encoding conversion beats a
 * space tidy-up, which already includes Unicode normalisation).
 */
import type { Edit, Finding } from './findings';
import type { RuleCode } from './rules/catalogue';

export interface Change {
  code: RuleCode;
  edit: Edit;
}

const PRIORITY: readonly RuleCode[] = ['LEGACY_ENCODING', 'STT_ORDER', 'DUPLICATE_STT', 'SWAPPED_DATE', 'DATE_AS_TEXT', 'MERGED_DATA_CELLS', 'EXTRA_SPACES', 'TEXT_NOT_NFC'];

/**
 * Fixes that are only right together: a swapped date corrected while its column keeps the dd/mm
 * texts that proved the swap would look swapped again (and be swapped back), and the texts made
 * dates alone would hide the swap. `--only` either code applies both.
 */
const TOGETHER: readonly (readonly RuleCode[])[] = [['SWAPPED_DATE', 'DATE_AS_TEXT']];

function target(edit: Edit): string {
  return edit.kind === 'unmerge' ? `${edit.sheet}!merge ${edit.top},${edit.left}` : `${edit.sheet}!${edit.row},${edit.col}`;
}

/** The codes `only` asks for, with the codes that must go with them. */
export function withCompanions(only: ReadonlySet<string>): Set<string> {
  const codes = new Set(only);
  for (const group of TOGETHER) if (group.some((code) => only.has(code))) group.forEach((code) => codes.add(code));
  return codes;
}

export function planFixes(findings: readonly Finding[], only?: ReadonlySet<string>): Change[] {
  const chosen = new Map<string, Change>();
  const codes = only && withCompanions(only);
  const rank = (code: RuleCode) => (PRIORITY.includes(code) ? PRIORITY.indexOf(code) : PRIORITY.length);
  for (const { code, edits } of findings) {
    if (!edits || (codes && !codes.has(code))) continue;
    for (const edit of edits) {
      const key = target(edit);
      const current = chosen.get(key);
      if (!current || rank(code) < rank(current.code)) chosen.set(key, { code, edit });
    }
  }
  return [...chosen.values()];
}

/** "Sheet|E" for a finding's cell "E30". */
function columnOf(finding: Finding): string {
  return `${finding.sheet}|${/^[A-Z]+/.exec(finding.cell)?.[0] ?? ''}`;
}

/**
 * The changes one finding's fix needs when it is applied alone (the pane's fix button): its own
 * edits, and those of the findings it must go with. A swapped date is fixed with every swapped date
 * and dd/mm text of its column: converting the texts alone would hide the other swaps, fixing one
 * swap alone would leave it looking swapped.
 */
export function fixesFor(finding: Finding, findings: readonly Finding[]): Change[] {
  const group = TOGETHER.find((codes) => codes.includes(finding.code));
  if (!group) return planFixes([finding]);
  const column = columnOf(finding);
  return planFixes(findings.filter((f) => f === finding || (group.includes(f.code) && columnOf(f) === column)));
}
