import type { Rule } from '../types';
import { fmt } from '../util';
import { planValues } from './planValues';

/** The last quarter is not 100%. */
export const not100: Rule = {
  id: 'plan/not-100',
  defaultSeverity: 'error',
  description: { zh: '资金支出计划到年底不是 100%', en: 'The spending plan does not reach 100% by year end' },
  explain: {
    zh: '资金支出计划的最后一个时点（12月底）累计应为 100%。',
    en: 'The last point (end of December) of the cumulative plan is 100%.',
  },
  messages: {
    not100: {
      zh: '资金支出计划{{point}}累计为 {{value}}%，应为 100%。',
      en: 'The spending plan reaches {{value}}% at {{point}}; by year end it should be 100%.',
    },
  },
  check({ table, report }) {
    const vals = planValues(table);
    if (!vals.length) return;
    const last = vals[vals.length - 1];
    if (last.pct === null || Math.abs(last.pct - 100) < 1e-6) return;
    report({
      at: { row: last.point.value!.row, col: last.point.value!.col },
      messageId: 'not100',
      data: { point: last.point.label.text.trim(), value: fmt(last.pct) },
    });
  },
};
