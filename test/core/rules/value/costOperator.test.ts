import { costOperator } from '../../../../src/core/rules/value/costOperator';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(costOperator).run({
  valid: [
    { name: '成本 with ≤ (2015)', workbook: projectTable() },
    { name: '成本 with ≤ in the nature column (2021)', workbook: projectTable2021() },
    {
      name: 'a rate under 成本 (预算资金完成率 ≥95%) is not a cost ceiling',
      workbook: projectTable({ set: { C10: '预算资金完成率', E10: '≥95%' } }),
    },
    {
      name: 'a 2021 成本 rate (预算执行率 ≥ 95, unit column %) is not a cost ceiling',
      workbook: projectTable2021({ set: { C13: '预算执行率', D13: '≥', E13: '95', F13: '%' } }),
    },
    { name: '≥ outside 成本', workbook: projectTable({ set: { E7: '≥500人' } }) },
  ],
  invalid: [
    {
      name: '≥ on a 成本 money indicator (2015 二级)',
      workbook: projectTable({ set: { E10: '≥800元' } }),
      findings: [{ cell: 'E10', messageId: 'ceilingFixed', severity: 'warning', messageIncludes: '≤800元' }],
    },
    {
      name: '≥ in the 指标性质 of a 2021 成本 row',
      workbook: projectTable2021({ set: { D13: '≥' } }),
      findings: [{ cell: 'E13', messageId: 'ceiling', messageIncludes: '≥' }],
    },
    {
      name: '不低于 written in words',
      workbook: projectTable({ set: { E10: '不低于800元' } }),
      findings: [{ cell: 'E10', messageId: 'ceilingFixed' }],
    },
  ],
});
