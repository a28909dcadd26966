/**
 * A plan to import, from disk: a Word document (.docx), a PDF (its text layer, read asynchronously
 * with pdf.js: readPlanFileAsync), or text (.txt, or text copied from a PDF). What a file is comes
 * from its first bytes; a .doc (Word 97) or RTF is refused with how to save it as .docx.
 */
import { importPlan, importText, type ImportedPlan } from '../core/import/importPlan';
import { sniffPlanFile } from '../core/import/planFiles';
import { readDocxBytes } from './docx';
import { importPdfBytes, PlanFileError } from './pdfText';
import { WorkbookReadError } from './readFailures';
import { readFileBytes } from './fileBytes';
import { checkInflatedSizes } from './readWorkbook';

/** Files named as Word documents or PDFs are never read as text. */
const NOT_TEXT = /\.(?:docx|docm|doc|rtf|pdf)$/i;

/** A Word document or text; a PDF needs readPlanFileAsync. */
export function readPlanFile(path: string, asOf: string): ImportedPlan {
  const bytes = readFileBytes(path);
  const kind = sniffPlanFile(bytes);
  if (kind === 'zip' || kind === 'ole' || kind === 'rtf') return importPlan(readDocxBytes(bytes, checkInflatedSizes), asOf);
  if (kind === 'pdf') throw new PlanFileError('not_plan', 'a PDF is read with readPlanFileAsync');
  if (NOT_TEXT.test(path)) throw new WorkbookReadError('not_plan');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\u0000')) throw new WorkbookReadError('not_plan');
  return importText(text, asOf);
}

/** Any plan, PDFs included (pdf.js loaded on the first PDF). */
export async function readPlanFileAsync(path: string, asOf: string): Promise<ImportedPlan> {
  const bytes = readFileBytes(path);
  if (sniffPlanFile(bytes) !== 'pdf') return readPlanFile(path, asOf);
  const { loadPdfjs } = await import('./pdfNode');
  const { pdfjs, data } = await loadPdfjs();
  return importPdfBytes(bytes, asOf, pdfjs, data);
}
