/**
 * Paragraphs from plain text. Text copied out of a PDF (or an OCR'd scan) breaks every line where the
 * page did, often puts a blank line between lines and a page's number between paragraphs; text
 * copied out of Word has one line per paragraph. A line continues the paragraph before it unless it
 * opens a new item (a numbering, a bullet, a "Cơ quan chủ trì:" label even without its bullet) or
 * the line before it ended short, as a paragraph's last line does.
 */
import { squish } from '../text';
import { labelled } from './labels';

/** Numberings and bullets that open an item: "III.", "2.", "2.1.", "(3)", "a)", "-", "+", "•". */
const ITEM_START = /^(?:[IVXL]+\.\s|\d+\.(?:\d+\.?)*\s|\(\d+\)|[a-zđ]\)\s|[-+•–—]\s*)/i;

/** A line that is only a number is a page's number, left between two lines of a paragraph. */
const PAGE_NUMBER = /^\d{1,3}$/;

/** A line shorter than this share of the text's usual line length ends its paragraph. */
const SHORT_LINE = 0.7;

/** The length most full lines have: the 80th percentile of line lengths. */
function fullLineLength(lines: readonly string[]): number {
  const lengths = lines.map((line) => line.length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.8)] ?? 0;
}

export function paragraphsOf(text: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => squish(line))
    .filter((line) => line !== '' && !PAGE_NUMBER.test(line));
  const full = fullLineLength(lines);
  const paragraphs: string[] = [];
  let previous = '';
  for (const line of lines) {
    const continues = paragraphs.length > 0 && previous.length >= full * SHORT_LINE && !ITEM_START.test(line) && !labelled(line);
    if (continues) paragraphs[paragraphs.length - 1] += ` ${line}`;
    else paragraphs.push(line);
    previous = line;
  }
  return paragraphs;
}
