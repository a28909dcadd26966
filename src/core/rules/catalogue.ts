/**
 * The rule catalogue, in the manner of Frictionless' error catalogue: each code has a fixed
 * severity, its own parameters, named for what they are (`RuleParams`), and a message in Vietnamese
 * and English that says what is wrong and how to fix it. docs/rules.md lists every rule with an
 * example, why it matters and its fix.
 *
 * Parameters are data, not words: days are ISO days, counts are numbers, a missing column is its
 * role, a task is its number; the message of each language writes them its own way. A message is
 * typed by its code's parameters (and the cell and row every finding has), so it cannot read a
 * parameter its code does not have; `finding()` (context.ts) accepts only its code's parameters.
 */
import { formsTried } from '../deadline/parsers';
import type { Language, Severity } from '../findings';
import { isoToVietnamese } from '../grid';
import { TEXT } from '../i18n';
import type { Role } from '../roles';

/** Where every finding points, whatever its code: its A1 cell and its row as Excel numbers it. */
export interface Where {
  cell: string;
  row: number;
}

/** A task as messages name it: by its number ("1 (dòng 7)"), or by its row alone when it has none. */
export interface TaskRef {
  /** The task's number as written in its STT cell, or null. */
  stt: string | null;
}

/**
 * The parameters of a code whose message needs nothing but the cell and row: `{}`. (An empty type
 * would take any object; a type with one optional property that can never be set takes only `{}`.)
 */
export interface NoParams {
  readonly none?: never;
}

/** Each code's own parameters. An ISO day is written "2025-11-14"; messages print it 14/11/2025. */
export interface RuleParams {
  /** `role`: the role of the column the table lacks (its header's name is the message's, per language). */
  MISSING_COLUMN: { role: Role };
  MISSING_TASK_TEXT: TaskRef;
  MISSING_LEAD: TaskRef;
  MISSING_DEADLINE: TaskRef;
  /** `deadline`: the deadline cell's text. */
  UNPARSED_DEADLINE: { deadline: string };
  /** `deadline`: the deadline cell's text, a progress note. */
  STATUS_IN_DEADLINE: { deadline: string };
  /** `expected`: the number renumbering gives it; null in a unit's report, which is never renumbered. */
  DUPLICATE_STT: { stt: string; expected: string | null };
  STT_ORDER: { stt: string; expected: string };
  /** `stt`: the group's number; `expected`: the one that should follow the group before. */
  GROUP_NUMBERING: { stt: string; expected: string };
  /** `group`: the group's label; `announced`: the count it writes ("(02 nhiệm vụ)"); `held`: the tasks it holds. */
  GROUP_COUNT_MISMATCH: { group: string; announced: number; held: number };
  /** `unit`: the unit, as the support cell names it. */
  LEAD_IN_SUPPORT: TaskRef & { unit: string };
  /** `closest`: the directory's closest name, or null when none is close. */
  UNKNOWN_UNIT: { unit: string; closest: string | null };
  UNKNOWN_STATUS: { status: string };
  DONE_WITHOUT_DATE: TaskRef;
  /** Two ISO days: the completion written and the cut-off date. */
  COMPLETION_AFTER_AS_OF: { completedOn: string; asOf: string };
  DATE_WITHOUT_DONE: TaskRef;
  DONE_WITHOUT_EVIDENCE: TaskRef;
  /** `column`: the letter of the column read as the status; `header`: its header as written. */
  STATUS_COLUMN_GUESSED: { column: string; header: string };
  /** `progress`: the percentage the unit wrote ("Hoàn thành 80%"), or null ("Hoàn thành một phần"). */
  DONE_IN_PART: { status: string; progress: number | null };
  /** `planStart`, `planEnd`: the ISO days of the period the plan's title states. */
  DEADLINE_OUTSIDE_PLAN: { deadline: string; planStart: string; planEnd: string };
  /** `error`: the error value ("#REF!"). */
  FORMULA_ERROR: { error: string };
  TEXT_NOT_NFC: NoParams;
  /** `text`: the cell as typed; `unicode`: the same text converted (the fix writes it). */
  LEGACY_ENCODING: { encoding: 'TCVN3' | 'VNI'; text: string; unicode: string };
  EXTRA_SPACES: NoParams;
  HIDDEN_ROW: NoParams;
  /** `range`: the merged area ("C26:C27"); `text`: its value, trimmed ("" when empty). */
  MERGED_DATA_CELLS: { range: string; text: string };
  /** `rows`: how many rows the task is broken over. */
  SPLIT_ROW: TaskRef & { rows: number };
  /**
   * `date`: the ISO day the cell holds; `swapped`: with day and month swapped back (the fix);
   * `evidenceCell`, `evidenceText`: the first dd/mm text of the column, the proof.
   */
  SWAPPED_DATE: { date: string; swapped: string; evidenceCell: string; evidenceText: string };
  /** `text`: the cell as typed ("30/11/2025"); `date`: the ISO day the fix writes; `swappedCell`: a swapped date of the column. */
  DATE_AS_TEXT: { text: string; date: string; swappedCell: string };
}

