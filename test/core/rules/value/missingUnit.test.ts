import { missingUnit } from '../../../../src/core/rules/value/missingUnit';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(missingUnit).run({
  valid: [
    { name: 'values with units', workbook: projectTable() },
    { name: 'a grid with a 度量单位 column: the value holds only the number', workbook: projectTable2021() },
    { name: '0 needs no unit (seed: 还本违约率 0)', workbook: projectTable({ set: { E8: '0', E9: '0' } }) },
    {
      name: 'a unit stated with the name (（万元）)',
      workbook: projectTable({ set: { C7: '培训经费总量（万元）', E7: '50' } }),
    },
  ],
  invalid: [
    {
      name: 'a count with no unit',
      workbook: projectTable({ set: { E7: '500' } }),
      findings: [{ cell: 'E7', messageId: 'missing', severity: 'warning', messageIncludes: '500' }],
    },
    {
      name: 'a rate with no % gets “95%” suggested',
      workbook: projectTable({ set: { E8: '≥95' } }),
      findings: [{ cell: 'E8', messageId: 'missingRate', messageIncludes: '“95%”' }],
    },
    {
      name: 'a number cell with no unit',
      workbook: projectTable({ set: { E7: 500 } }),
      findings: [{ cell: 'E7', messageId: 'missing' }],
    },
  ],
});
