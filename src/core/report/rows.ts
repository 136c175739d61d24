/**
 * Rows of the review sheet ("审核结果") and of the CSV/HTML reports: one per
 * finding, with the table it belongs to (project code and name), the sheet,
 * the cell, severity, rule and message. Host-agnostic; the Office.js and
 * ExcelJS writers and the report formatters all start here.
 */
import type { CheckResult } from '../check';
import {
  countBySeverity,
  SEVERITIES,
  SEVERITY_LABEL as LABEL,
  type Severity,
  type SeverityCounts,
} from '../findings';
import { field, type Table } from '../model';

/** Severity words as the reports show them (English capitalised). */
export const SEVERITY_LABEL: Readonly<Record<Severity, { zh: string; en: string }>> = Object.freeze(
  Object.fromEntries(
    SEVERITIES.map((s) => [s, { zh: LABEL[s].zh, en: LABEL[s].en[0].toUpperCase() + LABEL[s].en.slice(1) }]),
  ) as Record<Severity, { zh: string; en: string }>,
);

export { countBySeverity, SEVERITIES };

export interface ReviewRow {
  /** 1-based running number. */
  no: number;
  /** 项目编码 and 项目名称 of the finding's table; '' for workbook- or sheet-level findings. */
  tableCode: string;
  tableName: string;
  /** Index into the result's tables, or -1. */
  table: number;
  sheet: string;
  cell: string;
  severity: Severity;
  rule: string;
  message: string;
  messageEn: string;
  /** The form-only fix, if the finding carries one ("９０％以上 → ≥90%"). */
  fix?: { from: string; to: string; label: string; labelEn: string };
}

export type Counts = SeverityCounts;

/** The text of a header field's value (`code`, `name`), or '' when absent or blank. */
export function tableFieldText(t: Table | undefined, key: 'code' | 'name'): string {
  if (!t) return '';
  return field(t, key)?.value?.text?.trim() ?? '';
}

/** One row per finding, in the result's order (sheet order, then row and column). */
export function reviewRows(result: CheckResult): ReviewRow[] {
  return result.findings.map((f, i) => {
    const t = f.table >= 0 ? result.tables[f.table] : undefined;
    const row: ReviewRow = {
      no: i + 1,
      tableCode: tableFieldText(t, 'code'),
      tableName: tableFieldText(t, 'name'),
      table: t ? f.table : -1,
      sheet: f.sheet,
      cell: f.cell,
      severity: f.severity,
      rule: f.rule,
      message: f.message,
      messageEn: f.messageEn,
    };
    if (f.fix) row.fix = { from: f.fix.from, to: f.fix.to, label: f.fix.label, labelEn: f.fix.labelEn };
    return row;
  });
}

/** The review sheet's columns, in order. */
export const REVIEW_COLUMNS = [
  { key: 'no', zh: '序号', en: 'No.' },
  { key: 'tableCode', zh: '项目编码', en: 'Project code' },
  { key: 'tableName', zh: '项目名称', en: 'Project name' },
  { key: 'sheet', zh: '工作表', en: 'Sheet' },
  { key: 'cell', zh: '单元格', en: 'Cell' },
  { key: 'severity', zh: '级别', en: 'Severity' },
  { key: 'rule', zh: '规则', en: 'Rule' },
  { key: 'message', zh: '问题说明', en: 'Finding (Chinese)' },
  { key: 'messageEn', zh: '英文说明', en: 'Finding' },
] as const;

export type ReviewColumnKey = (typeof REVIEW_COLUMNS)[number]['key'];

/** A row as the values of REVIEW_COLUMNS (severity as its label in `lang`). */
export function reviewRowValues(r: ReviewRow, lang: 'zh' | 'en' = 'zh'): (string | number)[] {
  return REVIEW_COLUMNS.map((c) => (c.key === 'severity' ? SEVERITY_LABEL[r.severity][lang] : r[c.key]));
}

/** The sheet-qualified reference of a row's cell, quoted as Excel wants it: "'项目表'!E12". */
export function sheetRef(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell.replace(/\$/g, '')}`;
}
