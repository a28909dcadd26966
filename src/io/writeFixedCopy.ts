/**
 * Applies safe fixes to a copy of an .xlsx/.xlsm workbook by editing only the worksheet XML of the
 * cells concerned, so everything else in the user's file (styles, widths, other sheets, macros)
 * stays exactly as it was. The source file is never written.
 */
import * as XLSX from '@e965/xlsx/dist/xlsx.core.min.js';
import { isoToExcelSerial } from '../core/calendar';
import type { Edit } from '../core/findings';
import { a1, columnIndex } from '../core/grid';
import { validDay } from '../core/validDay';

type Zip = ReturnType<typeof XLSX.CFB.read>;

export class FixError extends Error {}

function fileIndex(zip: Zip, path: string): number {
  return zip.FullPaths.findIndex((p: string) => p.replace(/^Root Entry\//, '') === path);
}

function readText(zip: Zip, path: string): string {
  const index = fileIndex(zip, path);
  if (index < 0) throw new FixError(`missing part ${path}`);
  return Buffer.from(zip.FileIndex[index]!.content as Uint8Array).toString('utf8');
}

function writeText(zip: Zip, path: string, text: string): void {
  zip.FileIndex[fileIndex(zip, path)]!.content = Buffer.from(text, 'utf8');
}

function unescapeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Worksheet part of each sheet name, from workbook.xml and its relationships. */
function sheetParts(zip: Zip): Map<string, string> {
  const relations = new Map(
    [...readText(zip, 'xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)].map((m) => [
      /\bId="([^"]+)"/.exec(m[0])?.[1],
      /\bTarget="([^"]+)"/.exec(m[0])?.[1],
    ]),
  );
  const parts = new Map<string, string>();
  for (const [tag] of readText(zip, 'xl/workbook.xml').matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    const target = relations.get(/\br:id="([^"]+)"/.exec(tag)?.[1]);
    if (name !== undefined && target) parts.set(unescapeXml(name), target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return parts;
}

/** The XML of one worksheet, with cell-level edits. */
class SheetXml {
  constructor(public xml: string) {}

  /** The element of cell `ref`, its attributes (r anywhere among them) and its content. */
  private cellPattern(ref: string): RegExp {
    return new RegExp(`<c\\b(?=[^>]*\\sr="${ref}")([^>]*?)(?:/>|>([\\s\\S]*?)</c>)`);
  }

  /** The style attribute of a cell, kept when its value is replaced. */
  private styleOf(ref: string): string {
    const match = this.cellPattern(ref).exec(this.xml);
    const style = match && /\bs="(\d+)"/.exec(match[1]!);
    return style ? ` s="${style[1]}"` : '';
  }

  /** The cell's element without its reference, to copy it elsewhere. */
  cellBody(ref: string): { attributes: string; inner: string } | null {
    const match = this.cellPattern(ref).exec(this.xml);
    return match ? { attributes: match[1]!, inner: match[2] ?? '' } : null;
  }

  put(row: number, col: number, element: (style: string) => string): void {
    const ref = a1(row, col);
    const pattern = this.cellPattern(ref);
    const replacement = element(this.styleOf(ref));
    if (pattern.test(this.xml)) {
      this.xml = this.xml.replace(pattern, () => replacement); // a function: "$" in user text stays literal
      return;
    }
    this.insert(row, col, replacement);
  }

  setText(row: number, col: number, text: string): void {
    // An inline string is always text: "= ..." or "+84 ..." never becomes a formula.
    this.put(row, col, (style) => `<c r="${a1(row, col)}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`);
  }

  setDate(row: number, col: number, iso: string, styleFrom?: { row: number; col: number }): void {
    // The type already allows only a day that exists; edits that arrive as data are checked again,
    // so nothing ever writes a serial for a day that is not one (it was 01/01/1970).
    if (!validDay(iso)) throw new FixError(`${a1(row, col)}: ${String(iso)} is not a day`);
    const borrowed = styleFrom ? this.styleOf(a1(styleFrom.row, styleFrom.col)) : null;
    this.put(row, col, (own) => `<c r="${a1(row, col)}"${borrowed ?? own}><v>${isoToExcelSerial(iso)}</v></c>`);
  }

