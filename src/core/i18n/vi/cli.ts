/**
 * What the command line says (src/cli): its words and lines, its refusals of a mistaken option, of
 * an output it may not write and of what the file system refused, and the usage of each command.
 */
export const cli = {
  sheet: 'Trang',
  guessed: 'đoán từ nội dung cột',
  columns: 'Cột',
  overdueList: 'Quá hạn',
  row: 'Dòng',
  stt: 'STT',
  due: 'hạn',
  total: 'Tổng cộng',
  errors: 'lỗi',
  warnings: 'cảnh báo',
  notes: 'lưu ý',
  cannotRead: 'không đọc được',
  notOverSource: 'tệp ghi ra phải khác tệp nguồn (tệp nguồn không bao giờ bị sửa)',
  fixNeedsXlsx: 'chỉ sửa được tệp .xlsx hoặc .xlsm; hãy lưu tệp thành .xlsx rồi chạy lại',
  cannotFix: 'không ghi được bản sửa',
  wroteCopy: 'Đã ghi bản đã sửa',
  wroteSummary: 'Đã ghi bảng tổng hợp',
  wroteConsolidation: 'Đã tổng hợp',
  unitFiles: 'tệp của đơn vị',
  badFiles: 'Tệp không tính',
  unknownUnit: 'KHÔNG RÕ ĐƠN VỊ',
  unitsToConfirm: 'Tệp cần xác nhận đơn vị',
  setUnit: 'sửa bằng --unit "tệp.xlsx=Tên đơn vị"',
  filesAndUnits: 'Tệp và đơn vị báo cáo',
  leads: 'nhiệm vụ chủ trì',
  plan: 'Kế hoạch',
  noWorkbooks: 'không có tệp bảng tính nào (.xlsx, .xlsm, .xls, .ods) để tổng hợp',
  noReports: 'không có báo cáo nào của đơn vị để tổng hợp',
  masterNoTable: 'tệp kế hoạch (--master) không có bảng phụ lục nhiệm vụ',
  wroteImport: 'Đã ghi',
  noTasksFound: 'không tìm thấy bảng phụ lục hay danh sách nhiệm vụ (có dòng "Cơ quan chủ trì: ...")',
  countMismatch: 'nhóm ghi số nhiệm vụ khác số tìm thấy',
  announced: 'ghi',
  found: 'tìm thấy',
  errorsLeft: 'Lỗi còn lại (cần sửa tay)',
  wroteReport: 'Đã ghi báo cáo (Word)',
  issuerFromPlan: 'cơ quan ban hành lấy từ kế hoạch; sửa bằng --issuer nếu khác',
  wroteReminders: 'Đã ghi thư đôn đốc',
  noReminders: 'Không có đơn vị nào cần đôn đốc; không ghi thư nào',
  noReportBy: 'Chưa cho --report-by: hạn báo cáo trong thư để trống, điền trước khi gửi',
  fileExists: 'tệp đã có; phuluc không ghi đè tệp có sẵn, hãy chọn tên khác',
  notAFolder: 'không phải thư mục',
  noParentFolder: 'thư mục chứa nó không tồn tại',
  inputFolder: 'là thư mục báo cáo đầu vào; hãy chọn thư mục khác để thư không lẫn vào báo cáo kỳ sau',
  templates: 'biểu mẫu, mỗi đơn vị chủ trì một tệp',
  templateCounts: (led: string, supported: string) => `chủ trì ${led}, phối hợp ${supported}`,
  alsoSpelt: 'kế hoạch còn viết',
  unassigned: 'nhiệm vụ không vào biểu mẫu nào: chủ trì là đơn vị chung (các sở, ban, ngành ...) hoặc không ghi đơn vị chủ trì',
  wroteTemplates: 'Đã ghi biểu mẫu vào thư mục',
  noNamedLead: 'kế hoạch không nêu tên đơn vị chủ trì nào (chỉ có đơn vị chung như "Các sở, ban, ngành"): không lập được biểu mẫu',
  templatesExist: 'thư mục đã có tệp cùng tên; phuluc không ghi đè tệp có sẵn: chọn thư mục khác hoặc chuyển các tệp này đi',
  folderExample: 'hãy cho một thư mục, ví dụ bieu-mau',
  templatesWritten: 'đã ghi',
  /** "bảng" for one table as for several ("1 bảng", "2 bảng"). */
  table: 'bảng',
  /** `phuluc fix`: edits the corrected copy does not hold (a cell the patcher could not change). */
  notMade: { heading: 'Không sửa được (ô giữ nguyên, cần sửa tay)' },
  /** `phuluc consolidate`, after the first three files that are no unit's report. */
  moreFiles: (count: number) => `; … và ${count} tệp khác`,
  unknownCommand: (command: string, commands: string) => `phuluc: không có lệnh "${command}"; các lệnh: ${commands} (phuluc --help)`,
  /** Mistakes on the command line (src/cli/options.ts), one line each. */
  options: {
    noOptionNear: (option: string, nearest: string) => `không có tùy chọn ${option}; có phải ${nearest}?`,
    noOption: (option: string, command: string) => `không có tùy chọn ${option} (xem phuluc ${command} --help)`,
    needsArgument: (option: string, command: string) => `${option} cần một giá trị (xem phuluc ${command} --help)`,
    takesNoValue: (option: string) => `${option} không nhận giá trị`,
    /** Said in Vietnamese whatever was asked: the language asked for is not one phuluc speaks. */
    badLanguage: (typed: string) => `--lang: chỉ có vi (tiếng Việt) hoặc en (English); đã gõ "${typed}"`,
    notRealDay: (flag: string, value: string) => `${flag}: ngày ${value} không có thật`,
    unreadableDay: (flag: string, value: string) => `${flag}: không đọc được ngày "${value}"; gõ dd/mm/yyyy, ví dụ 14/11/2025`,
    planYear: (value: string) => `--plan-year: cần năm đủ bốn chữ số từ 2000 đến 2100, ví dụ 2025; đã gõ "${value}"`,
    columnsForm: (pair: string) => `--columns: "${pair}" cần dạng vai-trò=cột, ví dụ lead=C,deadline=F`,
    columnsRole: (role: string, roles: string) => `--columns: không có vai trò "${role}"; các vai trò: ${roles}`,
    columnsLetter: (pair: string) => `--columns: "${pair}": cột là chữ cái như trong Excel (A, B, ..., AA)`,
    columnsTwice: (role: string) => `--columns: vai trò ${role} được cho hai lần`,
    columnsEmpty: '--columns cần ít nhất một cặp vai-trò=cột, ví dụ lead=C',
    needsValue: (flag: string) => `--${flag} cần một giá trị`,
    noInput: (command: string) => `thiếu tệp đầu vào (xem phuluc ${command} --help)`,
    exactlyOne: (command: string, count: number, files: string) => `phuluc ${command} nhận đúng một tệp; đã cho ${count}: ${files}`,
    noOutput: (example: string) => `thiếu -o <${example}> (tệp ghi ra)`,
    /** The file -o names in each command's message when it is missing. */
    outputExample: { fix: 'bản-sửa.xlsx', summarize: 'tổng-hợp.xlsx', import: 'phụ-lục.xlsx', consolidate: 'tổng-hợp.xlsx' },
    invalid: (fields: string) => `tùy chọn không hợp lệ: ${fields}`,
    onlyEmpty: '--only cần ít nhất một mã phát hiện, ví dụ --only EXTRA_SPACES,TEXT_NOT_NFC',
    onlyUnknown: (codes: string, hint: string) => `--only: không có mã ${codes}${hint}`,
    onlyNearest: (code: string) => `; có phải ${code}?`,
    onlyCodes: '; các mã ở docs/rules.md',
    unitForm: (pair: string) => `--unit "${pair}": cần dạng "tệp.xlsx=Tên đơn vị"`,
    reportByBeforeCutOff: (typed: string, cutOff: string) => `--report-by ${typed}: hạn báo cáo trước ngày chốt số liệu ${cutOff}`,
    reportByAlone: '--report-by là hạn báo cáo ghi trong thư đôn đốc: dùng cùng --reminders <thư-mục>',
    reportOnly: (flag: string) => `--${flag} chỉ dùng cho báo cáo Word: thêm --report <bao-cao.docx>`,
    noMaster: 'thiếu --master <kế-hoạch.xlsx> (tệp kế hoạch)',
    templatesAsOf: 'thiếu --as-of dd/mm/yyyy: ngày chốt số liệu mà các đơn vị báo cáo (kỳ báo cáo là tháng của ngày đó); biểu mẫu không tự lấy ngày hôm nay',
    templatesOutput: 'thiếu -o <thư-mục> (thư mục ghi biểu mẫu, mỗi đơn vị một tệp)',
  },
  /** Where a command may not write, and what the file system refused (src/cli/paths.ts). */
  paths: {
    outputIsInput: (output: string, input: string) => `-o ${output}: tệp ghi ra phải khác tệp nguồn (đây là tệp đầu vào ${input}); phuluc không bao giờ ghi đè tệp đầu vào`,
    outputIsFolder: (output: string, example: string) => `-o ${output} là thư mục; hãy cho tên tệp, ví dụ ${example}`,
    outputExtension: (output: string, extensions: readonly string[]) => `-o ${output}: tệp ghi ra phải có đuôi ${extensions.join(' hoặc ')}`,
    outputNoFolder: (output: string, folder: string) => `-o ${output}: thư mục ${folder} không tồn tại`,
    /** What to do instead when a folder is given where a file is read. */
    folderHint: 'hãy cho từng tệp (ví dụ thư-mục/*.xlsx); chỉ phuluc consolidate đọc cả thư mục',
    notAFile: (path: string) => `${path} là thư mục, không phải tệp`,
    /** Errors of the file system by their code (EISDIR is notAFile, EPERM is EACCES). */
    system: {
      ENOENT: (file: string) => `không tìm thấy tệp hay thư mục ${file}`,
      ENOTDIR: (file: string) => `${file}: một phần của đường dẫn không phải thư mục`,
      ENOSPC: (file: string) => `không ghi được ${file}: hết chỗ trên đĩa`,
      EACCES: (file: string) => `không có quyền ghi hay đọc ${file}`,
      EROFS: (file: string) => `không ghi được ${file}: ổ đĩa chỉ cho đọc`,
      EBUSY: (file: string) => `${file} đang được chương trình khác mở (đóng Excel rồi chạy lại)`,
      other: (file: string, code: string) => `không đọc hay ghi được ${file} (${code})`,
    },
  },
  /** What `phuluc check` prints beyond the words above (src/cli/printCheck.ts). */
  check: {
    moreTasks: (count: string) => `… và ${count} nhiệm vụ khác (--all để xem hết)`,
    moreFindings: (count: string) => `… và ${count} phát hiện khác (--all để xem hết)`,
    daysLate: (days: string) => `quá ${days} ngày`,
    cells: (count: string) => `${count} ô`,
    /** Why a table is read as a unit's report, which does not carry the plan's numbering. */
  },
  /** What `phuluc summarize` prints: the per-unit table and its heading (src/cli/summarize.ts). */
  summarize: {
    /** The plan's own total, on its own row: each task once. */
    planRow: 'Toàn kế hoạch (mỗi nhiệm vụ 1 lần)',
    unitTable: { unit: 'Đơn vị chủ trì', total: 'Tổng số', done: 'Đã HT', overdue: 'Quá hạn', rate: 'Tỷ lệ hoàn thành' },
    unitsHeading: (units: string, overCount: string, rateRule: string) =>
      `Theo đơn vị chủ trì, ${units} đơn vị. Nhiệm vụ có nhiều đơn vị chủ trì được tính cho mỗi đơn vị${overCount}. Đã HT: đã hoàn thành; quá hạn: chưa hoàn thành, quá hạn. Tỷ lệ hoàn thành = ${rateRule}.`,
    /** In the heading, when tasks with several lead units make the rows add up to more than the plan. */
    unitsOverCount: (sum: string, total: string) => `, nên các dòng cộng lại ${sum}, nhiều hơn ${total} nhiệm vụ của kế hoạch`,
    moreUnits: (count: string) => `… và ${count} đơn vị khác (--all để xem hết; đủ trong tệp tổng hợp)`,
  },
  /** `phuluc --help`: the commands, every line within 80 columns. */
  usage: `Cách dùng: phuluc <lệnh> ... (phuluc <lệnh> --help để xem chi tiết)

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
  /** `phuluc <command> --help`, every line within 80 columns. */
  commandUsage: {
    check: `Cách dùng: phuluc check <tệp.xlsx ...> [tùy chọn]

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
    fix: `Cách dùng: phuluc fix <tệp.xlsx> -o <bản-sửa.xlsx> [tùy chọn]

Ghi một bản sao đã sửa các lỗi sửa được an toàn và liệt kê từng thay đổi; tệp
nguồn giữ nguyên. -o phải khác tệp nguồn và có cùng đuôi (.xlsx hoặc .xlsm).

  -o TỆP              bản sao ghi ra
  --only MÃ,MÃ        chỉ sửa các mã này (docs/rules.md)
  --as-of, --plan-year, --sheet, --columns, --units, --lang: như phuluc check

Mã thoát: 0 đã ghi bản sửa, 2 không ghi được (kèm lý do).`,
    summarize: `Cách dùng: phuluc summarize <tệp.xlsx> -o <tổng-hợp.xlsx> [tùy chọn]

Ghi các bảng tổng hợp theo đơn vị chủ trì, đơn vị phối hợp, nhóm, tháng, danh
sách quá hạn và câu báo cáo (docs/counting.md); in câu báo cáo của kế hoạch và
10 đơn vị có nhiều nhiệm vụ nhất.

  -o TỆP.xlsx         tệp tổng hợp ghi ra (không được là tệp nguồn)
  --all               in mọi đơn vị
  --json              in số liệu dạng JSON
  --as-of, --plan-year, --sheet, --columns, --units, --lang: như phuluc check

Mã thoát: 0 đã ghi, 2 không đọc được tệp hoặc không ghi được.`,
    consolidate: `Cách dùng: phuluc consolidate <tệp|thư-mục ...> --master <kế-hoạch.xlsx>
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
    import: `Cách dùng: phuluc import <kế-hoạch.docx|.pdf|.txt> -o <phụ-lục.xlsx>

Dựng bảng phụ lục từ chính văn bản kế hoạch: các bảng trong tệp Word và danh
sách nhiệm vụ viết thành đoạn văn (docs/import.md).

  -o TỆP.xlsx         bảng phụ lục ghi ra (không được là tệp nguồn)
  --json              in báo cáo kiểm tra của tệp đã ghi (như check --json)
  --as-of, --plan-year, --lang: như phuluc check

Mã thoát: 0 đã ghi, 2 không đọc được tệp hoặc không ghi được.`,
    templates: `Cách dùng: phuluc templates <kế-hoạch.xlsx> -o <thư-mục> --as-of dd/mm/yyyy

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
  },
};
