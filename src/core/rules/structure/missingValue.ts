import type { Rule } from '../types';
import { isBlank } from '../util';

/** A 三级 name with no value. */
export const missingValue: Rule = {
  id: 'structure/missing-value',
  defaultSeverity: 'error',
  description: { zh: '三级指标没有填写指标值', en: 'An indicator with no value' },
  explain: {
    zh: '每条三级指标都要有指标值（数值、日期或定性等级），否则无法考核。',
    en: 'Every indicator needs a target value (number, date or grade) to be assessed.',
  },
  check({ table, report }) {
    for (const grid of table.grids) {
      if (grid.columns.value === undefined) continue;
      for (const r of grid.rows) {
        if (isBlank(r.name) || !isBlank(r.value) || !r.value) continue;
        report({
          at: { row: r.value.row, col: r.value.col },
          message: `三级指标“${r.name!.text.trim()}”没有填写${grid.sharesRows ? (grid.kind === 'period' ? '中长期' : '年度') : ''}指标值；请填写可衡量的目标值（如“≥95%”“100人”“2023年12月31日前”）。`,
          messageEn: `The indicator "${r.name!.text.trim()}" has no target value; fill in a measurable value (e.g. ≥95%, 100人, a date).`,
        });
      }
    }
  },
};
