import { notQuantified } from '../../../../src/core/rules/value/notQuantified';
import { deptGoalSheet, SEED_GOAL_ROWS } from '../deptGoalList';
import { projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(notQuantified).run({
  valid: [
    { name: 'quantified values throughout', workbook: projectTable() },
    {
      name: 'a 定性 row in the 指标性质 column may be qualitative',
      workbook: projectTable2021({ set: { D11: '定性', E11: '合格', F11: '' } }),
    },
    {
      name: 'a 效益 indicator may be qualitative',
      workbook: projectTable({ set: { E11: '有效保障参训人员就业' } }),
    },
    {
      // No number at all is value/unparseable's (or a template slot, value/placeholder's), not wording.
      name: 'a unit alone or a template slot as the value of a 数量 indicator',
      workbook: projectTable({ set: { E7: '公里', E8: '≧ %' } }),
    },
    {
      name: 'a department goal list whose indicators name a rate, a growth, a deadline or 全部',
      workbook: deptGoalSheet({
        rows: [
          ...SEED_GOAL_ROWS,
          ['（九）', '按时报送决算', '按时完成部门决算。', '部门决算于次年3月底前报送。'],
          ['（十）', '做好培训', '提高财务人员业务能力。', '全年举办财务培训两期。'],
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'seed department list (三) and (四): indicators that name no measurable target',
      workbook: deptGoalSheet({
        rows: [
          ...SEED_GOAL_ROWS,
          [
            '（三）',
            '保障财政支出事项',
            '做好财政支出事项保障工作。',
            '提高预算单位用款计划审核效率，按时做好债务还本付息，确保全区财政平稳运行。',
          ],
          [
            '（四）',
            '加强国有资产监管',
            '做好国有资产监督和管理。',
            '监督行政事业单位资产配置、使用、处置等事项，促进国有企业资产保值增值。',
          ],
        ],
      }),
      findings: [
        { cell: 'D9', messageId: 'goalList', severity: 'warning', messageIncludes: '保障财政支出事项' },
        { cell: 'D10', messageId: 'goalList', messageIncludes: '加强国有资产监管' },
      ],
    },
    {
      name: 'seed department list (六) and (七): 严格按照时间节点 and 严格落实主体责任 name no target',
      workbook: deptGoalSheet({
        rows: [
          [
            '（六）',
            '依法公开财政信息',
            '及时公开财政信息。',
            '严格按照时间节点做好政策、法规、预算、决算等财政事项的公开工作，打造“阳光财政”。',
          ],
          [
            '（七）',
            '规范账务管理',
            '依法做好财政资金账务管理。',
            '严格落实主体责任，配合审计部门做好账务信息管理工作。',
          ],
        ],
      }),
      findings: [
        { cell: 'D5', messageId: 'goalList' },
        { cell: 'D6', messageId: 'goalList' },
      ],
    },
    {
      name: 'seed 102001005: a 成本 indicator valued 接近直接物化成本',
      workbook: projectTable({ set: { C10: '保险费率', E10: '接近直接物化成本' } }),
      findings: [
        { cell: 'E10', messageId: 'qualitative', severity: 'warning', messageIncludes: '接近直接物化成本' },
      ],
    },
    {
      name: 'a 质量 indicator graded 良好 and a satisfaction indicator graded 满意',
      workbook: projectTable({ set: { E8: '良好', E12: '满意' } }),
      findings: [
        { cell: 'E8', messageId: 'qualitative', messageIncludes: '质量指标' },
        { cell: 'E12', messageId: 'qualitative' },
      ],
    },
    {
      name: 'a 2021 成本 一级 row with words and an operator nature',
      workbook: projectTable2021({ set: { E13: '控制在合理范围' } }),
      findings: [{ cell: 'E13', messageId: 'qualitative' }],
    },
  ],
});
