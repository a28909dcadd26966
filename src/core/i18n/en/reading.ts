import type { Catalogue } from '../catalogue';

/** Reading the files people give phuluc, in English: why one cannot be used, where the plan's year came from. */
export const reading: Catalogue['reading'] = {
  failures: {
    not_found: 'file not found',
    not_excel: 'not an Excel file (.xlsx, .xlsm, .xls)',
    not_plan: 'not a Word document (.docx) or a text file (.txt)',
    damaged: 'the file is damaged',
    password: 'the file is password protected; remove the password and retry',
    too_large: 'the file is too large (over 50 MB)',
    zip_bomb: 'the file is an abnormal archive (it would inflate far too much); not opened, to protect the computer',
    sheet_too_large: 'a sheet is too large (over 50,000 rows or 1,000,000 cells); an appendix table is never that large',
    timeout: 'reading the file took too long and was stopped; the file may be damaged',
    memory: 'reading the file needed too much memory and was stopped; the file may be damaged',
    bad_message: 'the reader process sent back data of the wrong shape (a bug in phuluc, not in the file); run again or report it',
    no_table: 'no appendix table found (needs a header row with task, lead unit and deadline columns)',
  },
  planProblems: {
    word97: 'a Word 97-2003 document (.doc) cannot be read; open it in Word, choose File › Save As › Word Document (*.docx), and import the .docx',
    needs_ocr: 'the PDF is a scan with no text layer; it needs OCR (text recognition) first, then import the text or Word document it gives',
    pdf_password: 'the PDF is password protected; remove the password and retry',
    pdf_damaged: 'the PDF is damaged and cannot be read',
    not_plan: 'not a Word document (.docx), a PDF or a text file (.txt)',
  },
  planYearFrom: {
    setting: 'set by the user',
    title: 'title',
    deadlines: "the tasks' deadlines",
    issueDate: 'issue date',
    cutOff: "the cut-off date's year",
  },
  planYearCounted: ({ year, from, matching, total, text, cell }: { year: number; from: string; matching: number; total: number; text: string; cell: string | null }) =>
    `${year} (${from}: ${matching} of ${total} write ${year}, e.g. "${text}" in ${cell})`,
};
