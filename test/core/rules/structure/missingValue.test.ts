import { missingValue } from '../../../../src/core/rules/structure/missingValue';
import { deptGoalSheet, SEED_GOAL_ROWS } from '../deptGoalList';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(missingValue).run({
  valid: [
    { name: 'every name has a value', workbook: projectTable() },
    { name: '0 is a value (seed: 还本违约率 0)', workbook: projectTable({ set: { E8: '0' } }) },
    { name: 'a number cell 0 is a value', workbook: projectTable2021({ set: { E11: 0 } }) },
    { name: 'every goal of the seed department list has its indicator', workbook: deptGoalSheet() },
  ],
  invalid: [
    {
      name: 'a department goal with no indicator sentence',
      workbook: deptGoalSheet({
        rows: [...SEED_GOAL_ROWS, ['（六）', '依法公开财政信息', '及时公开财政信息。', null]],
      }),
      findings: [
        {
          cell: 'D9',
          messageId: 'goalWithoutIndicator',
          severity: 'error',
          messageIncludes: '依法公开财政信息',
        },
      ],
    },
    {
      name: 'a name with no value',
      workbook: projectTable({ set: { E8: '' } }),
      findings: [{ cell: 'E8', messageId: 'missing', severity: 'error', messageIncludes: '培训合格率' }],
    },
    {
      name: 'a 2021 row with nature and unit but no value',
      workbook: projectTable2021({ set: { E15: null } }),
      findings: [{ cell: 'E15', messageId: 'missing', messageIncludes: '参训人员满意度' }],
    },
    {
      name: 'a value of spaces is no value',
      workbook: projectTable({ set: { E7: '   ', E12: '' } }),
      findings: [
        { cell: 'E7', messageId: 'missing' },
        { cell: 'E12', messageId: 'missing' },
      ],
    },
  ],
});
