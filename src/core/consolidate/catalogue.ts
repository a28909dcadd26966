/**
 * What consolidation finds, in the manner of the rule catalogue (src/core/rules/catalogue.ts): a
 * fixed code and severity, named parameters of its own, and a message in Vietnamese and English
 * that says what to do. Messages about a file name the file.
 */
import type { Language, Severity } from '../findings';

interface Spec<P> {
  severity: Severity;
  message: Record<Language, (p: P) => string>;
}

function spec<P>(severity: Severity, vi: (p: P) => string, en: (p: P) => string): Spec<P> {
  return { severity, message: { vi, en } };
}

/** The task's number and text, shortened. */
type TaskParams = { unit: string; task: string; file: string };
/** A row's task key as written (the hidden column of a template). */
type KeyParams = TaskParams & { key: string };

/** A report period ("2025-10") as people write it: "tháng 10/2025". */
function month(period: string, lang: Language): string {
  const text = `${period.slice(5, 7)}/${period.slice(0, 4)}`;
  return lang === 'vi' ? `tháng ${text}` : text;
}

const CATALOGUE = {
  TEMPLATE_OTHER_PLAN: spec<{ file: string; unit: string; planTitle: string }>(
    'warning',
    (p) =>
      `Tệp ${p.file} là biểu mẫu của ${p.unit} lập từ kế hoạch khác ("${p.planTitle}") hoặc từ bản kế hoạch trước khi sửa: tệp không được tổng hợp; đơn vị cần báo cáo trên biểu mẫu của kế hoạch này.`,
    (p) =>
      `${p.file} is the template made for ${p.unit} from another plan ("${p.planTitle}") or from this plan before it was edited: the file is not merged; the unit should report on this plan's template.`,
  ),
  TEMPLATE_OTHER_PERIOD: spec<{ file: string; unit: string; period: string; expected: string }>(
    'warning',
    (p) =>
      `Tệp ${p.file} là biểu mẫu của ${p.unit} cho kỳ ${month(p.period, 'vi')}, không phải kỳ đang tổng hợp (${month(p.expected, 'vi')}): tệp không được tổng hợp; đơn vị cần báo cáo trên biểu mẫu kỳ ${month(p.expected, 'vi')}.`,
    (p) =>
      `${p.file} is the template made for ${p.unit} for the period ${month(p.period, 'en')}, not the period being consolidated (${month(p.expected, 'en')}): the file is not merged; the unit should report on the template for ${month(p.expected, 'en')}.`,
  ),
  KEY_UNREADABLE: spec<KeyParams>(
    'warning',
    (p) =>
      `${p.unit} (tệp ${p.file}): mã nhiệm vụ "${p.key}" của dòng ${p.task} không phải mã phuluc tạo ra (cột ẩn đã bị sửa): dòng không được tổng hợp; hãy báo cáo trên biểu mẫu gốc.`,
    (p) =>
      `${p.unit} (file ${p.file}): the task key "${p.key}" of row ${p.task} is not one phuluc made (the hidden column was edited): the row is not merged; report on the original template.`,
  ),
  KEY_OTHER_PLAN: spec<KeyParams>(
    'warning',
    (p) =>
      `${p.unit} (tệp ${p.file}): dòng ${p.task} mang mã nhiệm vụ "${p.key}" của kế hoạch khác hoặc của bản kế hoạch trước khi sửa: dòng không được tổng hợp; đơn vị cần báo cáo trên biểu mẫu của kế hoạch này.`,
    (p) =>
      `${p.unit} (file ${p.file}): row ${p.task} carries the task key "${p.key}" of another plan or of this plan before it was edited: the row is not merged; the unit should report on this plan's template.`,
  ),
  KEY_OUT_OF_RANGE: spec<KeyParams & { number: number; count: number }>(
    'warning',
    (p) =>
      `${p.unit} (tệp ${p.file}): mã nhiệm vụ "${p.key}" của dòng ${p.task} chỉ nhiệm vụ thứ ${p.number}, nhưng kế hoạch có ${p.count} nhiệm vụ: dòng không được tổng hợp; hãy báo cáo trên biểu mẫu gốc.`,
    (p) =>
      `${p.unit} (file ${p.file}): the task key "${p.key}" of row ${p.task} names task ${p.number}, but the plan has ${p.count} tasks: the row is not merged; report on the original template.`,
  ),
  KEY_REPEATED: spec<KeyParams & { first: string }>(
    'warning',
    (p) => `${p.unit} (tệp ${p.file}): dòng ${p.task} có cùng mã nhiệm vụ "${p.key}" với dòng ở ô ${p.first}: chỉ dòng ở ô ${p.first} được tổng hợp; hãy gộp báo cáo của hai dòng.`,
    (p) =>
      `${p.unit} (file ${p.file}): row ${p.task} has the same task key "${p.key}" as the row at ${p.first}: only the row at ${p.first} is merged; put the two rows' reports together.`,
  ),
  TASK_TEXT_CHANGED: spec<TaskParams & { planText: string }>(
    'info',
    (p) => `${p.unit} (tệp ${p.file}) đã sửa nội dung nhiệm vụ ${p.task}; đã khớp với nhiệm vụ trong kế hoạch: "${p.planText}".`,
    (p) => `${p.unit} (file ${p.file}) edited the wording of task ${p.task}; matched to the plan's task: "${p.planText}".`,
  ),
  UNKNOWN_TASK: spec<TaskParams>(
    'warning',
    (p) => `${p.unit} (tệp ${p.file}) báo cáo nhiệm vụ ${p.task} không có trong kế hoạch; kiểm tra lại hoặc bổ sung vào kế hoạch.`,
    (p) => `${p.unit} (file ${p.file}) reports task ${p.task}, which is not in the plan; check it or add it to the plan.`,
  ),
  MISSING_TASK: spec<TaskParams>(
    'warning',
    (p) => `${p.unit} chủ trì nhiệm vụ ${p.task} nhưng tệp ${p.file} không báo cáo nhiệm vụ này.`,
    (p) => `${p.unit} leads task ${p.task} but its file ${p.file} does not report it.`,
  ),
  CONFLICTING_STATUS: spec<{ task: string; reports: string }>(
    'warning',
    (p) => `Các đơn vị chủ trì nhiệm vụ ${p.task} báo cáo khác nhau (${p.reports}); nhiệm vụ chỉ tính là hoàn thành khi mọi đơn vị chủ trì đã hoàn thành.`,
    (p) => `The lead units of task ${p.task} disagree (${p.reports}); the task counts as done only when every lead unit has done it.`,
  ),
  NOT_SUBMITTED: spec<{ unit: string; tasks: string[] }>(
    'warning',
    (p) => `${p.unit} chủ trì ${p.tasks.length} nhiệm vụ (${p.tasks.join(', ')}) nhưng chưa gửi báo cáo.`,
    (p) => `${p.unit} leads ${p.tasks.length} task(s) (${p.tasks.join(', ')}) but has not sent a report.`,
  ),
  UNIT_UNKNOWN: spec<{ file: string; evidence: string }>(
    'error',
    (p) => `Không biết tệp ${p.file} là báo cáo của đơn vị nào (${p.evidence}): tệp chưa được tính; hãy chọn đơn vị cho tệp.`,
    (p) => `Cannot tell which unit sent ${p.file} (${p.evidence}): the file is not counted; choose its unit.`,
  ),
  UNIT_UNCERTAIN: spec<{ file: string; unit: string; evidence: string }>(
    'warning',
    (p) => `Tệp ${p.file} được coi là báo cáo của ${p.unit} nhưng chưa chắc chắn (${p.evidence}): hãy xác nhận hoặc chọn đơn vị khác.`,
    (p) => `${p.file} is taken as the report of ${p.unit}, but this is not certain (${p.evidence}): confirm it or choose another unit.`,
  ),
  UNIT_NOT_IN_PLAN: spec<{ file: string; unit: string }>(
    'warning',
    (p) =>
      `Tệp ${p.file} ghi đơn vị "${p.unit}", không có trong kế hoạch hay danh mục đơn vị: báo cáo của tệp chỉ được ghi vào cột đơn vị phối hợp; nếu đây là một đơn vị trong kế hoạch, hãy chọn đơn vị đó hoặc thêm tên gọi khác vào danh mục.`,
    (p) =>
      `${p.file} names the unit "${p.unit}", which is neither in the plan nor in the unit directory: its reports only go to the support column; if it is one of the plan's units, choose it or add the name as an alias in the directory.`,
  ),
  DUPLICATE_REPORT: spec<{ unit: string; files: string[]; used: string; why: string }>(
    'warning',
    (p) => `${p.unit} gửi ${p.files.length} tệp (${p.files.join('; ')}): đã dùng ${p.used} (${p.why}); các tệp còn lại không được tính. Chọn tệp khác nếu cần.`,
    (p) => `${p.unit} sent ${p.files.length} files (${p.files.join('; ')}): ${p.used} is used (${p.why}); the others are not counted. Choose another file if needed.`,
  ),
  SKIPPED_FILE: spec<{ file: string; reason: string }>(
    'info',
    (p) => `Bỏ qua tệp ${p.file}: ${p.reason}.`,
    (p) => `Skipped ${p.file}: ${p.reason}.`,
  ),
  BAD_FILE: spec<{ file: string; reason: string }>(
    'error',
    (p) => `Không tổng hợp được tệp ${p.file}: ${p.reason}.`,
    (p) => `Could not consolidate ${p.file}: ${p.reason}.`,
  ),
};

