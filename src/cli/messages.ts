/** What the command line says, in Vietnamese (default) and English (--lang en). */
import type { Language } from '../core/findings';

type Text = Record<Language, string>;

export const CLI_TEXT = {
  file: { vi: 'Tệp', en: 'File' },
  asOf: { vi: 'Ngày chốt số liệu', en: 'Cut-off date' },
  sheet: { vi: 'Trang', en: 'Sheet' },
  headerRow: { vi: 'dòng tiêu đề', en: 'header row' },
  planYear: { vi: 'năm kế hoạch', en: 'plan year' },
  columns: { vi: 'Cột', en: 'Columns' },
  tasks: { vi: 'nhiệm vụ', en: 'tasks' },
  groups: { vi: 'nhóm', en: 'groups' },
  overdueList: { vi: 'Quá hạn', en: 'Overdue' },
  row: { vi: 'Dòng', en: 'Row' },
  stt: { vi: 'STT', en: 'No.' },
  due: { vi: 'hạn', en: 'due' },
  noFindings: { vi: 'Không có lỗi hay cảnh báo.', en: 'No errors or warnings.' },
  findings: { vi: 'Phát hiện', en: 'Findings' },
  total: { vi: 'Tổng cộng', en: 'Total' },
  tables: { vi: 'bảng', en: 'tables' },
  errors: { vi: 'lỗi', en: 'errors' },
  warnings: { vi: 'cảnh báo', en: 'warnings' },
  cannotRead: { vi: 'không đọc được', en: 'cannot read' },
  notOverSource: { vi: 'tệp ghi ra phải khác tệp nguồn (tệp nguồn không bao giờ bị sửa)', en: 'the output must differ from the source (the source is never modified)' },
  fixNeedsXlsx: { vi: 'chỉ sửa được tệp .xlsx hoặc .xlsm; hãy lưu tệp thành .xlsx rồi chạy lại', en: 'only .xlsx and .xlsm files can be fixed; save the file as .xlsx and retry' },
  cannotFix: { vi: 'không ghi được bản sửa', en: 'cannot write the corrected copy' },
  wroteCopy: { vi: 'Đã ghi bản đã sửa', en: 'Wrote the corrected copy' },
  wroteSummary: { vi: 'Đã ghi bảng tổng hợp', en: 'Wrote the summary' },
  wroteConsolidation: { vi: 'Đã tổng hợp', en: 'Consolidated' },
  unitFiles: { vi: 'tệp của đơn vị', en: 'unit files' },
  badFiles: { vi: 'Tệp không tính', en: 'Files not counted' },
  unknownUnit: { vi: 'KHÔNG RÕ ĐƠN VỊ', en: 'UNKNOWN UNIT' },
  unitsToConfirm: { vi: 'Tệp cần xác nhận đơn vị', en: 'Files whose unit needs confirming' },
  setUnit: { vi: 'sửa bằng --unit "tệp.xlsx=Tên đơn vị"', en: 'correct with --unit "file.xlsx=Unit name"' },
  filesAndUnits: { vi: 'Tệp và đơn vị báo cáo', en: 'Files and their units' },
  leads: { vi: 'nhiệm vụ chủ trì', en: 'tasks it leads' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  noWorkbooks: { vi: 'không có tệp bảng tính nào (.xlsx, .xlsm, .xls, .ods) để tổng hợp', en: 'no workbook (.xlsx, .xlsm, .xls, .ods) to consolidate' },
  notOverInput: { vi: 'tệp ghi ra phải khác các tệp đầu vào (kế hoạch, danh mục, báo cáo): không bao giờ ghi đè tệp đầu vào', en: 'the output must differ from every input (plan, directory, reports): inputs are never overwritten' },
  notSubmitted: { vi: 'Đơn vị chưa gửi báo cáo', en: 'Units that have not reported' },
  masterNoTable: { vi: 'tệp kế hoạch (--master) không có bảng phụ lục nhiệm vụ', en: 'the plan (--master) has no appendix table' },
  changes: { vi: 'thay đổi', en: 'changes' },
  wroteImport: { vi: 'Đã ghi', en: 'Wrote' },
  noTasksFound: { vi: 'không tìm thấy bảng phụ lục hay danh sách nhiệm vụ (có dòng "Cơ quan chủ trì: ...")', en: 'no appendix table or task list found (with "Cơ quan chủ trì: ..." lines)' },
  countMismatch: { vi: 'nhóm ghi số nhiệm vụ khác số tìm thấy', en: 'groups announce a different number of tasks than found' },
  announced: { vi: 'ghi', en: 'announces' },
  found: { vi: 'tìm thấy', en: 'found' },
  errorsLeft: { vi: 'Lỗi còn lại (cần sửa tay)', en: 'Errors left (to fix by hand)' },
} satisfies Record<string, Text>;

export const USAGE: Text = {
  vi: `Cách dùng:
  phuluc check <tệp.xlsx ...> [--sheet TÊN] [--as-of YYYY-MM-DD] [--plan-year NĂM] [--columns lead=C,...] [--units danh-muc.xlsx] [--json] [--lang vi|en]
  phuluc fix <tệp.xlsx> -o <bản-sửa.xlsx> [--only MÃ,MÃ] [các tùy chọn như check]
  phuluc summarize <tệp.xlsx> -o <tổng-hợp.xlsx> [--json] [các tùy chọn như check]
  phuluc consolidate <tệp|thư-mục ...> --master <kế-hoạch.xlsx> -o <tổng-hợp.xlsx> [--unit "tệp.xlsx=Tên đơn vị" ...] [--units danh-muc.xlsx] [--as-of YYYY-MM-DD] [--json]
  phuluc import <kế-hoạch.docx|kế-hoạch.txt> -o <phụ-lục.xlsx> [--as-of YYYY-MM-DD] [--json]

  check   nhận dạng bảng phụ lục nhiệm vụ, đọc thời hạn, tính trạng thái tại ngày chốt số liệu
          (mặc định hôm nay) và kiểm tra theo danh mục quy tắc (docs/rules.md).
  fix     ghi một bản sao đã sửa các lỗi sửa được an toàn và liệt kê từng thay đổi; tệp nguồn giữ nguyên.
  summarize  ghi các bảng tổng hợp theo đơn vị, nhóm, tháng, danh sách quá hạn và câu báo cáo.
  consolidate  gộp báo cáo của các đơn vị vào kế hoạch (mỗi nhiệm vụ một dòng), kèm tổng hợp và danh sách phát hiện.
  import  dựng bảng phụ lục từ chính văn bản kế hoạch: các bảng trong tệp Word và danh sách nhiệm vụ viết thành đoạn văn.
Mã thoát: 0 không có lỗi (check) / đã ghi bản sửa (fix), 1 có lỗi, 2 không đọc được tệp.`,
  en: `Usage:
  phuluc check <file.xlsx ...> [--sheet NAME] [--as-of YYYY-MM-DD] [--plan-year YEAR] [--columns lead=C,...] [--units directory.xlsx] [--json] [--lang vi|en]
  phuluc fix <file.xlsx> -o <copy.xlsx> [--only CODE,CODE] [the options of check]
  phuluc summarize <file.xlsx> -o <summary.xlsx> [--json] [the options of check]
  phuluc consolidate <files|folders ...> --master <plan.xlsx> -o <out.xlsx> [--unit "file.xlsx=Unit name" ...] [--units directory.xlsx] [--as-of YYYY-MM-DD] [--json]
  phuluc import <plan.docx|plan.txt> -o <appendix.xlsx> [--as-of YYYY-MM-DD] [--json]

  check   recognise the appendix tables, read deadlines, compute each task's state at the cut-off
          date (default today) and check them against the rule catalogue (docs/rules.md).
  fix     write a copy with the safe fixes applied and list every change; the source stays as it is.
  summarize  write the summary sheets by unit, group and month, the overdue list and the report sentence.
  consolidate  merge the units' reports into the plan (one row per task) with the summary and the findings.
  import  build the appendix table from the plan itself: the Word document's tables and its task lists written as prose.
Exit codes: 0 no errors (check) / copy written (fix), 1 errors found, 2 a file cannot be read.`,
};
