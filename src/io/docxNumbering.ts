/**
 * Word's automatic numbering: a paragraph of a numbered list carries no "2.1." in its text, only a
 * list (w:numId) and a level (w:ilvl) whose format word/numbering.xml gives ("%1.%2.", decimal,
 * upperRoman, a bullet). Pasting such a plan loses its numbers (domain.md); the import writes them
 * back into the text, so items nest by their numbering as if typed.
 */
import { romanNumeral } from '../core/numbering';
import { NS, scanXml } from './xml';

interface Level {
  start: number;
  format: string;
  text: string;
}

export type Numbering = Map<string, Level[]>;

function formatted(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return romanNumeral(n);
    case 'lowerRoman':
      return romanNumeral(n).toLowerCase();
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    default:
      return String(n); // decimal, decimalZero and the rest read as numbers
  }
}

const W = NS.word;

/**
 * numId → its levels, from word/numbering.xml (abstract definitions shared by their lists). A
 * level's start, format and text are the first of each it holds (of an mc:AlternateContent, its
 * first choice: Word's w14 custom format, read as decimal).
 */
export function readNumbering(xml: string): Numbering {
  const abstract = new Map<string, Level[]>();
  const lists = new Map<string, string>(); // numId → abstractNumId
  let levels: Level[] | null = null;
  let level: (Level & { set: Set<string> }) | null = null;
  let list: string | null = null;
  scanXml(
    xml,
    {
      open(element, parent) {
        if (!W.has(element.uri)) return;
        const value = () => element.attribute('val', W);
        switch (element.local) {
          case 'abstractNum': {
            const id = element.attribute('abstractNumId', W);
            levels = [];
            if (id !== undefined) abstract.set(id, levels);
            break;
          }
          case 'lvl': {
            const ilvl = Number(element.attribute('ilvl', W));
            if (levels && parent?.is(W, 'abstractNum') && Number.isInteger(ilvl) && ilvl >= 0 && ilvl < 10) {
              level = { start: 1, format: 'decimal', text: '', set: new Set() };
              levels[ilvl] = level;
            }
            break;
          }
          case 'start':
          case 'numFmt':
          case 'lvlText': {
            const val = value();
            if (!level || val === undefined || level.set.has(element.local)) break;
            level.set.add(element.local);
            if (element.local === 'start') level.start = Number(val);
            else if (element.local === 'numFmt') level.format = val;
            else level.text = val;
            break;
          }
          case 'num':
            list = element.attribute('numId', W) ?? null;
            break;
          case 'abstractNumId':
            if (list !== null && parent?.is(W, 'num')) lists.set(list, value() ?? '');
            break;
          default:
            break;
        }
      },
      close(element) {
        if (!W.has(element.uri)) return;
        if (element.local === 'abstractNum') levels = null;
        else if (element.local === 'lvl') level = null;
        else if (element.local === 'num') list = null;
      },
    },
    false,
  );
  const numbering: Numbering = new Map();
  for (const [numId, abstractId] of lists) {
    const found = abstract.get(abstractId);
    if (found)
      numbering.set(
        numId,
        found.map((l) => l && { start: l.start, format: l.format, text: l.text }),
      );
  }
  return numbering;
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
