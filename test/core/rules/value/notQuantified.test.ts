import { notQuantified } from '../../../../src/core/rules/value/notQuantified';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(notQuantified).run({
  valid: [
    { name: 'quantified values throughout', workbook: projectTable() },
    {
      name: 'a 定性 row in the 指标性质 column may be qualitative',
      workbook: projectTable2021({ set: { D11: '定性', E11: '合格', F11: '' } }),
    },
    {
      name: 'a 效益 indicator may be qualitative',
      workbook: projectTable({ set: { E11: '有效保障参训人员就业' } }),
    },
  ],
  invalid: [
    {
      name: 'seed 102001005: a 成本 indicator valued 接近直接物化成本',
      workbook: projectTable({ set: { C10: '保险费率', E10: '接近直接物化成本' } }),
      findings: [{ cell: 'E10', severity: 'warning', messageIncludes: '接近直接物化成本' }],
    },
    {
      name: 'a 质量 indicator graded 良好 and a satisfaction indicator graded 满意',
      workbook: projectTable({ set: { E8: '良好', E12: '满意' } }),
      findings: [{ cell: 'E8', messageIncludes: '质量指标' }, { cell: 'E12' }],
    },
    {
      name: 'a 2021 成本 一级 row with words and an operator nature',
      workbook: projectTable2021({ set: { E13: '控制在合理范围' } }),
      findings: [{ cell: 'E13' }],
    },
  ],
});
