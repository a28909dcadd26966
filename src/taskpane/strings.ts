/** Every word the pane shows, in Vietnamese (default) and English (when Office speaks English). */
import type { Language } from '../core/findings';

export const STRINGS = {
  title: { vi: 'Phụ lục nhiệm vụ', en: 'Plan appendix' },
  tabCheck: { vi: 'Kiểm tra', en: 'Check' },
  tabOverdue: { vi: 'Quá hạn', en: 'Overdue' },
  tabSettings: { vi: 'Cài đặt', en: 'Settings' },
  checkRun: { vi: 'Kiểm tra trang đang mở', en: 'Check the active sheet' },
  working: { vi: 'Đang xử lý…', en: 'Working…' },
  noTable: { vi: 'Không tìm thấy bảng phụ lục nhiệm vụ trên trang này (cần dòng tiêu đề có Nhiệm vụ, Chủ trì, Thời hạn).', en: 'No appendix table on this sheet (a header with task, lead unit and deadline is needed).' },
  table: { vi: 'Bảng', en: 'Table' },
  headerRow: { vi: 'dòng tiêu đề', en: 'header row' },
  planYear: { vi: 'Năm kế hoạch', en: 'Plan year' },
  planYearHint: { vi: 'Để trống để tự nhận', en: 'Leave empty to infer' },
  columns: { vi: 'Vai trò các cột', en: 'Column roles' },
  correctRole: { vi: 'Sửa vai trò cột', en: 'Correct a column role' },
  role: { vi: 'Vai trò', en: 'Role' },
  column: { vi: 'Cột', en: 'Column' },
  apply: { vi: 'Áp dụng', en: 'Apply' },
  tasks: { vi: 'nhiệm vụ', en: 'tasks' },
  findings: { vi: 'Phát hiện', en: 'Findings' },
  noFindings: { vi: 'Không có lỗi hay cảnh báo.', en: 'No errors or warnings.' },
  fix: { vi: 'Sửa', en: 'Fix' },
  showMore: { vi: 'Xem thêm', en: 'Show more' },
  fixAll: { vi: 'Sửa tất cả lỗi sửa được an toàn…', en: 'Fix all safe findings…' },
  fixPreview: { vi: 'Các thay đổi sẽ được ghi vào trang tính', en: 'These changes will be written to the sheet' },
  cancel: { vi: 'Huỷ', en: 'Cancel' },
  fixed: { vi: 'Đã sửa', en: 'Fixed' },
  changes: { vi: 'thay đổi', en: 'changes' },
  asOf: { vi: 'Ngày chốt số liệu', en: 'Cut-off date' },
  asOfHint: { vi: 'Để trống: luôn tính theo ngày hôm nay', en: 'Empty: always today' },
  dueSoonDays: { vi: 'Tô vàng khi còn (ngày)', en: 'Amber when due within (days)' },
  highlightRun: { vi: 'Tô quá hạn', en: 'Highlight overdue' },
  highlightClear: { vi: 'Xoá tô màu', en: 'Clear highlight' },
  legendOverdue: { vi: 'Chưa hoàn thành, quá hạn', en: 'Not done, overdue' },
  legendDueSoon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  legendDone: { vi: 'Đã hoàn thành', en: 'Done' },
  highlighted: { vi: 'Đã tô màu bảng; màu tự cập nhật khi sửa tình trạng hoặc sang ngày mới.', en: 'Highlighted; colours follow status edits and the calendar.' },
  cleared: { vi: 'Đã xoá tô màu của phuluc', en: "Removed phuluc's highlight" },
  rules: { vi: 'quy tắc', en: 'rules' },
  directory: { vi: 'Danh mục đơn vị', en: 'Unit directory' },
  directoryHint: { vi: 'Mỗi dòng một đơn vị; tên gọi khác sau dấu ";"', en: 'One unit per line; aliases after ";"' },
  save: { vi: 'Lưu vào tệp', en: 'Save in the workbook' },
  saved: { vi: 'Đã lưu cài đặt vào tệp.', en: 'Settings saved in the workbook.' },
  error: { vi: 'Có lỗi', en: 'Error' },
  noMerges: { vi: 'Phiên bản Excel này chưa cho đọc ô gộp (ExcelApi 1.13); kết quả có thể thiếu.', en: 'This Excel cannot read merged cells (ExcelApi 1.13); results may miss some.' },
} satisfies Record<string, Record<Language, string>>;

export type StringKey = keyof typeof STRINGS;

/** Vietnamese unless Office's display language is English. */
export function languageOf(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}
