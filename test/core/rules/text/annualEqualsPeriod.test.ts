import { annualEqualsPeriod } from '../../../../src/core/rules/text/annualEqualsPeriod';
import { projectTable, ruleTester } from '../ruleTester';

const GOAL = '完成500人次职业技能培训，提高参训人员就业能力。';

ruleTester(annualEqualsPeriod).run({
  valid: [
    { name: 'no period goal', workbook: projectTable() },
    {
      name: 'the annual goal is a part of the period goal',
      workbook: projectTable({
        goal: GOAL,
        periodGoal: '三年内完成1500人次职业技能培训，参训人员就业率达到80%以上。',
      }),
    },
  ],
  invalid: [
    {
      name: '绩效目标 and 实施期绩效目标 identical',
      workbook: projectTable({ goal: GOAL, periodGoal: GOAL }),
      findings: [{ cell: 'B5', messageId: 'copied', severity: 'warning' }],
    },
    {
      name: 'identical but for spaces and line breaks',
      workbook: projectTable({
        goal: GOAL,
        periodGoal: `  完成500人次职业技能培训，\n提高参训人员就业能力。 `,
      }),
      findings: [{ cell: 'B5', messageId: 'copied' }],
    },
  ],
});
