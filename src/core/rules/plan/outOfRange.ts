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
  check({ table, report }) {
    for (const v of planValues(table)) {
      if (v.pct === null || (v.pct >= 0 && v.pct <= 100 + 1e-9)) continue;
      report({
        at: { row: v.point.value!.row, col: v.point.value!.col },
        message: `资金支出计划${v.point.label.text.trim()}为 ${fmt(v.pct)}%，超出 0～100% 的范围。`,
        messageEn: `The plan share at ${v.point.label.text.trim()} is ${fmt(v.pct)}%, outside 0–100%.`,
      });
    }
  },
};
