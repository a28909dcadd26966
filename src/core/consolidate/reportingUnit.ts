/**
 * Which unit sent a workbook: a "Đơn vị: ..." label above the table, else the letterhead (the unit's
 * name in the first rows, "SỞ TƯ PHÁP"), else the file's name. Names are matched to the plan's own
 * units by canonical key, so "SO TU PHAP", "Sở Tư pháp" and "so-tu-phap.xlsx" are one unit.
 */
import { cellText, type Grid } from '../grid';
import { fold, joinLines, squish } from '../text';
import { splitUnits, type Unit, unitKey } from '../units';

export type UnitSource = 'label' | 'letterhead' | 'file';

export interface ReportingUnit {
  name: string;
  from: UnitSource;
}

/** Rows above the table where a letterhead or label can be. */
const LETTERHEAD_ROWS = 10;
const LABEL = /^don vi(?: bao cao| thuc hien)?\s*:\s*/;

/** The text lines above the table (at most the first ten rows): where a letterhead or a "Đơn vị:" label is. */
export function letterhead(grid: Grid, headerRow: number): string[] {
  const lines: string[] = [];
  for (let r = 0; r < Math.min(headerRow, LETTERHEAD_ROWS); r++) {
    for (const cell of grid.rows[r] ?? []) for (const line of cellText(cell).split(/\r?\n/)) if (line.trim()) lines.push(squish(line));
  }
  return lines;
}

function stem(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]+$/, '').replace(/[-_.]+/g, ' ');
}

/** The known unit whose key equals, or is the longest contained in, `text`'s key. */
function knownIn(text: string, known: ReadonlyMap<string, Unit>, whole: boolean): Unit | null {
  const key = unitKey(text);
  if (known.has(key)) return known.get(key)!;
  if (whole) return null;
  let best: Unit | null = null;
  for (const [k, unit] of known) if (` ${key} `.includes(` ${k} `) && (!best || k.length > best.key.length)) best = unit;
  return best;
}

export function reportingUnit(lines: readonly string[], file: string, known: readonly Unit[]): ReportingUnit {
  const byKey = new Map(known.filter((u) => !u.collective).map((u) => [u.key, u]));
  for (const line of lines) {
    const label = LABEL.exec(fold(line));
    if (label) {
      const name = joinLines(line.slice(line.indexOf(':') + 1));
      return { name: knownIn(name, byKey, true)?.name ?? name, from: 'label' };
    }
  }
  // A letterhead names the superior authority above the unit ("UBND THÀNH PHỐ" over "SỞ TƯ PHÁP"): the last known name is the sender.
  const named = lines.map((line) => knownIn(line, byKey, true)).filter((unit) => unit !== null);
  if (named.length) return { name: named.at(-1)!.name, from: 'letterhead' };
  const fromFile = knownIn(stem(file), byKey, false);
  if (fromFile) return { name: fromFile.name, from: 'file' };
  // A unit the plan does not name: the first letterhead line that reads as one unit, else the file's name.
  for (const line of lines.slice(0, 4)) {
    const [unit, more] = splitUnits(line);
    if (unit && !more && !unit.collective && unit.name.length === line.length) return { name: line, from: 'letterhead' };
  }
  return { name: stem(file), from: 'file' };
}
