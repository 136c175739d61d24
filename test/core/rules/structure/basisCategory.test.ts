import { basisCategory } from '../../../../src/core/rules/structure/basisCategory';
import type { Profile } from '../../../../src/core/profile';
import { projectTable, ruleTester } from '../ruleTester';

const on = (p: Profile) => {
  p.severities['structure/basis-category'] = 'error';
};

ruleTester(basisCategory).run({
  valid: [
    { name: 'the four standard categories', profile: on, workbook: projectTable() },
    { name: 'off without a profile that names it', workbook: projectTable({ set: { F7: '上级文件' } }) },
    {
      name: 'a province list that allows 上级文件',
      profile: (p) => {
        on(p);
        p.basisCategories = ['计划标准', '行业标准', '历史标准', '其他标准', '上级文件'];
      },
      workbook: projectTable({ set: { F7: '上级文件' } }),
    },
  ],
  invalid: [
    {
      name: 'seed: 上级文件 and 工作要求 as the basis',
      profile: on,
      workbook: projectTable({ set: { F7: '上级文件', F8: '工作要求' } }),
      findings: [
        { cell: 'F7', messageId: 'notStandard', severity: 'error', messageIncludes: '计划标准' },
        { cell: 'F8', messageId: 'notStandard' },
      ],
    },
    {
      name: '计划 for 计划标准 gets the nearest category',
      profile: on,
      workbook: projectTable({ set: { F9: '计划' } }),
      findings: [{ cell: 'F9', messageId: 'notStandardNear', messageIncludes: '应为“计划标准”' }],
    },
  ],
});
