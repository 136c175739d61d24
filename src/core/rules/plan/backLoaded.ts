import type { Rule } from '../types';
import { fmt } from '../util';
import { planValues } from './planValues';

/** 70% or more of the money planned for the last two months. */
export const backLoaded: Rule = {
  id: 'plan/back-loaded',
  defaultSeverity: 'info',
  description: { zh: '资金支出集中在年底', en: 'Spending is back-loaded to year end' },
  explain: {
    zh: '大部分资金计划在最后两个月支出，执行进度可能滞后；可考虑均衡支出。',
    en: 'Most of the money is planned for the last two months; consider an even pace.',
  },
  messages: {
    backLoaded: {
      zh: '{{share}}% 的资金计划在{{point}}之后才支出，支出集中在年底；建议均衡安排支出进度。',
      en: '{{share}}% of the money is planned to be spent after {{point}}, so spending is bunched at year end; spread the spending more evenly over the year.',
    },
  },
  check({ table, profile, report }) {
    const vals = planValues(table).filter((v) => v.pct !== null);
    if (vals.length < 2) return;
    const last = vals[vals.length - 1];
    if (last.point.month !== 12) return;
    // The cumulative share two months before year end (10月底), or the latest point before it.
    const before = [...vals].reverse().find((v) => v.point.month <= 10);
    if (!before || before.point.month < 9) return;
    const share = (last.pct! - before.pct!) / 100;
    if (share < profile.thresholds.backLoadedShare - 1e-9) return;
    report({
      at: { row: last.point.value!.row, col: last.point.value!.col },
      messageId: 'backLoaded',
      data: { share: fmt(share * 100), point: before.point.label.text.trim() },
    });
  },
};
