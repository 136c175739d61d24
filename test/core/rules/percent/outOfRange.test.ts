import { outOfRange } from '../../../../src/core/rules/percent/outOfRange';
import { pct, projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(outOfRange).run({
  valid: [
    { name: 'rates within 0–100%', workbook: projectTable({ set: { E8: '100%', E11: '0%' } }) },
    {
      name: 'a growth rate may exceed 100% (增长率 120%)',
      workbook: projectTable({ set: { C11: '参训人员收入增长率', E11: '120%' } }),
    },
    {
      name: 'a 2021 count of 500 人 is not a percentage',
      workbook: projectTable2021({ set: { C10: '培训覆盖率', E10: '500' } }),
    },
    {
      name: 'a percent that is not a rate (人数增幅) is not checked',
      workbook: projectTable({ set: { C7: '培训人数', E7: '150%' } }),
    },
  ],
  invalid: [
    {
      name: 'a 合格率 of 120%',
      workbook: projectTable({ set: { E8: '120%' } }),
      findings: [{ cell: 'E8', messageId: 'outOfRange', severity: 'error', messageIncludes: '120%' }],
    },
    {
      name: 'a satisfaction of ≥105% and a negative 覆盖率',
      workbook: projectTable({ set: { E12: '≥105%', C11: '培训覆盖率', E11: '-5%' } }),
      findings: [
        { cell: 'E12', messageId: 'outOfRange', messageIncludes: '105%' },
        { cell: 'E11', messageId: 'outOfRange', messageIncludes: '-5%' },
      ],
    },
    {
      name: 'a percent-formatted number cell 1.2 (shown as 120%) for a rate',
      workbook: projectTable({ set: { E8: pct(1.2) } }),
      findings: [{ cell: 'E8', messageId: 'outOfRange', messageIncludes: '120%' }],
    },
    {
      name: 'a 2021 rate of 110 with % in the 度量单位 column',
      workbook: projectTable2021({ set: { E11: '110' } }),
      findings: [{ cell: 'E11', messageId: 'outOfRange', messageIncludes: '110%' }],
    },
    {
      name: 'a 2021 rate of 110 with % in the value',
      workbook: projectTable2021({ set: { E11: '110%' } }),
      findings: [{ cell: 'E11', messageId: 'outOfRange' }],
    },
  ],
});
