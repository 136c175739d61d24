import { unknownLevelName } from '../../../../src/core/rules/structure/unknownLevelName';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(unknownLevelName).run({
  valid: [
    { name: 'standard names (2015)', workbook: projectTable() },
    { name: 'standard names (2021)', workbook: projectTable2021() },
    {
      name: 'variants: 效果指标, 可持续性影响, names with spaces and line breaks, 社会公众或服务对象满意度指标',
      workbook: projectTable({
        set: {
          A7: '产出\n指标',
          B7: '数 量 指 标',
          A11: '效果指标',
          B11: '可持续性影响',
          B12: '社会公众或服务对象满意度指标',
        },
      }),
    },
  ],
  invalid: [
    {
      name: '“数量指” suggests 数量指标, with a fix',
      workbook: projectTable({ set: { B7: '数量指' } }),
      findings: [
        {
          cell: 'B7',
          messageId: 'nearLevel2',
          severity: 'warning',
          messageIncludes: '应为“数量指标”',
          fix: '数量指标',
        },
      ],
    },
    {
      name: '“时效性指标” suggests 时效指标',
      workbook: projectTable2021({ set: { B12: '时效性指标' } }),
      findings: [{ cell: 'B12', messageId: 'nearLevel2', messageIncludes: '时效指标', fix: '时效指标' }],
    },
    {
      name: 'a 一级 “产出指” suggests 产出指标',
      workbook: projectTable({ set: { A7: '产出指' } }),
      findings: [
        {
          cell: 'A7',
          messageId: 'nearLevel1',
          messageIncludes: '一级指标名称“产出指”不规范',
          fix: '产出指标',
        },
      ],
    },
    {
      name: 'a name far from any level gets no suggestion and no fix',
      workbook: projectTable({ set: { B11: '其他指标' } }),
      findings: [{ cell: 'B11', messageId: 'unknownLevel2', fix: null }],
    },
    {
      name: 'a 一级 “工作任务” near no standard name: no fix',
      workbook: projectTable({ set: { A7: '工作任务' } }),
      findings: [{ cell: 'A7', messageId: 'unknownLevel1', messageIncludes: '工作任务', fix: null }],
    },
  ],
});
