import { readWorkbook } from '../../../src/core/reader/readWorkbook';
import { checkWorkbook } from '../../../src/core/check';
import { rangeA1 } from '../../../src/core/grid';
import { field } from '../../../src/core/model';
import { workbook, type SheetSpec } from '../../helpers/sheet';

const serious = (spec: SheetSpec) =>
  checkWorkbook(workbook(spec))
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.cell} ${f.rule}`);

/** 绩效指标 over 一级/二级/三级, 指标值 merged over two header rows, inline label：value cells, quarters as 第一季度…, plain-number plan. */
const superHeader: SheetSpec = {
  name: '项目1',
  rows: [
    ['项目名称：社区养老服务补贴@1x5'],
    ['项目编码：3301002@1x3', null, null, '单位：万元@1x2'],
    ['年度资金总额', '50万元', '其中：财政拨款', '40万元', '其他资金', '10万元'],
    ['资金支出计划（%）@1x2', null, '第一季度', '第二季度', '第三季度', '第四季度'],
    [null, null, 25, 50, 75, 100],
    ['年度绩效目标', '为辖区80岁以上老人提供居家养老服务补贴。@1x5'],
    ['绩效指标@1x3', null, null, '指标值@2x1', '指标值确定依据@2x1', '备注@2x1'],
    ['一级\n指标', '二级指标', '三级指标'],
    ['产出指标@4x1', '数 量 指 标', '补贴发放人数', '≥600人', '计划标准', null],
    [null, '质量指标', '补贴发放准确率', '100%', '计划标准', null],
    [null, '时效指标', '补贴发放时间', '每季度末前', '计划标准', null],
    [null, '成本指标', '人均补贴标准', '≤800元', '计划标准', null],
    ['效益指标@1x1', '社会效益指标', '老年人生活质量改善率', '≥90%', '历史标准', null],
    ['满意度指标@1x1', '服务对象满意度指标', '受助老人满意度', '≥90%', '行业标准', null],
  ],
};

describe('super-header, inline labels, quarter plan', () => {
  const [t] = readWorkbook(workbook(superHeader));

  it('finds the header on the second header row and all indicators', () => {
    expect(t.grids[0].headerTop).toBe(7);
    expect(t.grids[0].columns).toMatchObject({ level1: 0, level2: 1, level3: 2, value: 3, basis: 4 });
    expect(t.grids[0].rows.map((r) => r.level2Std)).toEqual([
      '数量指标',
      '质量指标',
      '时效指标',
      '成本指标',
      '社会效益指标',
      '服务对象满意度指标',
    ]);
  });

  it('reads inline label：value fields, amounts with units and the quarter plan', () => {
    expect(field(t, 'name')?.value?.text).toBe('社区养老服务补贴');
    expect(field(t, 'code')?.value?.text).toBe('3301002');
    expect(t.plan.map((p) => [p.month, p.value?.value])).toEqual([
      [3, 25],
      [6, 50],
      [9, 75],
      [12, 100],
    ]);
  });

  it('checks clean', () => {
    expect(serious(superHeader)).toEqual([]);
  });

  it('catches sources that do not add up', () => {
    const rows = superHeader.rows.map((r) => [...r]);
    rows[2] = ['年度资金总额', '50万元', '其中：财政拨款', '45万元', '其他资金', '10万元'];
    expect(serious({ ...superHeader, rows })).toEqual(['B3 amount/sources-sum']);
  });
});

/** Long-term and annual grids stacked under their own label rows, one project. */
const stacked: SheetSpec = {
  name: '中期',
  rows: [
    ['项目名称', '智慧城管平台运维@1x4'],
    ['项目期', '2023年-2025年@1x4'],
    ['实施期绩效目标', '三年内平台可用率保持99%以上。@1x4'],
    ['年度绩效目标', '2023年平台可用率不低于99%，故障响应时间不超过2小时。@1x4'],
    ['实施期绩效指标@1x5'],
    ['一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据'],
    ['产出指标@4x1', '数量指标', '运维系统数量', '≥3个', '计划标准'],
    [null, '质量指标', '平台可用率', '≥99%', '行业标准'],
    [null, '时效指标', '故障响应时间', '≤2小时', '行业标准'],
    [null, '成本指标', '年度运维费用', '≤120万元', '计划标准'],
    ['效益指标@1x1', '社会效益指标', '城管案件办结率', '≥95%', '历史标准'],
    ['满意度指标@1x1', '服务对象满意度指标', '使用部门满意度', '≥90%', '行业标准'],
    ['年度绩效指标@1x5'],
    ['一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据'],
    ['产出指标@4x1', '数量指标', '运维系统数量', '≥3个', '计划标准'],
    [null, '质量指标', '平台可用率', '≥99%', '行业标准'],
    [null, '时效指标', '故障响应时间', '≤2小时', '行业标准'],
    [null, '成本指标', '年度运维费用', '≤120万元', '计划标准'],
    ['效益指标@1x1', '社会效益指标', '城管案件办结率', '≥95%', '历史标准'],
    ['满意度指标@1x1', '服务对象满意度指标', '使用部门满意度', '≥90%', '行业标准'],
  ],
};

describe('long-term and annual grids stacked', () => {
  it('reads one table with a period grid and an annual grid', () => {
    const tables = readWorkbook(workbook(stacked));
    expect(tables).toHaveLength(1);
    expect(tables[0].grids.map((g) => g.kind)).toEqual(['period', 'annual']);
    expect(rangeA1(tables[0].range)).toBe('A1:E20');
  });

  it('flags the annual grid copied from the long-term one, and nothing else serious', () => {
    expect(serious(stacked)).toEqual(['D14 text/duplicate-grid']);
  });
});

describe('evaluation table (自评表)', () => {
  it('is read without choking and not asked for weights of 100', () => {
    const spec: SheetSpec = {
      name: '自评表',
      rows: [
        ['项目支出绩效自评表（2023年度）@1x8'],
        ['项目名称', '农村危房改造@1x7'],
        [
          '一级指标',
          '二级指标',
          '三级指标',
          '年度指标值',
          '实际完成值',
          '分值',
          '得分',
          '偏差原因分析及改进措施',
        ],
        ['产出指标@3x1', '数量指标', '改造户数', '≥120户', '126户', 20, 20, null],
        [null, '质量指标', '竣工验收合格率', '100%', '100%', 20, 20, null],
        [null, '时效指标', '完工时间', '2023年11月底前', '2023年11月20日', 10, 10, null],
        ['效益指标@1x1', '社会效益指标', '住房安全保障率', '100%', '100%', 30, 30, null],
        ['满意度指标@1x1', '服务对象满意度指标', '改造户满意度', '≥90%', '96%', 10, 10, null],
      ],
    };
    const res = checkWorkbook(workbook(spec));
    expect(res.tables).toHaveLength(1);
    expect(res.findings.filter((f) => f.rule === 'structure/weights-sum')).toEqual([]);
  });
});

describe('an empty value slot between two labels', () => {
  it('is read as the empty value, not the row below', () => {
    const spec: SheetSpec = {
      name: 'S',
      rows: [
        ['项目编码', null, '预算项目名称', '一般债券到期还本@1x2'],
        ['项目资金\n主要用途', '预算数 5851万元。@1x4'],
        ['绩效目标', '按时偿还债券本金。@1x4'],
        ['一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据'],
        ['产出指标@1x1', '数量指标', '还本规模', '5851万元', '根据到期债券计算'],
      ],
    };
    const [t] = readWorkbook(workbook(spec));
    expect(field(t, 'code')?.value).toMatchObject({ row: 0, col: 1, text: '' });
    expect(field(t, 'purpose')?.value?.text).toBe('预算数 5851万元。');
    expect(
      checkWorkbook(workbook(spec))
        .findings.filter((f) => f.rule === 'structure/missing-field')
        .map((f) => f.cell),
    ).toEqual(['B1']);
  });
});

describe('a header row repeated at a page break', () => {
  it('continues the same grid', () => {
    const head = ['一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据'];
    const spec: SheetSpec = {
      name: 'S',
      rows: [
        ['项目名称', '道路养护@1x4'],
        ['绩效目标', '全年养护道路100公里。@1x4'],
        head,
        ['产出指标@2x1', '数量指标', '养护里程', '≥100公里', '计划标准'],
        [null, '质量指标', '养护合格率', '≥95%', '行业标准'],
        head,
        ['产出指标@2x1', '时效指标', '完成时间', '2023年12月底前', '计划标准'],
        [null, '成本指标', '每公里养护成本', '≤2万元', '计划标准'],
        ['效益指标@1x1', '社会效益指标', '道路完好率', '≥90%', '历史标准'],
        ['满意度指标@1x1', '服务对象满意度指标', '群众满意度', '≥90%', '行业标准'],
      ],
    };
    const tables = readWorkbook(workbook(spec));
    expect(tables).toHaveLength(1);
    expect(tables[0].grids).toHaveLength(1);
    expect(tables[0].grids[0].rows.map((r) => r.name?.text)).toEqual([
      '养护里程',
      '养护合格率',
      '完成时间',
      '每公里养护成本',
      '道路完好率',
      '群众满意度',
    ]);
  });
});

describe('budget year written as a label and a value', () => {
  it.each([
    [['预算年度', '2024'], 2024],
    [['预算年度：2025'], 2025],
  ])('reads %j', (row, year) => {
    const spec: SheetSpec = {
      name: 'S',
      rows: [
        row,
        ['项目名称', '道路养护@1x4'],
        ['一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据'],
        ['产出指标@1x1', '数量指标', '养护里程', '≥100公里', '计划标准'],
      ],
    };
    expect(readWorkbook(workbook(spec))[0].year).toBe(year);
  });
});

describe('三级指标 beside 指标内容', () => {
  it('reads the second name-like column as the description', () => {
    const spec: SheetSpec = {
      name: 'S',
      rows: [
        ['项目名称', '道路养护@1x4'],
        ['一级指标', '二级指标', '三级指标', '指标内容', '指标值'],
        ['产出指标@1x1', '数量指标', '养护里程', '全年养护道路里程', '≥100公里'],
      ],
    };
    const g = readWorkbook(workbook(spec))[0].grids[0];
    expect(g.columns).toMatchObject({ level3: 2, description: 3, value: 4 });
  });
});

describe('a blank row inside a grid without merges', () => {
  it('does not cut the grid short', () => {
    const spec: SheetSpec = {
      name: 'S',
      noMerges: true,
      rows: [
        ['项目名称', '道路养护'],
        ['一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据'],
        ['产出指标', '数量指标', '养护里程', '≥100公里', '计划标准'],
        [],
        [null, '质量指标', '养护合格率', '≥95%', '行业标准'],
        ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '行业标准'],
        [],
        [],
        ['填表人：张三'],
      ],
    };
    const [t] = readWorkbook(workbook(spec));
    expect(t.grids[0].rows.filter((r) => r.name?.text).map((r) => `${r.level1Std}/${r.name?.text}`)).toEqual([
      '产出指标/养护里程',
      '产出指标/养护合格率',
      '满意度指标/群众满意度',
    ]);
  });
});

describe('budget year guessed from texts', () => {
  const spec = (purpose: string): SheetSpec => ({
    name: 'S',
    rows: [
      ['项目名称', '道路养护@1x4'],
      ['项目资金主要用途', `${purpose}@1x4`],
      ['一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据'],
      ['产出指标@1x1', '时效指标', '完成时间', '2023年12月31日前', '计划标准'],
    ],
  });
  it('takes the one year the texts name', () => {
    expect(readWorkbook(workbook(spec('用于2023年道路养护。')))[0].year).toBe(2023);
  });
  it('takes none when the texts name several years, so no date is judged against a guess', () => {
    expect(readWorkbook(workbook(spec('2022年结转资金，用于2023年道路养护。')))[0].year).toBeNull();
  });
});
