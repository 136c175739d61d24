/**
 * The core's one entry point: a workbook grid in, tables and findings out.
 * Findings the workbook's ignore sheet (ignores.ts) covers are left out of
 * `findings` and listed in `ignored`, each with its entry and reason.
 */
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
import { readWorkbook } from './reader/readWorkbook';
import { runRules } from './rules/run';
import { defaultProfile } from './profile';

export interface CheckResult {
  tables: Table[];
  findings: Finding[];
  /** Findings the workbook says to ignore (absent or empty when none). */
  ignored?: IgnoredFinding[];
  /** The ignore entries stored in the workbook (absent or empty when none). */
  ignores?: IgnoreEntry[];
}

export function checkWorkbook(wb: WorkbookGrid, profile: Profile = defaultProfile()): CheckResult {
  const ignores = readIgnores(wb);
  const sheets = withoutIgnoreSheet(wb);
  const tables = readWorkbook(sheets);
  const all = runRules(tables, sheets, profile);
  if (!ignores.length) return { tables, findings: all };
  const { findings, ignored } = applyIgnores(all, ignores);
  return { tables, findings, ignored, ignores };
}
