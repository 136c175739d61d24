import { not100 } from '../../../../src/core/rules/plan/not100';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(not100).run({
  valid: [
    { name: '12月底 100%', workbook: projectTable() },
    { name: '12月底 as the text 100%', workbook: projectTable2021({ plan: ['10%', '40%', '70%', '100%'] }) },
    {
      name: 'plain numbers as percents, ending at 100',
      workbook: projectTable({
        plan: [
          { v: 0, z: 'General' },
          { v: 30, z: 'General' },
          { v: 60, z: 'General' },
          { v: 100, z: 'General' },
        ],
      }),
    },
    {
      name: 'a blank last point is plan/incomplete’s finding',
      workbook: projectTable({ plan: [0.1, 0.4, 0.7, ''] }),
    },
  ],
  invalid: [
    {
      name: 'ending at 90%',
      workbook: projectTable({ plan: [0.1, 0.3, 0.6, 0.9] }),
      findings: [{ cell: 'E4', messageId: 'not100', severity: 'error', messageIncludes: '90%' }],
    },
    {
      name: 'quarterly shares of 25% each (not cumulative)',
      workbook: projectTable2021({ plan: [0.25, 0.25, 0.25, 0.25] }),
      findings: [{ cell: 'E7', messageId: 'not100', messageIncludes: '25%' }],
    },
    {
      name: 'ending at 120%',
      workbook: projectTable({ plan: ['20%', '50%', '80%', '120%'] }),
      findings: [{ cell: 'E4', messageId: 'not100', messageIncludes: '120%' }],
    },
  ],
});
