/**
 * What kind of file a plan to import is, from its first bytes, and what the import says of a file it
 * cannot read as a plan beyond a workbook's reasons (src/io/readFailures.ts): a Word 97 document, a
 * scanned PDF. No parser here: the command line's main process and the pane decide with it before
 * anything heavy is loaded.
 */
import type { Language } from '../findings';

export type PlanProblem = 'word97' | 'needs_ocr' | 'pdf_password' | 'pdf_damaged' | 'not_plan';

export const PLAN_PROBLEMS: Record<PlanProblem, Record<Language, string>> = {
  word97: {
    vi: 'tệp Word 97-2003 (.doc) chưa đọc được; hãy mở bằng Word, chọn Tệp › Lưu thành › Tài liệu Word (*.docx), rồi nhập tệp .docx',
    en: 'a Word 97-2003 document (.doc) cannot be read; open it in Word, choose File › Save As › Word Document (*.docx), and import the .docx',
  },
  needs_ocr: {
    vi: 'tệp PDF là bản quét, không có lớp chữ; cần nhận dạng chữ (OCR) trước, rồi nhập văn bản hoặc tệp Word nhận được',
    en: 'the PDF is a scan with no text layer; it needs OCR (text recognition) first, then import the text or Word document it gives',
  },
  pdf_password: { vi: 'tệp PDF có mật khẩu; hãy bỏ mật khẩu rồi chạy lại', en: 'the PDF is password protected; remove the password and retry' },
  pdf_damaged: { vi: 'tệp PDF bị hỏng, không đọc được', en: 'the PDF is damaged and cannot be read' },
  not_plan: {
    vi: 'không phải tệp Word (.docx), PDF hay văn bản (.txt)',
    en: 'not a Word document (.docx), a PDF or a text file (.txt)',
  },
};

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
