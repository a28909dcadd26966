/**
 * PDF plans for the import tests and the benchmark, written with pdfkit and a DejaVu font that has
 * every Vietnamese letter (the dejavu-fonts-ttf package, so no system font is needed): A4 pages,
 * paragraphs wrapped by the font's widths, justified, their first line indented; tables drawn with
 * their borders, cells padded and wrapped, merged cells spanning, rows that do not fit moved to the
 * next page under the header repeated; from page 2 a page number and a running header at the top.
 * The blocks are the Word fixtures' (test/helpers/docx.ts), so a PDF and a Word document come from
 * the same plan. The same blocks always give the same PDF (fixed dates in its information).
 *
 * `scannedPdf` is a scan: a page holding only an image, no text layer.
 */
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import type { DocxBlock, DocxCell } from './docx';

const FONTS = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif.ttf').replace(/DejaVuSerif\.ttf$/, '');

export interface PdfLayout {
  landscape?: boolean;
  /** The running header's text, at the top of every page after the first. */
  header?: string;
  fontSize?: number;
}

const MARGIN = { top: 64, bottom: 56, left: 70, right: 50 };
const PAD = 4;

type Doc = PDFKit.PDFDocument;

function newDocument(layout: PdfLayout): Doc {
  const doc = new PDFDocument({
    size: 'A4',
    layout: layout.landscape ? 'landscape' : 'portrait',
    margins: MARGIN,
    autoFirstPage: true,
    info: { Title: 'Kế hoạch', Author: 'phuluc tests', CreationDate: new Date(Date.UTC(2025, 8, 1)), ModDate: new Date(Date.UTC(2025, 8, 1)) },
  });
  doc.registerFont('body', `${FONTS}DejaVuSerif.ttf`);
  doc.registerFont('bold', `${FONTS}DejaVuSerif-Bold.ttf`);
  return doc;
}

function finish(doc: Doc): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => done(Buffer.concat(chunks)));
    doc.on('error', fail);
    doc.end();
  });
}

/** Words into lines no wider than `width`, the first `indent` narrower; explicit line breaks kept. */
function wrapWidth(doc: Doc, text: string, width: number, indent = 0): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const room = width - (lines.length === 0 ? indent : 0);
      if (line && doc.widthOfString(`${line} ${word}`) > room) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

class Writer {
  readonly doc: Doc;
  private y = MARGIN.top;
  private page = 1;
  private readonly size: number;
  private readonly leading: number;

  constructor(private readonly layout: PdfLayout) {
    this.doc = newDocument(layout);
    this.size = layout.fontSize ?? 11;
    this.leading = this.size * 1.25;
    this.doc.font('body').fontSize(this.size);
  }

  private get width(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }

