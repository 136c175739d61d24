/**
 * Layout families of published tables, in sheets of our own making (other words, positions, sizes and
 * sheet names than the realworld files): the reader finds the grid from structure and content.
 */
import { checkWorkbook } from '../../../src/core/check';
import { field } from '../../../src/core/model';
import { readWorkbook } from '../../../src/core/reader/readWorkbook';
import { parsedWithUnit } from '../../../src/core/rules/util';
import { workbook, type SheetSpec } from '../../helpers/sheet';

const findings = (spec: SheetSpec) =>
  checkWorkbook(workbook(spec)).findings.filter((f) => f.severity !== 'info');
const at = (spec: SheetSpec) => findings(spec).map((f) => `${f.cell} ${f.rule}`);

describe('halves side by side under one header row', () => {
  /** Starts in column C, own 一级 column per half is absent: the long-term half first, headed by a row of goals. */
  const halves: SheetSpec = {
    name: '专项A',
    rows: [
      [null, null, '项目名称', '乡村道路养护@1x6'],
      [null, null, '总体目标', '三年内完成道路养护120公里@1x3', null, null, '本年养护40公里@1x3'],
      [null, null, null, '实施期目标(2024—2026)@1x3', null, null, '本年度目标@1x3'],
      [null, null, '一级', '二级', '三级', '指标值', '二级', '三级', '指标值'],
      [null, null, '产出@3x1', '数量', '养护里程', '120公里', '数量', '养护里程', '40公里'],
      [null, null, null, '质量', '验收合格率', '≥95%', '质量', '验收合格率', '逐步提高'],
      [null, null, null, '时效', '完成时间', '2026年底前', '时效', '完成时间', '2024年12月底前'],
      [
        null,
        null,
        '效益@1x1',
        '社会效益',
        '通行条件改善',
        '显著改善',
        '社会效益',
        '通行条件改善',
        '显著改善',
      ],
      [
        null,
        null,
        '满意度@1x1',
        '服务对象满意度',
        '群众满意度',
        '≥90%',
        '服务对象满意度',
        '群众满意度',
        '≥90%',
      ],
    ],
  };

  it('reads both halves; the one under 本年度目标 is the annual grid', () => {
    const [t] = readWorkbook(workbook(halves));
    expect(t.grids.map((g) => [g.kind, g.columns.level2, g.columns.value])).toEqual([
      ['period', 3, 5],
      ['annual', 6, 8],
    ]);
    expect(t.grids[1].columns.level1).toBe(2);
    expect(t.grids[1].rows.map((r) => r.value?.text)).toContain('逐步提高');
  });

  it('checks the annual values too', () => {
    expect(at(halves)).toContain('I6 value/vague');
  });

  it('unlabelled halves: the last one is annual', () => {
    const rows = halves.rows.filter((_, i) => i !== 1 && i !== 2);
    const [t] = readWorkbook(workbook({ ...halves, rows }));
    expect(t.grids.map((g) => g.kind)).toEqual(['period', 'annual']);
  });
});

