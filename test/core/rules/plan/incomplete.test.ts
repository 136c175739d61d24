import { incomplete } from '../../../../src/core/rules/plan/incomplete';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(incomplete).run({
  valid: [
    { name: 'all four points filled', workbook: projectTable() },
    { name: 'zeros are filled points', workbook: projectTable2021({ plan: [0, 0, 0, 1] }) },
  ],
  invalid: [
    {
      name: 'seed 102001006: 3月底 to 10月底 blank',
      workbook: projectTable({ plan: ['', '', '', 1] }),
      findings: [
        { cell: 'B4', messageId: 'blank', severity: 'warning', messageIncludes: '3月底、6月底、10月底' },
      ],
    },
    {
      name: 'one blank point in the middle',
      workbook: projectTable2021({ plan: [0.1, null, 0.7, 1] }),
      findings: [{ cell: 'C7', messageId: 'blank', messageIncludes: '6月底' }],
    },
    {
      name: 'the whole plan blank',
      workbook: projectTable({ plan: ['', '', '', ''] }),
      findings: [{ cell: 'B4', messageId: 'blank' }],
    },
  ],
});
