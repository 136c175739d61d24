import { textVsField } from '../../../../src/core/rules/amount/textVsField';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

/** The seed's 102001001 grid (一般债券到期还本), with the 还本规模 value to fill in. */
const seedRows = (scale: string) => [
  ['产出指标', '数量指标', '还本规模', '年度还本总额', scale, '根据到期债券计算'],
  ['', '质量指标', '还本违约率', '违约还本金额占总到期债券的比重', '0', '上级文件'],
  ['', '时效指标', '迟付次数', '延迟还本次数', '0', '工作要求'],
  ['', '成本指标', '预算资金完成率', '全年预算资金支出完成率', '100%', '工作要求'],
  ['效果指标', '经济效益指标', '按期还本率', '按照预定时间数额支付情况', '100%', '工作要求'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '群众满意程度', '85%', '工作要求'],
];
const seed = (purpose: string, scale: string) =>
  projectTable({ name: '一般债券到期还本', purpose, rows: seedRows(scale) });

ruleTester(textVsField).run({
  valid: [
    {
      name: 'seed 102001001: 预算数 5851万元 and 还本规模 5851万元',
      workbook: seed('预算数 5851万元。用于偿还到期的政府一般债券本金。', '5851万元'),
    },
    {
      name: 'a different sum of money (far from the budget) is not this money',
      workbook: seed('预算数 5851万元。用于偿还到期的政府一般债券本金。', '200万元'),
    },
    {
      name: 'a factor of 10,000 is amount/unit-slip’s finding',
      workbook: seed('预算数 5851万元。', '58510000万元'),
    },
    {
      name: 'the text and the total field agree (2021)',
      workbook: projectTable2021({ goal: '年度预算资金100万元，完成500人次职业技能培训。' }),
    },
  ],
  invalid: [
    {
      name: '“预算数 5851万元” vs 数量指标 还本规模 5815万元',
      workbook: seed('预算数 5851万元。用于偿还到期的政府一般债券本金。', '5815万元'),
      findings: [{ cell: 'E7', messageId: 'indicatorVsText', severity: 'error', messageIncludes: '5815' }],
    },
    {
      name: 'the goal names 120万元 while 年度资金总额 is 100',
      workbook: projectTable2021({ goal: '年度预算资金120万元，完成500人次职业技能培训。' }),
      findings: [{ cell: 'B8', messageId: 'textVsField', messageIncludes: 'B5' }],
    },
    {
      name: 'the amount in 元 in the text (预算数 58,510,000元) vs 5815万元',
      workbook: seed('预算数 58,510,000元。', '5815万元'),
      findings: [{ cell: 'E7', messageId: 'indicatorVsText' }],
    },
    {
      name: 'no amount in the text: 数量指标 资金规模 120万元 vs 年度资金总额 100',
      workbook: projectTable2021({ set: { C10: '资金规模', D10: '=', E10: '120', F10: '万元' } }),
      findings: [{ cell: 'E10', messageId: 'indicatorVsBudget', messageIncludes: '120' }],
    },
  ],
});
