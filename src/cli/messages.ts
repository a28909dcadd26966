/** What the command line says, in Vietnamese (default) and English (--lang en). */
import type { Language } from '../core/findings';

type Text = Record<Language, string>;

export const CLI_TEXT = {
  file: { vi: 'Tệp', en: 'File' },
  asOf: { vi: 'Ngày chốt số liệu', en: 'Cut-off date' },
  sheet: { vi: 'Trang', en: 'Sheet' },
  headerRow: { vi: 'dòng tiêu đề', en: 'header row' },
  planYear: { vi: 'Năm kế hoạch', en: 'Plan year' },
  unitReport: { vi: 'Báo cáo của đơn vị', en: "A unit's report" },
  guessed: { vi: 'đoán từ nội dung cột', en: "guessed from the column's cells" },
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
  notes: { vi: 'lưu ý', en: 'notes' },
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
  noReports: { vi: 'không có báo cáo nào của đơn vị để tổng hợp', en: 'no unit report to consolidate' },
  notSubmitted: { vi: 'Đơn vị chưa gửi báo cáo', en: 'Units that have not reported' },
  masterNoTable: { vi: 'tệp kế hoạch (--master) không có bảng phụ lục nhiệm vụ', en: 'the plan (--master) has no appendix table' },
  changes: { vi: 'thay đổi', en: 'changes' },
  wroteImport: { vi: 'Đã ghi', en: 'Wrote' },
  noTasksFound: {
    vi: 'không tìm thấy bảng phụ lục hay danh sách nhiệm vụ (có dòng "Cơ quan chủ trì: ...")',
    en: 'no appendix table or task list found (with "Cơ quan chủ trì: ..." lines)',
  },
  countMismatch: { vi: 'nhóm ghi số nhiệm vụ khác số tìm thấy', en: 'groups announce a different number of tasks than found' },
  announced: { vi: 'ghi', en: 'announces' },
  found: { vi: 'tìm thấy', en: 'found' },
  errorsLeft: { vi: 'Lỗi còn lại (cần sửa tay)', en: 'Errors left (to fix by hand)' },
  wroteReport: { vi: 'Đã ghi báo cáo (Word)', en: 'Wrote the report (Word)' },
  toFill: { vi: 'Cần điền trước khi ký', en: 'To fill in before signing' },
  issuerFromPlan: { vi: 'cơ quan ban hành lấy từ kế hoạch; sửa bằng --issuer nếu khác', en: 'issuing office taken from the plan; set --issuer if it differs' },
  wroteReminders: { vi: 'Đã ghi thư đôn đốc', en: 'Wrote reminders' },
  noReminders: { vi: 'Không có đơn vị nào cần đôn đốc; không ghi thư nào', en: 'No unit to remind; no reminder written' },
  notReported: { vi: 'chưa gửi báo cáo', en: 'has not reported' },
  overdueTasks: { vi: 'nhiệm vụ quá hạn', en: 'tasks overdue' },
  noReportBy: { vi: 'Chưa cho --report-by: hạn báo cáo trong thư để trống, điền trước khi gửi', en: 'No --report-by: the day to report by is left blank, fill it in before sending' },
  fileExists: { vi: 'tệp đã có; phuluc không ghi đè tệp có sẵn, hãy chọn tên khác', en: 'the file exists; phuluc never overwrites a file, choose another name' },
  notAFolder: { vi: 'không phải thư mục', en: 'is not a folder' },
  noParentFolder: { vi: 'thư mục chứa nó không tồn tại', en: 'the folder it would go in does not exist' },
  inputFolder: {
    vi: 'là thư mục báo cáo đầu vào; hãy chọn thư mục khác để thư không lẫn vào báo cáo kỳ sau',
    en: "is a folder of input reports; choose another so the reminders do not mix with next month's reports",
  },
  templates: { vi: 'biểu mẫu, mỗi đơn vị chủ trì một tệp', en: 'templates, one per lead unit' },
  templateCounts: { vi: 'chủ trì {led}, phối hợp {supported}', en: 'leads {led}, supports {supported}' },
  alsoSpelt: { vi: 'kế hoạch còn viết', en: 'the plan also writes' },
  unassigned: {
    vi: 'nhiệm vụ không vào biểu mẫu nào: chủ trì là đơn vị chung (các sở, ban, ngành ...) hoặc không ghi đơn vị chủ trì',
    en: 'tasks are in no template: their lead is a collective ("các sở, ban, ngành ...") or missing',
  },
  wroteTemplates: { vi: 'Đã ghi biểu mẫu vào thư mục', en: 'Wrote the templates into' },
  noNamedLead: {
    vi: 'kế hoạch không nêu tên đơn vị chủ trì nào (chỉ có đơn vị chung như "Các sở, ban, ngành"): không lập được biểu mẫu',
    en: 'the plan names no lead unit (only collectives such as "Các sở, ban, ngành"): no template to make',
  },
  templatesExist: {
    vi: 'thư mục đã có tệp cùng tên; phuluc không ghi đè tệp có sẵn: chọn thư mục khác hoặc chuyển các tệp này đi',
    en: 'the folder holds files of these names; phuluc never overwrites a file: choose another folder or move them',
  },
  folderExample: { vi: 'hãy cho một thư mục, ví dụ bieu-mau', en: 'give a folder, e.g. templates' },
  templatesWritten: { vi: 'đã ghi', en: 'written' },
} satisfies Record<string, Text>;

