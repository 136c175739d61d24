import { unparseable } from '../../../../src/core/rules/value/unparseable';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(unparseable).run({
  valid: [
    { name: 'operators, numbers, units and dates', workbook: projectTable() },
    {
      name: 'graded wording and a qualitative sentence without numbers',
      workbook: projectTable({ set: { E8: '合格', E11: '有效保障参训人员就业' } }),
    },
    { name: 'numbers in a 2021 value column; a date range', workbook: projectTable2021({ set: { E12: '2023.07-2024.01' } }) },
  ],
  invalid: [
    {
      name: 'a number inside a sentence',
      workbook: projectTable({ set: { E7: '完成培训500人次以上并考核' } }),
      findings: [{ cell: 'E7', severity: 'error', messageIncludes: '500人次以上' }],
    },
    {
      name: 'two numbers in one value',
      workbook: projectTable({ set: { E7: '300人、500人次' } }),
      findings: [{ cell: 'E7', messageIncludes: '2个数值' }],
    },
  ],
});
