import { descriptionMismatch } from '../../../../src/core/rules/value/descriptionMismatch';
import { projectTable, ruleTester } from '../ruleTester';

ruleTester(descriptionMismatch).run({
  valid: [
    { name: 'descriptions without numbers', workbook: projectTable() },
    {
      name: 'the description states the value’s number',
      workbook: projectTable({ set: { D8: '占种植面积70%以上', E8: '≥70%' } }),
    },
    {
      name: 'a description with two numbers is not compared',
      workbook: projectTable({ set: { D8: '培训500人，合格率90%以上', E8: '≥95%' } }),
    },
  ],
  invalid: [
    {
      name: '描述 “占种植面积70%以上” with value ≥60%',
      workbook: projectTable({ set: { D8: '占种植面积70%以上', E8: '≥60%' } }),
      findings: [{ cell: 'E8', messageId: 'mismatch', severity: 'warning', messageIncludes: '70%' }],
    },
    {
      name: 'a count in the description differing from the value',
      workbook: projectTable({ set: { D7: '年度培训600人', E7: '≥500人' } }),
      findings: [{ cell: 'E7', messageId: 'mismatch', messageIncludes: '600人' }],
    },
  ],
});
