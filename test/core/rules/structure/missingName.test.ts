import { missingName } from '../../../../src/core/rules/structure/missingName';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(missingName).run({
  valid: [
    { name: 'every value has its 三级 name', workbook: projectTable() },
    {
      name: 'empty 二级 placeholder rows (no name, no value) are normal',
      workbook: projectTable({ set: { C11: '', D11: '', E11: '', F11: '' } }),
    },
    { name: 'a 2021 table with names throughout', workbook: projectTable2021() },
  ],
  invalid: [
    {
      name: 'a value with no name (“88 | 100”)',
      workbook: projectTable({ set: { C8: '', D8: '88', E8: '100' } }),
      findings: [{ cell: 'C8', messageId: 'missing', severity: 'error', messageIncludes: '100' }],
    },
    {
      name: 'a 2021 row with nature, value and unit but no name',
      workbook: projectTable2021({ set: { C14: '' } }),
      findings: [{ cell: 'C14', messageId: 'missing' }],
    },
    {
      name: 'two nameless rows',
      workbook: projectTable({ set: { C7: ' ', C12: '' } }),
      findings: [
        { cell: 'C7', messageId: 'missing' },
        { cell: 'C12', messageId: 'missing' },
      ],
    },
  ],
});
