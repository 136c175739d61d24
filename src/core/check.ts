/**
 * The core's one entry point: a workbook grid in, tables and findings out.
 */
import type { WorkbookGrid } from './grid';
import type { Finding } from './findings';
import type { Table } from './model';
import type { Profile } from './profile';
import { readWorkbook } from './reader/readWorkbook';
import { runRules } from './rules/run';
import { defaultProfile } from './profile';

export interface CheckResult {
  tables: Table[];
  findings: Finding[];
}

export function checkWorkbook(wb: WorkbookGrid, profile: Profile = defaultProfile()): CheckResult {
  const tables = readWorkbook(wb);
  const findings = runRules(tables, wb, profile);
  return { tables, findings };
}
