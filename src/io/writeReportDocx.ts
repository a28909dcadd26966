/**
 * A document model (src/core/cycle/reportUpward.ts) as a Word file, with the `docx` library, in the
 * presentation of Nghị định 30/2020/NĐ-CP: A4, Times New Roman, body in 14 pt, margins top and
 * bottom 20 mm, left 30 mm, right 15 mm; the letterhead and signature blocks as borderless
 * two-column tables, the figures in bordered tables whose header row repeats on each page.
 * Everything is ordinary editable text. No Node here: the bytes come back as a Uint8Array, so the
 * pane's Web Worker can write the same file (it loads this module only when asked, keeping `docx`
 * out of the pane's first load).
 */
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import type { Align, Block, DocumentModel, Line, TableModel } from '../core/cycle/reportUpward';

const FONT = 'Times New Roman';
/** Points. */
const BODY_SIZE = 14;
const TABLE_SIZE = 13;
/** NĐ30's margins, at the low end of each range: the most text on the page. */
const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 };
/** Millimetres to twips, rounded (docx's own conversion cuts, and Word knows A4 only as 11906 × 16838). */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
const A4 = { width: mm(210), height: mm(297) };
/** The width the text runs in, in twips: what table columns share. */
const TEXT_WIDTH = A4.width - mm(MARGIN_MM.left) - mm(MARGIN_MM.right);
/** 6 pt between paragraphs (NĐ30: at least 6 pt); first lines indented 1 cm. */
const AFTER = 120;
const INDENT = mm(10);
/** The short rule under the issuing body and the motto: a border under a paragraph indented from both sides. */
const RULE_INDENT = mm(18);

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

/** Points to docx's half-points. */
const halfPoints = (points: number) => points * 2;

function paragraph(line: Line, size = BODY_SIZE, after = AFTER): Paragraph {
  return new Paragraph({
    alignment: ALIGN[line.align ?? 'left'],
    spacing: { after },
    ...(line.indent ? { indent: { firstLine: INDENT } } : {}),
    ...(line.ruleBelow ? { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } }, indent: { left: RULE_INDENT, right: RULE_INDENT } } : {}),
    children: [new TextRun({ text: line.text, bold: line.bold, italics: line.italic, size: halfPoints(line.size ?? size), font: FONT })],
  });
}

/** A column's width in twips from its relative width, of `total`, so the columns fill the text width. */
function twips(width: number, total: number): number {
  return Math.floor((width / total) * TEXT_WIDTH);
}

/** A cell's text: a line break starts a new paragraph, so each unit or task in a list stands on its own line. */
function cell(text: string, width: number, align: Exclude<Align, 'justify'>, bold: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 80, right: 80 },
    children: text.split('\n').map((part) => paragraph({ text: part, align, bold }, TABLE_SIZE, 0)),
  });
}

/** One column per header cell: a column without a width gets an equal share, a row gets one cell per column. */
function dataTable(model: TableModel): Table {
  const shares = model.header.map((header, i) => ({ header, share: model.widths[i] ?? 1, align: model.align[i] ?? 'left' }));
  const total = shares.reduce((sum, column) => sum + column.share, 0);
  const columns = shares.map((column) => ({ ...column, width: twips(column.share, total) }));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columns.map((column) => column.width),
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((column) => cell(column.header, column.width, 'center', true)) }),
      ...model.rows.map((row) => new TableRow({ cantSplit: true, children: columns.map((column, i) => cell(row.cells[i] ?? '', column.width, column.align, row.bold ?? false)) })),
    ],
  });
}

function columns(block: Extract<Block, { kind: 'columns' }>): Table {
  const total = block.widths[0] + block.widths[1];
  const [left, right] = [twips(block.widths[0], total), twips(block.widths[1], total)];
  const side = (lines: Line[], width: number) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE, children: lines.map((line) => paragraph(line, BODY_SIZE, 0)) });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [side(block.left, left), side(block.right, right)] })],
  });
}

function blocks(model: DocumentModel): (Paragraph | Table)[] {
  return model.blocks.flatMap((block): (Paragraph | Table)[] => {
    switch (block.kind) {
      case 'paragraph':
        return [paragraph(block)];
      case 'heading':
        return [paragraph({ text: block.text, bold: true, align: 'left' })];
      case 'columns':
        // Space after the block, as a paragraph: a table has no spacing of its own.
        return [columns(block), paragraph({ text: '' })];
      case 'table':
        return [dataTable(block), paragraph({ text: '' }, BODY_SIZE, 0)];
    }
  });
}

/** The model as the bytes of a .docx file. */
export async function reportDocx(model: DocumentModel): Promise<Uint8Array> {
  const document = new Document({
    title: model.title,
    creator: 'phuluc',
    styles: { default: { document: { run: { font: FONT, size: halfPoints(BODY_SIZE) } } } },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: { top: mm(MARGIN_MM.top), bottom: mm(MARGIN_MM.bottom), left: mm(MARGIN_MM.left), right: mm(MARGIN_MM.right) },
          },
        },
        children: blocks(model),
      },
    ],
  });
  return Packer.pack(document, 'uint8array');
}
