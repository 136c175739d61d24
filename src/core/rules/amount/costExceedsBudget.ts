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
          message: `成本指标“${r.name?.text.trim() ?? ''}”为 ${fmt(wan)} 万元，超过项目预算 ${fmt(budget.wan)} 万元；成本应控制在预算以内。`,
          messageEn: `The cost indicator (${fmt(wan)}万元) exceeds the budget of ${fmt(budget.wan)}万元.`,
        });
      }
  },
};
