/**
 * Reading the files people give phuluc: why a workbook or a plan to import cannot be used, and
 * where the plan's year was read from. The command line and the pane say them alike.
 */
import type { PlanProblem } from '../../import/planFiles';
import type { PlanYearFrom } from '../../planYear';

export const reading = {
  /** Why a workbook could not be used: a reason of src/io/readFailures.ts, or no appendix table in it. */
  failures: {
    not_found: 'không tìm thấy tệp',
    not_excel: 'không phải tệp Excel (.xlsx, .xlsm, .xls)',
    not_plan: 'không phải tệp Word (.docx) hay văn bản (.txt)',
    damaged: 'tệp bị hỏng, Excel không mở được',
    password: 'tệp có mật khẩu; hãy bỏ mật khẩu rồi chạy lại',
    too_large: 'tệp quá lớn (trên 50 MB)',
    zip_bomb: 'tệp nén bất thường (giải nén ra quá lớn); không mở để bảo vệ máy',
    sheet_too_large: 'trang tính quá lớn (trên 50.000 dòng hoặc 1.000.000 ô); phụ lục nhiệm vụ không lớn đến vậy',
    timeout: 'đọc tệp quá lâu nên đã dừng; tệp có thể bị hỏng',
    memory: 'đọc tệp cần quá nhiều bộ nhớ nên đã dừng; tệp có thể bị hỏng',
    bad_message: 'tiến trình đọc tệp trả về dữ liệu không đúng dạng (lỗi của phuluc, không phải của tệp); hãy chạy lại hoặc báo lỗi',
    no_table: 'không tìm thấy bảng phụ lục nhiệm vụ (cần dòng tiêu đề có các cột Nhiệm vụ, Chủ trì, Thời hạn)',
  },
  /** What the import says of a plan it cannot read, beyond a workbook's reasons: a Word 97 document, a scanned PDF. */
  planProblems: {
    word97: 'tệp Word 97-2003 (.doc) chưa đọc được; hãy mở bằng Word, chọn Tệp › Lưu thành › Tài liệu Word (*.docx), rồi nhập tệp .docx',
    needs_ocr: 'tệp PDF là bản quét, không có lớp chữ; cần nhận dạng chữ (OCR) trước, rồi nhập văn bản hoặc tệp Word nhận được',
    pdf_password: 'tệp PDF có mật khẩu; hãy bỏ mật khẩu rồi chạy lại',
    pdf_damaged: 'tệp PDF bị hỏng, không đọc được',
    not_plan: 'không phải tệp Word (.docx), PDF hay văn bản (.txt)',
  } satisfies Record<PlanProblem, string>,
  /** Where the plan's year came from (src/core/planYear.ts). */
  planYearFrom: {
    setting: 'do người dùng đặt',
    title: 'tiêu đề',
    deadlines: 'thời hạn các nhiệm vụ',
    issueDate: 'ngày ban hành',
    cutOff: 'năm của ngày chốt số liệu',
  } satisfies Record<PlanYearFrom, string>,
  /** The year most deadlines write: "2025 (thời hạn các nhiệm vụ: 28/30 thời hạn ghi năm 2025, như "Tháng 9/2025" ở Phụ lục II!F11)". */
  planYearCounted: ({ year, from, matching, total, text, cell }: { year: number; from: string; matching: number; total: number; text: string; cell: string | null }) =>
    `${year} (${from}: ${matching}/${total} thời hạn ghi năm ${year}, như "${text}" ở ${cell})`,
};
