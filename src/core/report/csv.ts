/**
 * The findings of one or more files as CSV: RFC 4180 (fields with a comma,
 * quote or line break quoted, quotes doubled, CRLF between records), UTF-8
 * with a byte-order mark so that Excel opens the Chinese text correctly.
 *
 * Columns: file, project code, project name, sheet, cell, severity, rule,
 * message (Chinese), message (English), suggested fix. A file that could not
 * be read gives one row with the pseudo-rule `file/unreadable`.
 *
 * Fields that a spreadsheet would run as a formula (starting with = + - @,
 * tab or CR) get a leading apostrophe (OWASP "CSV injection").
 */
import { reviewRows, SEVERITY_LABEL } from './rows';
import type { ReportFile, ReportLang } from './types';

export const CSV_BOM = '\uFEFF';
export const UNREADABLE_RULE = 'file/unreadable';

const HEADERS: Record<ReportLang, string[]> = {
  zh: [
    '文件',
    '项目编码',
    '项目名称',
    '工作表',
    '单元格',
    '级别',
    '规则',
    '问题说明',
    '英文说明',
    '建议修正',
  ],
  en: [
    'File',
    'Project code',
    'Project name',
    'Sheet',
    'Cell',
    'Severity',
    'Rule',
    'Finding (Chinese)',
    'Finding',
    'Suggested fix',
  ],
};

export interface CsvOptions {
  /** Language of the header row and the severity column (default zh); both messages are always given. */
  lang?: ReportLang;
  /** Start with a UTF-8 byte-order mark (default true). */
  bom?: boolean;
}

/** One field, quoted when needed (RFC 4180), defused when a spreadsheet would read it as a formula. */
export function csvField(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRecord(fields: readonly (string | number | null | undefined)[]): string {
  return fields.map(csvField).join(',');
}

export function toCsv(files: readonly ReportFile[], options: CsvOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const records: string[] = [csvRecord(HEADERS[lang])];
  for (const f of files) {
    if (f.error || !f.result) {
      const e = f.error?.text ?? { zh: '文件未能检查。', en: 'The file was not checked.' };
      records.push(
        csvRecord([
          f.file,
          '',
          '',
          '',
          '',
          lang === 'zh' ? SEVERITY_LABEL.error.zh : 'error',
          UNREADABLE_RULE,
          e.zh,
          e.en,
          '',
        ]),
      );
      continue;
    }
    for (const r of reviewRows(f.result)) {
      records.push(
        csvRecord([
          f.file,
          r.tableCode,
          r.tableName,
          r.sheet,
          r.cell,
          lang === 'zh' ? SEVERITY_LABEL[r.severity].zh : r.severity,
          r.rule,
          r.message,
          r.messageEn,
          r.fix ? r.fix.to : '',
        ]),
      );
    }
  }
  return (options.bom === false ? '' : CSV_BOM) + records.join('\r\n') + '\r\n';
}