describe('flat system exports and split columns', () => {
  /** 一级/二级 repeated per row, out of order; 方向 column holding operators; 属性 column holding 正向/反向. */
  const flat: SheetSpec = {
    name: 'export',
    rows: [
      ['绩效指标（系统导出）@1x7'],
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标方向', '目标值', '计量单位', '权重'],
      ['产出指标', '质量指标', '档案归档率', '正向', '≥', 98, '%', 10],
      ['产出指标', '数量指标', '培训场次', '正向', '≥', 6, '场', 10],
      ['效益指标', '社会效益指标', '参训人员就业率', '正向', '≥', 70, '%', 20],
      ['产出指标', '时效指标', '完成时间', '正向', '=', 12, '月', 10],
      ['满意度指标', '服务对象满意度指标', '学员满意度', '正向', '≥', 92, '%', 10],
    ],
  };

  it('the column of operators is the operator column whatever its header; values take its operator and the unit', () => {
    const [t] = readWorkbook(workbook(flat));
    const g = t.grids[0];
    expect(g.columns).toMatchObject({ nature: 3, operator: 4, value: 5, unit: 6, weight: 7 });
    const p = parsedWithUnit(g.rows[0]);
    expect([p.op, p.num, p.unit]).toEqual(['>=', 98, '%']);
    expect(g.rows.map((r) => r.level1Std)).toEqual([
      '产出指标',
      '产出指标',
      '效益指标',
      '产出指标',
      '满意度指标',
    ]);
  });

  it('a 类型 column holding 二级 names is the 二级 column', () => {
    const spec: SheetSpec = {
      name: 'B表',
      rows: [
        ['指标名称', '指标类型', '指标值', '单位'],
        ['宣传册印发数量', '数量指标', 5000, '册'],
        ['宣传覆盖率', '质量指标', 90, '%'],
        ['印发完成时间', '时效指标', '6月底前', null],
      ],
    };
    const [t] = readWorkbook(workbook(spec));
    expect(t.grids[0].columns).toMatchObject({ level3: 0, level2: 1, value: 2, unit: 3 });
    expect(t.grids[0].rows.map((r) => r.level2Std)).toEqual(['数量指标', '质量指标', '时效指标']);
  });

  it('a form with no level columns: framework unknown, level rules off, value rules on', () => {
    const spec: SheetSpec = {
      name: '表三',
      rows: [
        ['指标', '权重', '计量单位', '指标性质', '指标值'],
        ['巡查次数', 30, '次', '≥', 24],
        ['问题整改率', 40, '%', '≥', 95],
        ['群众反映情况', 30, null, '定性', '明显改善'],
      ],
    };
    const [t] = readWorkbook(workbook(spec));
    expect(t.levelsKnown).toBe(false);
    const rules = findings(spec).map((f) => f.rule);
    expect(rules.filter((r) => /missing-level|wrong-parent/.test(r))).toEqual([]);
    expect(rules).toContain('value/vague');
  });
});

describe('columns confirmed by position and content', () => {
  it('an unnamed name column between the levels and the value, and a value head written 预期目标', () => {
    const spec: SheetSpec = {
      name: '名称列',
      rows: [
        ['一级指标', '二级指标', '绩效指标', '年度预期目标'],
        ['产出指标', '数量指标', '举办讲座', '12场'],
        ['效益指标', '社会效益指标', '居民健康知识知晓率', '稳步提升'],
      ],
    };
    const [t] = readWorkbook(workbook(spec));
    expect(t.grids[0].columns).toMatchObject({ level1: 0, level2: 1, level3: 2, value: 3 });
    expect(t.grids[0].notes?.columns.find((c) => c.role === 'level3')?.source).toBe('content');
    expect(at(spec)).toContain('D3 value/vague');
  });
});

