/**
 * More sound layouts (自评-style grids, 2021 department, spaced headers, grids from column C,
 * quarter and 1-3月 plan labels, sources by level) and planted defects in them: sound tables
 * check clean, each defect fires its rule family at its cell.
 */
import { checkWorkbook } from '../../../src/core/check';
import { workbook, colIndex, type SheetSpec, type CellSpec } from '../../helpers/sheet';

type Row = CellSpec[];
const specs: Record<string, SheetSpec> = {};

/** 1. 自评表: 年度指标值 + 实际完成值 + 分值 + 得分 + 偏差原因, budget execution block. */
specs.selfEval = {
  name: '自评表',
  rows: [
    ['2024年度项目支出绩效自评表@1x8'],
    ['项目名称', '乡村学校少年宫运行补助@1x3', null, null, '主管部门', '教育局@1x3', null, null],
    ['项目资金（万元）@2x1', '年初预算数', '全年预算数', '全年执行数', '执行率', null, null, null],
    [null, 50, 50, 48, '96%', null, null, null],
    [
      '年度绩效目标',
      '保障20所乡村学校少年宫正常运行，每周开展活动不少于2次。@1x3',
      null,
      null,
      '实际完成情况',
      '20所乡村学校少年宫正常运行，每周开展活动2次以上。@1x3',
      null,
      null,
    ],
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
    ['产出指标@4x1', '数量指标', '补助乡村学校少年宫数量', '20所', '20所', 20, 20, null],
    [null, '质量指标', '活动开展达标率', '≥95%', '98%', 20, 20, null],
    [null, '时效指标', '资金拨付时间', '2024年6月30日前', '2024年6月15日', 15, 15, null],
    [null, '成本指标', '每所少年宫运行补助', '≤2.5万元', '2.4万元', 15, 15, null],
    ['效益指标@1x1', '社会效益指标', '参与活动学生人数', '≥3000人', '3200人', 20, 20, null],
    ['满意度指标@1x1', '服务对象满意度指标', '学生家长满意度', '≥90%', '93%', 10, 10, null],
  ],
};

/** 2. 2021 department table (budget year 2021), 指标性质 with 定性 wording under 质量, 个工作日. */
specs.dept2021 = {
  name: '部门整体2021',
  rows: [
    ['2021年度部门整体支出绩效目标表@1x7'],
    ['部门名称', '某县应急管理局@1x6'],
    ['年度预算申请（万元）@3x1', '资金总额', 860, null, null, null, null],
    [null, '其中：财政拨款', 800, null, null, null, null],
    [null, '其他资金', 60, null, null, null, null],
    ['年度主要任务@3x1', '任务名称', '主要内容@1x3', null, null, '预算金额（万元）@1x2', null],
    [null, '人员经费', '保障在职人员工资福利@1x3', null, null, '560@1x2', null],
    [null, '安全生产监管', '开展安全生产执法检查和隐患排查@1x3', null, null, '300@1x2', null],
    ['年度总体目标', '保障机构正常运转，全年开展安全生产执法检查不少于300家次，不发生重大安全生产事故。@1x6'],
    ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '指标值确定依据'],
    ['产出指标@4x1', '数量指标', '安全生产执法检查企业', '≥', 300, '家次', '计划标准'],
    [null, '质量指标', '隐患整改完成率', '≥', 98, '%', '行业标准'],
    [null, '质量指标', '重大安全生产事故', '定性', '无重大安全事故', null, '历史标准'],
    [null, '时效指标', '隐患整改时限', '≤', 15, '个工作日', '行业标准'],
    ['成本指标@1x1', '经济成本指标', '执法检查工作经费', '≤', 300, '万元', '计划标准'],
    ['效益指标@1x1', '社会效益指标', '生产安全事故起数下降率', '≥', 5, '%', '历史标准'],
    ['满意度指标@1x1', '服务对象满意度指标', '企业和群众满意度', '≥', 90, '%', '行业标准'],
  ],
};

