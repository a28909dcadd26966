/**
 * Vietnamese text of consolidation: its findings (src/core/consolidate/catalogue.ts), why a file is
 * not counted, how a file's unit was found, the consolidated workbook's sheets and headers, the
 * kinds of change since the last cut-off, and why last month's consolidation cannot be compared.
 */
import type { ConsolidationMessages } from '../../consolidate/catalogue';
import type { UnitFrom } from '../../consolidate/reportingUnit';
import { isoToVietnamese } from '../../grid';
import { formatNumber } from '../numbers';

/** A report period ("2025-10") as people write it: "tháng 10/2025". */
function month(period: string): string {
  return `tháng ${period.slice(5, 7)}/${period.slice(0, 4)}`;
}

const findings: ConsolidationMessages = {
  TEMPLATE_OTHER_PLAN: (p) =>
    `Tệp ${p.file} là biểu mẫu của ${p.unit} lập từ kế hoạch khác ("${p.planTitle}") hoặc từ bản kế hoạch trước khi sửa: tệp không được tổng hợp; đơn vị cần báo cáo trên biểu mẫu của kế hoạch này.`,
  TEMPLATE_OTHER_PERIOD: (p) =>
    `Tệp ${p.file} là biểu mẫu của ${p.unit} cho kỳ ${month(p.period)}, không phải kỳ đang tổng hợp (${month(p.expected)}): tệp không được tổng hợp; đơn vị cần báo cáo trên biểu mẫu kỳ ${month(p.expected)}.`,
  KEY_UNREADABLE: (p) =>
    `${p.unit} (tệp ${p.file}): mã nhiệm vụ "${p.key}" của dòng ${p.task} không phải mã phuluc tạo ra (cột ẩn đã bị sửa): dòng không được tổng hợp; hãy báo cáo trên biểu mẫu gốc.`,
  KEY_OTHER_PLAN: (p) =>
    `${p.unit} (tệp ${p.file}): dòng ${p.task} mang mã nhiệm vụ "${p.key}" của kế hoạch khác hoặc của bản kế hoạch trước khi sửa: dòng không được tổng hợp; đơn vị cần báo cáo trên biểu mẫu của kế hoạch này.`,
  KEY_OUT_OF_RANGE: (p) =>
    `${p.unit} (tệp ${p.file}): mã nhiệm vụ "${p.key}" của dòng ${p.task} chỉ nhiệm vụ thứ ${p.number}, nhưng kế hoạch có ${p.count} nhiệm vụ: dòng không được tổng hợp; hãy báo cáo trên biểu mẫu gốc.`,
  KEY_REPEATED: (p) =>
    `${p.unit} (tệp ${p.file}): dòng ${p.task} có cùng mã nhiệm vụ "${p.key}" với dòng ở ô ${p.first}: chỉ dòng ở ô ${p.first} được tổng hợp; hãy gộp báo cáo của hai dòng.`,
  TASK_TEXT_CHANGED: (p) => `${p.unit} (tệp ${p.file}) đã sửa nội dung nhiệm vụ ${p.task}; đã khớp với nhiệm vụ trong kế hoạch: "${p.planText}".`,
  UNKNOWN_TASK: (p) => `${p.unit} (tệp ${p.file}) báo cáo nhiệm vụ ${p.task} không có trong kế hoạch; kiểm tra lại hoặc bổ sung vào kế hoạch.`,
  MISSING_TASK: (p) => `${p.unit} chủ trì nhiệm vụ ${p.task} nhưng tệp ${p.file} không báo cáo nhiệm vụ này.`,
  CONFLICTING_STATUS: (p) => `Các đơn vị chủ trì nhiệm vụ ${p.task} báo cáo khác nhau (${p.reports}); nhiệm vụ chỉ tính là hoàn thành khi mọi đơn vị chủ trì đã hoàn thành.`,
  NOT_SUBMITTED: (p) => `${p.unit} chủ trì ${p.tasks.length} nhiệm vụ (${p.tasks.join(', ')}) nhưng chưa gửi báo cáo.`,
  UNIT_UNKNOWN: (p) => `Không biết tệp ${p.file} là báo cáo của đơn vị nào (${p.evidence}): tệp chưa được tính; hãy chọn đơn vị cho tệp.`,
  UNIT_UNCERTAIN: (p) => `Tệp ${p.file} được coi là báo cáo của ${p.unit} nhưng chưa chắc chắn (${p.evidence}): hãy xác nhận hoặc chọn đơn vị khác.`,
  UNIT_NOT_IN_PLAN: (p) =>
    `Tệp ${p.file} ghi đơn vị "${p.unit}", không có trong kế hoạch hay danh mục đơn vị: báo cáo của tệp chỉ được ghi vào cột đơn vị phối hợp; nếu đây là một đơn vị trong kế hoạch, hãy chọn đơn vị đó hoặc thêm tên gọi khác vào danh mục.`,
  DUPLICATE_REPORT: (p) => `${p.unit} gửi ${p.files.length} tệp (${p.files.join('; ')}): đã dùng ${p.used} (${p.why}); các tệp còn lại không được tính. Chọn tệp khác nếu cần.`,
  SKIPPED_FILE: (p) => `Bỏ qua tệp ${p.file}: ${p.reason}.`,
  BAD_FILE: (p) => `Không tổng hợp được tệp ${p.file}: ${p.reason}.`,
};

