/**
 * Writes the summary workbook of `phuluc summarize` with styles (exceljs, write-only: only our own
 * data goes through it), drawing the same layouts as the pane. Strings are written as strings, so
 * a unit name starting with "=" stays text.
 */
import type ExcelJS from 'exceljs';
// exceljs's Workbook alone: its index also loads the streaming reader and writer (twice the load time).
const Workbook = require('exceljs/lib/doc/workbook') as typeof ExcelJS.Workbook;
import type { Language } from '../core/findings';
import type { Summary } from '../core/summary';
import { HEADER_FILL_RGB, OWN_OUTPUT_KEYWORD, type LayoutCell, type SheetLayout, summaryLayout } from '../core/summaryLayout';
import type { AppendixTable } from '../core/table';
import { validDay } from '../core/validDay';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${HEADER_FILL_RGB}` } };
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** A date as a date cell; a date that is no day as the text it holds, never a made-up date (01/01/1970). */
function valueOf(cell: LayoutCell): ExcelJS.CellValue {
  if (cell === null || typeof cell !== 'object') return cell;
  const day = validDay(cell.date);
  return day ? new Date(`${day}T00:00:00Z`) : cell.date;
}

function addTable(sheet: ExcelJS.Worksheet, name: string, header: readonly LayoutCell[], body: readonly LayoutCell[][]): void {
  sheet.addTable({
    name,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: header.map((cell) => ({ name: String(cell), filterButton: true })),
    rows: body.map((row) => row.map(valueOf)),
  });
}

function drawSheet(book: ExcelJS.Workbook, layout: SheetLayout): void {
  const sheet = book.addWorksheet(layout.name);
  // A table's layout starts at its header row; a layout with no rows at all has none to make a table of.
  const [tableHeader, ...body] = layout.rows;
  if (layout.table && tableHeader) addTable(sheet, layout.table, tableHeader, body);
  else {
    layout.rows.forEach((row) => sheet.addRow(row.map(valueOf)));
    sheet.getRow(1).font = { bold: true, size: 13 };
    sheet.getRow(2).font = { italic: true };
    const header = sheet.getRow(layout.headerRow + 1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    header.eachCell((cell) => (cell.fill = HEADER_FILL));
    for (let r = layout.headerRow; r <= layout.lastTableRow; r++) sheet.getRow(r + 1).eachCell((cell) => (cell.border = BORDER));
    for (const r of layout.boldRows) sheet.getRow(r + 1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: layout.headerRow + 1 }];
  }
  for (const [column, format] of Object.entries(layout.formats)) sheet.getColumn(Number(column) + 1).numFmt = format;
  layout.widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  for (const column of layout.hidden ?? []) sheet.getColumn(column + 1).hidden = true;
}

/** A workbook of the given sheet layouts (the summary's, or the consolidation's). */
export async function writeLayouts(layouts: readonly SheetLayout[]): Promise<Buffer> {
  const book = new Workbook();
  book.creator = 'phuluc';
  // Summaries and consolidations are marked as phuluc's own; an imported plan is not: units fill it in and send it back.
  if (layouts.some((layout) => layout.key !== 'imported')) book.keywords = OWN_OUTPUT_KEYWORD;
  for (const layout of layouts) drawSheet(book, layout);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export function writeSummaryWorkbook(summary: Summary, tables: readonly AppendixTable[], lang: Language): Promise<Buffer> {
  return writeLayouts(summaryLayout(summary, tables, lang));
}
