import type { Rule } from '../types';
import { isBlank, isSatisfaction, natureOf, parsedWithUnit } from '../util';

/** Satisfaction target of exactly 100%. */
export const satisfactionPerfect: Rule = {
  id: 'percent/satisfaction-perfect',
  defaultSeverity: 'info',
  description: { zh: '满意度目标为 100%', en: 'Satisfaction target of exactly 100%' },
  explain: {
    zh: '满意度定为 100% 通常难以实现也难以考核，可考虑“≥90%”等。',
    en: 'A 100% satisfaction target is rarely achievable; consider ≥90%.',
  },
  messages: {
    perfect: {
      zh: '满意度目标定为 100%，通常难以实现；可考虑“≥90%”或“≥95%”。',
      en: 'A satisfaction target of 100% is rarely achievable; consider ≥90% or ≥95%.',
    },
  },
  check({ table, report }) {
    for (const grid of table.grids)
      for (const r of grid.rows) {
        if (isBlank(r.value) || isBlank(r.name) || !isSatisfaction(r)) continue;
        const p = parsedWithUnit(r);
        if (p.kind !== 'number' || p.unit !== '%' || p.num !== 100 || p.num2 !== undefined) continue;
        const op = p.op ?? natureOf(r).op;
        if (op === '<' || op === '<=') continue;
        report({
          at: { row: r.value!.row, col: r.value!.col },
          messageId: 'perfect',
        });
      }
  },
};
