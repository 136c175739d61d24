/** Host-agnostic report builders: review-sheet rows, CSV, one-page HTML. */
export * from './types';
export * from './rows';
export { toCsv, csvField, csvRecord, CSV_BOM, UNREADABLE_RULE, type CsvOptions } from './csv';
export { toHtml, escapeHtml, type HtmlOptions } from './html';