describe('nested and damaged level headers', () => {
  it('levels nested one deeper (实施效果 | 产出指标 | 数量指标 | name) move one column right', () => {
    const spec: SheetSpec = {
      name: '发改',
      rows: [
        ['一级指标', '二级指标', '三级指标', '指标内容', '指标值'],
        ['实施效果@4x1', '产出指标', '数量指标', '新增床位', '200张'],
        [null, '产出指标', '质量指标', '竣工验收合格率', '100%'],
        [null, '效益指标', '社会效益指标', '服务人口', '≥5万人'],
        [null, '满意度指标', '服务对象满意度指标', '患者满意度', '≥90%'],
      ],
    };
    const [t] = readWorkbook(workbook(spec));
    expect(t.grids[0].columns).toMatchObject({ level1: 1, level2: 2, level3: 3, value: 4 });
    expect(t.grids[0].rows.map((r) => r.level1Std)).toEqual([
      '产出指标',
      '产出指标',
      '效益指标',
      '满意度指标',
    ]);
  });

  it('a header cell that lost its digit (级指标) takes the level its neighbours leave', () => {
    const spec: SheetSpec = {
      name: '缺字',
      rows: [
        ['级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '修缮校舍', '3所'],
      ],
    };
    const [t] = readWorkbook(workbook(spec));
    expect(t.grids[0].columns).toMatchObject({ level1: 0, level2: 1, level3: 2, value: 3 });
  });
});

describe('local level names', () => {
  it('项目完成指标 / 项目效益指标 with score bands, spaced and broken names read as standard levels', () => {
    const spec: SheetSpec = {
      name: '目标',
      rows: [
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['项目完成指标（60分）@3x1', '数 量 指 标', '新建泵站', '2座'],
        [null, '质量\n指标', '工程合格率', '100%'],
        [null, '预算（或投资规模）控制指标', '工程造价', '≤300万元'],
        ['项目效益指标\n(30分)@1x1', '社会效益指标', '受益人口', '≥1.2万人'],
        ['满意度指标（10分）', '服务对象满意度指标', '群众满意度', '≥90%'],
      ],
    };
    const [t] = readWorkbook(workbook(spec));
    expect(t.grids[0].rows.map((r) => [r.level1Std, r.level2Std])).toEqual([
      ['产出指标', '数量指标'],
      ['产出指标', '质量指标'],
      ['产出指标', '成本指标'],
      ['效益指标', '社会效益指标'],
      ['满意度指标', '服务对象满意度指标'],
    ]);
    expect(at(spec).filter((f) => /missing-level1|unknown-level/.test(f))).toEqual([]);
  });

  it('variant wordings of standard 二级 names (进度, 环境效益, 受益群众满意度) are not unknown names', () => {
    const spec: SheetSpec = {
      name: '目标二',
      rows: [
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标@3x1', '数量指标', '新建泵站', '2座'],
        [null, '质量指标', '工程合格率', '100%'],
        [null, '进度指标', '完工时间', '2024年11月底前'],
        ['效益指标@2x1', '社会效益指标', '受益人口', '≥1.2万人'],
        [null, '环境效益指标', '灌溉用水节约', '≥5%'],
        ['满意度指标', '受益群众满意度指标', '群众满意度', '≥90%'],
      ],
    };
    const [t] = readWorkbook(workbook(spec));
    expect(t.grids[0].rows.map((r) => r.level2Std)).toEqual([
      '数量指标',
      '质量指标',
      '时效指标',
      '社会效益指标',
      '生态效益指标',
      '服务对象满意度指标',
    ]);
    expect(at(spec).filter((f) => /unknown-level|wrong-parent/.test(f))).toEqual([]);
  });
});

describe('grid ends by structure', () => {
  const base: SheetSpec = {
    name: 'S',
    rows: [
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标@3x1', '数量指标', '审核项目数', '≥40个'],
      [null, '质量指标', '审核准确率', '≥98%'],
      [null, '时效指标', '说明材料报送时间', '3月底前'],
      ['效益指标', '社会效益指标', '资金使用效益', '有效提高'],
      ['满意度指标', '服务对象满意度指标', '被审单位满意度', '≥90%'],
      ['填表人：', null, '审核意见：'],
      ['（盖章）', null, null, '年  月  日'],
    ],
  };

  it('indicators named with label words stay; the sign-off rows end the grid', () => {
    const [t] = readWorkbook(workbook(base));
    expect(t.grids[0].rows.map((r) => r.name?.text)).toEqual([
      '审核项目数',
      '审核准确率',
      '说明材料报送时间',
      '资金使用效益',
      '被审单位满意度',
    ]);
    expect(t.grids[0].notes?.end?.row).toBe(6);
    expect(findings(base).every((f) => f.row <= 5)).toBe(true);
  });

  it('a note row and a 总分 row end it too', () => {
    for (const extra of [['注：三级指标可根据项目实际增加。@1x4'], ['总分', null, null, 100]]) {
      const [t] = readWorkbook(workbook({ ...base, rows: [...base.rows.slice(0, 6), extra] }));
      expect(t.grids[0].rows).toHaveLength(5);
    }
  });
});

describe('实施期 and 年度 sections stacked under one header row, named down a label column', () => {
  const sections = (gap: SheetSpec['rows']): SheetSpec => ({
    name: '培训项目',
    rows: [
      ['项目名称', '技能培训@1x4'],
      [null, '一级指标', '二级指标', '三级指标', '指标值'],
      ['实施期绩效指标@3x1', '产出指标@2x1', '数量指标', '培训人数', '300人'],
      [null, null, '质量指标', '结业合格率', '≥95%'],
      [null, '效益指标', '社会效益指标', '就业率', '≥80%'],
      ...gap,
      ['年度绩效指标@3x1', '产出指标@2x1', '数量指标', '培训人数', '100人'],
      [null, null, '质量指标', '结业合格率', '≥95%'],
      [null, '效益指标', '社会效益指标', '就业率', '≥80%'],
    ],
  });

  it.each([
    ['right after each other', []],
    ['with an empty row between', [[]]],
  ])('%s: a long-term grid and an annual grid, the same names not duplicates', (_how, gap) => {
    const spec = sections(gap as SheetSpec['rows']);
    const [t] = readWorkbook(workbook(spec));
    expect(t.grids.map((g) => [g.kind, g.rows.map((r) => r.value?.text)])).toEqual([
      ['period', ['300人', '≥95%', '≥80%']],
      ['annual', ['100人', '≥95%', '≥80%']],
    ]);
    expect(at(spec).filter((f) => /duplicate-indicator|wrong-parent/.test(f))).toEqual([]);
  });
});

describe('a stray empty row inside a merged grid', () => {
  const rows = (after: SheetSpec['rows']): SheetSpec => ({
    name: '表二',
    rows: [
      ['项目名称', '河道清淤@1x3'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标@2x1', '数量指标', '清淤河道长度', '12公里'],
      [null, '时效指标', '完成时间', '2024年10月底前'],
      [],
      ...after,
    ],
  });

  it('the grid goes on when the next row starts another 一级 block', () => {
    const spec = rows([
      ['效益指标', '生态效益指标', '河道水质', '达到Ⅲ类'],
      ['满意度指标', '服务对象满意度指标', '沿岸群众满意度', '≥90%'],
    ]);
    const [t] = readWorkbook(workbook(spec));
    expect(t.grids[0].rows.map((r) => r.name?.text)).toEqual([
      '清淤河道长度',
      '完成时间',
      '河道水质',
      '沿岸群众满意度',
    ]);
    // The same findings as without the empty row.
    const without = { ...spec, rows: spec.rows.filter((r) => r.length) };
    const rules = (x: SheetSpec) =>
      findings(x)
        .map((f) => f.rule)
        .sort();
    expect(rules(spec)).toEqual(rules(without));
    expect(rules(spec)).not.toContain('structure/missing-level1');
  });

  it('a note after the empty row still ends it', () => {
    const [t] = readWorkbook(workbook(rows([['注：指标值应可衡量。@1x4']])));
    expect(t.grids[0].rows).toHaveLength(2);
  });
});

describe('a 合计 row merged in from a label column left of a spacer column', () => {
  // 年度绩效指标 down the left, an empty narrow column, then the grid; 合计 spans label, spacer and levels.
  const spec: SheetSpec = {
    name: '项目乙',
    rows: [
      ['项目名称', null, '村级阵地维修@1x4'],
      ['年度绩效指标@4x1', null, '一级指标', '二级指标', '三级指标', '分值', '指标值'],
      [null, null, '产出指标@2x1', '数量指标', '维修村室数', 50, '6个'],
      [null, null, null, '质量指标', '验收合格率', 30, '≥95%'],
      [null, null, '满意度指标', '服务对象满意度指标', '村民满意度', 20, '≥90%'],
      ['合计@1x5', null, null, null, null, 100],
    ],
  };

  it('ends the grid: 合计 is not read as a level name', () => {
    const [t] = readWorkbook(workbook(spec));
    expect(t.grids[0].rows.map((r) => r.name?.text)).toEqual(['维修村室数', '验收合格率', '村民满意度']);
    expect(findings(spec).filter((f) => f.row === 5)).toEqual([]);
  });
});

describe('money blocks', () => {
  const block = (rows: SheetSpec['rows']): SheetSpec => ({
    name: '资金',
    rows: [
      ...rows,
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '购置设备', '12台'],
      ['效益指标', '社会效益指标', '服务能力', '显著提升'],
      ['满意度指标', '服务对象满意度指标', '使用单位满意度', '≥90%'],
    ],
  });

  it('"其中： 财政拨款数" with a space and a suffix, under a heading that names 万元', () => {
    const spec = block([
      ['项目名称', '设备购置'],
      ['资金投入（万元）@3x1', '资金总额', 60],
      [null, '其中： 财政拨款数', 45],
      [null, '其他资金', 15],
    ]);
    const [t] = readWorkbook(workbook(spec));
    expect(t.fields.filter((f) => f.key === 'source').map((f) => [f.value?.text, f.unit])).toEqual([
      ['45', '万元'],
      ['15', '万元'],
    ]);
    expect(at(spec).filter((f) => f.includes('amount/'))).toEqual([]);
  });

  it('label and amount in one cell, beside a column that splits spending another way', () => {
    const spec = block([
      ['部门名称', '某某中心'],
      ['年度资金总额', '860万元', null],
      ['按来源分：', null, '按用途分：'],
      ['  其中： 一般公共预算：500万元', null, '人员支出：300万元'],
      ['政府性基金：', null, '公用支出：560万元'],
      ['其他资金：360万元'],
    ]);
    const [t] = readWorkbook(workbook(spec));
    expect(field(t, 'total')?.value?.text).toBe('860万元');
    expect(t.fields.filter((f) => f.key === 'source').map((f) => f.value?.text || null)).toEqual([
      '500万元',
      null,
      '360万元',
    ]);
    expect(at(spec).filter((f) => f.includes('amount/'))).toEqual([]);
  });

  it('a block titled 万元 under a sheet-wide 单位：元: the nearer heading wins', () => {
    const spec = block([
      ['单位：元'],
      ['项目名称', '图书采购'],
      ['经费（万元）@3x1', '资金总额', 12.5],
      [null, '其中：财政拨款', 10],
      [null, '其他资金', 2.5],
    ]);
    const [t] = readWorkbook(workbook(spec));
    expect(t.moneyUnit).toBe('元');
    expect(t.fields.filter((f) => f.key === 'total' || f.key === 'source').map((f) => f.unit)).toEqual([
      '万元',
      '万元',
      '万元',
    ]);
  });

  it('side-by-side 中期 and 年度 money: the annual total and its own sources', () => {
    const spec = block([
      ['项目名称', '公园改造'],
      ['资金（万元）@3x1', '实施期资金总额：', 900, '年度资金总额：', 300],
      [null, '其中：财政拨款', 900, '其中：财政拨款', 250],
      [null, '其他资金', null, '其他资金', 50],
    ]);
    const [t] = readWorkbook(workbook(spec));
    expect(field(t, 'total')?.value?.text).toBe('300');
    expect(t.fields.filter((f) => f.key === 'source').map((f) => f.value?.text)).toEqual(['250', '50']);
    expect(at(spec).filter((f) => f.includes('amount/'))).toEqual([]);
  });
});

describe('two-row value header with year columns', () => {
  it('takes the latest year as the target and the earlier one as history', () => {
    const spec: SheetSpec = {
      name: '年度',
      rows: [
        ['一级指标', '二级指标', '三级指标', '指标值@1x2'],
        [null, null, null, '2024年', '2025年'],
        ['产出指标', '数量指标', '接诊人次', '8000人次', '9000人次'],
        ['效益指标', '社会效益指标', '就诊便利度', '明显提升', '逐步提高'],
      ],
    };
    const [t] = readWorkbook(workbook(spec));
    expect(t.grids[0].headerBottom).toBe(1);
    expect(t.grids[0].columns).toMatchObject({ value: 4, actual: 3 });
    expect(t.grids[0].rows.map((r) => r.value?.text)).toEqual(['9000人次', '逐步提高']);
  });

  it('上年实际 | 本年预期: the 本年 column', () => {
    const spec: SheetSpec = {
      name: '预期',
      rows: [
        ['一级指标', '二级指标', '三级指标', '指标值@1x2'],
        [null, null, null, '上年实际值', '本年预期值'],
        ['产出指标', '数量指标', '发放册数', '1000册', '1200册'],
      ],
    };
    const [t] = readWorkbook(workbook(spec));
    expect(t.grids[0].columns.value).toBe(4);
  });
});

describe('self-evaluation tables', () => {
  it('flags the target column, never the actual values, scores or reasons', () => {
    const spec: SheetSpec = {
      name: '自评',
      rows: [
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因'],
        ['产出指标@2x1', '数量指标', '维修户数', '≥50户', '逐步提高', 30, 28, '部分农户外出'],
        [null, '质量指标', '验收合格率', '有效提升', '**', 30, 30, null],
        ['效益指标', '社会效益指标', '居住安全', '明显改善', '有效提升', 20, 20, null],
        ['满意度指标', '服务对象满意度指标', '农户满意度', '≥90%', '150%', 10, 10, null],
      ],
    };
    const [t] = readWorkbook(workbook(spec));
    expect(t.selfEvaluation).toBe(true);
    const cols = new Set(findings(spec).map((f) => f.col));
    for (const c of [4, 5, 6, 7]) expect(cols.has(c)).toBe(false);
    expect(at(spec)).toContain('D3 value/vague');
  });
});
