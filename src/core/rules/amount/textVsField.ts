import type { Rule } from '../types';
import { a1 } from '../../grid';
import { fmt } from '../util';
import { differs, isUnitSlip, namesTheBudget, rowMoney, textBudget, totalAmount, isPerUnit } from './budget';

/** An amount stated in text ≠ the amount field or the quantity indicator naming the same money. */
export const textVsField: Rule = {
  id: 'amount/text-vs-field',
  defaultSeverity: 'error',
  description: {
    zh: '文字中的金额与金额栏或数量指标不一致',
    en: 'An amount in text disagrees with the amount field or indicator',
  },
  explain: {
    zh: '“预算数 5851万元”等文字中写明的金额，应与资金总额栏及表示同一笔资金的数量指标一致。',
    en: 'An amount named in text must equal the amount field and the indicator naming the same money.',
  },
  messages: {
    textVsField: {
      zh: '文字中的“{{text}}”与{{field}}（{{cell}}）的 {{amount}} 万元不一致；请核对金额。',
      en: '"{{text}}" in the text disagrees with {{field}} ({{cell}}), {{amount}}万元; check the amounts.',
    },
    indicatorVsBudget: {
      zh: '数量指标“{{name}}”为 {{amount}} 万元，与“{{budget}}”（{{budgetAmount}} 万元）不一致；请核对金额。',
      en: 'The quantity indicator "{{name}}" is {{amount}}万元, which disagrees with "{{budget}}" ({{budgetAmount}}万元); check the amounts.',
    },
    indicatorVsText: {
      zh: '数量指标“{{name}}”为 {{amount}} 万元，与文字中的“{{budget}}”（{{budgetAmount}} 万元）不一致；请核对金额。',
      en: 'The quantity indicator "{{name}}" is {{amount}}万元, which disagrees with "{{budget}}" in the text ({{budgetAmount}}万元); check the amounts.',
    },
  },
  check({ table, profile, report }) {
    const tol = profile.thresholds.amountTolerance;
    const text = textBudget(table);
    const total = totalAmount(table);
    if (text && total && differs(text.wan, total.wan, tol) && !isUnitSlip(text.wan, total.wan)) {
      report({
        at: { row: text.cell.row, col: text.cell.col },
        messageId: 'textVsField',
        data: {
          text: text.label,
          field: total.label,
          cell: a1(total.cell.row, total.cell.col),
          amount: fmt(total.wan),
        },
      });
    }
    const budget = text ?? total;
    if (!budget || budget.wan <= 0) return;
    for (const grid of table.grids) {
      if (grid.sharesRows) continue;
      for (const r of grid.rows) {
        if (!namesTheBudget(r) || isPerUnit(r)) continue;
        const wan = rowMoney(r, table);
        if (wan === null || wan <= 0 || !differs(wan, budget.wan, tol) || isUnitSlip(wan, budget.wan))
          continue;
        const ratio = wan / budget.wan;
        if (ratio < 0.5 || ratio > 2) continue; // a different sum of money, not a slip of this one
        report({
          at: { row: r.value!.row, col: r.value!.col },
          messageId: budget === text ? 'indicatorVsText' : 'indicatorVsBudget',
          data: {
            name: r.name?.text.trim() ?? '',
            amount: fmt(wan),
            budget: budget.label,
            budgetAmount: fmt(budget.wan),
          },
        });
      }
    }
  },
};
