import { yearMismatch } from '../../../../src/core/rules/text/yearMismatch';
import { periodAndAnnual, projectTable, projectTable2021, ruleTester } from '../ruleTester';

const SHEET_2023 = '2023年项目支出绩效目标表';

ruleTester(yearMismatch).run({
  valid: [
    {
      name: 'a date in the budget year',
      workbook: projectTable({ sheet: SHEET_2023, set: { E9: '2023年12月31日前' } }),
    },
    {
      name: 'a later year in the 实施期 grid is within the period (budget year + 5)',
      workbook: periodAndAnnual(
        ['≥1500人', '≥95%', '2025年底前', '≥80%', '≥90%'],
        ['≥500人', '≥95%', '2023年底前', '≥80%', '≥90%'],
      ),
    },
    { name: 'a month with no year', workbook: projectTable2021() },
    {
      name: 'no budget year known: nothing to compare with',
      workbook: projectTable({ set: { E9: '2022年12月31日前' } }),
    },
    {
      name: 'a year-like number in a 数量 indicator is not a date',
      workbook: projectTable({ sheet: SHEET_2023, set: { E7: '2022人' } }),
    },
  ],
  invalid: [
    {
      name: '2025 is fine in the 实施期 grid but not in the 年度 grid',
      workbook: periodAndAnnual(
        ['≥1500人', '≥95%', '2025年底前', '≥80%', '≥90%'],
        ['≥500人', '≥95%', '2025年底前', '≥80%', '≥90%'],
      ),
      findings: [{ cell: 'D16', messageId: 'outside', messageIncludes: '预算年度' }],
    },
    {
      name: '2022年12月31日 in a 2023 table (2021 layout, title year)',
      workbook: projectTable2021({ set: { D12: '定性', E12: '2022年12月31日前', F12: '' } }),
      findings: [{ cell: 'E12', messageId: 'outside', severity: 'warning', messageIncludes: '2022' }],
    },
    {
      name: 'last year’s 年底 in a table whose sheet names 2023',
      workbook: projectTable({ sheet: SHEET_2023, set: { E9: '2022年底前' } }),
      findings: [{ cell: 'E9', messageId: 'outside', messageIncludes: '2023年' }],
    },
    {
      name: 'a 完成时间 indicator outside the 时效 二级 with a period running into next year',
      workbook: projectTable({ sheet: SHEET_2023, set: { C11: '项目完成时间', E11: '2023.07-2024.01' } }),
      findings: [{ cell: 'E11', messageId: 'outside', messageIncludes: '2024' }],
    },
  ],
});
