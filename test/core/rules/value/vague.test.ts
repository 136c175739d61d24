import { vague } from '../../../../src/core/rules/value/vague';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(vague).run({
  valid: [
    { name: 'concrete targets', workbook: projectTable() },
    {
      name: 'a direction with a size (提升10%) is concrete',
      workbook: projectTable({ set: { E11: '提升10%' } }),
    },
    {
      name: 'graded wording is not vague',
      workbook: projectTable2021({ set: { D14: '定性', E14: '良好', F14: '' } }),
    },
  ],
  invalid: [
    {
      name: '提升 alone',
      workbook: projectTable({ set: { E11: '提升' } }),
      findings: [{ cell: 'E11', messageId: 'vague', severity: 'warning', messageIncludes: '提升' }],
    },
    {
      name: '有效提升 and 明显',
      workbook: projectTable({ set: { E11: '有效提升', E12: '明显' } }),
      findings: [
        { cell: 'E11', messageId: 'vague' },
        { cell: 'E12', messageId: 'vague' },
      ],
    },
    {
      name: '逐步增加 in a 2021 table',
      workbook: projectTable2021({ set: { D14: '定性', E14: '逐步增加', F14: '' } }),
      findings: [{ cell: 'E14', messageId: 'vague' }],
    },
    {
      name: '长远 and 进一步',
      workbook: projectTable({ set: { E11: '长远', E12: '进一步' } }),
      findings: [
        { cell: 'E11', messageId: 'vague' },
        { cell: 'E12', messageId: 'vague' },
      ],
    },
  ],
});
