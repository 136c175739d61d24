import { placeholder } from '../../../../src/core/rules/value/placeholder';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(placeholder).run({
  valid: [
    { name: 'real values', workbook: projectTable() },
    { name: 'real values in a 2021 table (numbers only)', workbook: projectTable2021() },
    {
      name: '0 and a date are not placeholders',
      workbook: projectTable({ set: { E8: '0', E9: '2023年12月31日前' } }),
    },
  ],
  invalid: [
    {
      name: '≥**% left from the template',
      workbook: projectTable({ set: { E8: '≥**%' } }),
      findings: [{ cell: 'E8', messageId: 'placeholder', severity: 'error', messageIncludes: '≥**%' }],
    },
    {
      name: 'a template slot: an operator and a unit with the number left blank (≧ %, ≤  万元)',
      workbook: projectTable({ set: { E8: '≧ %', E9: '≤  万元' } }),
      findings: [
        { cell: 'E8', messageId: 'placeholder', messageIncludes: '≧ %' },
        { cell: 'E9', messageId: 'placeholder' },
      ],
    },
    {
      name: 'XX and 待定 as values',
      workbook: projectTable({ set: { E7: 'XX', E9: '待定' } }),
      findings: [
        { cell: 'E7', messageId: 'placeholder' },
        { cell: 'E9', messageId: 'placeholder' },
      ],
    },
    {
      name: 'a lone “/” as a value and ** in the unit column (2021)',
      workbook: projectTable2021({ set: { E10: '/', F11: '**' } }),
      findings: [
        { cell: 'E10', messageId: 'placeholder', messageIncludes: '指标值' },
        { cell: 'F11', messageId: 'placeholder', messageIncludes: '度量单位' },
      ],
    },
    {
      name: 'a placeholder in the header block (项目名称 XX) and in the spending plan',
      workbook: projectTable({ name: 'XX', plan: ['**', 0.4, 0.7, 1] }),
      findings: [
        { cell: 'D1', messageId: 'placeholder', messageIncludes: '预算项目名称' },
        { cell: 'B4', messageId: 'placeholder', messageIncludes: '资金支出计划' },
      ],
    },
    {
      name: '＊＊人 written with full-width stars as a 三级 name',
      workbook: projectTable({ set: { C7: '＊＊人' } }),
      findings: [{ cell: 'C7', messageId: 'placeholder', messageIncludes: '三级指标名称' }],
    },
  ],
});
