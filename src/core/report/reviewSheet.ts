/**
 * The review sheet's content, host-free: its name, the two title lines and
 * the row shown when there is nothing to list. The add-in (Office.js) and the
 * file adapter (ExcelJS) lay it out each in their own API.
 */
import type { CheckResult } from '../check';
import { countBySeverity, REVIEW_COLUMNS } from './rows';

export const REVIEW_SHEET_NAME = '审核结果';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "2026-12-02 09:05", local time. */
export function formatStamp(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The two title lines: what was checked, then the counts and when. */
export function reviewTitle(
  result: CheckResult,
  lang: 'zh' | 'en',
  when: Date,
  source?: string,
): [string, string] {
  const c = countBySeverity(result.findings);
  const n = result.findings.length;
  if (lang === 'en') {
    return [
      `KPI Sheet Checker review${source ? `: ${source}` : ''}`,
      `${result.tables.length} tables, ${n} findings (errors ${c.error}, warnings ${c.warning}, info ${c.info}); generated ${formatStamp(when)}.`,
    ];
  }
  return [
    `绩效目标表审核结果${source ? `：${source}` : ''}`,
    `共 ${result.tables.length} 张表、${n} 条问题（错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}）；生成时间 ${formatStamp(when)}。`,
  ];
}

/** The row shown when there is nothing to list (a table needs one data row). */
export function emptyRowValues(): (string | number)[] {
  return REVIEW_COLUMNS.map((c) =>
    c.key === 'message' ? '未发现问题。' : c.key === 'messageEn' ? 'No findings.' : '',
  );
}
