/**
 * A Word document (.docx) as the import reads it: its body's paragraphs and tables, in order. A table
 * comes out as a grid with its merged cells (horizontal `gridSpan`, vertical `vMerge`) and line breaks
 * kept, so the table recogniser reads it like a sheet pasted from Word. The XML is read by namespace
 * (`xml.ts`, saxes), whatever prefix the document uses. No Node here: the pane's worker uses it too.
 * The zip is checked like a workbook's before anything is inflated.
 */
import * as XLSX from '@e965/xlsx/dist/xlsx.core.min.js';
import type { Cell, CellRange, Grid } from '../core/grid';
import type { PlanBlock } from '../core/import/importPlan';
import { sniffPlanFile } from '../core/import/planFiles';
import { PlanFileError } from './pdfText';
import { MAX_FILE_BYTES, WorkbookReadError } from './readFailures';
import { ListCounter, type Numbering, readNumbering } from './docxNumbering';
import { NS, scanXml, type XmlElement, XmlError } from './xml';
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

interface TableCell {
  text: string;
  span: number;
  /** 'restart' opens a vertical merge, 'continue' extends the one above. */
  vMerge: 'restart' | 'continue' | null;
}

/** Builds a table's grid: cells placed by their spans, vertical merges closed where they stop. */
function tableGrid(rows: TableCell[][]): Grid {
  const cells: (Cell | null)[][] = [];
  const merges: CellRange[] = [];
  const openAt = new Map<number, CellRange>(); // column → vertical merge still growing
  rows.forEach((row, r) => {
    const out: (Cell | null)[] = [];
    let c = 0;
    for (const cell of row) {
      const above = cell.vMerge === 'continue' ? openAt.get(c) : undefined;
      if (above) {
        above.bottom = r;
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
  return { name: '', rows: cells, merges: merges.filter((m) => m.bottom > m.top || m.right > m.left), hiddenRows: new Set() };
}

const W = NS.word;
const MC = NS.compatibility;

/** A paragraph being read: its text, its list, and what the text boxes anchored in it hold. */
interface Paragraph {
  parts: string[];
  numId: string;
  ilvl: number;
  boxes: PlanBlock[];
}

/** A flow of paragraphs and tables: the body, or a text box's content (w:txbxContent). */
interface Story {
  blocks: PlanBlock[];
  /** Table nesting. */
  depth: number;
  paragraph: Paragraph | null;
  rows: TableCell[][];
  cell: TableCell | null;
  cellParagraphs: string[];
}

const newStory = (): Story => ({ blocks: [], depth: 0, paragraph: null, rows: [], cell: null, cellParagraphs: [] });

/** A block's text as lines of a table cell: a table's cells one per line. */
const linesOf = (block: PlanBlock): string[] =>
  block.kind === 'paragraph' ? [block.text] : block.kind === 'table' ? block.grid.rows.flatMap((row) => row.flatMap((cell) => (cell?.kind === 'text' ? [cell.text] : []))) : [];

/**
 * The body of word/document.xml: paragraphs (w:p) and tables (w:tbl), nested tables read as text.
 * A paragraph of a numbered list gets its number written in front, as Word shows it. A text box
 * (w:txbxContent, in a drawing or a VML shape) is a story of its own: its paragraphs come once,
 * after the paragraph that anchors it, which keeps its own text whole. Of a markup-compatibility
 * block (mc:AlternateContent) only the first choice is read; Word puts the same box in the
 * fallback, which is skipped.
 */
function docBlocks(xml: string, numbering: Numbering = new Map()): PlanBlock[] {
  const lists = new ListCounter(numbering);
  const body = newStory();
  const stories: Story[] = [body]; // the body's story, then the text boxes open inside it
  let story = body;
  /** For each open mc:AlternateContent, whether a branch of it has been taken. */
  const alternates: boolean[] = [];
  let skipping: XmlElement | null = null;
  let inText = 0;

  const closeParagraph = (paragraph: Paragraph) => {
    const marker = paragraph.numId && paragraph.numId !== '0' ? lists.next(paragraph.numId, paragraph.ilvl) : '';
    const text = paragraph.parts.join('');
    const joined = marker ? `${marker} ${text}` : text;
    if (story.depth === 0) story.blocks.push({ kind: 'paragraph', text: joined }, ...paragraph.boxes);
    else story.cellParagraphs.push(joined, ...paragraph.boxes.flatMap(linesOf));
  };

  scanXml(
    xml,
    {
      open(element, parent) {
        if (skipping) return;
        if (MC.has(element.uri)) {
          if (element.local === 'AlternateContent') alternates.push(false);
          else if ((element.local === 'Choice' || element.local === 'Fallback') && alternates.length) {
            if (alternates.at(-1)) skipping = element;
            else alternates[alternates.length - 1] = true;
          }
          return;
        }
        if (!W.has(element.uri)) return;
        const { paragraph } = story;
        switch (element.local) {
          case 'p':
            story.paragraph = { parts: [], numId: '', ilvl: 0, boxes: [] };
            break;
          case 't':
            if (parent?.is(W, 'r')) inText++;
            break;
          case 'tab':
            if (parent?.is(W, 'r')) paragraph?.parts.push('\t');
            break;
          case 'br':
          case 'cr':
            if (parent?.is(W, 'r')) paragraph?.parts.push('\n');
            break;
          case 'txbxContent':
            story = newStory();
            stories.push(story);
            break;
          case 'tbl':
            if (++story.depth === 1) story.rows = [];
            break;
          case 'tr':
            if (story.depth === 1) story.rows.push([]);
            break;
          case 'tc':
            if (story.depth === 1) {
              story.cell = { text: '', span: 1, vMerge: null };
              story.cellParagraphs = [];
            }
            break;
          case 'numId':
            if (paragraph && parent?.is(W, 'numPr')) paragraph.numId = element.attribute('val', W) ?? '';
            break;
          case 'ilvl':
            if (paragraph && parent?.is(W, 'numPr')) paragraph.ilvl = Math.min(Number(element.attribute('val', W) ?? 0) || 0, 8);
            break;
          case 'gridSpan':
            if (story.cell && story.depth === 1) story.cell.span = Math.max(1, Math.min(Number(element.attribute('val', W) ?? 1) || 1, 64));
            break;
          case 'vMerge':
            if (story.cell && story.depth === 1) story.cell.vMerge = element.attribute('val', W) === 'restart' ? 'restart' : 'continue';
            break;
          case 'del':
          case 'moveFrom':
          case 'pPrChange':
            if (!element.selfClosing) skipping = element;
            break;
          default:
            break; // deleted text (w:delText) and field codes (w:instrText) are never read
        }
      },
      text(text) {
        if (inText && !skipping) story.paragraph?.parts.push(text);
      },
      close(element) {
        if (skipping) {
          if (element === skipping) skipping = null;
          return;
        }
        if (MC.has(element.uri)) {
          if (element.local === 'AlternateContent') alternates.pop();
          return;
        }
        if (!W.has(element.uri)) return;
        switch (element.local) {
          case 'p':
            if (story.paragraph) {
              const paragraph = story.paragraph;
              story.paragraph = null;
              closeParagraph(paragraph);
            }
            break;
          case 't':
            if (inText) inText--;
            break;
          case 'txbxContent': {
            const outer = stories.at(-2);
            if (outer === undefined) break; // no box open: the body's story stays
            const box = story; // the open box: `story` is always the top of `stories`
            stories.pop();
            story = outer;
            if (story.paragraph) story.paragraph.boxes.push(...box.blocks);
            else if (story.depth === 0) story.blocks.push(...box.blocks);
            else story.cellParagraphs.push(...box.blocks.flatMap(linesOf));
            break;
          }
          case 'tbl':
            if (story.depth > 0 && --story.depth === 0) story.blocks.push({ kind: 'table', grid: tableGrid(story.rows) });
            break;
          case 'tc':
            if (story.depth === 1 && story.cell) {
              story.cell.text = story.cellParagraphs.join('\n').trim();
              story.rows.at(-1)?.push(story.cell);
              story.cell = null;
            }
            break;
          default:
            break;
        }
      },
    },
    false,
  );
  // Tables are named in the order they come, text boxes' included.
  let tables = 0;
  return body.blocks.map((block) => (block.kind === 'table' ? { ...block, grid: { ...block.grid, name: `Bảng ${++tables}` } } : block));
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
  try {
    return docBlocks(xml, numbering ? readNumbering(numbering) : undefined);
  } catch (error) {
    // XML that is not well-formed: Word opens no such document either. (A DOCTYPE's entities are not
    // an error: they are never expanded and stay as written.)
    if (error instanceof XmlError) throw new WorkbookReadError('damaged', error.message);
    throw error;
  }
}
