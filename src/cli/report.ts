/** What the CLI knows about one file after checking it; both formatters read this. */
import type { CheckResult } from '../core/check';
import { field, type Table } from '../core/model';

export interface FileProblem {
  /** FileReadError code, or 'internal' when the checker itself failed. */
  code: string;
  messageZh: string;
  messageEn: string;
}

export interface FileReport {
  /** The path as given (or as found under a folder that was given). */
  file: string;
  /** Why the file could not be checked; null when it was. */
  error: FileProblem | null;
  /** Tables and findings; null when the file could not be checked. */
  result: CheckResult | null;
}

/** The text of a header field's value (`code`, `name`), or null when absent or blank. */
export function fieldText(t: Table, key: 'code' | 'name'): string | null {
  const text = field(t, key)?.value?.text?.trim();
  return text ? text : null;
}

/** 0 clean, 1 some error-severity finding, 2 some file unreadable or not fully checked (a diagnostic). */
export function exitCode(reports: readonly FileReport[]): number {
  if (reports.some((r) => r.error || (r.result?.diagnostics.length ?? 0) > 0)) return 2;
  return reports.some((r) => r.result?.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
