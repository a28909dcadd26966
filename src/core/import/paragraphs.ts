/**
 * Paragraphs from printed lines. Text copied out of a PDF (or an OCR'd scan), a Word document
 * converted from a PDF (one paragraph per printed line, a blank paragraph between them) and a PDF's
 * own text layer all break every line where the page did, and leave the page's furniture between
 * the lines: its number ("9", "- 9 -", "Trang 9/12"), a running header repeated on every page, the
 * list of the page's links. Text copied out of Word has one line per paragraph.
 *
 * The furniture is dropped first; then a line continues the paragraph before it unless it opens a
 * new item (a numbering, a bullet, a "Cơ quan chủ trì:" label even without its bullet), is
 * indented as a paragraph's first line, or the line before it ended short, as a paragraph's last
 * line does. Where the page is known (a PDF's text layer) the reader says which lines end short or
 * start indented; otherwise a line is short when it is under 70% of the text's usual length.
 */
import { fold, squish } from '../text';
import { labelled } from './labels';

/** A line as printed. `short` and `indented`, when known from the page, override the guess from lengths. */
export interface PrintedLine {
  text: string;
  /** The line stops well before the right margin: a paragraph's last line. */
  short?: boolean;
  /** The line starts right of the text's left margin: a paragraph's first line. */
  indented?: boolean;
}

/** Numberings and bullets that open an item: "III.", "2.", "2.1.", "(3)", "a)", "-", "+", "•". */
export const ITEM_START = /^(?:[IVXL]+\.\s|\d+\.(?:\d+\.?)*\s|\(\d+\)|\d+\)\s|[a-zđ]\)\s|[-+•–—]\s*)/i;

/** A page's number, alone on its line: "9", "- 9 -", "Trang 9", "Trang 9/12", "9/12". */
const PAGE_NUMBER = /^(?:\d{1,3}|[-–—]\s*\d{1,3}\s*[-–—]|trang\s*\d{1,3}(?:\s*\/\s*\d{1,3})?|\d{1,3}\s*\/\s*\d{1,3})$/;

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(fold(squish(text)));
}

/** A line that is only a link: what a PDF lists of a page's links after its text. */
const LINK_ONLY = /^(?:(?:https?:\/\/|mailto:|www\.)\S+)$/i;

/** A link without its scheme, "www." or trailing slash, as it is written in the text. */
const bareLink = (link: string) =>
  link
    .replace(/^(?:https?:\/\/|mailto:)/i, '')
    .replace(/^www\./i, '')
    .replace(/\/+$/, '')
    .toLowerCase();

/** A line shorter than this share of the text's usual line length ends its paragraph. */
const SHORT_LINE = 0.7;

/**
 * A line that ends a sentence this short of the usual length, followed by one that starts in upper
 * case, ends its paragraph too: a justified paragraph's inner lines run to the margin.
 */
const SENTENCE_END_LINE = 0.85;
const ENDS_SENTENCE = /[.;:!?…][”"’)]*$/;

/** Lines that always end or open a paragraph: a letter's "./." and its "Nơi nhận:", "Kính gửi:". */
const ENDS_BODY = /\.\/\.$/;
const OPENS_BLOCK = /^(?:noi nhan|kinh gui)\s*:/;

/** The length most full lines have: the 80th percentile of line lengths. */
function fullLineLength(lines: readonly PrintedLine[]): number {
  const lengths = lines.map((line) => line.text.length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.8)] ?? 0;
}

const startsLowerCase = (text: string) => /^\p{Ll}/u.test(text);
const startsUpperCase = (text: string) => /^[\p{Lu}\d]/u.test(text);

/** How a running header is compared: folded, its numbers ("trang 3") made alike. */
const headerKey = (text: string) => fold(text).replace(/\d+/g, '#');

/**
 * Running headers: a line repeated on several pages, always next to a page's number (within two
 * lines), or repeated on four pages or more at least 15 lines apart. Never an item, a label, a
 * bullet or a line that starts in lower case (the end of a wrapped sentence can repeat).
 */
function runningHeaders(lines: readonly PrintedLine[], pageNumberAt: ReadonlySet<number>): Set<number> {
  const seen = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (pageNumberAt.has(i) || line.text.length > 120 || ITEM_START.test(line.text) || labelled(line.text) || startsLowerCase(line.text)) return;
    const key = headerKey(line.text);
    seen.set(key, [...(seen.get(key) ?? []), i]);
  });
  const headers = new Set<number>();
  const nearPageNumber = (i: number) => [-2, -1, 1, 2].some((d) => pageNumberAt.has(i + d));
  for (const at of seen.values()) {
    if (at.length < 2) continue;
    const apart = at.every((i, k) => {
      const before = at[k - 1];
      return before === undefined || i - before >= 15;
    });
    if (at.every(nearPageNumber) || (at.length >= 4 && apart)) for (const i of at) headers.add(i);
  }
  return headers;
}

/** The lines without the page's furniture: blank lines, page numbers, running headers, link lists. */
export function withoutFurniture(lines: readonly PrintedLine[]): PrintedLine[] {
  const kept = lines.map((line) => ({ ...line, text: squish(line.text) })).filter((line) => line.text !== '');
  const pageNumberAt = new Set(kept.flatMap((line, i) => (isPageNumber(line.text) ? [i] : [])));
  const headers = runningHeaders(kept, pageNumberAt);
  const text = kept.map((line) => line.text.toLowerCase()).join('\n');
  const listedLink = (line: string) => LINK_ONLY.test(line) && text.split(bareLink(line)).length > 2; // shown in the text too
  return kept.filter((line, i) => !pageNumberAt.has(i) && !headers.has(i) && !listedLink(line.text));
}

/** Printed lines joined back into paragraphs, the page's furniture left out. */
export function paragraphsOfLines(printed: readonly PrintedLine[]): string[] {
  const lines = withoutFurniture(printed);
  const full = fullLineLength(lines);
  const paragraphs: string[] = [];
  let previous: PrintedLine | null = null;
  for (const line of lines) {
    const previousShort =
      previous !== null &&
      (previous.short ??
        (previous.text.length < full * SHORT_LINE || (ENDS_SENTENCE.test(previous.text) && previous.text.length < full * SENTENCE_END_LINE && startsUpperCase(line.text))));
    const opens = ITEM_START.test(line.text) || labelled(line.text) !== null || OPENS_BLOCK.test(fold(line.text));
    const continues = previous !== null && !previousShort && !ENDS_BODY.test(previous.text) && !line.indented && !opens;
    if (continues) paragraphs[paragraphs.length - 1] += ` ${line.text}`;
    else paragraphs.push(line.text);
    previous = line;
  }
  return paragraphs;
}

/** Paragraphs of plain text: its lines joined where the page broke them. */
export function paragraphsOf(text: string): string[] {
  return paragraphsOfLines(text.split(/\r?\n/).map((line) => ({ text: line })));
}

/**
 * Whether a Word document's paragraphs are printed lines (a PDF converted to Word): many of them
 * start in lower case, in the middle of a sentence, which a paragraph never does, and hardly any
 * is longer than a printed line.
 */
export function looksPrinted(paragraphs: readonly string[]): boolean {
  const texts = paragraphs.map((p) => squish(p)).filter((p) => p !== '');
  if (texts.length < 8) return false;
  const midSentence = texts.filter((t, i) => i > 0 && startsLowerCase(t) && !ITEM_START.test(t)).length;
  const long = texts.filter((t) => t.length > 160).length;
  return midSentence >= texts.length * 0.15 && long <= texts.length * 0.05;
}
