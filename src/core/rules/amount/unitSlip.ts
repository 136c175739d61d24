import type { Rule } from '../types';
import type { CellRead } from '../../model';
import { fmt } from '../util';
import {
  isCostRow,
  isUnitSlip,
  namesTheBudget,
  rowMoney,
  sourceAmounts,
  textBudget,
  totalAmount,
  isPerUnit,
} from './budget';

/** Two amounts that should match differ by a factor of 10,000 (元 vs 万元). */
export const unitSlip: Rule = {
  id: 'amount/unit-slip',
  defaultSeverity: 'warning',
  description: { zh: '金额单位疑似混用（元与万元相差一万倍）', en: 'Amounts differ by 10,000 (元 vs 万元)' },
  explain: {
    zh: '两个应相等的金额恰好相差一万倍，通常是把“元”写成了“万元”或相反。',
    en: 'Two amounts that should match differ by exactly 10,000: 元 and 万元 mixed up.',
  },
  messages: {
    totalVsText: {
      zh: '资金总额（{{amount}} 万元）与预算（{{budget}} 万元）恰好相差一万倍，疑似“元”与“万元”混用；请核对单位。',
      en: 'The total ({{amount}}万元) and the budget in the text ({{budget}}万元) differ by exactly 10,000 times: 元 and 万元 are probably mixed up; check the unit.',
    },
    totalVsSources: {
      zh: '资金总额（{{amount}} 万元）与各来源之和（{{budget}} 万元）恰好相差一万倍，疑似“元”与“万元”混用；请核对单位。',
      en: 'The total ({{amount}}万元) and the sum of its sources ({{budget}}万元) differ by exactly 10,000 times: 元 and 万元 are probably mixed up; check the unit.',
    },
    indicator: {
      zh: '指标“{{name}}”（{{amount}} 万元）与预算（{{budget}} 万元）恰好相差一万倍，疑似“元”与“万元”混用；请核对单位。',
      en: 'The indicator "{{name}}" ({{amount}}万元) and the budget ({{budget}}万元) differ by exactly 10,000 times: 元 and 万元 are probably mixed up; check the unit.',
    },
  },
  check({ table, report }) {
    const total = totalAmount(table);
    const text = textBudget(table);
    const say = (cell: CellRead, a: number, b: number, messageId: string, name = '') =>
      report({
        at: { row: cell.row, col: cell.col },
        messageId,
        data: { name, amount: fmt(a), budget: fmt(b) },
      });
    if (text && total && isUnitSlip(text.wan, total.wan)) say(total.cell, total.wan, text.wan, 'totalVsText');
    const sources = sourceAmounts(table);
    if (total && sources.length) {
      const sum = sources.reduce((a, s) => a + s.wan, 0);
      if (isUnitSlip(sum, total.wan)) say(total.cell, total.wan, sum, 'totalVsSources');
    }
    const budget = total ?? text;
    if (!budget) return;
    for (const grid of table.grids) {
      if (grid.sharesRows) continue;
      for (const r of grid.rows) {
        if ((!namesTheBudget(r) && !isCostRow(r)) || isPerUnit(r)) continue;
        const wan = rowMoney(r, table);
        if (wan !== null && isUnitSlip(wan, budget.wan))
          say(r.value!, wan, budget.wan, 'indicator', r.name?.text.trim() ?? '');
      }
    }
  },
};
