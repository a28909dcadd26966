/** Runs the whole rule catalogue over a recognised table; findings come out in sheet order. */
import type { Finding } from '../findings';
import { columnIndex } from '../grid';
import { cellRules } from './cellRules';
import type { RuleContext } from './context';
import { deadlineRules } from './deadlineRules';
import { numberingRules } from './numberingRules';
import { requiredCells } from './requiredCells';
import { statusRules } from './statusRules';
import { unitRules } from './unitRules';

const RULES = [requiredCells, deadlineRules, numberingRules, unitRules, statusRules, cellRules];

/** A finding's cell as [row, column], for sorting; a cell that is not an A1 address sorts last rather than failing the check. */
function position(cell: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/.exec(cell);
  return match?.[1] && match[2] ? [Number(match[2]), columnIndex(match[1])] : [Infinity, Infinity];
}

export function runRules(ctx: RuleContext): Finding[] {
  return RULES.flatMap((rule) => rule(ctx))
    .map((f, i) => ({ f, i, at: position(f.cell) }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.i - b.i)
    .map(({ f }) => f);
}
