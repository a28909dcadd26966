/**
 * A worksheet part as the fixed copy patches it (`writeFixedCopy.ts`): where sheetData, each row,
 * each cell and each merge sit in the text, and what each cell holds, read by namespace (`xml.ts`).
 * Rows and cells without `r` (optional in the schema) take the place after the previous one. And
 * SpreadsheetML's own escape for string values (ST_Xstring).
 */
import { columnIndex } from '../core/grid';
import { escapeXml, NS, scanXml, type XmlElement } from './xml';

const SHEET = NS.sheet;

/** What a cell holds, as compared after writing: its type, style, value, inline text and formula. */
export interface CellValue {
  t: string;
  s: string;
  v: string | null;
  text: string | null;
  f: string | null;
}

export interface CellNode {
  element: XmlElement;
  row: number;
  col: number;
  end: number;
  closeStart: number;
  value: CellValue;
}

export interface RowNode {
  element: XmlElement;
  row: number;
  closeStart: number;
  end: number;
  cells: CellNode[];
}

export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface MergeNode {
  range: Range | null;
  start: number;
  end: number;
}

export interface Span {
  element: XmlElement;
  closeStart: number;
  end: number;
}

export interface SheetModel {
  /** null when the part is not a worksheet (a chart sheet, a dialog sheet). */
  sheetData: Span | null;
  rows: RowNode[];
  mergeCells: Span | null;
  merges: MergeNode[];
}

const CELL_REF = /^([A-Za-z]{1,3})(\d{1,7})$/;

function cellPosition(ref: string | undefined): { row: number; col: number } | null {
  const [, letters, digits] = (ref === undefined ? null : CELL_REF.exec(ref)) ?? [];
  return letters !== undefined && digits !== undefined ? { row: Number(digits) - 1, col: columnIndex(letters.toUpperCase()) } : null;
}

export function rangeOf(ref: string | undefined): Range | null {
  const [from, to = from] = (ref ?? '').split(':');
  const [start, end] = [cellPosition(from), cellPosition(to)];
  return start && end ? { top: start.row, left: start.col, bottom: end.row, right: end.col } : null;
}

export const sameRange = (a: Range, b: Range) => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

/** The worksheet's model; XmlError when it is not well-formed. */
export function readSheet(xml: string): SheetModel {
  const model: SheetModel = { sheetData: null, rows: [], mergeCells: null, merges: [] };
  let root: XmlElement | null = null;
  let sheetData: XmlElement | null = null;
  let mergeCells: XmlElement | null = null;
  let row: RowNode | null = null;
  let cell: CellNode | null = null;
  let capture: 'v' | 'f' | 't' | null = null;
  let inString: XmlElement | null = null; // the cell's <is>
  let phonetic = 0; // inside <rPh>, whose text is not the cell's
  let captured = '';
  scanXml(xml, {
    open(element, parent) {
      if (!parent) {
        root = element;
        return;
      }
      if (!SHEET.has(element.uri)) return;
      const local = element.local;
      if (cell) {
        if (local === 'v' && parent === cell.element) capture = 'v';
        else if (local === 'f' && parent === cell.element) capture = 'f';
        else if (local === 'is' && parent === cell.element) {
          inString = element;
          cell.value.text = '';
        } else if (local === 'rPh' && inString) phonetic++;
        else if (local === 't' && inString && !phonetic) capture = 't';
        if (capture) captured = '';
        return;
      }
      if (local === 'c' && row && parent === row.element) {
        const position = cellPosition(element.attribute('r'));
        const previous = row.cells.at(-1);
        cell = {
          element,
          row: position?.row ?? row.row,
          col: position?.col ?? (previous ? previous.col + 1 : 0),
          end: element.openEnd,
          closeStart: element.openEnd,
          value: { t: element.attribute('t') ?? 'n', s: element.attribute('s') ?? '', v: null, text: null, f: null },
        };
      } else if (local === 'row' && sheetData && parent === sheetData) {
        const r = Number(element.attribute('r'));
        const previous = model.rows.at(-1);
        row = { element, row: Number.isInteger(r) && r > 0 ? r - 1 : previous ? previous.row + 1 : 0, closeStart: element.openEnd, end: element.openEnd, cells: [] };
      } else if (local === 'sheetData' && parent === root && root?.is(SHEET, 'worksheet')) sheetData = element;
      else if (local === 'mergeCells' && parent === root) mergeCells = element;
      else if (local === 'mergeCell' && mergeCells && parent === mergeCells) model.merges.push({ range: rangeOf(element.attribute('ref')), start: element.start, end: element.openEnd });
    },
    text(text) {
      if (capture) captured += text;
    },
    close(element, closeStart, end) {
      if (cell) {
        if (element === cell.element) {
          cell.end = end;
          cell.closeStart = closeStart;
          row?.cells.push(cell);
          cell = null;
          inString = null;
          phonetic = 0;
        } else if (capture && SHEET.has(element.uri) && element.local === capture) {
          if (capture === 't') cell.value.text += captured;
          else cell.value[capture] = captured;
          capture = null;
        } else if (element === inString) inString = null;
        else if (phonetic && element.local === 'rPh' && SHEET.has(element.uri)) phonetic--;
        return;
      }
      if (row && element === row.element) {
        row.closeStart = closeStart;
        row.end = end;
        model.rows.push(row);
        row = null;
      } else if (element === sheetData) {
        model.sheetData = { element, closeStart, end };
        sheetData = null; // a second sheetData is not read
      } else if (element === mergeCells) {
        model.mergeCells = { element, closeStart, end };
        mergeCells = null;
      } else if (mergeCells && element.local === 'mergeCell') {
        const last = model.merges.at(-1);
        if (last && last.start === element.start) last.end = end;
      }
    },
  });
  return model;
}

/*
 * Text in a SpreadsheetML string (ST_Xstring): characters XML cannot carry are written as Excel
 * writes them, _xHHHH_, and a "_x" that would read as such an escape has its "_" escaped.
 */
const XSTRING_UNSAFE = /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|_(?=x[0-9a-fA-F]{4}_)/g;
const hex4 = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');

export function escapeXstring(text: string): string {
  return escapeXml(text.replace(XSTRING_UNSAFE, (c) => `_x${hex4(c.charCodeAt(0))}_`));
}

export function unescapeXstring(text: string): string {
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_, code: string) => String.fromCharCode(parseInt(code, 16)));
}
