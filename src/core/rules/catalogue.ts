/**
 * The rule catalogue: each code has a fixed severity and a message in Vietnamese and English that
 * says what is wrong and how to fix it (docs/rules.md lists them with examples).
 */
import type { Language, Severity } from '../findings';

export interface MessageParams {
  cell: string;
  row: number;
  /** The task's number, or "dòng N"/"row N" when it has none. */
  task: string;
  text?: string;
  role?: string;
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
  FORMULA_ERROR: {
    severity: 'error',
    message: {
      vi: (p) => `Ô ${p.cell} có lỗi công thức ${p.text}. Sửa công thức hoặc nhập giá trị trực tiếp.`,
      en: (p) => `${p.cell} holds the formula error ${p.text}. Fix the formula or type the value.`,
    },
  },
} satisfies Record<string, RuleSpec>;

export type RuleCode = keyof typeof CATALOGUE;
