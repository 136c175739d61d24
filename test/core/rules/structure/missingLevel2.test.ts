import { missingLevel2 } from '../../../../src/core/rules/structure/missingLevel2';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

/** 2015 产出 rows without the 成本指标 二级. */
const NO_COST_2015 = [
  ['产出指标', '数量指标', '培训人数', '年度培训人数', '≥500人', '计划标准'],
  ['', '质量指标', '培训合格率', '考核合格人数占比', '≥95%', '行业标准'],
  ['', '时效指标', '培训完成时间', '全部培训完成的时间', '12月底前', '计划标准'],
  ['效益指标', '社会效益指标', '参训人员就业率', '半年内就业的比例', '≥80%', '历史标准'],
  ['满意度指标', '服务对象满意度指标', '参训人员满意度', '问卷调查满意的比例', '≥90%', '行业标准'],
];

ruleTester(missingLevel2).run({
  valid: [
    { name: '2015 产出 with 数量, 质量, 时效 and 成本 filled', workbook: projectTable() },
    { name: '2021 产出 needs no 成本 二级 (成本 is its own 一级)', workbook: projectTable2021() },
    {
      name: 'a misspelt 二级 (时效性指标) still counts as 时效 here (unknown-level-name reports the spelling)',
      workbook: projectTable({ set: { B9: '时效性指标' } }),
    },
    {
      name: 'an empty 产出 一级 is missing-level1’s finding, not this rule’s',
      workbook: projectTable({
        rows: [
          ['产出指标', '数量指标', '', '', '', ''],
          ['', '质量指标', '', '', '', ''],
          ['效益指标', '社会效益指标', '参训人员就业率', '半年内就业的比例', '≥80%', '历史标准'],
          ['满意度指标', '服务对象满意度指标', '参训人员满意度', '问卷调查满意的比例', '≥90%', '行业标准'],
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'seed 102001005: the 成本指标 二级 row of a 2015 table is empty (a warning)',
      workbook: projectTable({ set: { C10: '', D10: '', E10: '', F10: '' } }),
      findings: [{ cell: 'B10', messageId: 'empty', severity: 'warning', messageIncludes: '成本指标' }],
    },
    {
      name: '2015 产出 without any 成本指标 row: a warning at the grid header (its 二级 header cell)',
      workbook: projectTable({ rows: NO_COST_2015 }),
      findings: [
        { cell: 'B6', messageId: 'missing', severity: 'warning', messageIncludes: '缺少二级指标“成本指标”' },
      ],
    },
    {
      name: 'the 时效指标 row is there but empty: an error at its 二级 cell',
      workbook: projectTable({ set: { C9: '', D9: '', E9: '', F9: '' } }),
      findings: [{ cell: 'B9', messageId: 'empty', severity: 'error', messageIncludes: '时效指标' }],
    },
    {
      name: '2021 产出 with only 数量: 质量 and 时效 are missing (errors)',
      workbook: projectTable2021({
        rows: [
          ['产出指标', '数量指标', '培训人数', '≥', '500', '人', '计划标准'],
          ['成本指标', '经济成本指标', '人均培训成本', '≤', '800', '元', '历史标准'],
          ['效益指标', '社会效益指标', '参训人员就业率', '≥', '80', '%', '历史标准'],
          ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥', '90', '%', '行业标准'],
        ],
      }),
      findings: [
        { cell: 'B9', messageId: 'missing', severity: 'error', messageIncludes: '质量指标' },
        { cell: 'B9', messageId: 'missing', severity: 'error', messageIncludes: '时效指标' },
      ],
    },
    {
      name: '2021 成本指标 一级 filled but with no 二级 of its own (经济/社会/生态环境成本)',
      workbook: projectTable2021({ set: { B13: '' } }),
      findings: [{ cell: 'B13', messageId: 'costKind', severity: 'error' }],
    },
  ],
});
