/** What the CLI knows about one file after checking it; the formatters read this. */
import type { CheckResult } from '../core/check';
import { countBySeverity } from '../core/findings';
import { field, type Table } from '../core/model';
import type { Text } from '../core/text';

export interface FileProblem {
  /**
   * FileReadError code ('corrupt', 'too-large', …), 'internal' when the checker
   * itself failed, 'timeout' when checking took longer than the time limit.
   */
  code: string;
  /** Why, in both languages. */
  text: Text;
}

/** One indicator as `kpicheck report` compares it across files and years. */
export interface IndicatorExtract {
  grid: 'annual' | 'period';
  level1: string;
  level2: string;
  name: string;
  /** The target value as displayed ("≥95%"). */
  value: string;
  /** A1 address of the value cell, or ''. */
  cell: string;
}

export interface TableExtract {
  indicators: IndicatorExtract[];
}

export interface FileReport {
  /** The path as given (or as found under a folder that was given). */
  file: string;
  /** Why the file could not be checked (its fatal error); null when it was. */
  error: FileProblem | null;
  /**
   * Findings and the tables reduced to their header (checkFile.ts slimTable);
   * null when the file could not be checked.
   */
  result: CheckResult | null;
  /** Per table of `result.tables`, its indicators (only for `kpicheck report`). */
  extracts?: TableExtract[];
}

/** The text of a header field's value (`code`, `name`, `department`), or null when absent or blank. */
export function fieldText(t: Table, key: 'code' | 'name' | 'department'): string | null {
  const text = field(t, key)?.value?.text?.trim();
  return text ? text : null;
}

/** Running totals for the exit status, kept per file as results stream past. */
export class Tally {
  files = 0;
  unreadable = 0;
  tables = 0;
  errors = 0;
  warnings = 0;
  infos = 0;
  /** Files the checker failed on in part (a sheet or rule diagnostic), and how many diagnostics. */
  incomplete = 0;
  diagnostics = 0;

  add(r: FileReport): void {
    this.files++;
    if (r.error) this.unreadable++;
    this.tables += r.result?.tables.length ?? 0;
    const c = countBySeverity(r.result?.findings ?? []);
    this.errors += c.error;
    this.warnings += c.warning;
    this.infos += c.info;
    const d = r.result?.diagnostics.length ?? 0;
    if (d > 0) this.incomplete++;
    this.diagnostics += d;
  }

  /**
   * ESLint's: 2 when the checker failed inside on some file (a diagnostic: an
   * internal error, the check is incomplete); else 1 when some finding is an
   * error, some file could not be checked (its fatal error), or the warnings
   * exceed `maxWarnings`; else 0.
   */
  exitCode(maxWarnings?: number): number {
    if (this.incomplete > 0) return 2;
    if (this.errors > 0 || this.unreadable > 0) return 1;
    if (maxWarnings !== undefined && this.warnings > maxWarnings) return 1;
    return 0;
  }
}
