import { duplicateIndicator } from '../../../../src/core/rules/structure/duplicateIndicator';
import { projectTable, projectTable2021, ruleTester, stack } from '../ruleTester';

ruleTester(duplicateIndicator).run({
  valid: [
    { name: 'distinct names', workbook: projectTable() },
    {
      name: 'the same names in two different tables of a sheet',
      workbook: stack([projectTable(), projectTable({ code: '102001002', name: '创业培训' })]),
      tables: 2,
    },
    { name: 'similar but different names', workbook: projectTable2021({ set: { C11: '培训人数合格率' } }) },
  ],
  invalid: [
    {
      name: 'the same 三级 name twice: reported at the second',
      workbook: projectTable({ set: { C8: '培训人数' } }),
      findings: [{ cell: 'C8', messageId: 'duplicate', severity: 'warning', messageIncludes: 'C7' }],
    },
    {
      name: 'spaces do not make a name different',
      workbook: projectTable2021({ set: { C15: '参训人员 就业率' } }),
      findings: [{ cell: 'C15', messageId: 'duplicate', messageIncludes: 'C14' }],
    },
    {
      name: 'seed: 迟付次数 twice',
      workbook: projectTable({ set: { C9: '迟付次数', C10: '迟付次数' } }),
      findings: [{ cell: 'C10', messageId: 'duplicate', messageIncludes: 'C9' }],
    },
  ],
});
