import { notCumulative } from '../../../../src/core/rules/plan/notCumulative';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(notCumulative).run({
  valid: [
    { name: 'seed plan 0% 30% 60% 100%', workbook: projectTable({ plan: [0, 0.3, 0.6, 1] }) },
    { name: 'flat quarters are cumulative', workbook: projectTable2021({ plan: [0.5, 0.5, 0.5, 1] }) },
    {
      name: 'quarterly shares of 25% each do not decrease (plan/not-100 reports them)',
      workbook: projectTable({ plan: [0.25, 0.25, 0.25, 0.25] }),
    },
    {
      name: 'plain numbers as percents 10 40 70 100',
      workbook: projectTable({
        plan: [
          { v: 10, z: 'General' },
          { v: 40, z: 'General' },
          { v: 70, z: 'General' },
          { v: 100, z: 'General' },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: '30% then 20%: reported at the later cell',
      workbook: projectTable({ plan: [0.3, 0.2, 0.6, 1] }),
      findings: [{ cell: 'C4', messageId: 'decreases', severity: 'error', messageIncludes: '20%' }],
    },
    {
      name: 'quarterly shares 20% 50% 40% 30%: every point below the highest before it',
      workbook: projectTable2021({ plan: [0.2, 0.5, 0.4, 0.3] }),
      findings: [
        { cell: 'D7', messageId: 'decreases', messageIncludes: '50%' },
        { cell: 'E7', messageId: 'decreases', messageIncludes: '50%' },
      ],
    },
    {
      name: 'the 10月底 share below 6月底',
      workbook: projectTable({ plan: ['10%', '50%', '40%', '100%'] }),
      findings: [{ cell: 'D4', messageId: 'decreases', messageIncludes: '50%' }],
    },
  ],
});
