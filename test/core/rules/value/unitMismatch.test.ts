import { unitMismatch } from '../../../../src/core/rules/value/unitMismatch';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(unitMismatch).run({
  valid: [
    { name: 'numbers only in the value column', workbook: projectTable2021() },
    {
      name: 'a unit in the value that agrees with the column (95% | %; 15个工作日 | 工作日)',
      workbook: projectTable2021({ set: { E11: '95%', E12: '15个工作日', F12: '工作日' } }),
    },
    {
      name: 'a 定性 row with no unit or “/”',
      workbook: projectTable2021({
        set: { D11: '定性', E11: '合格', F11: '/', D12: '定性', E12: '按期', F12: '' },
      }),
    },
    { name: 'no unit column at all', workbook: projectTable() },
  ],
  invalid: [
    {
      name: 'value 95% with the unit column 万元',
      workbook: projectTable2021({ set: { E11: '95%', F11: '万元' } }),
      findings: [{ cell: 'E11', messageId: 'mismatch', severity: 'error', messageIncludes: '万元' }],
    },
    {
      name: 'a 定性 row with a unit',
      workbook: projectTable2021({ set: { D12: '定性', E12: '按期完成', F12: '月' } }),
      findings: [{ cell: 'F12', messageId: 'qualitativeUnit' }],
    },
    {
      name: '800万元 in the value where the column says 元',
      workbook: projectTable2021({ set: { E13: '800万元' } }),
      findings: [{ cell: 'E13', messageId: 'mismatch' }],
    },
  ],
});
