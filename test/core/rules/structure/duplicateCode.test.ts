import { duplicateCode } from '../../../../src/core/rules/structure/duplicateCode';
import { projectTable, projectTable2021, ruleTester, stack, workbook } from '../ruleTester';

// A default projectTable is 12 rows high; stacked with 2 empty rows, the second starts at row 15.
ruleTester(duplicateCode).run({
  valid: [
    {
      name: 'two tables with their own codes',
      workbook: stack([
        projectTable({ code: '102001001' }),
        projectTable({ code: '102001002', name: '创业培训' }),
      ]),
      tables: 2,
    },
    { name: 'one table', workbook: projectTable2021() },
    {
      name: 'codes on different sheets that differ',
      workbook: workbook(
        projectTable({ sheet: '项目一' }),
        projectTable2021({ sheet: '项目二', code: '102001009' }),
      ),
      tables: 2,
    },
  ],
  invalid: [
    {
      name: 'the same code on two stacked tables: reported at the second',
      workbook: stack([projectTable(), projectTable({ name: '创业培训' })]),
      tables: 2,
      findings: [{ cell: 'B15', messageId: 'duplicate', severity: 'error', messageIncludes: 'B1' }],
    },
    {
      name: 'the same code on two sheets',
      workbook: workbook(
        projectTable({ sheet: '项目一', code: '102002001' }),
        projectTable2021({ sheet: '项目二' }),
      ),
      tables: 2,
      findings: [{ cell: 'F3', messageId: 'duplicate', sheet: '项目二', messageIncludes: '项目一' }],
    },
    {
      name: 'three tables, one code: two findings',
      workbook: stack([
        projectTable(),
        projectTable({ name: '创业培训' }),
        projectTable({ name: '技能鉴定' }),
      ]),
      tables: 3,
      findings: [
        { cell: 'B15', messageId: 'duplicate' },
        { cell: 'B29', messageId: 'duplicate' },
      ],
    },
  ],
});