export type RuleCode = keyof RuleParams;

/** A code's severity and its message in each language, from its parameters and where it points. */
export interface RuleSpec<C extends RuleCode> {
  severity: Severity;
  message: Record<Language, (p: RuleParams[C] & Where) => string>;
}

/** "1 (dòng 7)", "row 7": a task as messages name it. */
function task(p: TaskRef & Where, lang: Language): string {
  const where = lang === 'vi' ? `dòng ${p.row}` : `row ${p.row}`;
  return p.stt ? `${p.stt} (${where})` : where;
}

const day = isoToVietnamese;

/** A merged area and its value: C26:C27 "Sở Tư pháp". */
function merged(p: RuleParams['MERGED_DATA_CELLS']): string {
  return `${p.range}${p.text ? ` "${p.text}"` : ''}`;
}

export const CATALOGUE: { [C in RuleCode]: RuleSpec<C> } = {
  MISSING_COLUMN: {
    severity: 'warning',
    message: {
      vi: (p) => `Bảng không có cột "${TEXT.vi.roles[p.role]}" (tiêu đề ở ${p.cell}). Thêm cột này để theo dõi được nhiệm vụ.`,
      en: (p) => `The table has no "${TEXT.en.roles[p.role]}" column (header at ${p.cell}). Add it so tasks can be tracked.`,
    },
  },
  MISSING_TASK_TEXT: {
    severity: 'error',
    message: {
      vi: (p) => `Nhiệm vụ ${task(p, 'vi')} chưa có nội dung. Nhập nội dung nhiệm vụ vào ô ${p.cell}.`,
      en: (p) => `Task ${task(p, 'en')} has no text. Enter the task in ${p.cell}.`,
    },
  },
  MISSING_LEAD: {
    severity: 'error',
    message: {
      vi: (p) => `Nhiệm vụ ${task(p, 'vi')} chưa có đơn vị chủ trì. Nhập tên đơn vị chủ trì vào ô ${p.cell}.`,
      en: (p) => `Task ${task(p, 'en')} has no lead unit. Enter the lead unit in ${p.cell}.`,
    },
  },
  MISSING_DEADLINE: {
    severity: 'error',
    message: {
      vi: (p) => `Nhiệm vụ ${task(p, 'vi')} chưa có thời hạn hoàn thành. Nhập thời hạn vào ô ${p.cell}, ví dụ "30/09/2025", "Tháng 9/2025", "Quý IV/2025" hoặc "Thường xuyên".`,
      en: (p) => `Task ${task(p, 'en')} has no deadline. Enter one in ${p.cell}, e.g. "30/09/2025", "Tháng 9/2025", "Quý IV/2025" or "Thường xuyên".`,
    },
  },
  UNPARSED_DEADLINE: {
    severity: 'warning',
    message: {
      vi: (p) => `Không đọc được thời hạn "${p.deadline}" ở ô ${p.cell} (đã thử: ${formsTried('vi')}). Viết lại theo một trong các dạng đó.`,
      en: (p) => `Cannot read the deadline "${p.deadline}" in ${p.cell} (tried: ${formsTried('en')}). Rewrite it in one of those forms.`,
    },
  },
  STATUS_IN_DEADLINE: {
    severity: 'warning',
    message: {
      vi: (p) =>
        `Ô thời hạn ${p.cell} ghi tình hình thực hiện ("${p.deadline}"), không phải thời hạn, nên nhiệm vụ không có hạn hoàn thành. Chuyển nội dung này sang cột tình hình thực hiện hoặc ghi chú, và ghi thời hạn vào ô ${p.cell} (ví dụ "Quý II/2026").`,
      en: (p) =>
        `The deadline cell ${p.cell} holds a progress note ("${p.deadline}"), not a deadline, so the task has no due day. Move it to the status or note column and write the deadline in ${p.cell} (e.g. "Quý II/2026").`,
    },
  },
  DUPLICATE_STT: {
    severity: 'error',
    message: {
      // Without `expected`: a unit's report, whose numbers are the plan's and are never renumbered.
      vi: (p) =>
        `Số thứ tự "${p.stt}" ở ô ${p.cell} bị trùng trong cùng nhóm. ${
          p.expected !== null ? `Đánh lại số thứ tự (số đúng: ${p.expected}).` : 'Ghi đúng số thứ tự của nhiệm vụ trong kế hoạch (số thứ tự dùng để ghép báo cáo với kế hoạch).'
        }`,
      en: (p) =>
        `The number "${p.stt}" in ${p.cell} repeats within its group. ${
          p.expected !== null ? `Renumber the tasks (expected ${p.expected}).` : "Write the task's number in the plan (numbers match the report to the plan)."
        }`,
    },
  },
  STT_ORDER: {
    severity: 'warning',
    message: {
      vi: (p) => `Số thứ tự "${p.stt}" ở ô ${p.cell} không liền mạch (số đúng: ${p.expected}). Đánh lại số thứ tự của nhóm.`,
      en: (p) => `The number "${p.stt}" in ${p.cell} is out of sequence (expected ${p.expected}). Renumber the group.`,
    },
  },
  GROUP_NUMBERING: {
    severity: 'warning',
    message: {
      vi: (p) => `Số của nhóm "${p.stt}" ở ô ${p.cell} bị nhảy cóc (số tiếp theo phải là ${p.expected}). Kiểm tra xem có thiếu nhóm nào không.`,
      en: (p) => `The group number "${p.stt}" in ${p.cell} skips (the next should be ${p.expected}). Check whether a group is missing.`,
    },
  },
  GROUP_COUNT_MISMATCH: {
    severity: 'error',
    message: {
      vi: (p) => `Nhóm "${p.group}" (ô ${p.cell}) ghi ${p.announced} nhiệm vụ nhưng bảng có ${p.held} nhiệm vụ. Bổ sung nhiệm vụ còn thiếu hoặc sửa số ghi trong tên nhóm.`,
      en: (p) => `The group "${p.group}" (${p.cell}) announces ${p.announced} tasks but holds ${p.held}. Add the missing tasks or correct the count.`,
    },
  },
  LEAD_IN_SUPPORT: {
    severity: 'warning',
    message: {
      vi: (p) => `"${p.unit}" vừa chủ trì vừa phối hợp nhiệm vụ ${task(p, 'vi')}. Xoá tên đơn vị này khỏi ô phối hợp ${p.cell}.`,
      en: (p) => `"${p.unit}" both leads and supports task ${task(p, 'en')}. Remove it from the support cell ${p.cell}.`,
    },
  },
  UNKNOWN_UNIT: {
    severity: 'warning',
    message: {
      vi: (p) => `Đơn vị "${p.unit}" (ô ${p.cell}) không có trong danh mục đơn vị.${p.closest !== null ? ` Có phải "${p.closest}"?` : ''} Dùng đúng tên trong danh mục.`,
      en: (p) => `"${p.unit}" (${p.cell}) is not in the unit directory.${p.closest !== null ? ` Did you mean "${p.closest}"?` : ''} Use the directory's name.`,
    },
  },
  UNKNOWN_STATUS: {
    severity: 'warning',
    message: {
      vi: (p) => `Tình trạng "${p.status}" ở ô ${p.cell} không thuộc danh mục (Đã hoàn thành, Đang thực hiện, Chưa thực hiện ...). Chọn một tình trạng trong danh mục.`,
      en: (p) => `The status "${p.status}" in ${p.cell} is not a known status (Đã hoàn thành, Đang thực hiện, Chưa thực hiện ...). Pick one of them.`,
    },
  },
  DONE_WITHOUT_DATE: {
    severity: 'error',
    message: {
      vi: (p) => `Nhiệm vụ ${task(p, 'vi')} đã hoàn thành nhưng chưa có ngày hoàn thành. Nhập ngày (dd/mm/yyyy) vào ô ${p.cell}.`,
      en: (p) => `Task ${task(p, 'en')} is done but has no completion date. Enter it (dd/mm/yyyy) in ${p.cell}.`,
    },
  },
  COMPLETION_AFTER_AS_OF: {
    severity: 'error',
    message: {
      vi: (p) => `Ngày hoàn thành ${day(p.completedOn)} ở ô ${p.cell} sau ngày chốt số liệu ${day(p.asOf)}. Sửa ngày hoàn thành hoặc ngày chốt số liệu.`,
      en: (p) => `The completion date ${day(p.completedOn)} in ${p.cell} is after the cut-off date ${day(p.asOf)}. Correct one of them.`,
    },
  },
  DATE_WITHOUT_DONE: {
    severity: 'warning',
    message: {
      vi: (p) => `Nhiệm vụ ${task(p, 'vi')} có ngày hoàn thành (ô ${p.cell}) nhưng chưa ghi "Đã hoàn thành". Sửa tình trạng hoặc xoá ngày.`,
      en: (p) => `Task ${task(p, 'en')} has a completion date (${p.cell}) but is not marked done. Fix the status or remove the date.`,
    },
  },
  DONE_WITHOUT_EVIDENCE: {
    severity: 'info',
    message: {
      vi: (p) => `Nhiệm vụ ${task(p, 'vi')} đã hoàn thành nhưng kết quả (ô ${p.cell}) chưa dẫn văn bản nào (ví dụ "Báo cáo số 412/BC-STP"). Nên ghi số văn bản làm căn cứ.`,
      en: (p) => `Task ${task(p, 'en')} is done but its result (${p.cell}) cites no document (e.g. "Báo cáo số 412/BC-STP"). Cite the document number.`,
    },
  },
  STATUS_COLUMN_GUESSED: {
    severity: 'warning',
    message: {
      vi: (p) =>
        `Bảng không có cột "Tình hình thực hiện"; cột ${p.column} ("${p.header}") ghi các tình trạng (Đã hoàn thành, Đang thực hiện ...) nên được đọc là cột tình trạng. Nếu không đúng, chỉ lại cột tình trạng; nên đặt tiêu đề cột là "Tình hình thực hiện".`,
      en: (p) =>
        `The table has no "Tình hình thực hiện" (status) column; column ${p.column} ("${p.header}") holds status words (Đã hoàn thành, Đang thực hiện ...), so it is read as the status. If that is wrong, set the status column yourself; better, head it "Tình hình thực hiện".`,
    },
  },
  DONE_IN_PART: {
    severity: 'info',
    message: {
      vi: (p) =>
        `Tình trạng "${p.status}" ở ô ${p.cell} là hoàn thành ${p.progress !== null ? `mới đạt ${String(p.progress).replace('.', ',')}%` : 'một phần'}: nhiệm vụ được tính là chưa hoàn thành. Khi hoàn thành hẳn, ghi "Đã hoàn thành".`,
      en: (p) =>
        `The status "${p.status}" in ${p.cell} is a partial completion (${p.progress !== null ? `${p.progress}%` : 'in part'}): the task counts as not done. When it is finished, write "Đã hoàn thành".`,
    },
  },
  DEADLINE_OUTSIDE_PLAN: {
    severity: 'warning',
    message: {
      vi: (p) => `Thời hạn "${p.deadline}" ở ô ${p.cell} nằm ngoài thời gian của kế hoạch (${day(p.planStart)} – ${day(p.planEnd)}). Kiểm tra lại năm hoặc ngày.`,
      en: (p) => `The deadline "${p.deadline}" in ${p.cell} falls outside the plan's period (${day(p.planStart)} – ${day(p.planEnd)}). Check the year or the day.`,
    },
  },
  FORMULA_ERROR: {
    severity: 'error',
    message: {
      vi: (p) => `Ô ${p.cell} có lỗi công thức ${p.error}. Sửa công thức hoặc nhập giá trị trực tiếp.`,
      en: (p) => `${p.cell} holds the formula error ${p.error}. Fix the formula or type the value.`,
    },
  },
  TEXT_NOT_NFC: {
    severity: 'warning',
    message: {
      vi: (p) => `Chữ ở ô ${p.cell} dùng dấu tổ hợp (Unicode dựng sẵn chưa chuẩn), tìm kiếm và so sánh sẽ sai. Sửa tự động: chuẩn hoá về Unicode dựng sẵn.`,
      en: (p) => `The text in ${p.cell} uses combining accents (not NFC), so search and comparison fail. Fix: normalise to composed Unicode.`,
    },
  },
  LEGACY_ENCODING: {
    severity: 'warning',
    message: {
      vi: (p) => `Ô ${p.cell} được gõ bằng bảng mã cũ ${p.encoding} ("${p.text}"). Sửa tự động: chuyển sang Unicode ("${p.unicode}").`,
      en: (p) => `${p.cell} is typed in the old ${p.encoding} encoding ("${p.text}"). Fix: convert to Unicode ("${p.unicode}").`,
    },
  },
  EXTRA_SPACES: {
    severity: 'warning',
    message: {
      vi: (p) => `Ô ${p.cell} có dấu cách thừa (đầu, cuối hoặc hai dấu cách liền nhau). Sửa tự động: bỏ dấu cách thừa.`,
      en: (p) => `${p.cell} has extra spaces (leading, trailing or doubled). Fix: remove them.`,
    },
  },
  HIDDEN_ROW: {
    severity: 'warning',
    message: {
      vi: (p) => `Dòng ${p.row} nằm trong bảng nhưng đang bị ẩn; người tổng hợp có thể bỏ sót. Bỏ ẩn dòng hoặc xoá nếu không dùng.`,
      en: (p) => `Row ${p.row} is hidden inside the table; whoever consolidates it may miss it. Unhide or delete it.`,
    },
  },
  MERGED_DATA_CELLS: {
    severity: 'warning',
    message: {
      vi: (p) => `Ô ${p.cell} được gộp qua nhiều dòng nhiệm vụ (${merged(p)}); khi lọc, sắp xếp hay tổng hợp sẽ mất dữ liệu. Sửa tự động: bỏ gộp và ghi giá trị vào từng ô.`,
      en: (p) => `${p.cell} is merged across task rows (${merged(p)}); filtering, sorting or consolidating loses data. Fix: unmerge and write the value into each cell.`,
    },
  },
  SPLIT_ROW: {
    severity: 'warning',
    message: {
      vi: (p) => `Nhiệm vụ ${task(p, 'vi')} bị tách thành ${p.rows} dòng (thường do dán từ PDF). Gộp nội dung vào một dòng.`,
      en: (p) => `Task ${task(p, 'en')} is broken over ${p.rows} rows (usually a paste from PDF). Put it back on one row.`,
    },
  },
  SWAPPED_DATE: {
    severity: 'warning',
    message: {
      vi: (p) =>
        `Ngày ${day(p.date)} ở ô ${p.cell} có thể đã bị Excel đảo ngày và tháng: cùng cột, ô ${p.evidenceCell} "${p.evidenceText}" là ngày gõ dd/mm mà Excel kiểu tháng trước không đọc được nên để dạng chữ. Sửa tự động: đổi thành ${day(p.swapped)}.`,
      en: (p) =>
        `The date ${day(p.date)} in ${p.cell} was probably swapped by a month-first Excel: in the same column, ${p.evidenceCell} "${p.evidenceText}" is a dd/mm date that Excel could not read and kept as text. Fix: change it to ${day(p.swapped)}.`,
    },
  },
  DATE_AS_TEXT: {
    severity: 'warning',
    message: {
      vi: (p) =>
        `Ngày "${p.text}" ở ô ${p.cell} là chữ, không phải ngày: Excel kiểu tháng trước không đọc được, còn ngày cùng cột ở ô ${p.swappedCell} bị đảo ngày và tháng. Sửa tự động: chuyển thành ngày ${day(p.date)} (sửa cùng ngày bị đảo, để cột không còn lẫn chữ và ngày).`,
      en: (p) =>
        `The date "${p.text}" in ${p.cell} is text, not a date: a month-first Excel could not read it, and swapped the date in ${p.swappedCell} of the same column. Fix: make it the date ${day(p.date)} (fixed together with the swapped date, so the column no longer mixes text and dates).`,
    },
  },
};

/** Every code, in the catalogue's order (never empty, so zod can make an enum of it). */
export const RULE_CODES = Object.keys(CATALOGUE) as [RuleCode, ...RuleCode[]];
