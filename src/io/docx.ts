/**
 * A Word document (.docx) as the import reads it: its body's paragraphs and tables, in order. A table
 * comes out as a grid with its merged cells (horizontal `gridSpan`, vertical `vMerge`) and line breaks
 * kept, so the table recogniser reads it like a sheet pasted from Word. No Node here: the pane's
 * worker uses it too. The zip is checked like a workbook's before anything is inflated.
 */
import * as XLSX from '@e965/xlsx/dist/xlsx.core.min.js';
import type { Cell, CellRange, Grid } from '../core/grid';
import type { PlanBlock } from '../core/prose/importPlan';
import { sniffPlanFile } from '../core/prose/planFiles';
import { PlanFileError } from './pdfText';
import { MAX_FILE_BYTES, WorkbookReadError } from './readFailures';
import { ListCounter, type Numbering, readNumbering } from './docxNumbering';
import { checkZip, type PartCheck } from './zipDirectory';

/**
 * An OLE2 file where a Word document was expected: a Word 97 document, or a .docx encrypted with a
 * password (its package inside an OLE2 file). The directory's entry names tell, in UTF-16 at even
 * offsets; nothing is parsed (SheetJS's core build cannot read OLE2 without its code pages).
 */
function refuseOle(bytes: Uint8Array): never {
  const names = new TextDecoder('utf-16le').decode(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  if (names.includes('EncryptedPackage') || names.includes('EncryptionInfo')) throw new WorkbookReadError('password');
  throw new PlanFileError('word97');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()]!;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

interface TableCell {
  text: string;
  span: number;
  /** 'restart' opens a vertical merge, 'continue' extends the one above. */
  vMerge: 'restart' | 'continue' | null;
}

/** Builds a table's grid: cells placed by their spans, vertical merges closed where they stop. */
function tableGrid(rows: TableCell[][], index: number): Grid {
  const cells: (Cell | null)[][] = [];
  const merges: CellRange[] = [];
  const openAt = new Map<number, CellRange>(); // column → vertical merge still growing
  rows.forEach((row, r) => {
    const out: (Cell | null)[] = [];
    let c = 0;
    for (const cell of row) {
      if (cell.vMerge === 'continue' && openAt.has(c)) {
        openAt.get(c)!.bottom = r;
        for (let k = 0; k < cell.span; k++) out.push(null);
      } else {
        out.push(cell.text ? { kind: 'text', text: cell.text } : null);
        for (let k = 1; k < cell.span; k++) out.push(null);
        if (cell.span > 1 || cell.vMerge === 'restart') {
          const range = { top: r, left: c, bottom: r, right: c + cell.span - 1 };
          merges.push(range);
          if (cell.vMerge === 'restart') openAt.set(c, range);
          else openAt.delete(c);
        } else openAt.delete(c);
      }
      c += cell.span;
    }
    cells.push(out);
  });
  return { name: `Bảng ${index + 1}`, rows: cells, merges: merges.filter((m) => m.bottom > m.top || m.right > m.left), hiddenRows: new Set() };
}

/**
 * The body of word/document.xml: paragraphs (w:p) and tables (w:tbl), nested tables read as text.
 * A paragraph of a numbered list gets its number written in front, as Word shows it.
 */
function docBlocks(xml: string, numbering: Numbering = new Map()): PlanBlock[] {
  const blocks: PlanBlock[] = [];
  const tag = /<(\/?)w:(p|tbl|tr|tc|t|tab|br|cr|gridSpan|vMerge|numId|ilvl|delText|instrText)\b([^>]*?)(\/?)>|([^<]+)/g;
  const lists = new ListCounter(numbering);
  let depth = 0; // table nesting
  let paragraph: string[] | null = null;
  let list = { numId: '', ilvl: 0 };
  let inText = false;
  let rows: TableCell[][] = [];
  let cell: TableCell | null = null;
  let cellParagraphs: string[] = [];
  let tables = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const [, closing, name, attributes, selfClosing, text] = m;
    if (text !== undefined) {
      if (inText && paragraph) paragraph.push(unescapeXml(text));
      continue;
    }
    const opening = !closing;
    switch (name) {
      case 'p':
        if (opening && !selfClosing) {
          paragraph = [];
          list = { numId: '', ilvl: 0 };
        } else if (closing && paragraph) {
          const marker = list.numId && list.numId !== '0' ? lists.next(list.numId, list.ilvl) : '';
          const joined = marker ? `${marker} ${paragraph.join('')}` : paragraph.join('');
          if (depth === 0) blocks.push({ kind: 'paragraph', text: joined });
          else cellParagraphs.push(joined);
          paragraph = null;
        }
        break;
      case 't':
        inText = opening && !selfClosing;
        break;
      case 'tab':
        paragraph?.push('\t');
        break;
      case 'br':
      case 'cr':
        paragraph?.push('\n');
        break;
      case 'tbl':
        if (opening) {
          depth++;
          if (depth === 1) rows = [];
        } else if (--depth === 0) blocks.push({ kind: 'table', grid: tableGrid(rows, tables++) });
        break;
      case 'tr':
        if (opening && depth === 1) rows.push([]);
        break;
      case 'tc':
        if (depth !== 1) break;
        if (opening) {
          cell = { text: '', span: 1, vMerge: null };
          cellParagraphs = [];
        } else if (cell) {
          cell.text = cellParagraphs.join('\n').trim();
          rows.at(-1)?.push(cell);
          cell = null;
        }
        break;
      case 'numId':
        if (paragraph) list.numId = /w:val="([^"]*)"/.exec(attributes!)?.[1] ?? '';
        break;
      case 'ilvl':
        if (paragraph) list.ilvl = Math.min(Number(/w:val="(\d+)"/.exec(attributes!)?.[1] ?? 0), 8);
        break;
      case 'gridSpan':
        if (cell && depth === 1) cell.span = Math.max(1, Math.min(Number(/w:val="(\d+)"/.exec(attributes!)?.[1] ?? 1), 64));
        break;
      case 'vMerge':
        if (cell && depth === 1) cell.vMerge = /w:val="restart"/.test(attributes!) ? 'restart' : 'continue';
        break;
      default:
        break; // deleted text and field codes are not the document's text
    }
  }
  return blocks;
}

/**
 * Reads a .docx. `checkParts`, where the host can inflate (Node), makes sure no part inflates
 * beyond what the zip directory claims.
 */
export function readDocxBytes(bytes: Uint8Array, checkParts?: PartCheck): PlanBlock[] {
  if (bytes.length > MAX_FILE_BYTES) throw new WorkbookReadError('too_large', `${bytes.length} bytes`);
  const kind = sniffPlanFile(bytes);
  if (kind === 'ole') refuseOle(bytes);
  if (kind === 'rtf') throw new PlanFileError('word97'); // "Save as .doc" in some editors writes RTF
  if (kind !== 'zip') throw new WorkbookReadError('not_plan');
  checkZip(bytes, checkParts);
  let xml: string;
  let numbering: string | null;
  try {
    const zip = XLSX.CFB.read(bytes, { type: 'array' });
    const text = (path: string) => {
      const content = XLSX.CFB.find(zip, path)?.content;
      return content ? new TextDecoder().decode(content instanceof Uint8Array ? content : Uint8Array.from(content)) : null;
    };
    const document = text('/word/document.xml');
    if (document === null) throw new Error('no word/document.xml');
    [xml, numbering] = [document, text('/word/numbering.xml')];
  } catch (error) {
    throw new WorkbookReadError('damaged', error instanceof Error ? error.message : String(error));
  }
  return docBlocks(xml, numbering ? readNumbering(numbering) : undefined);
}
