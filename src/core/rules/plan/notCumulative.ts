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
  messages: {
    decreases: {
      zh: '{{point}}累计支出 {{value}}% 低于{{before}}的 {{max}}%；支出计划应逐期累计，不能减少。',
      en: 'The cumulative share at {{point}} ({{value}}%) is below the {{max}}% of {{before}}; the plan is cumulative, so each point must be at least the one before.',
    },
  },
  check({ table, report }) {
    let max: { pct: number; label: string } | null = null;
    for (const v of planValues(table)) {
      if (v.pct === null) continue;
      if (max && v.pct < max.pct - 1e-9) {
        report({
          at: { row: v.point.value!.row, col: v.point.value!.col },
          messageId: 'decreases',
          data: { point: v.point.label.text.trim(), value: fmt(v.pct), before: max.label, max: fmt(max.pct) },
        });
      }
      if (!max || v.pct > max.pct) max = { pct: v.pct, label: v.point.label.text.trim() };
    }
  },
};