/** 3. 金额单位：元, spaced / line-broken header text, ≥98%（含）, ≤15个工作日, ≥3个. */
specs.yuanSpaced = {
  name: '元表',
  rows: [
    ['2024年度项目支出绩效目标表@1x6'],
    ['金额单位：元@1x6'],
    ['项目名称', '社区居家养老服务补贴@1x2', null, '项目编码', '2024MZ021@1x2', null],
    ['主管部门', '民政局@1x2', null, '实施单位', '社会福利中心@1x2', null],
    ['年度资金总额', 2400000, '其中：财政拨款', 2000000, '上年结转', 400000],
    ['年度绩效目标', '为800名经济困难老年人提供居家养老服务补贴，服务按月落实到位。@1x5'],
    ['一 级 指 标', '二 级\n指 标', '三 级 指 标', '指 标 值', '指标值确定\n依 据', '备 注'],
    ['产出指标@4x1', '数量指标', '补贴老年人数', '≥800人', '计划标准', null],
    [null, '质量指标', '服务质量达标率', '≥98%（含）', '行业标准', null],
    [null, '时效指标', '补贴发放时限', '≤15个工作日', '计划标准', null],
    [null, '成本指标', '人均年补贴标准', '≤3000元', '计划标准', null],
    ['效益指标@2x1', '社会效益指标', '居家养老服务覆盖率', '≥90%', '历史标准', null],
    [null, '可持续影响指标', '新增社区养老服务站点', '≥3个', '计划标准', null],
    ['满意度指标@1x1', '服务对象满意度指标', '服务对象满意度', '≥90%', '行业标准', null],
  ],
};

/** 4. Grid starting in column C (two empty columns), plan as 1-3月 | 1-6月 | 1-9月 | 1-12月. */
specs.colC = {
  name: 'C列起',
  rows: [
    [null, null, '2024年度项目支出绩效目标表@1x6'],
    [null, null, '项目名称', '城区公厕管护@1x2', null, '项目编码', '2024CG031@1x2', null],
    [null, null, '年度资金总额（万元）', 120, '其中：财政拨款（万元）', 120, null, null],
    [null, null, '资金支出计划（%）@2x1', '1-3月', '1-6月', '1-9月', '1-12月', null],
    [null, null, null, '25%', '50%', '75%', '100%', null],
    [null, null, '年度绩效目标', '完成城区120座公厕日常管护，公厕保洁达标率不低于95%。@1x5'],
    [null, null, '一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据', '备注'],
    [null, null, '产出指标@4x1', '数量指标', '管护公厕数量', '120座', '计划标准', null],
    [null, null, null, '质量指标', '公厕保洁达标率', '≥95%', '行业标准', null],
    [null, null, null, '时效指标', '设施故障维修时限', '≤48小时', '行业标准', null],
    [null, null, null, '成本指标', '单座公厕年管护费', '≤1万元', '计划标准', null],
    [null, null, '效益指标@2x1', '社会效益指标', '公厕免费开放率', '100%', '行业标准', null],
    [null, null, null, '生态效益指标', '粪污无害化处理率', '100%', '行业标准', null],
    [null, null, '满意度指标@1x1', '服务对象满意度指标', '市民如厕满意度', '≥85%', '行业标准', null],
  ],
};

/** 5. 2021 framework, plan as 第一季度…第四季度, 年度指标值 header, "100%完成", 一般公共预算拨款. */
specs.quarterWords = {
  name: '季度',
  rows: [
    ['项目支出绩效目标表@1x6'],
    ['（2024年度）@1x6'],
    ['项目名称', '农产品质量安全监测@1x5'],
    ['项目编码', '2024NY018@1x5'],
    ['年度资金总额（万元）', 45, '其中：一般公共预算拨款（万元）', 45, null, null],
    ['资金支出计划（%）', '第一季度', '第二季度', '第三季度', '第四季度', null],
    [null, '10%', '40%', '70%', '100%', null],
    ['年度绩效目标', '完成农产品质量安全定量监测1200批次，监测任务100%完成。@1x5'],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '指标值确定依据', '备注'],
    ['产出指标@3x1', '数量指标', '农产品定量监测批次', '≥1200批次', '计划标准', null],
    [null, '质量指标', '年度监测任务完成率', '100%完成', '计划标准', null],
    [null, '时效指标', '监测结果报送时限', '≤5个工作日', '行业标准', null],
    ['成本指标@1x1', '经济成本指标', '单批次监测费用', '≤375元', '计划标准', null],
    ['效益指标@1x1', '社会效益指标', '农产品质量安全监测合格率', '≥98%', '历史标准', null],
    ['满意度指标@1x1', '服务对象满意度指标', '生产经营主体满意度', '≥90%', '行业标准', null],
  ],
};

