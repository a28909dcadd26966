/**
 * What kind of file a plan to import is, from its first bytes, and what the import says of a file it
 * cannot read as a plan beyond a workbook's reasons (src/io/readFailures.ts): a Word 97 document, a
 * scanned PDF. No parser here: the command line's main process and the pane decide with it before
 * anything heavy is loaded.
 */
export const PLAN_PROBLEM_KINDS = ['word97', 'needs_ocr', 'pdf_password', 'pdf_damaged', 'not_plan'] as const;
/** Why a file is no plan to import beyond a workbook's reasons; said by TEXT[lang].reading.planProblems. */
export type PlanProblem = (typeof PLAN_PROBLEM_KINDS)[number];

export type PlanFileKind = 'zip' | 'ole' | 'rtf' | 'pdf' | 'other';

/** A zip (.docx), an OLE2 compound file (.doc, or a .docx encrypted with a password), RTF, or PDF. */
export function sniffPlanFile(bytes: Uint8Array): PlanFileKind {
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  if (head.startsWith('PK')) return 'zip';
  if (head === '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1') return 'ole';
  if (head.startsWith('{\\rtf')) return 'rtf';
  // A PDF may carry a few bytes before its header; pdf.js looks for it in the first kilobyte.
  if (String.fromCharCode(...bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  return 'other';
}
