import { satisfactionPerfect } from '../../../../src/core/rules/percent/satisfactionPerfect';
import { pct, projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(satisfactionPerfect).run({
  valid: [
    { name: 'satisfaction ≥90%', workbook: projectTable() },
    {
      name: '100% for a rate that is not satisfaction (按期还本率)',
      workbook: projectTable({ set: { C11: '按期还本率', E11: '100%' } }),
    },
    {
      name: 'a 2021 row whose 指标性质 is ≤ (an upper bound, not a target)',
      workbook: projectTable2021({ set: { D15: '≤', E15: '100' } }),
    },
    {
      name: 'a satisfaction range 95%-100% is not exactly 100%',
      workbook: projectTable({ set: { E12: '95%-100%' } }),
    },
  ],
  invalid: [
    {
      name: 'satisfaction 100%',
      workbook: projectTable({ set: { E12: '100%' } }),
      findings: [{ cell: 'E12', messageId: 'perfect', severity: 'info' }],
    },
    {
      name: '=100% and a percent-formatted 1',
      workbook: projectTable({ set: { E12: '=100%', C11: '服务对象满意度', E11: pct(1) } }),
      findings: [
        { cell: 'E11', messageId: 'perfect' },
        { cell: 'E12', messageId: 'perfect' },
      ],
    },
    {
      name: 'a 2021 row: value 100 with % in the 度量单位 column',
      workbook: projectTable2021({ set: { E15: '100' } }),
      findings: [{ cell: 'E15', messageId: 'perfect' }],
    },
  ],
});
