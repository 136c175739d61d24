import { templateNote } from '../../../../src/core/rules/structure/templateNote';
import { projectTable, ruleTester } from '../ruleTester';

ruleTester(templateNote).run({
  valid: [
    { name: 'a clean table', workbook: projectTable() },
    {
      name: 'brackets that are part of a name: (按月平均), (万元), 数量指标(或建筑规模指标)',
      workbook: projectTable({
        set: { C7: '农村低保发放人数(按月平均)', C10: '人均成本（万元）', B7: '数量指标(或建筑规模指标)' },
      }),
    },
    {
      name: 'a ≥ inside a real name with a number',
      workbook: projectTable({ set: { C8: '评分≥90分的学员比例' } }),
    },
  ],
  invalid: [
    {
      name: 'w12: ★★★农村低保发放人数(按月平均)(≥**人)',
      workbook: projectTable({ set: { C7: '★★★农村低保发放人数(按月平均)(≥**人)' } }),
      findings: [{ cell: 'C7', messageId: 'note', severity: 'warning', messageIncludes: '≥**' }],
    },
    {
      name: 'a level name 数量指标(必填硬性指标) and a name with (选填)',
      workbook: projectTable({ set: { B7: '数量指标(必填硬性指标)', C11: '参训人员就业率（选填）' } }),
      findings: [
        { cell: 'B7', messageId: 'note', messageIncludes: '必填硬性指标' },
        { cell: 'C11', messageId: 'note' },
      ],
    },
    {
      name: 'w12: 扶贫临时救助标准(<**元/户·年) and 受益人口数≥**人',
      workbook: projectTable({
        set: { C10: '扶贫临时救助标准(<**元/户·年)', C8: '受益建档立卡贫困人口数≥**人' },
      }),
      findings: [
        { cell: 'C10', messageId: 'note' },
        { cell: 'C8', messageId: 'note' },
      ],
    },
  ],
});
