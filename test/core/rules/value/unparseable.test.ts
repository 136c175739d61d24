import { unparseable } from '../../../../src/core/rules/value/unparseable';
import { readWorkbook } from '../../../../src/core/reader/readWorkbook';
import { runRules } from '../../../../src/core/rules/run';
import { defaultProfile } from '../../../../src/core/profile';
import { workbook } from '../../../helpers/sheet';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(unparseable).run({
  valid: [
    { name: 'operators, numbers, units and dates', workbook: projectTable() },
    {
      name: 'graded wording and a qualitative sentence without numbers',
      workbook: projectTable({ set: { E8: '合格', E11: '有效保障参训人员就业' } }),
    },
    {
      name: 'numbers in a 2021 value column; a date range',
      workbook: projectTable2021({ set: { E12: '2023.07-2024.01' } }),
    },
  ],
  invalid: [
    {
      name: 'a number inside a sentence',
      workbook: projectTable({ set: { E7: '完成培训500人次以上并考核' } }),
      findings: [{ cell: 'E7', messageId: 'unreadable', severity: 'error', messageIncludes: '500人次以上' }],
    },
    {
      name: 'two numbers in one value',
      workbook: projectTable({ set: { E7: '300人、500人次' } }),
      findings: [{ cell: 'E7', messageId: 'unreadable', messageIncludes: '2个数值' }],
    },
    {
      // A template's names kept with only the unit where the target goes (a county's published table).
      name: 'a unit alone as the value',
      workbook: projectTable({ set: { E7: '公里', E8: '万亩' } }),
      findings: [
        { cell: 'E7', messageId: 'unreadable', severity: 'error', messageIncludes: '“公里”' },
        { cell: 'E8', messageId: 'unreadable', severity: 'error', messageIncludes: '“万亩”' },
      ],
    },
  ],
});

describe('an operator or a unit with no number', () => {
  it.each(['≥', '≥%', '≤万元', '%以上', '公里', '万人', '≥公里'])('flags %s', (value) => {
    const wb = workbook({
      rows: [
        ['项目名称', '道路养护@1x4'],
        ['一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据'],
        ['产出指标@1x1', '数量指标', '养护里程', value, '计划标准'],
      ],
    });
    const found = runRules(readWorkbook(wb), wb, defaultProfile(), [unparseable]);
    expect(found.map((f: { cell: string }) => f.cell)).toEqual(['D3']);
  });
});
