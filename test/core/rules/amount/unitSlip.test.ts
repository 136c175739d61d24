import { unitSlip } from '../../../../src/core/rules/amount/unitSlip';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

const seed = (scale: string) =>
  projectTable({
    name: '一般债券到期还本',
    purpose: '预算数 5851万元。用于偿还到期的政府一般债券本金。',
    set: { C7: '还本规模', D7: '年度还本总额', E7: scale },
  });

ruleTester(unitSlip).run({
  valid: [
    { name: '还本规模 5851万元 matches 预算数 5851万元', workbook: seed('5851万元') },
    { name: 'the same money in 元 (58,510,000元 = 5851万元)', workbook: seed('58510000元') },
    { name: 'total and sources agree (2021)', workbook: projectTable2021() },
    { name: 'a difference that is not a factor of 10,000', workbook: projectTable2021({ total: 1000 }) },
  ],
  invalid: [
    {
      name: '还本规模 58510000万元 vs 预算数 5851万元',
      workbook: seed('58510000万元'),
      findings: [{ cell: 'E7', messageId: 'indicator', severity: 'warning', messageIncludes: '5851' }],
    },
    {
      name: '年度资金总额 58510000 (in 元, under 单位：万元) vs “预算数5851万元” in the goal',
      workbook: projectTable2021({
        total: 58510000,
        sources: [],
        goal: '预算数5851万元，偿还到期的政府一般债券本金。',
      }),
      findings: [{ cell: 'B5', messageId: 'totalVsText', messageIncludes: '5851' }],
    },
    {
      name: '年度资金总额 1,000,000 vs sources 80 + 20',
      workbook: projectTable2021({ total: 1000000 }),
      findings: [{ cell: 'B5', messageId: 'totalVsSources' }],
    },
  ],
});
