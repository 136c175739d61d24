import { satisfactionLow } from '../../../../src/core/rules/percent/satisfactionLow';
import { pct, projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(satisfactionLow).run({
  valid: [
    { name: 'satisfaction ≥90%', workbook: projectTable() },
    { name: 'exactly 80% is the threshold', workbook: projectTable({ set: { E12: '≥80%' } }) },
    {
      name: 'a 不满意率 of ≤5% is not a satisfaction target',
      workbook: projectTable({ set: { C12: '群众不满意率', E12: '≤5%' } }),
    },
    { name: 'a 2021 row: 90 with % in the 度量单位 column', workbook: projectTable2021() },
    {
      name: 'a profile threshold of 70%',
      workbook: projectTable({ set: { E12: '≥75%' } }),
      profile: (p) => (p.thresholds.satisfactionMin = 70),
    },
  ],
  invalid: [
    {
      name: 'satisfaction ≥75%',
      workbook: projectTable({ set: { E12: '≥75%' } }),
      findings: [{ cell: 'E12', messageId: 'low', severity: 'warning', messageIncludes: '75%' }],
    },
    {
      name: 'a percent-formatted 0.6 for 群众满意度',
      workbook: projectTable({ set: { C12: '群众满意度', E12: pct(0.6) } }),
      findings: [{ cell: 'E12', messageId: 'low', messageIncludes: '60%' }],
    },
    {
      name: 'a satisfaction indicator under the legacy 效益 placement',
      workbook: projectTable({ set: { A12: '', B12: '社会公众或服务对象满意度指标', E12: '70%' } }),
      findings: [{ cell: 'E12', messageId: 'low' }],
    },
    {
      name: 'a 2021 row: value 75 with % in the 度量单位 column',
      workbook: projectTable2021({ set: { E15: '75' } }),
      findings: [{ cell: 'E15', messageId: 'low', messageIncludes: '75%' }],
    },
  ],
});
