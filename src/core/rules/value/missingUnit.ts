import type { Rule } from '../types';
import { isBlank, isRateName, parsed } from '../util';
import { bracketed } from '../../vocabulary/normalize';

/** A non-zero number with no unit, where the grid has no unit column. */
export const missingUnit: Rule = {
  id: 'value/missing-unit',
  defaultSeverity: 'warning',
  description: { zh: '指标值缺少计量单位', en: 'A number with no unit' },
  explain: {
    zh: '没有单位列的表格，指标值要带单位（如“100人”“95%”“500万元”）。',
    en: 'Without a unit column, a value carries its unit (100人, 95%, 500万元).',
  },
  messages: {
    missing: {
      zh: '指标值“{{value}}”没有计量单位；请写明单位（如人、次、万元、%）。',
      en: 'The target value "{{value}}" has no unit; add one (people 人, times 次, 万元, % …).',
    },
    missingRate: {
      zh: '指标值“{{value}}”没有计量单位；请写明单位，如“{{suggestion}}”。',
      en: 'The target value "{{value}}" has no unit; add one, e.g. {{suggestion}}.',
    },
  },
  check({ table, report }) {
    for (const grid of table.grids) {
      if (grid.columns.unit !== undefined) continue;
      for (const r of grid.rows) {
        if (isBlank(r.value) || isBlank(r.name)) continue;
        const p = parsed(r.value);
        if (p.kind !== 'number' || p.unit || p.num === undefined || p.num === 0) continue;
        // A unit stated with the name or description ("年度清理暂付款总量（万元）") is enough.
        if (
          [r.name?.text, r.description?.text].some(
            (t) => t && bracketed(t).some((b) => b.length > 0 && b.length <= 6),
          )
        )
          continue;
        const name = r.name!.text.trim();
        const suggestion = isRateName(name) ? `${p.num}%` : null;
        report({
          at: { row: r.value!.row, col: r.value!.col },
          messageId: suggestion ? 'missingRate' : 'missing',
          data: { value: r.value!.text.trim(), suggestion: suggestion ?? '' },
        });
      }
    }
  },
};
