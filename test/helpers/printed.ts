/**
 * A plan as it comes out of a printer and back: its paragraphs broken into A4 lines of about 90
 * characters, pages of 40 lines, each page after the first opening with its number and a running
 * header. From these pages the tests build what PDF-to-Word converters (online ones, LibreOffice)
 * make of a PDF: one Word paragraph per printed line with a blank paragraph between them; and the
 * PDF itself (test/helpers/pdf.ts). Reproducible: the same paragraphs always give the same pages.
 */
import type { DocxBlock } from './docx';

export interface PrintOptions {
  /** Characters a printed line holds at most. */
  width?: number;
  /** Lines a page holds. */
  linesPerPage?: number;
  /** The line repeated at the top of every page after the first. */
  header?: string;
}

/** A paragraph's lines, broken between words before `width` characters. */
export function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The pages' lines; a page after the first starts with its number and the running header. */
export function printedPages(paragraphs: readonly string[], { width = 90, linesPerPage = 40, header = '' }: PrintOptions = {}): string[][] {
  const lines = paragraphs.flatMap((p) => wrap(p, width));
  const pages: string[][] = [];
  for (let at = 0; at < lines.length; at += linesPerPage) pages.push(lines.slice(at, at + linesPerPage));
  return pages.map((page, i) => (i === 0 ? page : [String(i + 1), ...(header ? [header] : []), ...page]));
}

/** The Word document a PDF-to-Word converter makes of the printed plan: a paragraph per line, blank ones between. */
export function wordFromPdf(paragraphs: readonly string[], options: PrintOptions = {}): DocxBlock[] {
  return printedPages(paragraphs, options).flatMap((page) => page.flatMap((line): DocxBlock[] => [{ paragraph: line }, { paragraph: '' }]));
}
