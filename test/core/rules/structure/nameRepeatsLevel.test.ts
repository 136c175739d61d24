import { nameRepeatsLevel } from '../../../../src/core/rules/structure/nameRepeatsLevel';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(nameRepeatsLevel).run({
  valid: [
    { name: 'names say what is measured', workbook: projectTable() },
    {
      name: '“服务对象满意度” is what a satisfaction indicator measures',
      workbook: projectTable({ set: { C12: '服务对象满意度' } }),
    },
    {
      name: 'a name containing a level word is fine (质量达标率)',
      workbook: projectTable2021({ set: { C11: '质量达标率' } }),
    },
  ],
  invalid: [
    {
      name: 'the 三级 name is the 二级 name 数量指标',
      workbook: projectTable({ set: { C7: '数量指标' } }),
      findings: [{ cell: 'C7', messageId: 'repeats', severity: 'warning', messageIncludes: '数量指标' }],
    },
    {
      name: 'the short form 社会效益 as a 三级 name',
      workbook: projectTable({ set: { C11: '社会效益' } }),
      findings: [{ cell: 'C11', messageId: 'repeats', messageIncludes: '社会效益指标' }],
    },
    {
      name: 'a 一级 name (成本指标) as the 三级 name in a 2021 table',
      workbook: projectTable2021({ set: { C13: '成本指标' } }),
      findings: [{ cell: 'C13', messageId: 'repeats' }],
    },
  ],
});
