import type { Rule } from '../types';
import { fmt } from '../util';
import { differs, isCostRow, isUnitSlip, rowMoney, textBudget, totalAmount } from './budget';

/** A 成本 amount above the project's budget. */
export const costExceedsBudget: Rule = {
  id: 'amount/cost-exceeds-budget',
  defaultSeverity: 'error',
  description: { zh: '成本指标金额超过项目预算', en: 'A cost amount above the project budget' },
  explain: {
    zh: '成本指标的金额不能超过项目的年度预算。',
    en: 'A cost amount cannot exceed the project’s annual budget.',
  },
  messages: {
    overBudget: {
      zh: '成本指标“{{name}}”为 {{amount}} 万元，超过项目预算 {{budget}} 万元；成本应控制在预算以内。',
      en: 'The cost indicator "{{name}}" is {{amount}}万元, more than the project budget of {{budget}}万元; a cost must stay within the budget.',
    },
  },
  check({ table, profile, report }) {
    const budget = totalAmount(table) ?? textBudget(table);
    if (!budget || budget.wan <= 0) return;
    for (const grid of table.grids)
      for (const r of grid.rows) {
        if (!isCostRow(r)) continue;
        const wan = rowMoney(r, table);
        if (
          wan === null ||
          wan <= budget.wan ||
          !differs(wan, budget.wan, profile.thresholds.amountTolerance) ||
          isUnitSlip(wan, budget.wan)
        )
          continue;
        report({
          at: { row: r.value!.row, col: r.value!.col },
          messageId: 'overBudget',
          data: { name: r.name?.text.trim() ?? '', amount: fmt(wan), budget: fmt(budget.wan) },
        });
      }
  },
};
