/** What the rules report. */
import type { Text } from './text';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Rule id, e.g. `structure/missing-value`. */
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the one cell to look at. */
  cell: string;
  /** 0-based sheet position of `cell`. */
  row: number;
  col: number;
  /** Which of the rule's messages this is (`Rule.messages`). */
  messageId: string;
  /** The message: what is wrong and what would be right. */
  text: Text;
  /** Index of the table in the check result's `tables`, or -1 for sheet-level findings. */
  table: number;
  /** A form-only fix the user may apply (never changes meaning). */
  fix?: Fix;
}

export interface Fix {
  /** Cell to change (A1) on the finding's sheet. */
  cell: string;
  /** The value the cell holds now. */
  from: string;
  /** The value it would hold. */
  to: string;
  /** Short label of the kind of fix (the rule's `fixable`), e.g. 规范写法. */
  label: Text;
}

export const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Every severity, most serious first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** What each severity is called (the one home of these words; front ends may capitalise the English). */
export const SEVERITY_LABEL: Readonly<Record<Severity, Text>> = Object.freeze({
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
});

export type SeverityCounts = Record<Severity, number>;

/** How many findings of each severity. */
export function countBySeverity(findings: readonly Pick<Finding, 'severity'>[]): SeverityCounts {
  const c: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
