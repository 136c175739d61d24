import type { Rule } from '../types';
import { fmt, isBlank, isRateName, parsedWithUnit } from '../util';
import { normCore } from '../../vocabulary/normalize';

/** A percentage below 0 or above 100 for a rate. */
export const outOfRange: Rule = {
  id: 'percent/out-of-range',
  defaultSeverity: 'error',
  description: { zh: '比率类指标的百分比小于 0 或大于 100%', en: 'A rate below 0% or above 100%' },
  explain: {
    zh: '完成率、覆盖率、满意度、占比等比率只能在 0 到 100% 之间。',
    en: 'Completion, coverage, satisfaction and share rates lie between 0 and 100%.',
  },
  messages: {
    outOfRange: {
      zh: '“{{name}}”是比率，指标值 {{value}}% 超出 0～100% 的范围；请改为 0～100% 之间的值（如“100%”）。',
      en: '"{{name}}" is a rate, and the target {{value}}% is outside 0–100%; use a value between 0 and 100% (e.g. 100%).',
    },
  },
  check({ table, report }) {
    for (const grid of table.grids)
      for (const r of grid.rows) {
        if (isBlank(r.value) || isBlank(r.name)) continue;
        const name = normCore(r.name!.text);
        if (!isRateName(name) || /增长率|增速|增幅|增长|提高率|变动率|变化率|回报率|收益率|倍/.test(name))
          continue;
        const p = parsedWithUnit(r);
        if (p.kind !== 'number' || p.unit !== '%' || p.num === undefined) continue;
        const bad = [p.num, p.num2].filter((n): n is number => n !== undefined && (n < 0 || n > 100));
        if (!bad.length) continue;
        report({
          at: { row: r.value!.row, col: r.value!.col },
          messageId: 'outOfRange',
          data: { name: r.name!.text.trim(), value: fmt(bad[0]) },
        });
      }
  },
};
