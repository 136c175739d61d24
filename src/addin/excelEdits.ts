/**
 * The ExcelHost's edits, one chunk loaded on first use (see excelHost.ts):
 * templates, library indicators, fixes and the review sheet, with the core
 * parts they need.
 */
export { layoutTemplate } from '../core/templates/layout';
export { insertTemplate } from './insertTemplate';
export { insertIndicators } from './insertIndicators';
export { applyFixes, undoFixes, savedFixes } from './applyFixes';
export { writeReviewSheet, detectReviewSheetApi } from './reviewSheet';