/** The usage of each command (`phuluc <command> --help`), every line within 80 columns. */
export const COMMAND_USAGE: Record<'check' | 'fix' | 'summarize' | 'consolidate' | 'import' | 'templates', Text> = {
  check: {
    vi: `Cách dùng: phuluc check <tệp.xlsx ...> [tùy chọn]

Nhận dạng bảng phụ lục nhiệm vụ, tính trạng thái từng nhiệm vụ tại ngày chốt số
liệu và kiểm tra theo danh mục quy tắc (docs/rules.md). In số nhiệm vụ theo
trạng thái, 10 nhiệm vụ quá hạn đầu tiên và các phát hiện gộp theo mã.

  --as-of NGÀY        ngày chốt số liệu, dd/mm/yyyy (14/11/2025) hay 2025-11-14;
                      mặc định hôm nay
  --plan-year NĂM     năm kế hoạch cho thời hạn không ghi năm ("Quý IV")
  --sheet TÊN         chỉ đọc trang tính này
  --columns VAI=CỘT   sửa vai trò cột, ví dụ lead=C,deadline=F
  --units TỆP         danh mục đơn vị (.xlsx) để kiểm tra tên đơn vị
  --all               in hết mọi nhiệm vụ quá hạn và mọi phát hiện
  --json              in một tài liệu JSON đầy đủ (docs/cli.md)
  --lang vi|en        ngôn ngữ (mặc định tiếng Việt)

Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không đọc được tệp hoặc sai câu lệnh.`,
    en: `Usage: phuluc check <file.xlsx ...> [options]

Recognises the appendix tables, computes each task's state at the cut-off date
and checks them against the rule catalogue (docs/rules.md). Prints the tasks by
state, the first 10 overdue tasks and the findings grouped by code.

  --as-of DAY         cut-off date, dd/mm/yyyy (14/11/2025) or 2025-11-14;
                      default today
  --plan-year YEAR    the plan's year, for deadlines without one ("Quý IV")
  --sheet NAME        only this sheet
  --columns ROLE=COL  correct column roles, e.g. lead=C,deadline=F
  --units FILE        a unit directory (.xlsx) to check unit names against
  --all               print every overdue task and every finding
  --json              print one complete JSON document (docs/cli.md)
  --lang vi|en        language (default Vietnamese)

Exit codes: 0 no errors, 1 errors found, 2 a file cannot be read or the command
line is wrong.`,
  },
  fix: {
    vi: `Cách dùng: phuluc fix <tệp.xlsx> -o <bản-sửa.xlsx> [tùy chọn]

Ghi một bản sao đã sửa các lỗi sửa được an toàn và liệt kê từng thay đổi; tệp
nguồn giữ nguyên. -o phải khác tệp nguồn và có cùng đuôi (.xlsx hoặc .xlsm).

  -o TỆP              bản sao ghi ra
  --only MÃ,MÃ        chỉ sửa các mã này (docs/rules.md)
  --as-of, --plan-year, --sheet, --columns, --units, --lang: như phuluc check

Mã thoát: 0 đã ghi bản sửa, 2 không ghi được (kèm lý do).`,
    en: `Usage: phuluc fix <file.xlsx> -o <copy.xlsx> [options]

Writes a copy with the safe fixes applied and lists every change; the source
stays as it is. -o must differ from the source and keep its extension.

  -o FILE             the copy to write
  --only CODE,CODE    fix only these codes (docs/rules.md)
  --as-of, --plan-year, --sheet, --columns, --units, --lang: as phuluc check

Exit codes: 0 copy written, 2 it could not be (with the reason).`,
  },
  summarize: {
    vi: `Cách dùng: phuluc summarize <tệp.xlsx> -o <tổng-hợp.xlsx> [tùy chọn]

Ghi các bảng tổng hợp theo đơn vị chủ trì, đơn vị phối hợp, nhóm, tháng, danh
sách quá hạn và câu báo cáo (docs/counting.md); in câu báo cáo của kế hoạch và
10 đơn vị có nhiều nhiệm vụ nhất.

  -o TỆP.xlsx         tệp tổng hợp ghi ra (không được là tệp nguồn)
  --all               in mọi đơn vị
  --json              in số liệu dạng JSON
  --as-of, --plan-year, --sheet, --columns, --units, --lang: như phuluc check

Mã thoát: 0 đã ghi, 2 không đọc được tệp hoặc không ghi được.`,
    en: `Usage: phuluc summarize <file.xlsx> -o <summary.xlsx> [options]

Writes the summary sheets per lead unit, support unit, group and month, the
overdue list and the report sentence (docs/counting.md); prints the plan's
sentence and the 10 units with the most tasks.

  -o FILE.xlsx        the summary to write (never the source)
  --all               print every unit
  --json              print the figures as JSON
  --as-of, --plan-year, --sheet, --columns, --units, --lang: as phuluc check

Exit codes: 0 written, 2 the file cannot be read or the output written.`,
  },
  consolidate: {
    vi: `Cách dùng: phuluc consolidate <tệp|thư-mục ...> --master <kế-hoạch.xlsx>
                          -o <tổng-hợp.xlsx> [tùy chọn]

Gộp báo cáo của các đơn vị (tệp, hoặc cả thư mục) vào kế hoạch: mỗi nhiệm vụ một
dòng, kèm các bảng tổng hợp và danh sách phát hiện (docs/consolidation.md).

  --master TỆP        kế hoạch (bảng phụ lục nhiệm vụ)
  -o TỆP.xlsx         tệp tổng hợp ghi ra (không được là tệp đầu vào nào)
  --unit "TỆP=ĐƠN VỊ" đơn vị báo cáo của một tệp (dùng nhiều lần được)
  --units TỆP         danh mục đơn vị (.xlsx): tên và tên gọi khác
  --columns VAI=CỘT   sửa vai trò cột khi đọc báo cáo, ví dụ status=F
  --as-of NGÀY        ngày chốt số liệu, dd/mm/yyyy hoặc YYYY-MM-DD
  --previous TỆP      bản tổng hợp kỳ trước: thêm trang "So với kỳ trước" (mới
                      hoàn thành, mới quá hạn, vẫn quá hạn, đã xong nay chưa)
  --report TỆP.docx   ghi báo cáo lên cấp trên bằng Word (docs/cycle.md)
  --issuer "CƠ QUAN"  cơ quan ban hành báo cáo (mặc định: của kế hoạch)
  --to "NƠI NHẬN"     dòng "Kính gửi" của báo cáo
  --reminders THƯ-MỤC ghi thư đôn đốc, mỗi đơn vị chưa báo cáo hay có nhiệm vụ
                      quá hạn một tệp .docx
  --report-by NGÀY    hạn báo cáo ghi trong thư đôn đốc (dd/mm/yyyy)
  --json              in kết quả dạng JSON
  --plan-year, --sheet (của kế hoạch), --lang: như phuluc check

Mã thoát: 0 đã ghi, 2 không đọc được kế hoạch, không có báo cáo nào, -o trùng
một tệp đầu vào, hoặc không ghi được.`,
    en: `Usage: phuluc consolidate <files|folders ...> --master <plan.xlsx>
                          -o <out.xlsx> [options]

Merges the units' reports (files, or whole folders) into the plan: one row per
task, with the summary sheets and the findings (docs/consolidation.md).

  --master FILE       the plan (its appendix table)
  -o FILE.xlsx        the consolidation to write (never one of the inputs)
  --unit "FILE=UNIT"  the reporting unit of a file (repeatable)
  --units FILE        a unit directory (.xlsx): names and aliases
  --columns ROLE=COL  correct column roles when reading reports, e.g. status=F
  --as-of DAY         cut-off date, dd/mm/yyyy or YYYY-MM-DD
  --previous FILE     last period's consolidation: adds the sheet "Since last
                      cut-off" (newly done or overdue, still overdue, backwards)
  --report FILE.docx  write the report upward in Word (docs/cycle.md)
  --issuer "OFFICE"   the office issuing the report (default: the plan's)
  --to "ADDRESSEE"    the report's "Kính gửi" line
  --reminders FOLDER  write reminders, one .docx per unit that has not reported
                      or has overdue tasks
  --report-by DAY     the day the reminders ask units to report by (dd/mm/yyyy)
  --json              print the result as JSON
  --plan-year, --sheet (the plan's), --lang: as phuluc check

Exit codes: 0 written, 2 the plan cannot be read, no report to consolidate, -o
names an input, or the output cannot be written.`,
  },
  import: {
    vi: `Cách dùng: phuluc import <kế-hoạch.docx|.pdf|.txt> -o <phụ-lục.xlsx>

Dựng bảng phụ lục từ chính văn bản kế hoạch: các bảng trong tệp Word và danh
sách nhiệm vụ viết thành đoạn văn (docs/import.md).

  -o TỆP.xlsx         bảng phụ lục ghi ra (không được là tệp nguồn)
  --json              in báo cáo kiểm tra của tệp đã ghi (như check --json)
  --as-of, --plan-year, --lang: như phuluc check

Mã thoát: 0 đã ghi, 2 không đọc được tệp hoặc không ghi được.`,
    en: `Usage: phuluc import <plan.docx|plan.pdf|plan.txt> -o <appendix.xlsx>

Builds the appendix table from the plan itself: the Word document's tables and
its task lists written as prose (docs/import.md).

  -o FILE.xlsx        the appendix to write (never the source)
  --json              print the check report of the written file
  --as-of, --plan-year, --lang: as phuluc check

Exit codes: 0 written, 2 the file cannot be read or the output written.`,
  },
  templates: {
    vi: `Cách dùng: phuluc templates <kế-hoạch.xlsx> -o <thư-mục> --as-of dd/mm/yyyy

Lập biểu mẫu báo cáo cho từng đơn vị chủ trì: nhiệm vụ đơn vị chủ trì, rồi
nhiệm vụ đơn vị phối hợp, cột báo cáo để điền, mã nhiệm vụ ẩn để tổng hợp ghép
đúng dòng (docs/cli.md). Không ghi đè tệp có sẵn.

  -o THƯ-MỤC          thư mục ghi biểu mẫu (tạo nếu chưa có)
  --as-of NGÀY        ngày chốt số liệu đơn vị báo cáo (bắt buộc; kỳ báo cáo
                      là tháng của ngày này)
  --report-by NGÀY    hạn gửi báo cáo ghi trong biểu mẫu (dd/mm/yyyy)
  --json              in kết quả dạng JSON
  --plan-year, --sheet, --lang: như phuluc check

Mã thoát: 0 đã ghi, 2 không đọc được kế hoạch hoặc không ghi được.`,
    en: `Usage: phuluc templates <plan.xlsx> -o <folder> --as-of dd/mm/yyyy

Makes a report template for each lead unit: the tasks it leads, then those it
supports, the report columns to fill, a hidden task key so consolidation
matches every row (docs/cli.md). Never overwrites a file.

  -o FOLDER           the folder to write the templates in (created if missing)
  --as-of DAY         the cut-off date units report at (required; the reporting
                      period is its month)
  --report-by DAY     the day reports are due, written in each template
  --json              print the result as JSON
  --plan-year, --sheet, --lang: as phuluc check

Exit codes: 0 written, 2 the plan cannot be read or the templates written.`,
  },
};

