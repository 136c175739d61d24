import { annualExceedsPeriod } from '../../../../src/core/rules/text/annualExceedsPeriod';
import { periodAndAnnual, projectTable, ruleTester } from '../ruleTester';

const period = ['1500人', '≥95%', '2025年12月底前', '≥80%', '≥90%'];

ruleTester(annualExceedsPeriod).run({
  valid: [
    {
      name: 'annual 500人 of a three-year 1500人',
      workbook: periodAndAnnual(period, ['500人', '≥95%', '2023年12月底前', '≥80%', '≥90%']),
    },
    {
      name: 'rates are not compared (annual ≥98% with period ≥95%)',
      workbook: periodAndAnnual(period, ['500人', '≥98%', '2023年12月底前', '≥80%', '≥95%']),
    },
    {
      name: 'different units are not compared',
      workbook: periodAndAnnual(period, ['2000人次', '≥95%', '2023年12月底前', '≥80%', '≥90%']),
    },
    { name: 'a table with one grid', workbook: projectTable() },
  ],
  invalid: [
    {
      name: 'annual 1600人 above the period’s 1500人',
      workbook: periodAndAnnual(period, ['1600人', '≥95%', '2023年12月底前', '≥80%', '≥90%']),
      findings: [{ cell: 'D14', messageId: 'exceeds', severity: 'warning', messageIncludes: '1500人' }],
    },
    {
      name: 'money: annual 120万元 above the period’s 100万元',
      workbook: periodAndAnnual(
        ['100万元', '≥95%', '2025年', '≥80%', '≥90%'],
        ['120万元', '≥95%', '2023年', '≥80%', '≥90%'],
      ),
      findings: [{ cell: 'D14', messageId: 'exceeds' }],
    },
  ],
});
