import type { Rule } from '../types';
import { fmt } from '../util';
import { planValues } from './planValues';

/** A later quarter below an earlier one. */
export const notCumulative: Rule = {
  id: 'plan/not-cumulative',
  defaultSeverity: 'error',
  description: { zh: '资金支出计划不是逐期累计', en: 'The spending plan is not cumulative' },
  explain: {
    zh: '资金支出计划填的是截至各时点的累计进度，后一时点不能小于前一时点。',
    en: 'The plan gives cumulative shares; a later point cannot be below an earlier one.',
  },
  check({ table, report }) {
    let max: { pct: number; label: string } | null = null;
    for (const v of planValues(table)) {
      if (v.pct === null) continue;
      if (max && v.pct < max.pct - 1e-9) {
        report({
          at: { row: v.point.value!.row, col: v.point.value!.col },
          message: `${v.point.label.text.trim()}累计支出 ${fmt(v.pct)}% 低于${max.label}的 ${fmt(max.pct)}%；支出计划应逐期累计，不能减少。`,
          messageEn: `The cumulative share at ${v.point.label.text.trim()} (${fmt(v.pct)}%) is below ${max.label} (${fmt(max.pct)}%); the plan is cumulative.`,
        });
      }
      if (!max || v.pct > max.pct) max = { pct: v.pct, label: v.point.label.text.trim() };
    }
  },
};