export const USAGE: Text = {
  vi: `Cách dùng: phuluc <lệnh> ... (phuluc <lệnh> --help để xem chi tiết)

  phuluc check <tệp.xlsx ...> [--as-of 14/11/2025] [--all] [--json]
  phuluc fix <tệp.xlsx> -o <bản-sửa.xlsx> [--only MÃ,MÃ]
  phuluc summarize <tệp.xlsx> -o <tổng-hợp.xlsx> [--json]
  phuluc consolidate <tệp|thư-mục ...> --master <kế-hoạch.xlsx>
                     -o <tổng-hợp.xlsx> [--unit "tệp.xlsx=Tên đơn vị"]
  phuluc import <kế-hoạch.docx|.pdf|.txt> -o <phụ-lục.xlsx>
  phuluc templates <kế-hoạch.xlsx> -o <thư-mục> --as-of 14/11/2025
  phuluc --version

  check        nhận dạng bảng phụ lục, tính trạng thái tại ngày chốt số liệu
               (mặc định hôm nay) và kiểm tra theo danh mục quy tắc.
  fix          ghi bản sao đã sửa các lỗi sửa an toàn được; giữ nguyên tệp gốc.
  summarize    ghi các bảng tổng hợp theo đơn vị, nhóm, tháng và câu báo cáo.
  consolidate  gộp báo cáo của các đơn vị vào kế hoạch.
  import       dựng bảng phụ lục từ văn bản kế hoạch (Word hoặc văn bản).
  templates    lập biểu mẫu báo cáo cho từng đơn vị chủ trì.
Mã thoát: 0 không có lỗi (check) / đã ghi, 1 có lỗi, 2 không đọc được tệp.`,
  en: `Usage: phuluc <command> ... (phuluc <command> --help for details)

  phuluc check <file.xlsx ...> [--as-of 14/11/2025] [--all] [--json]
  phuluc fix <file.xlsx> -o <copy.xlsx> [--only CODE,CODE]
  phuluc summarize <file.xlsx> -o <summary.xlsx> [--json]
  phuluc consolidate <files|folders ...> --master <plan.xlsx>
                     -o <out.xlsx> [--unit "file.xlsx=Unit name"]
  phuluc import <plan.docx|plan.pdf|plan.txt> -o <appendix.xlsx>
  phuluc templates <plan.xlsx> -o <folder> --as-of 14/11/2025
  phuluc --version

  check        recognise the appendix tables, compute each task's state at the
               cut-off date (default today) and check them against the rules.
  fix          write a copy with the safe fixes; the source stays as it is.
  summarize    write the summary sheets by unit, group and month, and the
               report sentence.
  consolidate  merge the units' reports into the plan.
  import       build the appendix table from the plan's Word document or text.
  templates    make a report template for each lead unit.
Exit codes: 0 no errors (check) / written, 1 errors found, 2 a file cannot be
read.`,
};
