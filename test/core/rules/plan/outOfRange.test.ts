import { planOutOfRange } from '../../../../src/core/rules/plan/outOfRange';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(planOutOfRange).run({
  valid: [
    { name: 'shares from 10% to 100%', workbook: projectTable() },
    { name: '0% and 100% are in range', workbook: projectTable2021({ plan: [0, 0, 0, 1] }) },
    {
      name: 'plain numbers as percents up to 100',
      workbook: projectTable({
        plan: [
          { v: 25, z: 'General' },
          { v: 50, z: 'General' },
          { v: 75, z: 'General' },
          { v: 100, z: 'General' },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: '120% at 12月底',
      workbook: projectTable({ plan: [0.1, 0.3, 0.6, 1.2] }),
      findings: [{ cell: 'E4', messageId: 'outOfRange', severity: 'error', messageIncludes: '120%' }],
    },
    {
      name: 'a negative share',
      workbook: projectTable2021({ plan: [-0.1, 0.3, 0.6, 1] }),
      findings: [{ cell: 'B7', messageId: 'outOfRange', messageIncludes: '-10%' }],
    },
    {
      name: 'two shares over 100% written as text',
      workbook: projectTable({ plan: ['50%', '100%', '150%', '200%'] }),
      findings: [
        { cell: 'D4', messageId: 'outOfRange' },
        { cell: 'E4', messageId: 'outOfRange' },
      ],
    },
  ],
});
