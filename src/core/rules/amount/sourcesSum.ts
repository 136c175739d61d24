import type { Rule } from '../types';
import { fmt } from '../util';
import { isUnitSlip, sourceAmounts, totalAmount } from './budget';
import { LEVEL_SOURCE_LABELS } from '../../vocabulary/fields';

/** By fund type vs by government level: two ways of splitting the same total. */
const BY_LEVEL: ReadonlySet<string> = new Set(LEVEL_SOURCE_LABELS);

/** Total ≠ sum of its sources (±0.1万元 after units are normalised). */
export const sourcesSum: Rule = {
  id: 'amount/sources-sum',
  defaultSeverity: 'error',
  description: { zh: '资金总额不等于各来源之和', en: 'The total does not equal the sum of its sources' },
  explain: {
    zh: '年度资金总额应等于财政拨款、其他资金等各项来源之和（允许 0.1 万元误差）。',
    en: 'The total equals the sum of its sources (within 0.1万元).',
  },
  messages: {
    notSum: {
      zh: '资金总额 {{total}} 万元不等于各来源之和 {{sum}} 万元（{{parts}}）；请核对金额。',
      en: 'The total of {{total}}万元 is not the sum of its sources, {{sum}}万元 ({{parts}}); check the amounts.',
    },
  },
  check({ table, profile, report }) {
    const total = totalAmount(table);
    const sources = sourceAmounts(table);
    if (!total || !sources.length) return;
    const tol = profile.thresholds.amountTolerance;
    // The sources may split the total one way (all of them together), or two ways at once
    // (by fund type and by government level): any of these adding up is enough.
    const groups = [
      sources,
      sources.filter((s) => !BY_LEVEL.has(s.sub)),
      sources.filter((s) => BY_LEVEL.has(s.sub)),
    ].filter((g) => g.length);
    const sums = groups.map((g) => g.reduce((a, s) => a + s.wan, 0));
    if (sums.some((s) => Math.abs(s - total.wan) <= tol + 1e-9)) return;
    if (sums.some((s) => isUnitSlip(s, total.wan))) return; // amount/unit-slip says it
    const sum = sums[0];
    const parts = groups[0].map((s) => `${s.label}${fmt(s.wan)}`).join(' + ');
    report({
      at: { row: total.cell.row, col: total.cell.col },
      messageId: 'notSum',
      data: { total: fmt(total.wan), sum: fmt(sum), parts },
    });
  },
};
