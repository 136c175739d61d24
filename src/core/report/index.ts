/** Host-agnostic report builders: review-sheet rows, CSV, one-page HTML. */
export * from './types';
export * from './rows';
export { toCsv, csvField, CSV_BOM } from './csv';
export { toHtml, escapeHtml } from './html';
