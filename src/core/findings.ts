/** A finding points at one cell and says, in the user's language, what is wrong and how to fix it. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type Language = 'vi' | 'en';

export interface Finding {
  code: string;
  severity: Severity;
  sheet: string;
  /** A1 address on the finding's sheet. */
  cell: string;
  message: string;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
