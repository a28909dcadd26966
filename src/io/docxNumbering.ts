/**
 * Word's automatic numbering: a paragraph of a numbered list carries no "2.1." in its text, only a
 * list (w:numId) and a level (w:ilvl) whose format word/numbering.xml gives ("%1.%2.", decimal,
 * upperRoman, a bullet). Pasting such a plan loses its numbers (domain.md); the import writes them
 * back into the text, so items nest by their numbering as if typed.
 */

interface Level {
  start: number;
  format: string;
  text: string;
}

export type Numbering = Map<string, Level[]>;

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function roman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) for (; n >= value; n -= value) out += letters;
  return out;
}

function formatted(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    default:
      return String(n); // decimal, decimalZero and the rest read as numbers
  }
}

const attribute = (xml: string, name: string) => new RegExp(`<w:${name}\\b[^>]*w:val="([^"]*)"`).exec(xml)?.[1];

/** numId → its levels, from word/numbering.xml (abstract definitions shared by their lists). */
export function readNumbering(xml: string): Numbering {
  const abstract = new Map<string, Level[]>();
  for (const [, id, body] of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels: Level[] = [];
    for (const [, ilvl, lvl] of body!.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      levels[Number(ilvl)] = { start: Number(attribute(lvl!, 'start') ?? 1), format: attribute(lvl!, 'numFmt') ?? 'decimal', text: attribute(lvl!, 'lvlText') ?? '' };
    }
    abstract.set(id!, levels);
  }
  const lists: Numbering = new Map();
  for (const [, numId, body] of xml.matchAll(/<w:num\b[^>]*w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const levels = abstract.get(attribute(body!, 'abstractNumId') ?? '');
    if (levels) lists.set(numId!, levels);
  }
  return lists;
}

/** Counts a document's list paragraphs and gives each its number as Word would show it. */
export class ListCounter {
  private readonly counts = new Map<string, number[]>();

  constructor(private readonly numbering: Numbering) {}

  /** "2.1." for the paragraph at `ilvl` of list `numId`; "-" for a bullet; "" when the list is unknown. */
  next(numId: string, ilvl: number): string {
    const levels = this.numbering.get(numId);
    const level = levels?.[ilvl];
    if (!levels || !level) return '';
    const counts = this.counts.get(numId) ?? [];
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    counts.length = ilvl + 1; // deeper levels start again
    this.counts.set(numId, counts);
    if (level.format === 'bullet') return '-';
    if (level.format === 'none') return '';
    return level.text.replace(/%(\d)/g, (_, k: string) => {
      const at = Number(k) - 1;
      return formatted(counts[at] ?? levels[at]?.start ?? 1, levels[at]?.format ?? 'decimal');
    });
  }
}
