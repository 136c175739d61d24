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
  type Finding,
  type Severity,
  type SeverityCounts,
} from '../findings';
import { field, type Table } from '../model';
import type { Text } from '../text';

/** Severity words as the reports show them (English capitalised). */
export const SEVERITY_LABEL: Readonly<Record<Severity, Text>> = Object.freeze(
  Object.fromEntries(
    SEVERITIES.map((s) => [s, { zh: LABEL[s].zh, en: LABEL[s].en[0].toUpperCase() + LABEL[s].en.slice(1) }]),
  ) as Record<Severity, Text>,
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
  /** Set on rows of ignored findings (listed after the open ones): the officer's reason and date. */
  ignored?: { reason: string; date: string };
}

export type Counts = SeverityCounts;

/** The text of a header field's value (`code`, `name`), or '' when absent or blank. */
export function tableFieldText(t: Table | undefined, key: 'code' | 'name'): string {
  if (!t) return '';
  return field(t, key)?.value?.text?.trim() ?? '';
}

/**
 * One row per finding, in the result's order (sheet order, then row and column),
 * then one per ignored finding, its message led by 已忽略 and the reason.
 */
export function reviewRows(result: CheckResult): ReviewRow[] {
  const open = result.findings.map((f, i) => rowOf(result, f, i));
  const ignored = (result.ignored ?? []).map(({ finding, entry }, i) => {
    const row = rowOf(result, finding, open.length + i);
    const reason = entry.reason || '未说明';
    row.message = `【已忽略：${reason}】${finding.text.zh}`;
    row.messageEn = `[Ignored: ${entry.reason || 'no reason given'}] ${finding.text.en}`;
    row.ignored = { reason: entry.reason, date: entry.date };
    delete row.fix;
    return row;
  });
  return [...open, ...ignored];
}

function rowOf(result: CheckResult, f: Finding, i: number): ReviewRow {
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
    message: f.text.zh,
    messageEn: f.text.en,
  };
  if (f.fix) row.fix = { from: f.fix.from, to: f.fix.to, label: f.fix.label.zh, labelEn: f.fix.label.en };
  return row;
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

/** A row as the values of REVIEW_COLUMNS (severity as its label in `lang`). */
export function reviewRowValues(r: ReviewRow, lang: 'zh' | 'en' = 'zh'): (string | number)[] {
  return REVIEW_COLUMNS.map((c) => (c.key === 'severity' ? SEVERITY_LABEL[r.severity][lang] : r[c.key]));
}

/** The sheet-qualified reference of a row's cell, quoted as Excel wants it: "'项目表'!E12". */
export function sheetRef(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell.replace(/\$/g, '')}`;
}
