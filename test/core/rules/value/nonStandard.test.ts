import { nonStandard } from '../../../../src/core/rules/value/nonStandard';
import { pct, projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(nonStandard).run({
  valid: [
    { name: 'values in standard form', workbook: projectTable() },
    { name: 'a number cell with a percent format', workbook: projectTable({ set: { E8: pct(0.95) } }) },
    {
      name: 'qualitative wording has no standard form to suggest',
      workbook: projectTable2021({ set: { D11: '定性', E11: '合格', F11: '' } }),
    },
  ],
  invalid: [
    {
      name: '70%以上 → ≥70%',
      workbook: projectTable({ set: { E8: '70%以上' } }),
      findings: [
        { cell: 'E8', messageId: 'nonStandard', severity: 'info', messageIncludes: '≥70%', fix: '≥70%' },
      ],
    },
    {
      name: 'full-width digits ≥９５％ → ≥95%',
      workbook: projectTable({ set: { E8: '≥９５％' } }),
      findings: [{ cell: 'E8', messageId: 'nonStandard', fix: '≥95%' }],
    },
    {
      name: '大于等于90% → ≥90% and 85百分比 → 85%',
      workbook: projectTable({ set: { E11: '大于等于90%', E12: '85百分比' } }),
      findings: [
        { cell: 'E11', messageId: 'nonStandard', fix: '≥90%' },
        { cell: 'E12', messageId: 'nonStandard', fix: '85%' },
      ],
    },
  ],
});
