/**
 * Why a workbook could not be used, in words for the command line and the pane. No SheetJS here:
 * the processes that only report failures (the command line's main process, the pane) load this
 * without the parser.
 */
import type { Language } from '../core/findings';

export const READ_FAILURE_REASONS = [
  'not_found',
  'not_excel',
  'not_plan',
  'damaged',
  'password',
  'too_large',
  'zip_bomb',
  'sheet_too_large',
  'timeout',
  'memory',
  'bad_message',
] as const;
/** Why a file could not be read; `bad_message`: a reader sent back something that is not its request's reply (a bug in phuluc, not in the file). */
export type ReadFailure = (typeof READ_FAILURE_REASONS)[number];

/** Why a file could not be used, as the command line and the pane tell it. */
export const READ_FAILURES: Record<ReadFailure | 'no_table', Record<Language, string>> = {
  not_found: { vi: 'không tìm thấy tệp', en: 'file not found' },
  not_excel: { vi: 'không phải tệp Excel (.xlsx, .xlsm, .xls)', en: 'not an Excel file (.xlsx, .xlsm, .xls)' },
  not_plan: { vi: 'không phải tệp Word (.docx) hay văn bản (.txt)', en: 'not a Word document (.docx) or a text file (.txt)' },
  damaged: { vi: 'tệp bị hỏng, Excel không mở được', en: 'the file is damaged' },
  password: { vi: 'tệp có mật khẩu; hãy bỏ mật khẩu rồi chạy lại', en: 'the file is password protected; remove the password and retry' },
  too_large: { vi: 'tệp quá lớn (trên 50 MB)', en: 'the file is too large (over 50 MB)' },
  zip_bomb: {
    vi: 'tệp nén bất thường (giải nén ra quá lớn); không mở để bảo vệ máy',
    en: 'the file is an abnormal archive (it would inflate far too much); not opened, to protect the computer',
  },
  sheet_too_large: {
    vi: 'trang tính quá lớn (trên 50.000 dòng hoặc 1.000.000 ô); phụ lục nhiệm vụ không lớn đến vậy',
    en: 'a sheet is too large (over 50,000 rows or 1,000,000 cells); an appendix table is never that large',
  },
  timeout: { vi: 'đọc tệp quá lâu nên đã dừng; tệp có thể bị hỏng', en: 'reading the file took too long and was stopped; the file may be damaged' },
  memory: { vi: 'đọc tệp cần quá nhiều bộ nhớ nên đã dừng; tệp có thể bị hỏng', en: 'reading the file needed too much memory and was stopped; the file may be damaged' },
  bad_message: {
    vi: 'tiến trình đọc tệp trả về dữ liệu không đúng dạng (lỗi của phuluc, không phải của tệp); hãy chạy lại hoặc báo lỗi',
    en: 'the reader process sent back data of the wrong shape (a bug in phuluc, not in the file); run again or report it',
  },
  no_table: {
    vi: 'không tìm thấy bảng phụ lục nhiệm vụ (cần dòng tiêu đề có các cột Nhiệm vụ, Chủ trì, Thời hạn)',
    en: 'no appendix table found (needs a header row with task, lead unit and deadline columns)',
  },
};

export class WorkbookReadError extends Error {
  constructor(
    readonly reason: ReadFailure,
    readonly detail?: string,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = 'WorkbookReadError';
  }
}

/** A file still being read after this long is given up: the command line's readers and the pane's worker. */
export const READ_TIMEOUT_MS = 60_000;

/** Larger files are not appendix tables someone typed; refuse them before parsing. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
