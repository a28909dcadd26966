/**
 * Draws a unit's template (src/core/cycle/template.ts) as an .xlsx workbook: the plan's columns
 * locked and the report columns open under a sheet protection with no password (an office lifts it
 * from the Review tab), a list on the status, a date rule on the completion date, the key column
 * hidden, and the template's identity in the workbook's custom properties.
 *
 * No Node API: the pane's Web Worker runs this too. exceljs is loaded from its browser build, which
 * Node runs as well (and loads in a tenth of the time of its Node entry), so both hosts run one code.
 * exceljs 4.4 writes no custom properties: they are added to its zip with fflate.
 *
 * Not marked with the Keywords of phuluc's own output (summaryLayout.ts): units fill templates in and
 * send them back, and consolidation skips phuluc's own output.
 */
import type ExcelJS from 'exceljs';
import { Workbook } from 'exceljs/dist/exceljs.bare.min.js';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { identityProperties } from '../core/cycle/identity';
import {
  blockTitles,
  dateValidation,
  instructions,
  rowCells,
  sheetNames,
  statusValidation,
  TEMPLATE_COLUMN,
  TEMPLATE_COLUMNS,
  type TemplateOptions,
  type TemplateRow,
  type UnitTemplate,
} from '../core/cycle/template';
import { columnLetter } from '../core/grid';
import { HEADER_FILL_RGB } from '../core/summaryLayout';
import { escapeXml } from './xml';

const solid = (rgb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${rgb}` } });
const HEADER_FILL = solid(HEADER_FILL_RGB);
/** Where the unit types: the report columns. */
const OPEN_FILL = solid('FFF2CC');
const BLOCK_FILL = solid('F2F2F2');
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };

/** The visible columns: everything but the key, the last. */
const VISIBLE = TEMPLATE_COLUMN.key;
const VISIBLE_WIDTH = TEMPLATE_COLUMNS.slice(0, VISIBLE).reduce((sum, c) => sum + c.width, 0);

/** A title line merged across the table, high enough for its wrapped lines (Excel does not grow merged rows). */
function titleRow(sheet: ExcelJS.Worksheet, text: string, font: Partial<ExcelJS.Font>): void {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, VISIBLE);
  row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  row.getCell(1).font = font;
  const lines = Math.ceil([...text].length / (VISIBLE_WIDTH * 0.9));
  if (lines > 1) row.height = 16 * lines;
}

function bodyRow(sheet: ExcelJS.Worksheet, row: TemplateRow): void {
  const added = sheet.addRow(rowCells(row));
  TEMPLATE_COLUMNS.forEach((column, i) => {
    const cell = added.getCell(i + 1);
    cell.border = BORDER;
    cell.alignment = WRAP;
    if (column.report) {
      cell.protection = { locked: false };
      cell.fill = OPEN_FILL;
    }
  });
}

/**
 * A block's title, in the group column (blockTitles says why), not merged so nothing stands in the
 * way of a sort: unwrapped, it runs on over the empty cells to its right.
 */
function blockRow(sheet: ExcelJS.Worksheet, title: string): void {
  const cells: (string | null)[] = Array(TEMPLATE_COLUMN.group).fill(null);
  const row = sheet.addRow([...cells, title]);
  for (let col = 1; col <= TEMPLATE_COLUMNS.length; col++) {
    const cell = row.getCell(col);
    cell.fill = BLOCK_FILL;
    // No border between the cells the title runs over: it would cross the text.
    const border: Partial<ExcelJS.Borders> = { top: THIN, bottom: THIN, ...(col === 1 ? { left: THIN } : {}), ...(col === TEMPLATE_COLUMNS.length ? { right: THIN } : {}) };
    cell.border = border;
  }
  row.getCell(TEMPLATE_COLUMN.group + 1).font = { bold: true };
}

/**
 * exceljs 4.4 validates ranges ("G12:G40") through the sheet's `dataValidations`, which its types
 * leave out: looked up and checked, so another exceljs fails here with a reason, not mid-write.
 */
function rangeValidations(sheet: ExcelJS.Worksheet): { add(range: string, validation: ExcelJS.DataValidation): void } {
  const validations: unknown = Reflect.get(sheet, 'dataValidations');
  if (typeof validations !== 'object' || validations === null || !('add' in validations) || typeof validations.add !== 'function') {
    throw new Error('writeTemplate: this exceljs has no range data validations (worksheet.dataValidations.add, exceljs 4.4)');
  }
  const add = validations.add;
  return { add: (range, validation) => void add.call(validations, range, validation) };
}

function reportSheet(book: ExcelJS.Workbook, template: UnitTemplate, options: TemplateOptions): ExcelJS.Worksheet {
  const { lang } = options;
  const sheet = book.addWorksheet(sheetNames(lang).report, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  TEMPLATE_COLUMNS.forEach((column, i) => (sheet.getColumn(i + 1).width = column.width));
  for (const line of template.letterhead) {
    const row = sheet.addRow([line]);
    sheet.mergeCells(row.number, 1, row.number, 3);
    row.getCell(1).alignment = { horizontal: 'center' };
    row.getCell(1).font = { bold: true };
  }
  sheet.addRow([]);
  template.heading.forEach((line, i) => titleRow(sheet, line, i === 0 ? { bold: true, size: 13 } : { bold: line === template.identity.planTitle }));
  sheet.addRow([]);

  const header = sheet.addRow(TEMPLATE_COLUMNS.map((c) => c.header));
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  const titles = blockTitles(lang);
  blockRow(sheet, titles.led);
  template.led.forEach((row) => bodyRow(sheet, row));
  if (template.supported.length) {
    blockRow(sheet, titles.supported);
    template.supported.forEach((row) => bodyRow(sheet, row));
  }
  const first = header.number + 1;
  const dataValidations = rangeValidations(sheet);
  const last = sheet.rowCount;

  const completed = columnLetter(TEMPLATE_COLUMN.completed);
  for (let r = first; r <= last; r++) sheet.getCell(`${completed}${r}`).numFmt = 'dd/mm/yyyy';
  const status = statusValidation(lang);
  dataValidations.add(`${columnLetter(TEMPLATE_COLUMN.status)}${first}:${columnLetter(TEMPLATE_COLUMN.status)}${last}`, {
    type: 'list',
    allowBlank: true,
    // The list is written in the formula itself, its items separated by commas whatever the locale.
    formulae: [`"${status.words.join(',')}"`],
    showInputMessage: true,
    promptTitle: status.promptTitle,
    prompt: status.prompt,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: status.errorTitle,
    error: status.error,
  });
  const date = dateValidation(options.asOf, lang);
  dataValidations.add(`${completed}${first}:${completed}${last}`, {
    type: 'date',
    operator: 'lessThanOrEqual',
    allowBlank: true,
    // exceljs writes a date rule's bound as the day's serial (UTC midnight: the day itself).
    formulae: [new Date(`${options.asOf}T00:00:00Z`)],
    showInputMessage: true,
    promptTitle: date.promptTitle,
    prompt: date.prompt,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: date.errorTitle,
    error: date.error,
  });
  sheet.getColumn(TEMPLATE_COLUMN.key + 1).hidden = true;
  sheet.autoFilter = { from: { row: header.number, column: 1 }, to: { row: last, column: TEMPLATE_COLUMNS.length } };
  sheet.views = [{ state: 'frozen', ySplit: header.number, activeCell: `${columnLetter(TEMPLATE_COLUMN.status)}${first + 1}` }];
  sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
  return sheet;
}

/** Protected with no password: the unit may select, format, resize, filter and sort (Excel sorts unlocked cells only). */
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatCells: true,
  formatColumns: true,
  formatRows: true,
  sort: true,
  autoFilter: true,
};

function guideSheet(book: ExcelJS.Workbook, template: UnitTemplate, options: TemplateOptions): void {
  const sheet = book.addWorksheet(sheetNames(options.lang).guide);
  sheet.getColumn(1).width = 110;
  instructions(template, options).forEach((line, i) => {
    const row = sheet.addRow([line]);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) row.getCell(1).font = { bold: true, size: 13 };
  });
}

const CUSTOM_PART = 'docProps/custom.xml';
const CUSTOM_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const CUSTOM_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
/** The format id every user-defined property carries (MS-OSHARED, FMTID_UserDefinedProperties). */
const USER_DEFINED = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

function customXml(properties: Record<string, string>): string {
  const items = Object.entries(properties).map(
    // pid 0 and 1 are reserved: user-defined properties start at 2.
    ([name, value], i) => `<property fmtid="${USER_DEFINED}" pid="${i + 2}" name="${escapeXml(name, true)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${items.join('')}</Properties>`;
}

