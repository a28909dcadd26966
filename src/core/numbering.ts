/**
 * Numbering as plans write it: "I.", "A.", "a)", "(3)", "2.1." and their styles, shared by the
 * recogniser (sections nest by style) and the numbering rules (sequences per style).
 */

export type NumberStyle = 'roman' | 'letter' | 'small-letter' | 'parenthesised' | `outline-${number}` | 'none';

const ROMAN = /^[IVXLC]+$/;
const LETTER = /^[A-Z]$/;
const OUTLINE = /^\d+(?:\.\d+)*$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
const ROMAN_STEPS: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/**
 * A number in Roman numerals: 4 → "IV", 14 → "XIV". The one writer of Roman numerals: section
 * numbers, Word's upperRoman/lowerRoman lists (src/io/docxNumbering.ts), quarters (deadline/parsers/quarter.ts).
 */
export function romanNumeral(value: number): string {
  let rest = value;
  return ROMAN_STEPS.reduce((out, [n, numeral]) => {
    const times = Math.floor(rest / n);
    rest -= times * n;
    return out + numeral.repeat(times);
  }, '');
}

/** The value of Roman numerals as written, a smaller numeral before a larger one subtracted: "IV" → 4, "XII" → 12; null when it holds another letter. */
export function romanValue(numerals: string): number | null {
  const values = [...numerals.toUpperCase()].map((ch) => ROMAN_VALUES[ch]);
  if (!values.length || !values.every((value) => value !== undefined)) return null;
  return values.reduce<number>((total, value, i) => total + (value < (values[i + 1] ?? 0) ? -value : value), 0);
}

/** The number without brackets and trailing dots: "(3)" → "3", "2.1." → "2.1", "IV." → "IV". */
function numberingCore(stt: string): string {
  return stt.trim().replace(/^\(|[.)]+$/g, '');
}

export function numberStyle(stt: string | null): NumberStyle {
  if (!stt) return 'none';
  const core = numberingCore(stt);
  if (ROMAN.test(core)) return 'roman';
  if (LETTER.test(core)) return 'letter';
  if (/^[a-zđ]$/.test(core)) return 'small-letter';
  if (/^\(\d+\)$/.test(stt.trim())) return 'parenthesised';
  if (OUTLINE.test(core)) return `outline-${core.split('.').length}`;
  return 'none';
}

/** The position a number stands for in its sequence: "IV" → 4, "c)" → 3, "2.3." → 3, "(7)" → 7. */
export function numberValue(stt: string): number | null {
  const core = numberingCore(stt);
  switch (numberStyle(stt)) {
    case 'roman':
      return romanValue(core);
    case 'letter':
    case 'small-letter':
      return core.toLowerCase().charCodeAt(0) - 96;
    case 'none':
      return null;
    default:
      return Number(core.split('.').at(-1));
  }
}

/** Writes `value` in the same style as `stt`: "(3)" → "(4)", "2.3." → "2.4.", "III." → "IV.", "b)" → "c)". */
export function renumber(stt: string, value: number): string {
  const trimmed = stt.trim();
  const core = numberingCore(trimmed);
  const style = numberStyle(trimmed);
  if (style === 'roman') return trimmed.replace(core, romanNumeral(value));
  if (style === 'letter' || style === 'small-letter') {
    return trimmed.replace(core, String.fromCharCode((style === 'letter' ? 64 : 96) + value));
  }
  const parts = core.split('.');
  parts[parts.length - 1] = String(value);
  const renumbered = parts.join('.');
  return trimmed.startsWith('(') ? `(${renumbered})` : trimmed.replace(core, renumbered);
}

/**
 * True when the next row's number sits under this one: "2" then "2.1", or a change of numbering
 * style ("6." then "(1)", "1." then "a)"), the way a group's tasks are numbered under it.
 */
export function opensDeeperNumbering(parent: string, child: string): boolean {
  const p = numberingCore(parent);
  if (OUTLINE.test(p) && numberingCore(child).startsWith(`${p}.`)) return true;
  const childStyle = numberStyle(child);
  return childStyle !== 'none' && childStyle !== numberStyle(parent);
}
