import { impossibleDirection } from '../../../../src/core/rules/percent/impossibleDirection';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(impossibleDirection).run({
  valid: [
    {
      name: 'seed: 还本违约率 0 and 完成率 100%',
      workbook: projectTable({ set: { C8: '还本违约率', E8: '0', C10: '预算资金完成率', E10: '100%' } }),
    },
    {
      name: 'a low rate capped: 投诉率 ≤5%',
      workbook: projectTable({ set: { C8: '群众投诉率', E8: '≤5%' } }),
    },
    {
      name: '不合格率 is low, not a 合格率',
      workbook: projectTable({ set: { C8: '产品不合格率', E8: '≤2%' } }),
    },
    {
      name: '2021 grid: 差错率 ≤ 1 %',
      workbook: projectTable2021({ set: { C11: '审核差错率', D11: '≤', E11: '1' } }),
    },
  ],
  invalid: [
    {
      name: 'real text: 逾期发放率 ≥100%',
      workbook: projectTable({ set: { C9: '补贴逾期发放率', E9: '≥100%' } }),
      findings: [{ cell: 'E9', messageId: 'shouldBeLow', severity: 'error' }],
    },
    {
      name: '违约率 100% and 投诉率 ≥95%',
      workbook: projectTable({ set: { C8: '合同违约率', E8: '100%', C11: '投诉率', E11: '≥95%' } }),
      findings: [
        { cell: 'E8', messageId: 'shouldBeLow' },
        { cell: 'E11', messageId: 'shouldBeLow' },
      ],
    },
    {
      name: 'a completion rate targeted at ≤0%',
      workbook: projectTable({ set: { C8: '任务完成率', E8: '≤0%' } }),
      findings: [{ cell: 'E8', messageId: 'shouldBeHigh' }],
    },
    {
      name: '2021 grid: 差错率 with ≥ in the 指标性质 column',
      workbook: projectTable2021({ set: { C11: '审核差错率', D11: '≥', E11: '100' } }),
      findings: [{ cell: 'E11', messageId: 'shouldBeLow' }],
    },
  ],
});
