import type { Rule } from '../types';
import { isBlank } from '../util';

/** The grid has a basis column and this row leaves it empty. */
export const missingBasis: Rule = {
  id: 'structure/missing-basis',
  defaultSeverity: 'warning',
  description: { zh: '指标值确定依据（绩效标准）未填写', en: 'The basis of a target value is empty' },
  explain: {
    zh: '表格设有“指标值确定依据/绩效标准”列时，每条指标都应注明依据（计划标准、行业标准、历史标准或其他标准）。',
    en: 'Where the grid has a basis column, each indicator should state its basis (plan, industry, historical or other standard).',
  },
  messages: {
    missing: {
      zh: '三级指标“{{name}}”未填写指标值确定依据；请注明计划标准、行业标准、历史标准或其他标准。',
      en: 'The indicator "{{name}}" has no basis for its target value; state the standard it follows: 计划标准, 行业标准, 历史标准 or 其他标准.',
    },
  },
  check({ table, report }) {
    for (const grid of table.grids) {
      if (grid.sharesRows || grid.columns.basis === undefined) continue;
      for (const r of grid.rows) {
        if (isBlank(r.name) || !isBlank(r.basis) || !r.basis) continue;
        report({
          at: { row: r.basis.row, col: r.basis.col },
          messageId: 'missing',
          data: { name: r.name!.text.trim() },
        });
      }
    }
  },
};
