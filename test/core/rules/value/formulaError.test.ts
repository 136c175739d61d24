import { formulaError } from '../../../../src/core/rules/value/formulaError';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(formulaError).run({
  valid: [
    { name: 'real values', workbook: projectTable() },
    { name: 'real values in a 2021 table', workbook: projectTable2021() },
    {
      name: 'a # in words is not a formula error',
      workbook: projectTable({ set: { E8: '#1号楼', E9: '≥95%' } }),
    },
  ],
  invalid: [
    {
      name: '#DIV/0!, #REF! and #N/A as values',
      workbook: projectTable({ set: { E7: '#DIV/0!', E8: '#REF!', E10: '#N/A' } }),
      findings: [
        { cell: 'E7', messageId: 'formulaError', severity: 'error', messageIncludes: '除数为零' },
        { cell: 'E8', messageId: 'formulaError', messageIncludes: '#REF!' },
        { cell: 'E10', messageId: 'formulaError', messageIncludes: '#N/A' },
      ],
    },
    {
      name: 'a formula error in the spending plan',
      workbook: projectTable({ plan: ['#VALUE!', 0.4, 0.7, 1] }),
      findings: [{ cell: 'B4', messageId: 'formulaError', messageIncludes: '资金支出计划' }],
    },
  ],
});