  private get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }

  private newPage(): void {
    this.doc.addPage();
    this.page++;
    this.doc.font('body').fontSize(9);
    this.doc.text(String(this.page), 0, 28, { width: this.doc.page.width, align: 'center', lineBreak: false });
    if (this.layout.header) this.doc.text(this.layout.header, MARGIN.left, 40, { width: this.width, align: 'center', lineBreak: false });
    this.doc.font('body').fontSize(this.size);
    this.y = MARGIN.top;
  }

  paragraph(text: string): void {
    const indent = 28;
    const lines = wrapWidth(this.doc, text, this.width, indent);
    lines.forEach((line, i) => {
      if (this.y + this.leading > this.bottom) this.newPage();
      const x = MARGIN.left + (i === 0 ? indent : 0);
      const room = this.width - (i === 0 ? indent : 0);
      const spaces = (line.match(/ /g) ?? []).length;
      const last = i === lines.length - 1;
      const wordSpacing = !last && spaces ? (room - this.doc.widthOfString(line)) / spaces : 0;
      this.doc.text(line, x, this.y, { lineBreak: false, ...(wordSpacing > 0 ? { wordSpacing } : {}) });
      this.y += this.leading;
    });
    this.y += 3;
  }

  table(rows: readonly DocxCell[][]): void {
    const columns = Math.max(...rows.map((row) => row.reduce((n, cell) => n + (cell.span ?? 1), 0)));
    const widths = this.columnWidths(rows, columns);
    const size = this.size - 1;
    const leading = size * 1.2;
    this.doc.fontSize(size);
    // Rows at the top whose cells continue a vertical merge are the header's too (a two-row header).
    let headerRows = 1;
    while (headerRows < rows.length && rows[headerRows]!.some((cell) => cell.vMerge === 'continue')) headerRows++;
    const layoutRow = (row: readonly DocxCell[], bold: boolean) => {
      this.doc.font(bold ? 'bold' : 'body').fontSize(size);
      let column = 0;
      const cells = row.map((cell) => {
        const span = cell.span ?? 1;
        const x = MARGIN.left + widths.slice(0, column).reduce((a, b) => a + b, 0);
        const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
        column += span;
        const lines = cell.vMerge === 'continue' || !cell.text.trim() ? [] : wrapWidth(this.doc, cell.text, width - 2 * PAD);
        return { x, width, lines, bold, continues: cell.vMerge === 'continue' };
      });
      return { cells, height: Math.max(1, ...cells.map((c) => c.lines.length)) * leading + 2 * PAD };
    };
    const draw = (row: ReturnType<typeof layoutRow>) => {
      for (const cell of row.cells) {
        this.doc.font(cell.bold ? 'bold' : 'body').fontSize(size);
        cell.lines.forEach((line, i) => this.doc.text(line, cell.x + PAD, this.y + PAD + i * leading, { lineBreak: false }));
        this.doc.lineWidth(0.5).rect(cell.x, this.y, cell.width, row.height).stroke();
      }
      this.y += row.height;
    };
    const header = rows.slice(0, headerRows).map((row) => layoutRow(row, true));
    header.forEach(draw);
    for (const row of rows.slice(headerRows)) {
      const laid = layoutRow(row, false);
      if (this.y + laid.height > this.bottom) {
        this.newPage();
        header.forEach(draw);
      }
      draw(laid);
    }
    this.doc.font('body').fontSize(this.size);
    this.y += this.leading;
  }

  /**
   * Columns as wide as their text needs, within the page: a short STT column, a wide task column;
   * never narrower than the longest word (Word would not split "11/2025" either).
   */
  private columnWidths(rows: readonly DocxCell[][], columns: number): number[] {
    const need = Array.from({ length: columns }, () => [] as number[]);
    const longest = Array.from({ length: columns }, () => 0);
    for (const row of rows) {
      let column = 0;
      for (const cell of row) {
        if ((cell.span ?? 1) === 1) {
          need[column]!.push(cell.text.length);
          for (const word of cell.text.split(/\s+/)) longest[column] = Math.max(longest[column]!, this.doc.widthOfString(word) + 2 * PAD + 1);
        }
        column += cell.span ?? 1;
      }
    }
    const weights = need.map((lengths) => Math.sqrt(Math.max(6, lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length))));
    const total = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w, i) => Math.max(longest[i]!, (w / total) * this.width));
    const scale = this.width / widths.reduce((a, b) => a + b, 0);
    return widths.map((w, i) => (w * scale < longest[i]! ? longest[i]! : w * scale));
  }
}

/** The plan's blocks as a PDF. */
export function pdfOf(blocks: readonly DocxBlock[], layout: PdfLayout = {}): Promise<Buffer> {
  const writer = new Writer(layout);
  for (const block of blocks) {
    if ('paragraph' in block) {
      if (block.paragraph.trim()) writer.paragraph(block.paragraph);
    } else writer.table(block.table);
  }
  return finish(writer.doc);
}

/** A grey image, as a scanner makes, encoded as a PNG. */
function greyPng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (data: Buffer) => {
    let c = 0xffffffff;
    for (const byte of data) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const pixels = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) pixels[y * (width + 1) + 1 + x] = (x * 7 + y * 13) % 40 === 0 ? 40 : 235;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

/** A scanned plan: `pages` pages, each an image of the page and nothing else. */
export function scannedPdf(pages = 2): Promise<Buffer> {
  const doc = newDocument({});
  const image = greyPng(200, 283);
  for (let page = 0; page < pages; page++) {
    if (page) doc.addPage();
    doc.image(image, 0, 0, { width: doc.page.width, height: doc.page.height });
  }
  return finish(doc);
}
