import { backLoaded } from '../../../../src/core/rules/plan/backLoaded';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(backLoaded).run({
  valid: [
    { name: '30% after 10月底', workbook: projectTable() },
    { name: 'seed 102001001: 40% after 10月底', workbook: projectTable2021({ plan: [0, 0.3, 0.6, 1] }) },
    {
      name: 'only 12月底 filled: too little to judge (plan/incomplete reports it)',
      workbook: projectTable({ plan: ['', '', '', 1] }),
    },
    {
      name: 'a profile share of 0.9',
      workbook: projectTable({ plan: [0, 0.1, 0.2, 1] }),
      profile: (p) => (p.thresholds.backLoadedShare = 0.9),
    },
  ],
  invalid: [
    {
      name: 'seed 102001004/5: 80% after 10月底',
      workbook: projectTable({ plan: [0, 0.1, 0.2, 1] }),
      findings: [{ cell: 'E4', messageId: 'backLoaded', severity: 'info', messageIncludes: '80%' }],
    },
    {
      name: 'exactly 70% after 10月底',
      workbook: projectTable2021({ plan: [0.1, 0.2, 0.3, 1] }),
      findings: [{ cell: 'E7', messageId: 'backLoaded', messageIncludes: '70%' }],
    },
    {
      name: 'nothing before 12月底',
      workbook: projectTable({ plan: [0, 0, 0, 1] }),
      findings: [{ cell: 'E4', messageId: 'backLoaded', messageIncludes: '100%' }],
    },
  ],
});
