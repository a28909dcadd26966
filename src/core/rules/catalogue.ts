/**
 * The rule catalogue, in the manner of Frictionless' error catalogue: each code has a fixed
 * severity and a message in Vietnamese and English that says what is wrong and how to fix it.
 * docs/rules.md lists every rule with an example, why it matters and its fix.
 */
import type { Language, Severity } from '../findings';

export interface MessageParams {
  cell: string;
  row: number;
  /** The task's number and row ("1 (dòng 7)"), or the row alone. */
  task: string;
  /** The text in question (a deadline, a status word, a unit, an error value ...). */
  text?: string;
  role?: string;
  /** What was expected instead (a number, a count, a closest unit name, a date ...). */
  expected?: string;
  /** The cell (and its text) that is the evidence for the finding: "E31 \"30/11/2025\"". */
  evidence?: string;
}

interface RuleSpec {
  severity: Severity;
  message: Record<Language, (p: MessageParams) => string>;
}

export const CATALOGUE = {
  MISSING_COLUMN: {
    severity: 'warning',
    message: {
      vi: (p) => `Bảng không có cột "${p.role}" (tiêu đề ở ${p.cell}). Thêm cột này để theo dõi được nhiệm vụ.`,
      en: (p) => `The table has no "${p.role}" column (header at ${p.cell}). Add it so tasks can be tracked.`,
    },
  },
  MISSING_TASK_TEXT: {
    severity: 'error',
    message: {
      vi: (p) => `Nhiệm vụ ${p.task} chưa có nội dung. Nhập nội dung nhiệm vụ vào ô ${p.cell}.`,
      en: (p) => `Task ${p.task} has no text. Enter the task in ${p.cell}.`,
    },
  },
  MISSING_LEAD: {
    severity: 'error',
    message: {
      vi: (p) => `Nhiệm vụ ${p.task} chưa có đơn vị chủ trì. Nhập tên đơn vị chủ trì vào ô ${p.cell}.`,
      en: (p) => `Task ${p.task} has no lead unit. Enter the lead unit in ${p.cell}.`,
    },
  },
  MISSING_DEADLINE: {
    severity: 'error',
    message: {
      vi: (p) =>
        `Nhiệm vụ ${p.task} chưa có thời hạn hoàn thành. Nhập thời hạn vào ô ${p.cell}, ví dụ "30/09/2025", "Tháng 9/2025", "Quý IV/2025" hoặc "Thường xuyên".`,
      en: (p) =>
        `Task ${p.task} has no deadline. Enter one in ${p.cell}, e.g. "30/09/2025", "Tháng 9/2025", "Quý IV/2025" or "Thường xuyên".`,
    },
  },
  UNPARSED_DEADLINE: {
    severity: 'warning',
    message: {
      vi: (p) =>
        `Không đọc được thời hạn "${p.text}" ở ô ${p.cell} (đã thử: ngày dd/mm/yyyy, tháng, quý, 6 tháng, năm, "năm ... và các năm tiếp theo", "thường xuyên/hằng tháng", "theo hướng dẫn/khi có"). Viết lại theo một trong các dạng đó.`,
      en: (p) =>
        `Cannot read the deadline "${p.text}" in ${p.cell} (tried: dd/mm/yyyy day, month, quarter, half year, year, "year ... and following years", recurring, conditional). Rewrite it in one of those forms.`,
    },
  },
  STATUS_IN_DEADLINE: {
    severity: 'warning',
    message: {
      vi: (p) =>
        `Ô thời hạn ${p.cell} ghi tình hình thực hiện ("${p.text}"), không phải thời hạn, nên nhiệm vụ không có hạn hoàn thành. Chuyển nội dung này sang cột tình hình thực hiện hoặc ghi chú, và ghi thời hạn vào ô ${p.cell} (ví dụ "Quý II/2026").`,
      en: (p) =>
        `The deadline cell ${p.cell} holds a progress note ("${p.text}"), not a deadline, so the task has no due day. Move it to the status or note column and write the deadline in ${p.cell} (e.g. "Quý II/2026").`,
    },
  },
  DUPLICATE_STT: {
    severity: 'error',
    message: {
      // Without `expected`: a unit's report, whose numbers are the plan's and are never renumbered.
      vi: (p) =>
        `Số thứ tự "${p.text}" ở ô ${p.cell} bị trùng trong cùng nhóm. ${
          p.expected ? `Đánh lại số thứ tự (số đúng: ${p.expected}).` : 'Ghi đúng số thứ tự của nhiệm vụ trong kế hoạch (số thứ tự dùng để ghép báo cáo với kế hoạch).'
        }`,
      en: (p) =>
        `The number "${p.text}" in ${p.cell} repeats within its group. ${
          p.expected ? `Renumber the tasks (expected ${p.expected}).` : "Write the task's number in the plan (numbers match the report to the plan)."
        }`,
    },
  },
  STT_ORDER: {
    severity: 'warning',
    message: {
      vi: (p) => `Số thứ tự "${p.text}" ở ô ${p.cell} không liền mạch (số đúng: ${p.expected}). Đánh lại số thứ tự của nhóm.`,
      en: (p) => `The number "${p.text}" in ${p.cell} is out of sequence (expected ${p.expected}). Renumber the group.`,
    },
  },
  GROUP_NUMBERING: {
    severity: 'warning',
    message: {
      vi: (p) => `Số của nhóm "${p.text}" ở ô ${p.cell} bị nhảy cóc (số tiếp theo phải là ${p.expected}). Kiểm tra xem có thiếu nhóm nào không.`,
      en: (p) => `The group number "${p.text}" in ${p.cell} skips (the next should be ${p.expected}). Check whether a group is missing.`,
    },
  },
  GROUP_COUNT_MISMATCH: {
    severity: 'error',
    message: {
      vi: (p) => `Nhóm "${p.text}" (ô ${p.cell}) ghi ${p.expected} nhiệm vụ nhưng bảng có ${p.role} nhiệm vụ. Bổ sung nhiệm vụ còn thiếu hoặc sửa số ghi trong tên nhóm.`,
      en: (p) => `The group "${p.text}" (${p.cell}) announces ${p.expected} tasks but holds ${p.role}. Add the missing tasks or correct the count.`,
    },
  },
  LEAD_IN_SUPPORT: {
    severity: 'warning',
    message: {
      vi: (p) => `"${p.text}" vừa chủ trì vừa phối hợp nhiệm vụ ${p.task}. Xoá tên đơn vị này khỏi ô phối hợp ${p.cell}.`,
      en: (p) => `"${p.text}" both leads and supports task ${p.task}. Remove it from the support cell ${p.cell}.`,
    },
  },
  UNKNOWN_UNIT: {
    severity: 'warning',
    message: {
      vi: (p) => `Đơn vị "${p.text}" (ô ${p.cell}) không có trong danh mục đơn vị.${p.expected ? ` Có phải "${p.expected}"?` : ''} Dùng đúng tên trong danh mục.`,
      en: (p) => `"${p.text}" (${p.cell}) is not in the unit directory.${p.expected ? ` Did you mean "${p.expected}"?` : ''} Use the directory's name.`,
    },
  },
  UNKNOWN_STATUS: {
    severity: 'warning',
    message: {
      vi: (p) => `Tình trạng "${p.text}" ở ô ${p.cell} không thuộc danh mục (Đã hoàn thành, Đang thực hiện, Chưa thực hiện ...). Chọn một tình trạng trong danh mục.`,
      en: (p) => `The status "${p.text}" in ${p.cell} is not a known status (Đã hoàn thành, Đang thực hiện, Chưa thực hiện ...). Pick one of them.`,
    },
  },
  DONE_WITHOUT_DATE: {
    severity: 'error',
    message: {
      vi: (p) => `Nhiệm vụ ${p.task} đã hoàn thành nhưng chưa có ngày hoàn thành. Nhập ngày (dd/mm/yyyy) vào ô ${p.cell}.`,
      en: (p) => `Task ${p.task} is done but has no completion date. Enter it (dd/mm/yyyy) in ${p.cell}.`,
    },
  },
  COMPLETION_AFTER_AS_OF: {
    severity: 'error',
    message: {
      vi: (p) => `Ngày hoàn thành ${p.text} ở ô ${p.cell} sau ngày chốt số liệu ${p.expected}. Sửa ngày hoàn thành hoặc ngày chốt số liệu.`,
      en: (p) => `The completion date ${p.text} in ${p.cell} is after the cut-off date ${p.expected}. Correct one of them.`,
    },
  },
  DATE_WITHOUT_DONE: {
    severity: 'warning',
    message: {
      vi: (p) => `Nhiệm vụ ${p.task} có ngày hoàn thành (ô ${p.cell}) nhưng chưa ghi "Đã hoàn thành". Sửa tình trạng hoặc xoá ngày.`,
      en: (p) => `Task ${p.task} has a completion date (${p.cell}) but is not marked done. Fix the status or remove the date.`,
    },
  },
  DONE_WITHOUT_EVIDENCE: {
    severity: 'info',
    message: {
      vi: (p) => `Nhiệm vụ ${p.task} đã hoàn thành nhưng kết quả (ô ${p.cell}) chưa dẫn văn bản nào (ví dụ "Báo cáo số 412/BC-STP"). Nên ghi số văn bản làm căn cứ.`,
      en: (p) => `Task ${p.task} is done but its result (${p.cell}) cites no document (e.g. "Báo cáo số 412/BC-STP"). Cite the document number.`,
    },
  },
  STATUS_COLUMN_GUESSED: {
    severity: 'warning',
    message: {
      vi: (p) =>
        `Bảng không có cột "Tình hình thực hiện"; cột ${p.cell.replace(/\d+$/, '')} ("${p.text}") ghi các tình trạng (Đã hoàn thành, Đang thực hiện ...) nên được đọc là cột tình trạng. Nếu không đúng, chỉ lại cột tình trạng; nên đặt tiêu đề cột là "Tình hình thực hiện".`,
      en: (p) =>
        `The table has no "Tình hình thực hiện" (status) column; column ${p.cell.replace(/\d+$/, '')} ("${p.text}") holds status words (Đã hoàn thành, Đang thực hiện ...), so it is read as the status. If that is wrong, set the status column yourself; better, head it "Tình hình thực hiện".`,
    },
  },
  DONE_IN_PART: {
    severity: 'info',
    message: {
      vi: (p) =>
        `Tình trạng "${p.text}" ở ô ${p.cell} là hoàn thành ${p.expected ? `mới đạt ${p.expected.replace('.', ',')}%` : 'một phần'}: nhiệm vụ được tính là chưa hoàn thành. Khi hoàn thành hẳn, ghi "Đã hoàn thành".`,
      en: (p) =>
        `The status "${p.text}" in ${p.cell} is a partial completion (${p.expected ? `${p.expected}%` : 'in part'}): the task counts as not done. When it is finished, write "Đã hoàn thành".`,
    },
  },
  DEADLINE_OUTSIDE_PLAN: {
    severity: 'warning',
    message: {
      vi: (p) => `Thời hạn "${p.text}" ở ô ${p.cell} nằm ngoài thời gian của kế hoạch (${p.expected}). Kiểm tra lại năm hoặc ngày.`,
      en: (p) => `The deadline "${p.text}" in ${p.cell} falls outside the plan's period (${p.expected}). Check the year or the day.`,
    },
  },
  FORMULA_ERROR: {
    severity: 'error',
    message: {
      vi: (p) => `Ô ${p.cell} có lỗi công thức ${p.text}. Sửa công thức hoặc nhập giá trị trực tiếp.`,
      en: (p) => `${p.cell} holds the formula error ${p.text}. Fix the formula or type the value.`,
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
      vi: (p) => `Ô ${p.cell} được gõ bằng bảng mã cũ ${p.role} ("${p.text}"). Sửa tự động: chuyển sang Unicode ("${p.expected}").`,
      en: (p) => `${p.cell} is typed in the old ${p.role} encoding ("${p.text}"). Fix: convert to Unicode ("${p.expected}").`,
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
      vi: (p) => `Ô ${p.cell} được gộp qua nhiều dòng nhiệm vụ (${p.text}); khi lọc, sắp xếp hay tổng hợp sẽ mất dữ liệu. Sửa tự động: bỏ gộp và ghi giá trị vào từng ô.`,
      en: (p) => `${p.cell} is merged across task rows (${p.text}); filtering, sorting or consolidating loses data. Fix: unmerge and write the value into each cell.`,
    },
  },
  SPLIT_ROW: {
    severity: 'warning',
    message: {
      vi: (p) => `Nhiệm vụ ${p.task} bị tách thành ${p.text} dòng (thường do dán từ PDF). Gộp nội dung vào một dòng.`,
      en: (p) => `Task ${p.task} is broken over ${p.text} rows (usually a paste from PDF). Put it back on one row.`,
    },
  },
  SWAPPED_DATE: {
    severity: 'warning',
    message: {
      vi: (p) =>
        `Ngày ${p.text} ở ô ${p.cell} có thể đã bị Excel đảo ngày và tháng: cùng cột, ô ${p.evidence} là ngày gõ dd/mm mà Excel kiểu tháng trước không đọc được nên để dạng chữ. Sửa tự động: đổi thành ${p.expected}.`,
      en: (p) =>
        `The date ${p.text} in ${p.cell} was probably swapped by a month-first Excel: in the same column, ${p.evidence} is a dd/mm date that Excel could not read and kept as text. Fix: change it to ${p.expected}.`,
    },
  },
  DATE_AS_TEXT: {
    severity: 'warning',
    message: {
      vi: (p) =>
        `Ngày "${p.text}" ở ô ${p.cell} là chữ, không phải ngày: Excel kiểu tháng trước không đọc được, còn ngày cùng cột ở ô ${p.evidence} bị đảo ngày và tháng. Sửa tự động: chuyển thành ngày ${p.expected} (sửa cùng ngày bị đảo, để cột không còn lẫn chữ và ngày).`,
      en: (p) =>
        `The date "${p.text}" in ${p.cell} is text, not a date: a month-first Excel could not read it, and swapped the date in ${p.evidence} of the same column. Fix: make it the date ${p.expected} (fixed together with the swapped date, so the column no longer mixes text and dates).`,
    },
  },
} satisfies Record<string, RuleSpec>;

export type RuleCode = keyof typeof CATALOGUE;
export const RULE_CODES = Object.keys(CATALOGUE) as RuleCode[];
