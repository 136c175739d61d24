import { sourcesSum } from '../../../../src/core/rules/amount/sourcesSum';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(sourcesSum).run({
  valid: [
    { name: '年度资金总额 100 = 财政拨款 80 + 其他资金 20', workbook: projectTable2021() },
    {
      name: 'within the 0.1万元 tolerance',
      workbook: projectTable2021({
        sources: [
          ['其中：财政拨款', 80],
          ['其他资金', 20.05],
        ],
      }),
    },
    {
      name: 'sources by government level (中央 + 市县)',
      workbook: projectTable2021({
        sources: [
          ['中央', 60],
          ['市县', 40],
        ],
      }),
    },
    {
      name: 'a factor of 10,000 is amount/unit-slip’s finding',
      workbook: projectTable2021({ total: 1000000 }),
    },
    { name: 'no sources (seed layout)', workbook: projectTable() },
  ],
  invalid: [
    {
      name: '年度资金总额 100 but 财政拨款 80 + 其他资金 10',
      workbook: projectTable2021({
        sources: [
          ['其中：财政拨款', 80],
          ['其他资金', 10],
        ],
      }),
      findings: [{ cell: 'B5', messageId: 'notSum', severity: 'error', messageIncludes: '90' }],
    },
    {
      name: 'amounts in 元 (单位：元): 1,000,000 vs 800,000 + 100,000',
      workbook: projectTable2021({
        unit: '元',
        total: 1000000,
        sources: [
          ['其中：财政拨款', 800000],
          ['其他资金', 100000],
        ],
      }),
      findings: [{ cell: 'B5', messageId: 'notSum', messageIncludes: '100 万元' }],
    },
    {
      name: 'amounts written with units in the cells',
      workbook: projectTable2021({
        total: '100万元',
        sources: [
          ['其中：财政拨款', '80万元'],
          ['其他资金', '30万元'],
        ],
      }),
      findings: [{ cell: 'B5', messageId: 'notSum', messageIncludes: '110' }],
    },
  ],
});
