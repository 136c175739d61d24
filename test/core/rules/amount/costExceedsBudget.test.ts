import { costExceedsBudget } from '../../../../src/core/rules/amount/costExceedsBudget';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(costExceedsBudget).run({
  valid: [
    { name: 'a per-head cost far below the budget', workbook: projectTable() },
    {
      name: 'a cost equal to the budget (预算数 50万元, ≤50万元)',
      workbook: projectTable({ set: { C10: '培训总成本', E10: '≤50万元' } }),
    },
    {
      name: 'a factor of 10,000 is amount/unit-slip’s finding',
      workbook: projectTable({ set: { C10: '培训总成本', E10: '≤500000万元' } }),
    },
    {
      name: 'a 2021 cost in 万元 within 年度资金总额',
      workbook: projectTable2021({ set: { E13: '90', F13: '万元' } }),
    },
  ],
  invalid: [
    {
      name: 'a 成本 of 60万元 against 预算数 50万元',
      workbook: projectTable({ set: { C10: '培训总成本', E10: '≤60万元' } }),
      findings: [{ cell: 'E10', messageId: 'overBudget', severity: 'error', messageIncludes: '60' }],
    },
    {
      name: 'a 2021 经济成本 of 150 (unit column 万元) above 年度资金总额 100',
      workbook: projectTable2021({ set: { E13: '150', F13: '万元' } }),
      findings: [{ cell: 'E13', messageId: 'overBudget', messageIncludes: '150' }],
    },
    {
      name: 'a cost in 元 above the budget (600,000元 vs 50万元)',
      workbook: projectTable({ set: { C10: '培训总成本', E10: '≤600000元' } }),
      findings: [{ cell: 'E10', messageId: 'overBudget', messageIncludes: '60' }],
    },
  ],
});
