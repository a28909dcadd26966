/** A plan to import, from disk: a Word document (.docx) or its text (.txt, or text copied from a PDF). */
import { importPlan, importText, type ImportedPlan } from '../core/prose/importPlan';
import { readDocxBytes } from './docx';
import { WorkbookReadError } from './readFailures';
import { checkInflatedSizes, readFileBytes } from './readWorkbook';

export function readPlanFile(path: string, asOf: string): ImportedPlan {
  const bytes = readFileBytes(path);
  if (/\.docx$/i.test(path)) return importPlan(readDocxBytes(bytes, checkInflatedSizes), asOf);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\u0000')) throw new WorkbookReadError('not_plan');
  return importText(text, asOf);
}
