import { weightsSum } from '../../../../src/core/rules/structure/weightsSum';
import { ROWS_2015, ROWS_2021, projectTable, projectTable2021, ruleTester } from '../ruleTester';

const withWeights = <T>(rows: T[][], weights: (number | string)[]) => rows.map((r, i) => [...r, weights[i]]);

ruleTester(weightsSum).run({
  valid: [
    { name: 'no weight column', workbook: projectTable() },
    {
      name: '权重 totalling 100',
      workbook: projectTable({
        extraColumns: ['权重'],
        rows: withWeights(ROWS_2015, [20, 20, 15, 15, 20, 10]),
      }),
    },
    {
      name: '分值 written as shares totalling 1',
      workbook: projectTable2021({
        extraColumns: ['分值'],
        rows: withWeights(ROWS_2021, [0.2, 0.2, 0.15, 0.15, 0.2, 0.1]),
      }),
    },
  ],
  invalid: [
    {
      name: '权重 totalling 90: reported at the 权重 header',
      workbook: projectTable({
        extraColumns: ['权重'],
        rows: withWeights(ROWS_2015, [20, 20, 10, 10, 20, 10]),
      }),
      findings: [{ cell: 'G6', messageId: 'total', severity: 'warning', messageIncludes: '90' }],
    },
    {
      name: '分值 as text totalling 110 (2021 layout)',
      workbook: projectTable2021({
        extraColumns: ['分值'],
        rows: withWeights(ROWS_2021, ['20', '20', '20', '20', '20', '10']),
      }),
      findings: [{ cell: 'H9', messageId: 'total', messageIncludes: '110' }],
    },
    {
      name: 'a profile fixing 产出指标 at 50: 产出 weights total 65',
      profile: (p) => {
        p.weights = { totals: [100], perLevel1: { 产出指标: 50 } };
      },
      workbook: projectTable({
        extraColumns: ['权重'],
        rows: withWeights(ROWS_2015, [20, 20, 15, 10, 25, 10]),
      }),
      findings: [{ cell: 'A7', messageId: 'level1', messageIncludes: '65' }],
    },
  ],
});