/** What in a file named its unit, by where it came from (a file's rows have their own sentences below). */
const evidenceFrom: Record<Exclude<UnitFrom, 'rows'>, (text: string) => string> = {
  label: (text) => `nhãn "Đơn vị: ${text}"`,
  letterhead: (text) => `tiêu đề văn bản "${text}"`,
  file: (text) => `tên tệp "${text}"`,
  alias: (text) => `tên tệp "${text}" (tên gọi khác trong danh mục đơn vị)`,
  user: () => 'người dùng đã chọn',
  template: (text) => `biểu mẫu của ${text}`,
};

/** The consolidated workbook's sheet names, titles and headers. */
const words = {
  sheet: 'Tổng hợp',
  title: 'TỔNG HỢP BÁO CÁO CỦA CÁC ĐƠN VỊ',
  sources: 'Nguồn và phát hiện',
  header: [
    'STT',
    'Nhóm',
    'Nhiệm vụ',
    'Đơn vị chủ trì',
    'Thời hạn',
    'Tình hình thực hiện (đơn vị chủ trì)',
    'Kết quả thực hiện',
    'Ngày hoàn thành',
    'Trạng thái tại ngày chốt',
    'Báo cáo của đơn vị phối hợp',
    'Tệp nguồn',
  ],
  sourceHeader: ['Tệp', 'Đơn vị', 'Cần xác nhận', 'Căn cứ xác định đơn vị', 'Số dòng nhiệm vụ', 'Số nhiệm vụ khớp kế hoạch', 'Không tính vì'],
  confirm: 'cần xác nhận',
  findingHeader: ['Mã', 'Mức độ', 'Tệp', 'Ô', 'Nội dung'],
  notSubmitted: 'Đơn vị chưa gửi báo cáo',
  notSubmittedHeader: ['Đơn vị', 'Nhiệm vụ chủ trì'],
  monthOverMonth: 'So với kỳ trước',
  monthOverMonthTitle: 'THAY ĐỔI SO VỚI KỲ TRƯỚC',
  previousCutOff: 'Kỳ trước',
  countHeader: ['Thay đổi', 'Số nhiệm vụ'],
  changeHeader: ['Thay đổi', 'STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Trạng thái kỳ trước', 'Trạng thái kỳ này', 'Số ngày quá hạn'],
  // Lists are typed as tuples of their length, so a reader of the fourth title knows there is one.
} satisfies Record<string, string | [string, ...string[]]>;

