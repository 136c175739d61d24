import type { Rule } from '../types';
import { fmt } from '../util';
import { planValues } from './planValues';

/** Below 0% or above 100%. */
export const planOutOfRange: Rule = {
  id: 'plan/out-of-range',
  defaultSeverity: 'error',
  description: {
    zh: '资金支出计划比例小于 0 或大于 100%',
    en: 'A spending plan share below 0% or above 100%',
  },
  explain: {
    zh: '资金支出计划的累计比例只能在 0 到 100% 之间。',
    en: 'Cumulative shares lie between 0 and 100%.',
  },
  messages: {
    outOfRange: {
      zh: '资金支出计划{{point}}为 {{value}}%，超出 0～100% 的范围；累计支出比例应在 0～100% 之间。',
      en: 'The spending plan share at {{point}} is {{value}}%, outside 0–100%; a cumulative share lies between 0% and 100%.',
    },
  },
  check({ table, report }) {
    for (const v of planValues(table)) {
      if (v.pct === null || (v.pct >= 0 && v.pct <= 100 + 1e-9)) continue;
      report({
        at: { row: v.point.value!.row, col: v.point.value!.col },
        messageId: 'outOfRange',
        data: { point: v.point.label.text.trim(), value: fmt(v.pct) },
      });
    }
  },
};
