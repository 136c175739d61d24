import { natureMismatch } from '../../../../src/core/rules/value/natureMismatch';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(natureMismatch).run({
  valid: [
    { name: 'operators with numbers', workbook: projectTable2021() },
    {
      name: '定性 with graded wording',
      workbook: projectTable2021({ set: { D11: '定性', E11: '合格', F11: '' } }),
    },
    {
      name: 'the same operator in the value and the nature',
      workbook: projectTable2021({ set: { E10: '≥500' } }),
    },
    { name: 'no nature column', workbook: projectTable({ set: { E8: '合格' } }) },
  ],
  invalid: [
    {
      name: '定性 with a number',
      workbook: projectTable2021({ set: { D11: '定性', F11: '' } }),
      findings: [{ cell: 'E11', messageId: 'numberForWords', severity: 'error' }],
    },
    {
      name: '≥ with words',
      workbook: projectTable2021({ set: { E14: '良好' } }),
      findings: [{ cell: 'E14', messageId: 'wordsForNumber' }],
    },
    {
      name: 'an operator in the value disagreeing with the nature (≤ vs ≥800)',
      workbook: projectTable2021({ set: { E13: '≥800' } }),
      findings: [{ cell: 'E13', messageId: 'operator' }],
    },
  ],
});
