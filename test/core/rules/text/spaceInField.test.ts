import { outsideGbk } from '../../../../src/core/rules/gbk';
import { spaceInField } from '../../../../src/core/rules/text/spaceInField';
import { projectTable, ruleTester } from '../ruleTester';

ruleTester(spaceInField).run({
  valid: [
    { name: 'a clean table', workbook: projectTable() },
    {
      name: 'line breaks inside a name are layout, not spaces',
      workbook: projectTable({ set: { C7: '培训\n人数' } }),
    },
  ],
  invalid: [
    {
      name: 'seed list: 合法率 100% with a space in the value, and a full-width space in a goal',
      workbook: projectTable({ goal: '完成培训\u3000提高就业', set: { E7: '≥ 500人' } }),
      findings: [
        { cell: 'B5', messageId: 'space', severity: 'info' },
        { cell: 'E7', messageId: 'space' },
      ],
    },
    {
      name: 'the literal null, and a character outside GBK (an emoji)',
      workbook: projectTable({ set: { E8: 'null', C9: '培训完成时间😀' } }),
      findings: [
        { cell: 'E8', messageId: 'null', messageIncludes: 'null' },
        { cell: 'C9', messageId: 'outsideGbk' },
      ],
    },
    {
      name: 'w11: 产 出 指 标 spaced level name',
      workbook: projectTable({ set: { A7: '产 出 指 标' } }),
      findings: [{ cell: 'A7', messageId: 'space' }],
    },
  ],
});

describe('outsideGbk', () => {
  it('accepts CJK, full-width punctuation, ≥ ≤ and ASCII', () => {
    expect(outsideGbk('培训合格率≥95%，（按月）≤【】…—')).toEqual([]);
  });
  it('finds emoji, private-use characters and CJK extension B', () => {
    expect(outsideGbk('a😀\ue000𠀀')).toEqual(['😀', '\ue000', '𠀀']);
  });
});