/** 6. 2015, 指标值类型 (定量/定性) + 计量单位 columns, 项目代码, 预算单位, 专项债券, legacy 满意度 under 效益. */
specs.valueType = {
  name: '指标值类型',
  rows: [
    ['2024年度项目绩效目标申报表@1x7'],
    ['项目名称', '基层医疗机构设备购置@1x6'],
    ['项目代码', '2024WJ009@1x2', null, '预算单位', '卫生健康局@1x3', null, null],
    ['年度资金总额（万元）', 600, '其中：财政拨款（万元）', 400, '专项债券（万元）', 200, null],
    ['年度绩效目标', '为15家乡镇卫生院购置DR、彩超等基本医疗设备，提升基层诊疗能力。@1x6'],
    ['一级指标', '二级指标', '三级指标', '指标值类型', '指标值', '计量单位', '绩效标准'],
    ['产出指标@4x1', '数量指标', '配备设备乡镇卫生院数量', '定量', '≥15', '家', '计划标准'],
    [null, '质量指标', '设备验收合格率', '定量', '100', '%', '行业标准'],
    [null, '时效指标', '设备采购完成时间', '定性', '2024年9月30日前', null, '计划标准'],
    [null, '成本指标', '单家卫生院设备购置成本', '定量', '≤40', '万元', '计划标准'],
    ['效益指标@3x1', '社会效益指标', '基层医疗机构诊疗人次增长率', '定量', '≥10', '%', '历史标准'],
    [null, '可持续影响指标', '设备使用年限', '定量', '≥8', '年', '行业标准'],
    [null, '社会公众或服务对象满意度指标', '患者满意度', '定量', '≥90', '%', '行业标准'],
  ],
};

/** 7. Two-row header 指标值 over 符号 | 值 | 单位, plus 分值 (sums to 100). */
specs.symbolValueUnit = {
  name: '符号值单位',
  rows: [
    ['2024年度项目支出绩效目标表@1x8'],
    ['项目名称', '智慧停车系统运维@1x3', null, null, '项目编码', '2024JT006@1x3', null, null],
    ['年度资金总额（万元）', 80, '其中：财政拨款（万元）', 80, null, null, null, null],
    ['年度绩效目标', '保障城区3000个智慧停车泊位系统稳定运行，系统正常运行率不低于98%。@1x7'],
    [
      '一级指标@2x1',
      '二级指标@2x1',
      '三级指标@2x1',
      '指标值@1x3',
      null,
      null,
      '分值@2x1',
      '指标值确定依据@2x1',
    ],
    [null, null, null, '符号', '值', '单位', null, null],
    ['产出指标@3x1', '数量指标', '运维智慧停车泊位', '≥', 3000, '个', 20, '计划标准'],
    [null, '质量指标', '系统正常运行率', '≥', 98, '%', 20, '行业标准'],
    [null, '时效指标', '运维服务完成时间', '定性', '2024年12月31日前', null, 10, '计划标准'],
    ['成本指标@1x1', '经济成本指标', '系统运维费用', '≤', 80, '万元', 10, '计划标准'],
    ['效益指标@2x1', '社会效益指标', '停车泊位周转率提高', '≥', 10, '%', 15, '历史标准'],
    [null, '经济效益指标', '停车收费收缴率', '≥', 95, '%', 15, '历史标准'],
    ['满意度指标@1x1', '服务对象满意度指标', '车主满意度', '≥', 85, '%', 10, '行业标准'],
  ],
};

