import { tooLong } from '../../../../src/core/rules/text/tooLong';
import { projectTable, ruleTester } from '../ruleTester';

const chars = (n: number) => '培'.repeat(n);

ruleTester(tooLong).run({
  valid: [
    { name: 'short names and values', workbook: projectTable() },
    {
      name: 'exactly 80 characters of name and 200 of value',
      workbook: projectTable({ set: { C11: chars(80), E11: chars(200) } }),
    },
    {
      name: 'a profile limit of 100 for names',
      workbook: projectTable({ set: { C11: chars(90) } }),
      profile: (p) => (p.thresholds.maxNameLength = 100),
    },
  ],
  invalid: [
    {
      name: 'a 三级 name of 81 characters',
      workbook: projectTable({ set: { C11: chars(81) } }),
      findings: [{ cell: 'C11', messageId: 'name', severity: 'warning', messageIncludes: '81' }],
    },
    {
      name: 'a value of 201 characters',
      workbook: projectTable({ set: { E11: chars(201) } }),
      findings: [{ cell: 'E11', messageId: 'value', messageIncludes: '201' }],
    },
  ],
});
