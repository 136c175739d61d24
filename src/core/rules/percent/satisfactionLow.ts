import type { Rule } from '../types';
import { fmt, isBlank, isSatisfaction, natureOf, parsedWithUnit } from '../util';

/** Satisfaction target below the profile's threshold (80%). */
export const satisfactionLow: Rule = {
  id: 'percent/satisfaction-low',
  defaultSeverity: 'warning',
  description: { zh: '满意度目标值过低', en: 'Satisfaction target too low' },
  explain: {
    zh: '满意度目标一般不低于 80%（阈值可在配置中调整）。',
    en: 'Satisfaction targets are normally at least 80% (configurable).',
  },
  check({ table, profile, report }) {
    const min = profile.thresholds.satisfactionMin;
    for (const grid of table.grids)
      for (const r of grid.rows) {
        if (isBlank(r.value) || isBlank(r.name) || !isSatisfaction(r)) continue;
        const p = parsedWithUnit(r);
        if (p.kind !== 'number' || p.unit !== '%' || p.num === undefined) continue;
        const op = p.op ?? natureOf(r).op;
        if (op === '<' || op === '<=') continue;
        if (p.num >= min || p.num < 0) continue;
        report({
          at: { row: r.value!.row, col: r.value!.col },
          message: `满意度目标 ${fmt(p.num)}% 低于 ${fmt(min)}%；满意度目标一般应不低于 ${fmt(min)}%（如“≥${fmt(Math.max(min, 85))}%”）。`,
          messageEn: `The satisfaction target ${fmt(p.num)}% is below ${fmt(min)}%.`,
        });
      }
  },
};
