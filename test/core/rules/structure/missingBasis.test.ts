import { missingBasis } from '../../../../src/core/rules/structure/missingBasis';
import { HEADER_2015, projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(missingBasis).run({
  valid: [
    { name: 'every row states its basis', workbook: projectTable() },
    {
      name: 'a grid with no basis column',
      workbook: projectTable({
        header: HEADER_2015.slice(0, 5),
        rows: [
          ['产出指标', '数量指标', '培训人数', '年度培训人数', '≥500人'],
          ['', '质量指标', '培训合格率', '考核合格人数占比', '≥95%'],
          ['', '时效指标', '培训完成时间', '全部培训完成的时间', '12月底前'],
          ['', '成本指标', '人均培训成本', '人均培训费用', '≤800元'],
          ['效益指标', '社会效益指标', '参训人员就业率', '半年内就业的比例', '≥80%'],
          ['满意度指标', '服务对象满意度指标', '参训人员满意度', '问卷调查满意的比例', '≥90%'],
        ],
      }),
    },
    {
      name: 'an empty 二级 placeholder row needs no basis',
      workbook: projectTable({ set: { C11: '', D11: '', E11: '', F11: '' } }),
    },
  ],
  invalid: [
    {
      name: 'one row leaves 指标值确定依据 empty',
      workbook: projectTable({ set: { F9: '' } }),
      findings: [{ cell: 'F9', messageId: 'missing', severity: 'warning', messageIncludes: '培训完成时间' }],
    },
    {
      name: '绩效标准 as the basis header (2021 table), two rows empty',
      workbook: projectTable2021({ set: { G9: '绩效标准', G10: '', G15: '' } }),
      findings: [
        { cell: 'G10', messageId: 'missing' },
        { cell: 'G15', messageId: 'missing' },
      ],
    },
  ],
});
