/**
 * `--format csv` and `--format html` for `kpicheck check`: thin wrappers over
 * the host-agnostic builders in core/report, taking the CLI's FileReport[].
 *
 *  - csv: UTF-8 with a byte-order mark (Excel opens the Chinese correctly),
 *    RFC 4180, one row per finding, plus one row per unreadable file;
 *  - html: one self-contained page (inline CSS, no script, no external
 *    resource) with totals per file and per severity and the findings
 *    grouped by file and table, Chinese with the English below.
 *
 * The CLI writes the CSV file by file (a header, then each file's rows as they
 * come) and the HTML page whole, after every file is checked.
 */
import { toCsv, toHtml } from '../core/report';
import type { Lang } from './messages';
import type { FileReport } from './report';

export interface CsvFormatOptions {
  /** Header row and severity column language (default zh). */
  lang?: Lang;
  /** Start with a byte-order mark (default true). */
  bom?: boolean;
}

export interface HtmlFormatOptions {
  /** Tool version shown in the page's generator tag. */
  version?: string;
  /** Report time (default now). */
  generatedAt?: Date;
  title?: string;
}

export function formatCsv(reports: readonly FileReport[], options: CsvFormatOptions = {}): string {
  return toCsv(reports, { lang: options.lang ?? 'zh', bom: options.bom });
}

export function formatHtml(reports: readonly FileReport[], options: HtmlFormatOptions = {}): string {
  return toHtml(reports, options);
}