/** 8. 预算项目绩效信息表: 项目支出实施期, sources 中央/省级/市县/单位自筹 on separate rows, 指标内容 / 目标值 headers. */
specs.infoTable = {
  name: '信息表',
  rows: [
    ['2024年度预算项目绩效信息表@1x5'],
    ['项目名称', '老旧小区改造@1x4'],
    ['项目支出实施期', '2024年1月-2024年12月@1x4'],
    ['资金总额（万元）@4x1', 1500, '其中：中央资金', 900, null],
    [null, null, '省级资金', 300, null],
    [null, null, '市县资金', 200, null],
    [null, null, '单位自筹资金', 100, null],
    ['年度目标', '完成3个老旧小区改造，惠及居民1200户，改造工程竣工验收合格率100%。@1x4'],
    ['一级指标', '二级指标', '指标内容', '目标值', '绩效标准'],
    ['产出指标@3x1', '数量指标', '改造老旧小区数量', '≥3个', '计划标准'],
    [null, '质量指标', '工程竣工验收合格率', '100%', '行业标准'],
    [null, '时效指标', '改造工程完工时间', '2024年11月30日前', '计划标准'],
    ['成本指标@1x1', '经济成本指标', '户均改造成本', '≤1.25万元', '计划标准'],
    ['效益指标@2x1', '社会效益指标', '受益居民户数', '≥1200户', '计划标准'],
    [null, '生态效益指标', '小区雨污分流改造完成率', '100%', '行业标准'],
    ['满意度指标@1x1', '服务对象满意度指标', '小区居民满意度', '≥90%', '行业标准'],
  ],
};

/** Copy a spec and set one cell, keeping any merge suffix of the original cell. */
function mutate(spec: SheetSpec, a1: string, v: CellSpec): SheetSpec {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const r = Number(m[2]) - 1;
  const c = colIndex(m[1]);
  const rows: Row[] = spec.rows.map((row) => [...row]);
  while (rows[r].length <= c) rows[r].push(null);
  const old = rows[r][c];
  const suffix = typeof old === 'string' ? (/@\d+x\d+$/.exec(old)?.[0] ?? '') : '';
  rows[r][c] = typeof v === 'string' || (v != null && suffix) ? `${v}${suffix}` : v;
  return { ...spec, name: `${spec.name}-坏`, rows };
}

const show = (spec: SheetSpec) => {
  const res = checkWorkbook(workbook(spec));
  return { res, all: res.findings.map((f) => `${f.severity} ${f.rule} ${f.cell} ${f.text.zh}`) };
};

describe('hunt2 (a): sound layouts', () => {
  for (const [key, spec] of Object.entries(specs)) {
    it(`${key} checks clean`, () => {
      const { res, all } = show(spec);
      const bad = all.filter((s) => !s.startsWith('info'));
      expect({ tables: res.tables.length, bad }).toEqual({ tables: 1, bad: [] });
    });
  }
});

interface Plant {
  base: string;
  cell: string;
  value: CellSpec;
  rule: string;
  at: string[];
}
const plants: Record<string, Plant> = {
  placeholder: { base: 'selfEval', cell: 'D8', value: '≥**%', rule: 'value/placeholder', at: ['D8'] },
  qualitativeWithNumber: {
    base: 'dept2021',
    cell: 'E13',
    value: 0,
    rule: 'value/nature-mismatch',
    at: ['E13', 'D13'],
  },
  sourcesSum: { base: 'yuanSpaced', cell: 'D5', value: 1800000, rule: 'amount/sources-sum', at: ['B5'] },
  planNot100: { base: 'colC', cell: 'G5', value: '90%', rule: 'plan/not-100', at: ['G5'] },
  satisfactionLow: {
    base: 'quarterWords',
    cell: 'D15',
    value: '≥75%',
    rule: 'percent/satisfaction-low',
    at: ['D15'],
  },
  wrongParent: {
    base: 'valueType',
    cell: 'B12',
    value: '数量指标',
    rule: 'structure/wrong-parent',
    at: ['B12'],
  },
  yearMismatch: {
    base: 'symbolValueUnit',
    cell: 'E9',
    value: '2023年12月31日前',
    rule: 'text/year-mismatch',
    at: ['E9'],
  },
  missingValue: {
    base: 'infoTable',
    cell: 'D11',
    value: null,
    rule: 'structure/missing-value',
    at: ['D11', 'C11'],
  },
};

describe('hunt2 (b): planted defects', () => {
  for (const [key, p] of Object.entries(plants)) {
    it(`${key}: ${p.rule} at ${p.at.join('|')} (${p.base} ${p.cell}=${String(p.value)})`, () => {
      const { res, all } = show(mutate(specs[p.base], p.cell, p.value));
      const hit = res.findings.filter((f) => f.rule === p.rule && p.at.includes(f.cell));
      expect({ tables: res.tables.length, hit: hit.length > 0, all }).toMatchObject({ tables: 1, hit: true });
    });
  }
});