  /** Adds a cell that does not exist yet, keeping rows and cells in order as Excel requires. */
  private insert(row: number, col: number, element: string): void {
    const rowPattern = new RegExp(`<row\\b(?=[^>]*\\sr="${row + 1}")([^>]*?)(?:/>|>([\\s\\S]*?)</row>)`);
    const existing = rowPattern.exec(this.xml);
    if (existing) {
      const cells = existing[2] ?? '';
      const after = [...cells.matchAll(/<c\b[^>]*\sr="([A-Z]+)\d+"/g)].find((m) => columnIndex(m[1]!) > col);
      const inner = after ? cells.slice(0, after.index) + element + cells.slice(after.index) : cells + element;
      const attributes = existing[1]!.replace(/\s*\b(?:spans|r)="[^"]*"/g, '');
      this.xml = this.xml.replace(rowPattern, () => `<row r="${row + 1}"${attributes}>${inner}</row>`);
      return;
    }
    const next = [...this.xml.matchAll(/<row\b[^>]*\sr="(\d+)"/g)].find((m) => Number(m[1]) > row + 1);
    const newRow = `<row r="${row + 1}">${element}</row>`;
    if (next) this.xml = this.xml.slice(0, next.index) + newRow + this.xml.slice(next.index);
    else this.xml = this.xml.replace(/<sheetData\s*\/>|<\/sheetData>/, (end) => (end.startsWith('</') ? `${newRow}</sheetData>` : `<sheetData>${newRow}</sheetData>`));
  }

  /** Removes a merged area and copies its value into every cell it covered. */
  unmerge(top: number, left: number, bottom: number, right: number): void {
    const ref = `${a1(top, left)}:${a1(bottom, right)}`;
    this.xml = this.xml.replace(new RegExp(`<mergeCell ref="${ref}"\\s*/>`), '');
    this.xml = this.xml.replace(/<mergeCells\b[^>]*>\s*<\/mergeCells>/, '');
    this.xml = this.xml.replace(/<mergeCells count="\d+"/, () => `<mergeCells count="${(this.xml.match(/<mergeCell ref=/g) ?? []).length}"`);
    const anchor = this.cellBody(a1(top, left));
    if (!anchor) return;
    const attributes = anchor.attributes.replace(/\s*\b(?:s|r)="[^"]*"/g, '');
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        if (r === top && c === left) continue;
        this.put(r, c, (style) => `<c r="${a1(r, c)}"${style}${attributes}>${anchor.inner}</c>`);
      }
    }
  }
}

/**
 * The bytes of a copy of `source` (an .xlsx or .xlsm) with the edits applied. Edits are applied in
 * order; a later edit of the same cell wins.
 */
export function writeFixedCopy(source: Uint8Array, edits: readonly Edit[]): Buffer {
  let zip: Zip;
  try {
    zip = XLSX.CFB.read(source, { type: 'buffer' });
  } catch (error) {
    throw new FixError(error instanceof Error ? error.message : String(error));
  }
  if (fileIndex(zip, 'xl/workbook.xml') < 0) throw new FixError('not an .xlsx/.xlsm workbook');
  const parts = sheetParts(zip);
  const sheets = new Map<string, { path: string; xml: SheetXml }>();
  for (const edit of edits) {
    let sheet = sheets.get(edit.sheet);
    if (!sheet) {
      const path = parts.get(edit.sheet);
      if (!path) throw new FixError(`no sheet named ${edit.sheet}`);
      sheets.set(edit.sheet, (sheet = { path, xml: new SheetXml(readText(zip, path)) }));
    }
    if (edit.kind === 'text') sheet.xml.setText(edit.row, edit.col, edit.text);
    else if (edit.kind === 'date') sheet.xml.setDate(edit.row, edit.col, edit.iso, edit.styleFrom);
    else sheet.xml.unmerge(edit.top, edit.left, edit.bottom, edit.right);
  }
  for (const { path, xml } of sheets.values()) writeText(zip, path, xml.xml);
  return Buffer.from(XLSX.CFB.write(zip, { type: 'buffer', fileType: 'zip', compression: true }) as Uint8Array);
}
