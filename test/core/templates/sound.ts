/** Test helpers: a template laid out and checked in memory, and a sound table around one indicator. */
import { checkWorkbook, type CheckResult } from '../../../src/core/check';
import type { Finding } from '../../../src/core/findings';
import {
  fillSample,
  templateDefinition,
  templateGrid,
  type FilledIndicator,
  type TemplateFill,
  type TemplateKind,
  type TemplateSheet,
} from '../../../src/core/templates';

export const YEAR = 2024;

export function check(sheet: TemplateSheet): CheckResult {
  return checkWorkbook({ sheets: [templateGrid(sheet)] });
}

export function ruleIds(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => f.rule))].sort();
}

export const serious = (f: Finding) => f.severity === 'error' || f.severity === 'warning';

/** Weights summing to 100 over the filled rows (2021 grids have a weight column). */
function reweight(ind: FilledIndicator[]): FilledIndicator[] {
  const n = ind.length;
  const each = Math.floor(100 / n);
  return ind.map((x, i) => ({ ...x, weight: i === 0 ? 100 - each * (n - 1) : each }));
}

/**
 * The sample fill of `kind` with `row` in place of the sample indicators of
 * its 二级, and the project's budget set to `budgetWan` (万元).
 */
export function soundFill(kind: TemplateKind, row: FilledIndicator, budgetWan = 500): TemplateFill {
  const base = fillSample(kind, YEAR);
  const def = templateDefinition(kind);
  const others = (base.indicators ?? []).filter((x) => !(x.level1 === row.level1 && x.level2 === row.level2));
  let indicators = [...others, { ...row, basis: row.basis ?? '计划标准' }];
  if (def.columns.some((c) => c.role === 'weight')) indicators = reweight(indicators);
  const fields = { ...base.fields };
  if (kind === 'project-2015') fields.purpose = `预算数 ${budgetWan}万元。用于项目实施。`;
  if (kind === 'project-2021') {
    fields.finance = budgetWan;
    fields.other = 0;
  }
  return { fields, indicators };
}
