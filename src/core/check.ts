/**
 * The core's one entry point: a workbook grid in, tables and findings out,
 * with a diagnostic for every sheet or rule the checker failed on.
 */
import type { Diagnostic } from './diagnostics';
import { ruleDiagnostic, sheetDiagnostic } from './diagnostics';
import type { WorkbookGrid } from './grid';
import type { Finding } from './findings';
import type { Table } from './model';
import type { Profile } from './profile';
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
  const tables = readWorkbook(wb, {
    framework: profile.framework,
    readSheet: options.readSheet,
    onSheetError: (sheet, error) => diagnostics.push(sheetDiagnostic(sheet, error)),
  });
  const findings = runRules(tables, wb, profile, options.rules, {
    onRuleError: (rule, error, sheet) => diagnostics.push(ruleDiagnostic(rule, sheet ?? null, error)),
  });
  return { tables, findings, diagnostics };
}
