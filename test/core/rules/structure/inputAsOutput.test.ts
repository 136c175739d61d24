import { inputAsOutput } from '../../../../src/core/rules/structure/inputAsOutput';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(inputAsOutput).run({
  valid: [
    { name: 'a clean table', workbook: projectTable() },
    {
      name: 'seed 102001001: 还本规模 5851万元 equal to the budget is the output of a debt project',
      workbook: projectTable({
        purpose: '预算数 5851万元。',
        set: { C7: '还本规模', D7: '年度还本总额', E7: '5851万元' },
      }),
    },
    {
      name: '发放金额 below the budget, and 补助发放人数',
      workbook: projectTable2021({
        total: 100,
        set: { C10: '补助发放金额', E10: '80', F10: '万元', C11: '补助发放人数', E11: '500', F11: '人' },
      }),
    },
    {
      name: 'people served are an output: 培训基层工作人员数, 退休人员人数 in a pension project',
      workbook: projectTable({ set: { C7: '培训基层工作人员数', C8: '退休人员人数', E8: '1200人' } }),
    },
    { name: '效益 indicators are not judged', workbook: projectTable({ set: { C11: '在职职工人数' } }) },
  ],
  invalid: [
    {
      name: 'real text: 发放金额 equal to the budget (年度资金总额 100万元)',
      workbook: projectTable2021({ total: 100, set: { C10: '补助资金发放金额', E10: '100', F10: '万元' } }),
      findings: [{ cell: 'C10', messageId: 'budget', severity: 'warning' }],
    },
    {
      name: 'real text: 在职职工人数 as a 数量 indicator',
      workbook: projectTable({ set: { C7: '在职职工人数', E7: '45人' } }),
      findings: [{ cell: 'C7', messageId: 'staff' }],
    },
    {
      name: 'real text: 按时发放 as a 时效 indicator',
      workbook: projectTable({ set: { C9: '按时发放', E9: '12月底前' } }),
      findings: [{ cell: 'C9', messageId: 'activity' }],
    },
  ],
});