/** Inserts `xml` before the closing `tag` of a part; a part without it is not a workbook's, said so. */
function insertBefore(part: string, tag: string, xml: string): string {
  const at = part.lastIndexOf(tag);
  if (at < 0) throw new Error(`withCustomProperties: ${tag} not found`);
  return `${part.slice(0, at)}${xml}${part.slice(at)}`;
}

/**
 * An .xlsx with `properties` as its custom properties: docProps/custom.xml written (replaced when it
 * is there), its content type and its package relationship added when missing. exceljs's own output
 * is stored uncompressed, so reading it costs nothing and fflate compresses once; a workbook exceljs
 * saved again (it drops custom properties) gets its properties back the same way.
 */
export function withCustomProperties(xlsx: Uint8Array, properties: Record<string, string>): Uint8Array {
  const files = unzipSync(xlsx);
  const part = (name: string) => {
    const bytes = files[name];
    if (!bytes) throw new Error(`withCustomProperties: ${name} not found`);
    return strFromU8(bytes);
  };
  const types = part('[Content_Types].xml');
  const rels = part('_rels/.rels');
  if (!types.includes(`PartName="/${CUSTOM_PART}"`))
    files['[Content_Types].xml'] = strToU8(insertBefore(types, '</Types>', `<Override PartName="/${CUSTOM_PART}" ContentType="${CUSTOM_TYPE}"/>`));
  if (!rels.includes(`Type="${CUSTOM_REL}"`)) {
    const ids = [...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
    files['_rels/.rels'] = strToU8(insertBefore(rels, '</Relationships>', `<Relationship Id="rId${Math.max(0, ...ids) + 1}" Type="${CUSTOM_REL}" Target="${CUSTOM_PART}"/>`));
  }
  files[CUSTOM_PART] = strToU8(customXml(properties));
  return zipSync(files, { level: 6 });
}

/** A unit's template as .xlsx bytes. */
export async function writeTemplate(template: UnitTemplate, options: TemplateOptions): Promise<Uint8Array> {
  const book = new Workbook();
  book.creator = 'phuluc';
  book.title = template.heading[0] ?? '';
  const report = reportSheet(book, template, options);
  guideSheet(book, template, options);
  await report.protect('', PROTECTION);
  const stored = await book.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return withCustomProperties(new Uint8Array(stored), identityProperties(template.identity));
}
