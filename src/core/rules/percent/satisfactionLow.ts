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
  messages: {
    low: {
      zh: '满意度目标 {{value}}% 低于 {{min}}%；满意度目标一般应不低于 {{min}}%（如“≥{{example}}%”）。',
      en: 'The satisfaction target {{value}}% is below {{min}}%; a satisfaction target is usually at least {{min}}% (e.g. ≥{{example}}%).',
    },
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
          messageId: 'low',
          data: { value: fmt(p.num), min: fmt(min), example: fmt(Math.max(min, 85)) },
        });
      }
  },
};
