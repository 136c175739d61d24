import { findTypos, typo } from '../../../../src/core/rules/text/typo';
import { TYPO_ENTRIES } from '../../../../src/core/rules/text/typoDictionary';
import { deptGoalSheet } from '../deptGoalList';
import { projectTable, ruleTester } from '../ruleTester';

ruleTester(typo).run({
  valid: [
    { name: 'a clean seed-style table', workbook: projectTable() },
    {
      name: 'real reduplications and word boundaries: 以及及时, 项目目标, 方方面面, 村村通, 截止日期, 根绝隐患',
      workbook: projectTable({
        goal: '以及及时处理群众诉求，实现项目目标，方方面面统筹推进，村村通公路全部完工；截止日期前根绝安全隐患。',
        set: { D7: '对帐篷等物资逐一登记', D8: '家家户户通自来水' },
      }),
    },
    {
      name: 'the seed department list with its overall goal written right',
      workbook: deptGoalSheet(),
    },
  ],
  invalid: [
    {
      name: 'seed 102001004: 根绝化解计划 for 根据化解计划 in a description',
      workbook: projectTable({ set: { D9: '根绝化解计划延迟付款比例' } }),
      findings: [{ cell: 'D9', messageId: 'typo', severity: 'warning', messageIncludes: '根据' }],
    },
    {
      name: 'seed overall goal: 权订 for 拟订 and 及及',
      workbook: deptGoalSheet({
        goal: '贯彻执行国家财政法律法规，权订辖区财政、税收、财务、会计管理办法；向有关部门报告预算及及其执行情况。',
      }),
      findings: [
        { cell: 'B2', messageId: 'typo', messageIncludes: '拟订' },
        { cell: 'B2', messageId: 'typo', messageIncludes: '及及' },
      ],
    },
    {
      name: 'w05: 中小河流治理问道长度; w06: 基础实施建设 and 交安实施',
      workbook: projectTable({
        goal: '1、改善基础实施建设,果园路建设2公里 2、水泥路硬化路面、边沟及交安实施的建设',
        set: { C7: '指标4:中小河流治理问道长度' },
      }),
      findings: [
        { cell: 'B5', messageId: 'typo', messageIncludes: '基础设施' },
        { cell: 'B5', messageId: 'typo', messageIncludes: '交安设施' },
        { cell: 'C7', messageId: 'typo', messageIncludes: '河道' },
      ],
    },
    {
      name: 'repeated phrases: 困难群体困难群体, 854万854万; 截止6月底; 记帐',
      workbook: projectTable({
        set: {
          C7: '救助困难群体困难群体人数',
          D8: '发放资金854万854万',
          D9: '截止6月底完成拨付',
          D10: '按月记帐',
        },
      }),
      findings: [
        { cell: 'C7', messageId: 'typo', messageIncludes: '困难群体' },
        { cell: 'D8', messageId: 'typo', messageIncludes: '854万' },
        { cell: 'D9', messageId: 'typo', messageIncludes: '截至' },
        { cell: 'D10', messageId: 'typo', messageIncludes: '账' },
      ],
    },
  ],
});

describe('typo dictionary', () => {
  it('gives every entry a right form and a reason in both languages', () => {
    for (const e of TYPO_ENTRIES) {
      expect(e.wrong).not.toBe(e.right);
      expect(e.reason.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(e.reason.en.length).toBeGreaterThan(5);
    }
  });

  it.each([
    ['以及及时处理', 0],
    ['目的的实现', 0],
    ['的的确确', 0],
    ['合并并入', 0],
    ['一个一个地核实', 0],
    ['截止到2023年底', 0],
    ['帐户', 1],
    ['对帐', 1],
    ['帐篷', 0],
    ['资金拔付及时', 1],
    ['2020年2020年', 1],
    ['1.1.1.1', 0],
  ])('%s → %i slip(s)', (text, n) => {
    expect(findTypos(text)).toHaveLength(n);
  });
});
