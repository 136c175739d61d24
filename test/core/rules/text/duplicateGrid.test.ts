import { duplicateGrid } from '../../../../src/core/rules/text/duplicateGrid';
import { periodAndAnnual, projectTable, ruleTester, stack, workbook } from '../ruleTester';

/** One grid with an annual and a long-term value column over the same rows. */
const twoColumns = (period: string[]) =>
  projectTable({
    header: [
      '一级指标',
      '二级指标',
      '三级指标',
      '绩效指标描述',
      '年度指标值',
      '实施期指标值',
      '指标值确定依据',
    ],
    rows: [
      ['产出指标', '数量指标', '培训人数', '年度培训人数', '≥500人', period[0], '计划标准'],
      ['', '质量指标', '培训合格率', '考核合格人数占比', '≥95%', period[1], '行业标准'],
      ['', '时效指标', '培训完成时间', '全部培训完成的时间', '12月底前', period[2], '计划标准'],
      ['效益指标', '社会效益指标', '参训人员就业率', '半年内就业的比例', '≥80%', period[3], '历史标准'],
      [
        '满意度指标',
        '服务对象满意度指标',
        '参训人员满意度',
        '问卷调查满意的比例',
        '≥90%',
        period[4],
        '行业标准',
      ],
    ],
  });

// A default projectTable is 12 rows high; stacked with 2 empty rows, the second's grid header is row 20.
ruleTester(duplicateGrid).run({
  valid: [
    {
      name: 'two projects with their own values',
      workbook: stack([
        projectTable(),
        projectTable({ code: '102001002', name: '创业培训', set: { E7: '≥200人' } }),
      ]),
      tables: 2,
    },
    {
      name: 'the same project listed twice (duplicate-code’s matter, not copy-paste)',
      workbook: stack([projectTable(), projectTable({ code: '102001002' })]),
      tables: 2,
    },
    {
      name: 'a 实施期 grid and a 年度 grid that differ',
      workbook: periodAndAnnual(
        ['≥1500人', '≥95%', '2025年底前', '≥80%', '≥90%'],
        ['≥500人', '≥95%', '12月底前', '≥80%', '≥90%'],
      ),
    },
    {
      name: 'long-term targets differ from the annual ones',
      workbook: twoColumns(['≥1500人', '≥95%', '2025年底前', '≥85%', '≥90%']),
    },
    {
      name: 'fewer than three indicators are too few to call a copy',
      workbook: workbook(
        projectTable({
          sheet: 'A',
          rows: [
            ['产出指标', '数量指标', '培训人数', '', '≥500人', ''],
            ['满意度指标', '服务对象满意度指标', '满意度', '', '≥90%', ''],
          ],
        }),
        projectTable({
          sheet: 'B',
          name: '创业培训',
          rows: [
            ['产出指标', '数量指标', '培训人数', '', '≥500人', ''],
            ['满意度指标', '服务对象满意度指标', '满意度', '', '≥90%', ''],
          ],
        }),
      ),
      tables: 2,
    },
  ],
  invalid: [
    {
      name: 'two different projects with identical grids',
      workbook: stack([projectTable(), projectTable({ code: '102001002', name: '创业培训' })]),
      tables: 2,
      findings: [{ cell: 'C20', messageId: 'copiedTable', severity: 'warning', messageIncludes: 'A6' }],
    },
    {
      name: 'identical grids on two sheets',
      workbook: workbook(
        projectTable({ sheet: '培训' }),
        projectTable({ sheet: '创业', code: '102001002', name: '创业培训' }),
      ),
      tables: 2,
      findings: [{ cell: 'C6', messageId: 'copiedTable', sheet: '创业', messageIncludes: '培训' }],
    },
    {
      name: 'a table whose long-term and annual grids are identical',
      workbook: twoColumns(['≥500人', '≥95%', '12月底前', '≥80%', '≥90%']),
      findings: [{ cell: 'E6', messageId: 'annualIsPeriod' }],
    },
    {
      name: 'a 实施期 grid and a 年度 grid (one under the other) that are identical',
      workbook: periodAndAnnual(
        ['≥500人', '≥95%', '12月底前', '≥80%', '≥90%'],
        ['≥500人', '≥95%', '12月底前', '≥80%', '≥90%'],
      ),
      findings: [{ cell: 'D13', messageId: 'annualIsPeriod' }],
    },
  ],
});
