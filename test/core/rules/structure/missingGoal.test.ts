import { missingGoal } from '../../../../src/core/rules/structure/missingGoal';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(missingGoal).run({
  valid: [
    { name: '绩效目标 filled', workbook: projectTable() },
    { name: '年度绩效目标 filled (2021 layout)', workbook: projectTable2021() },
    {
      name: '绩效目标 and 实施期绩效目标 both filled',
      workbook: projectTable({ periodGoal: '三年内完成1500人次培训。' }),
    },
  ],
  invalid: [
    {
      name: '绩效目标 empty',
      workbook: projectTable({ goal: '' }),
      findings: [{ cell: 'B5', messageId: 'empty', severity: 'error', messageIncludes: '绩效目标' }],
    },
    {
      name: '年度绩效目标 empty',
      workbook: projectTable2021({ goal: null }),
      findings: [{ cell: 'B8', messageId: 'empty', messageIncludes: '年度绩效目标' }],
    },
    {
      name: '实施期绩效目标 empty',
      workbook: projectTable({ periodGoal: '' }),
      findings: [{ cell: 'B6', messageId: 'empty', messageIncludes: '实施期绩效目标' }],
    },
  ],
});
