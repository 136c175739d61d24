import { wrongParent } from '../../../../src/core/rules/structure/wrongParent';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(wrongParent).run({
  valid: [
    { name: 'every 二级 under its own 一级 (2015)', workbook: projectTable() },
    { name: 'every 二级 under its own 一级 (2021)', workbook: projectTable2021() },
    {
      name: 'legacy: 服务对象满意度 as a 二级 under 效益 is accepted',
      workbook: projectTable({
        rows: [
          ['产出指标', '数量指标', '培训人数', '年度培训人数', '≥500人', '计划标准'],
          ['', '质量指标', '培训合格率', '考核合格人数占比', '≥95%', '行业标准'],
          ['', '时效指标', '培训完成时间', '全部培训完成的时间', '12月底前', '计划标准'],
          ['', '成本指标', '人均培训成本', '人均培训费用', '≤800元', '历史标准'],
          ['效益指标', '社会效益指标', '参训人员就业率', '半年内就业的比例', '≥80%', '历史标准'],
          ['', '服务对象满意度', '参训人员满意度', '问卷调查满意的比例', '≥90%', '行业标准'],
        ],
      }),
    },
    {
      name: 'a 不满意率 under 社会效益 is not a satisfaction indicator',
      workbook: projectTable({ set: { C11: '群众不满意率', E11: '≤5%' } }),
    },
  ],
  invalid: [
    {
      name: '数量指标 under 效益指标',
      workbook: projectTable({ set: { B11: '数量指标' } }),
      findings: [
        {
          cell: 'B11',
          messageId: 'wrongParent',
          severity: 'error',
          messageIncludes: '应放在“产出指标”下',
        },
      ],
    },
    {
      name: '经济效益指标 under 产出指标 (2021)',
      workbook: projectTable2021({ set: { B11: '经济效益指标' } }),
      findings: [{ cell: 'B11', messageId: 'wrongParent', severity: 'error', messageIncludes: '效益指标' }],
    },
    {
      name: 'satisfaction measured under 社会效益 while the table has a 满意度 一级 (a warning at the name)',
      workbook: projectTable({
        rows: [
          ['产出指标', '数量指标', '培训人数', '年度培训人数', '≥500人', '计划标准'],
          ['', '质量指标', '培训合格率', '考核合格人数占比', '≥95%', '行业标准'],
          ['', '时效指标', '培训完成时间', '全部培训完成的时间', '12月底前', '计划标准'],
          ['', '成本指标', '人均培训成本', '人均培训费用', '≤800元', '历史标准'],
          ['效益指标', '社会效益指标', '群众满意度', '群众满意程度', '≥90%', '历史标准'],
          ['满意度指标', '服务对象满意度指标', '参训人员满意度', '问卷调查满意的比例', '≥90%', '行业标准'],
        ],
      }),
      findings: [
        {
          cell: 'C11',
          messageId: 'satisfaction',
          severity: 'warning',
        },
      ],
    },
  ],
});
