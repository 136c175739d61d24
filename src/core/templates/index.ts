/**
 * Templates of 绩效目标表: definitions as data, a pure layout function to a
 * host-neutral sheet model, and sound sample fills.
 *
 *   const sheet = layoutTemplate('project-2021', { year: 2025 });
 *   // → src/xlsx/writeTemplate.ts (a new .xlsx) or src/addin/insertTemplate.ts (a new worksheet)
 */
export * from './types';
export {
  TEMPLATE_DEFINITIONS,
  templateDefinition,
  defaultBudgetYear,
  NATURE_LIST,
  BASIS_LIST,
  UNIT_LIST,
  MAX_LIST_CHARS,
  MIN_YEAR,
  MAX_YEAR,
} from './definitions';
export { layoutTemplate, templateGrid, safeSheetName } from './layout';
export { fillSample } from './samples';
