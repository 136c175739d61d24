/**
 * The core's one entry point: a workbook grid in, tables and findings out,
 * with a diagnostic for every sheet or rule the checker failed on.
 * Findings the workbook's ignore sheet (ignores.ts) covers are left out of
 * `findings` and listed in `ignored`, each with its entry and reason.
 */
import type { Diagnostic } from './diagnostics';
import { ruleDiagnostic, sheetDiagnostic } from './diagnostics';
import type { WorkbookGrid } from './grid';
import type { Finding } from './findings';
import type { Table } from './model';
import type { Profile } from './profile';
import {
  applyIgnores,
  readIgnores,
  withoutIgnoreSheet,
  type IgnoreEntry,
  type IgnoredFinding,
} from './ignores';
import { readWorkbook, type SheetReader } from './reader/readWorkbook';
import { runRules } from './rules/run';
import type { Rule } from './rules/types';
import { defaultProfile } from './profile';

export type { Diagnostic } from './diagnostics';

export interface CheckResult {
  tables: Table[];
  findings: Finding[];
  /** Sheets the reader failed on and rules that threw; empty when the checker did all its work. */
  diagnostics: Diagnostic[];
  /** Findings the workbook says to ignore (absent or empty when none). */
  ignored?: IgnoredFinding[];
  /** The ignore entries stored in the workbook (absent or empty when none). */
  ignores?: IgnoreEntry[];
}

/** Seams for tests and embedders; the defaults are the real reader and every rule. */
export interface CheckOptions {
  /** Reads one sheet into tables (default: the reader's readSheet). */
  readSheet?: SheetReader;
  /** The rules to run (default: all of them). */
  rules?: readonly Rule[];
}

export function checkWorkbook(
  wb: WorkbookGrid,
  profile: Profile = defaultProfile(),
  options: CheckOptions = {},
): CheckResult {
  const diagnostics: Diagnostic[] = [];
  const ignores = readIgnores(wb);
  const sheets = withoutIgnoreSheet(wb);
  const tables = readWorkbook(sheets, {
    framework: profile.framework,
    readSheet: options.readSheet,
    onSheetError: (sheet, error) => diagnostics.push(sheetDiagnostic(sheet, error)),
  });
  const all = runRules(tables, sheets, profile, options.rules, {
    onRuleError: (rule, error, sheet) => diagnostics.push(ruleDiagnostic(rule, sheet ?? null, error)),
  });
  if (!ignores.length) return { tables, findings: all, diagnostics };
  const { findings, ignored } = applyIgnores(all, ignores);
  return { tables, findings, diagnostics, ignored, ignores };
}