export const consolidation = {
  findings,
  /** Why a file is not counted, and why one of a unit's copies was chosen: the words of a source's `error` and of DUPLICATE_REPORT. */
  sourceWords: {
    ownOutput: 'bảng tổng hợp do phuluc tạo ra (kết quả lần trước), không phải báo cáo của đơn vị',
    plan: 'đây là kế hoạch (cùng các nhiệm vụ, không có cột báo cáo), không phải báo cáo của đơn vị',
    master: 'đây là tệp kế hoạch (--master)',
    otherPlan: (title: string) => `biểu mẫu của kế hoạch khác ("${title}")`,
    otherPeriod: (period: string) => `biểu mẫu kỳ ${month(period)}, không phải kỳ đang tổng hợp`,
    noReportColumns: 'không có cột báo cáo (Tình hình thực hiện, Kết quả thực hiện, Ngày hoàn thành): không phải báo cáo của đơn vị',
    otherCopy: (used: string) => `bản khác của cùng đơn vị; đã dùng tệp ${used}`,
    chosen: 'người dùng chọn',
    reportDate: (day: string) => `ngày ghi trong báo cáo ${day} là mới nhất`,
    modified: 'tệp được sửa gần nhất',
    undated: 'không rõ tệp nào mới hơn: hãy chọn',
    lockFile: 'tệp khoá tạm của Excel (tệp gốc đang mở)',
    folder: 'thư mục con (chỉ đọc các tệp ngay trong thư mục đã chọn)',
    csv: 'tệp CSV: hãy mở bằng Excel và lưu thành .xlsx',
    word: 'tệp Word, không phải bảng tính',
    other: 'không phải bảng tính (.xlsx, .xlsm, .xls, .ods)',
  },
  /** A workbook with no appendix table: why it cannot be read as a report. */
  noTable: 'không có bảng phụ lục nhiệm vụ',
  /** How a file's unit was found, as the sources sheet and the findings say it. */
  evidence: {
    from: evidenceFrom,
    /** Most of the filled rows are tasks `unit` leads. */
    rowsLed: (led: number, filled: number, unit: string) => `${led}/${filled} dòng đã điền là nhiệm vụ do ${unit} chủ trì`,
    /** The filled rows are tasks of several units (`leaders`: "Sở A 2, Sở B 2"). */
    rowsOfSeveral: (filled: number, leaders: string) => `${filled} dòng đã điền là nhiệm vụ của nhiều đơn vị (${leaders}): có thể là kế hoạch hay một bảng tổng hợp`,
    notAKnownUnit: 'không có trong kế hoạch hay danh mục',
    nothing: 'không có gì trong tệp chỉ đơn vị',
  },
  words,
  /** Each kind of change since the last cut-off, as the sheet, the command line and the report list them. */
  changes: {
    newlyDone: 'mới hoàn thành',
    newlyOverdue: 'mới quá hạn',
    stillOverdue: 'vẫn quá hạn',
    backwards: 'kỳ trước đã hoàn thành, nay chưa',
  },
  /** What the month-over-month comparison could not pair, or paired less surely, one sentence each. */
  monthOverMonthNotes: {
    unmatched: (count: number) => `${formatNumber(count, 'vi')} nhiệm vụ của kỳ trước không khớp nhiệm vụ nào của kế hoạch này: không so sánh.`,
    added: (count: number) => `${formatNumber(count, 'vi')} nhiệm vụ của kế hoạch này không có ở kỳ trước: không so sánh.`,
    byWording: (count: number) =>
      `${formatNumber(count, 'vi')} nhiệm vụ khớp theo nội dung, không theo mã nhiệm vụ (bản tổng hợp kỳ trước không có mã, hoặc kế hoạch đã sửa): nên xem lại.`,
  },
  /** Why the previous consolidation cannot be used (src/core/cycle/previous.ts), in one line. */
  previousProblems: {
    notConsolidation: `không phải bản tổng hợp của phuluc (không trang nào có dòng tiêu đề của trang "${words.sheet}")`,
    /** `line`: the cut-off line with the date's pattern where its day would be. */
    noCutOff: (sheet: string, line: string) => `trang "${sheet}" không có dòng "${line}"`,
    unknownState: (cell: string, text: string) => `ô ${cell}: "${text}" không phải một trạng thái tại ngày chốt do phuluc ghi`,
    notEarlier: (previousAsOf: string, asOf: string) =>
      `kỳ trước có ngày chốt ${isoToVietnamese(previousAsOf)}, không trước ngày chốt kỳ này ${isoToVietnamese(asOf)}; hãy cho bản tổng hợp của kỳ trước`,
  },
};
