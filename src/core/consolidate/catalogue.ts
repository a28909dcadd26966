/**
 * What consolidation finds, in the manner of the rule catalogue (src/core/rules/catalogue.ts): a
 * fixed code and severity, and a message in Vietnamese and English that says what to do.
 */
import type { Language, Severity } from '../findings';

export interface ConsolidationParams {
  /** The reporting unit, or the file when it has none. */
  unit: string;
  /** The task's number and text, shortened. */
  task?: string;
  /** A detail: the master's wording, the disagreeing reports, why a file was refused. */
  text?: string;
}

interface Spec {
  severity: Severity;
  message: Record<Language, (p: ConsolidationParams) => string>;
}

export const CONSOLIDATION_CATALOGUE = {
  TASK_TEXT_CHANGED: {
    severity: 'info',
    message: {
      vi: (p) => `${p.unit} đã sửa nội dung nhiệm vụ ${p.task}; đã khớp với nhiệm vụ trong kế hoạch: "${p.text}".`,
      en: (p) => `${p.unit} edited the wording of task ${p.task}; matched to the plan's task: "${p.text}".`,
    },
  },
  UNKNOWN_TASK: {
    severity: 'warning',
    message: {
      vi: (p) => `${p.unit} báo cáo nhiệm vụ ${p.task} không có trong kế hoạch; kiểm tra lại hoặc bổ sung vào kế hoạch.`,
      en: (p) => `${p.unit} reports task ${p.task}, which is not in the plan; check it or add it to the plan.`,
    },
  },
  MISSING_TASK: {
    severity: 'warning',
    message: {
      vi: (p) => `${p.unit} chủ trì nhiệm vụ ${p.task} nhưng không báo cáo nhiệm vụ này.`,
      en: (p) => `${p.unit} leads task ${p.task} but did not report it.`,
    },
  },
  CONFLICTING_STATUS: {
    severity: 'warning',
    message: {
      vi: (p) => `Các đơn vị chủ trì nhiệm vụ ${p.task} báo cáo khác nhau (${p.text}); nhiệm vụ chỉ tính là hoàn thành khi mọi đơn vị chủ trì đã hoàn thành.`,
      en: (p) => `The lead units of task ${p.task} disagree (${p.text}); the task counts as done only when every lead unit has done it.`,
    },
  },
  NOT_SUBMITTED: {
    severity: 'warning',
    message: {
      vi: (p) => `${p.unit} chủ trì nhiệm vụ trong kế hoạch nhưng chưa gửi báo cáo.`,
      en: (p) => `${p.unit} leads tasks in the plan but has not sent a report.`,
    },
  },
  BAD_FILE: {
    severity: 'error',
    message: {
      vi: (p) => `Không tổng hợp được tệp ${p.unit}: ${p.text}.`,
      en: (p) => `Could not consolidate ${p.unit}: ${p.text}.`,
    },
  },
} satisfies Record<string, Spec>;

export type ConsolidationCode = keyof typeof CONSOLIDATION_CATALOGUE;
