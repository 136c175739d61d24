import { straySpace } from '../../../../src/core/rules/text/straySpace';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(straySpace).run({
  valid: [
    { name: 'no stray spaces', workbook: projectTable() },
    {
      name: 'single spaces and line breaks inside a level name (数 量 指 标, 产出\\n指标)',
      workbook: projectTable({ set: { A7: '产出\n指标', B7: '数 量 指 标' } }),
    },
    { name: 'numbers in a 2021 value column', workbook: projectTable2021() },
  ],
  invalid: [
    {
      name: 'a leading space in a value, with a fix',
      workbook: projectTable({ set: { E8: ' ≥95%' } }),
      findings: [{ cell: 'E8', messageId: 'stray', severity: 'info', fix: '≥95%' }],
    },
    {
      name: 'a trailing space in a 一级 name and a doubled one in a 三级 name',
      workbook: projectTable({ set: { A7: '产出指标 ', C7: '培训  人数' } }),
      findings: [
        { cell: 'A7', messageId: 'stray', messageIncludes: '一级指标名称', fix: '产出指标' },
        { cell: 'C7', messageId: 'stray', messageIncludes: '三级指标名称', fix: '培训 人数' },
      ],
    },
    {
      name: 'an ideographic space after a 二级 name',
      workbook: projectTable2021({ set: { B11: '质量指标\u3000' } }),
      findings: [{ cell: 'B11', messageId: 'stray', fix: '质量指标' }],
    },
  ],
});
