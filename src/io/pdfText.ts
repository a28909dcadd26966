/**
 * A PDF's text layer, read with pdf.js (pdfjs-dist), as the import's blocks. No Node and no DOM
 * here: the host hands over the pdf.js module it loaded (the command line with a dynamic import
 * in its PDF worker thread, src/io/pdfNode.ts; the pane lazily in its Web Worker, only when a PDF is
 * picked), so pdf.js never weighs on what starts without it.
 *
 * pdf.js runs without eval (isEvalSupported: false: a hostile font's code is never compiled), and
 * without fonts or images being decoded for display: only text content is asked for. A PDF with no
 * text at all is a scan, refused with the advice to run OCR first.
 */
import type { Language } from '../core/findings';
import { importPlan, type ImportedPlan, type PlanBlock } from '../core/import/importPlan';
import { type PdfPageText, pdfBlocks, textLength } from '../core/import/pdfLayout';
import { TEXT } from '../core/i18n';
import type { PlanProblem } from '../core/import/planFiles';
import { MAX_FILE_BYTES, WorkbookReadError } from './readFailures';

/**
 * A file the import cannot read as a plan, with the import's own reason (a Word 97 document, a
 * scanned PDF: src/core/import/planFiles.ts). Its workbook `reason` stays one a workbook reader knows
 * ('not_plan', 'password', 'damaged'), so whatever only knows those still says something true.
 * Here rather than in docx.ts so that it comes without SheetJS.
 */
export class PlanFileError extends WorkbookReadError {
  constructor(
    readonly problem: PlanProblem,
    detail?: string,
  ) {
    super(problem === 'pdf_password' ? 'password' : problem === 'pdf_damaged' ? 'damaged' : 'not_plan', detail ?? problem);
    this.name = 'PlanFileError';
  }
}

/** Why a plan could not be imported, in words: the import's own reasons first, then a workbook's. */
export function planReadMessage(error: unknown, lang: Language): string {
  if (error instanceof PlanFileError) return TEXT[lang].reading.planProblems[error.problem];
  if (error instanceof WorkbookReadError) return error.reason === 'not_plan' ? TEXT[lang].reading.planProblems.not_plan : TEXT[lang].reading.failures[error.reason];
  return TEXT[lang].reading.failures.damaged;
}

/** The part of pdf.js the import uses (pdfjs-dist's legacy build, 5.x). */
export interface Pdfjs {
  getDocument(source: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}

interface PdfDocument {
  numPages: number;
  getPage(number: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}

interface PdfPage {
  getViewport(options: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(options?: Record<string, unknown>): Promise<{ items: ({ str: string; transform: number[]; width: number; height: number } | { type: string })[] }>;
  cleanup(): unknown;
}

/** Where the host keeps pdf.js's data files (character maps, the standard fonts' metrics), if it can serve them. */
export interface PdfjsData {
  cMapUrl?: string;
  standardFontDataUrl?: string;
}

/** Two affine transforms [a b c d e f] applied one after the other (pdf.js's Util.transform). */
function multiply(m: readonly number[], n: readonly number[]): [number, number, number, number, number, number] {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m;
  const [g = 1, h = 0, i = 0, j = 1, k = 0, l = 0] = n;
  return [a * g + c * h, b * g + d * h, a * i + c * j, b * i + d * j, a * k + c * l + e, b * k + d * l + f];
}

/** A scan has no text; a few characters (a stamp, a page number) do not make a text layer. */
const MIN_TEXT = 40;

/** The text runs of every page, placed from the page's top left. */
export async function pdfPages(bytes: Uint8Array, pdfjs: Pdfjs, data: PdfjsData = {}): Promise<PdfPageText[]> {
  if (bytes.length > MAX_FILE_BYTES) throw new WorkbookReadError('too_large', `${bytes.length} bytes`);
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // a copy, as a plain Uint8Array: pdf.js takes it over and refuses a Buffer
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    stopAtErrors: false,
    verbosity: 0,
    ...(data.cMapUrl ? { cMapUrl: data.cMapUrl, cMapPacked: true } : {}),
    ...(data.standardFontDataUrl ? { standardFontDataUrl: data.standardFontDataUrl } : {}),
  });
  let document: PdfDocument;
  try {
    document = await task.promise;
  } catch (error) {
    const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined;
    if (name === 'PasswordException') throw new PlanFileError('pdf_password');
    throw new PlanFileError('pdf_damaged', error instanceof Error ? error.message : String(error));
  }
  try {
    const pages: PdfPageText[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      // The viewport places text as the page is shown: its offset and rotation applied, y down.
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs = content.items.flatMap((item) => {
        if (!('str' in item) || !item.str) return [];
        const [a, b, c, d, e, f] = multiply(viewport.transform, item.transform);
        // Text set upright only: a rotated stamp or margin note is not the plan's text.
        if (a <= 0 || Math.abs(b) > 0.01 * a || Math.abs(c) > 0.01 * Math.abs(d)) return [];
        return [{ text: item.str, x: e, y: f, width: item.width * (a / Math.hypot(item.transform[0] ?? 1, item.transform[1] ?? 0) || 1), size: Math.hypot(c, d) || item.height }];
      });
      pages.push({ width: viewport.width, height: viewport.height, runs });
      page.cleanup();
    }
    return pages;
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw new PlanFileError('pdf_damaged', error instanceof Error ? error.message : String(error));
  } finally {
    await document.destroy();
  }
}

/** A PDF's text layer as the import's blocks: prose lines and tables rebuilt from where the text stands. */
export async function readPdfBytes(bytes: Uint8Array, pdfjs: Pdfjs, data?: PdfjsData): Promise<PlanBlock[]> {
  const pages = await pdfPages(bytes, pdfjs, data);
  if (textLength(pages) < MIN_TEXT) throw new PlanFileError('needs_ocr');
  return pdfBlocks(pages);
}

/** A PDF plan imported: its tables and its prose task list. */
export async function importPdfBytes(bytes: Uint8Array, asOf: string, pdfjs: Pdfjs, data?: PdfjsData): Promise<ImportedPlan> {
  return importPlan(await readPdfBytes(bytes, pdfjs, data), asOf);
}