export type ConsolidationCode = keyof typeof CATALOGUE;
export type ConsolidationParams<C extends ConsolidationCode> = Parameters<(typeof CATALOGUE)[C]['message']['vi']>[0];

/** The catalogue typed by code, so a finding's message takes its own code's parameters without a cast. */
export const CONSOLIDATION_CATALOGUE: { readonly [C in ConsolidationCode]: Spec<ConsolidationParams<C>> } = CATALOGUE;

/** Why a file is not counted, and why one of a unit's copies was chosen: the words of a source's `error` and of DUPLICATE_REPORT. */
export const SOURCE_WORDS = {
  ownOutput: {
    vi: 'bảng tổng hợp do phuluc tạo ra (kết quả lần trước), không phải báo cáo của đơn vị',
    en: "phuluc's own output (an earlier summary or consolidation), not a unit's report",
  },
  plan: {
    vi: 'đây là kế hoạch (cùng các nhiệm vụ, không có cột báo cáo), không phải báo cáo của đơn vị',
    en: "this is the plan (the same tasks, no report columns), not a unit's report",
  },
  master: { vi: 'đây là tệp kế hoạch (--master)', en: 'this is the plan file (--master)' },
  otherPlan: { vi: (title: string) => `biểu mẫu của kế hoạch khác ("${title}")`, en: (title: string) => `a template of another plan ("${title}")` },
  otherPeriod: {
    vi: (period: string) => `biểu mẫu kỳ ${month(period, 'vi')}, không phải kỳ đang tổng hợp`,
    en: (period: string) => `a template for the period ${month(period, 'en')}, not the period being consolidated`,
  },
  noReportColumns: {
    vi: 'không có cột báo cáo (Tình hình thực hiện, Kết quả thực hiện, Ngày hoàn thành): không phải báo cáo của đơn vị',
    en: "no report column (status, result, completion date): not a unit's report",
  },
  otherCopy: { vi: (used: string) => `bản khác của cùng đơn vị; đã dùng tệp ${used}`, en: (used: string) => `another copy from the same unit; ${used} is used` },
  chosen: { vi: 'người dùng chọn', en: 'chosen by the user' },
  reportDate: { vi: (day: string) => `ngày ghi trong báo cáo ${day} là mới nhất`, en: (day: string) => `the latest date written in the report, ${day}` },
  modified: { vi: 'tệp được sửa gần nhất', en: 'the most recently modified file' },
  undated: { vi: 'không rõ tệp nào mới hơn: hãy chọn', en: 'which one is newer is unknown: choose' },
  lockFile: { vi: 'tệp khoá tạm của Excel (tệp gốc đang mở)', en: "Excel's temporary lock file (the workbook is open)" },
  folder: { vi: 'thư mục con (chỉ đọc các tệp ngay trong thư mục đã chọn)', en: 'a sub-folder (only the files directly in the chosen folder are read)' },
  csv: { vi: 'tệp CSV: hãy mở bằng Excel và lưu thành .xlsx', en: 'a CSV file: open it in Excel and save it as .xlsx' },
  word: { vi: 'tệp Word, không phải bảng tính', en: 'a Word document, not a workbook' },
  other: { vi: 'không phải bảng tính (.xlsx, .xlsm, .xls, .ods)', en: 'not a workbook (.xlsx, .xlsm, .xls, .ods)' },
} satisfies Record<string, Record<Language, string | ((arg: string) => string)>>;
