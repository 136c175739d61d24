/**
 * Planted defects: sound tables in three layouts (2015 seed-style, 2021 指标性质/度量单位, no merges),
 * one planted defect per copy; each must give a finding of the rule's family at the cell rules.md
 * names, and no other error/warning of another family.
 */
import { checkWorkbook } from '../../../src/core/check';
import { workbook, colIndex, type SheetSpec, type CellSpec } from '../../helpers/sheet';

type Row = CellSpec[];

/** 2015 seed-style: 项目编码 | 预算项目名称, 项目资金主要用途 with 预算数, 3月底…12月底 plan, 绩效目标, 描述 column. */
const seed2015: SheetSpec = {
  name: '项目支出绩效目标表',
  rows: [
    ['项目编码', '102001001', '预算项目名称', '职业技能培训@1x3', null, null],
    ['项目资金\n主要用途', '预算数 50万元。用于开展职业技能培训。@1x5'],
    ['资金支出\n计划（%）@2x1', '3月底', '6月底', '10月底', '12月底', null],
    [null, '10%', '40%', '70%', '100%', null],
    ['绩效目标', '完成职业技能培训500人，培训合格率不低于95%。@1x5'],
    ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'],
    ['产出指标@4x1', '数量指标', '培训人数', '年度培训人数', '≥500人', '计划标准'],
    [null, '质量指标', '培训合格率', '考核合格人数占参训人数的比例', '≥95%', '行业标准'],
    [null, '时效指标', '培训完成时间', '全部培训完成的时间', '12月底前', '计划标准'],
    [null, '成本指标', '人均培训成本', '人均培训费用', '≤800元', '历史标准'],
    ['效益指标@1x1', '社会效益指标', '参训人员就业率', '参训人员半年内就业的比例', '≥80%', '历史标准'],
    ['满意度指标@1x1', '服务对象满意度指标', '参训人员满意度', '问卷调查满意的比例', '≥90%', '行业标准'],
  ],
};

/** 2021 central form (soundLayouts central2021, header merges corrected so labels are not covered). */
const form2021: SheetSpec = {
  name: '项目支出绩效目标表2021',
  rows: [
    ['项目支出绩效目标表@1x7'],
    ['（2024年度）@1x7'],
    ['项目名称', '农村饮水安全巩固提升@1x2', null, '项目编码', '330100240001@1x3', null, null],
    ['主管部门', '水利局@1x2', null, '实施单位', '农村水利服务中心@1x3', null, null],
    ['项目资金（万元）@3x1', '年度资金总额', 800, null, null, null, null],
    [null, '其中：财政拨款', 600],
    [null, '其他资金', 200],
    ['年度绩效目标', '完成12处农村供水工程维修养护，农村自来水普及率达到95%以上，保障农村群众饮水安全。@1x6'],
    ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '指标值确定依据'],
    ['产出指标@4x1', '数量指标', '维修养护供水工程', '≥', 12, '处', '计划标准'],
    [null, '质量指标', '水质检测合格率', '≥', 95, '%', '行业标准'],
    [null, '质量指标', '工程质量等级', '定性', '优良', null, '行业标准'],
    [null, '时效指标', '项目完成时间', '定性', '2024年12月31日前', null, '计划标准'],
    ['成本指标@2x1', '经济成本指标', '工程维修养护费用', '≤', 500, '万元', '计划标准'],
    [null, '社会成本指标', '安全生产事故', '＝', 0, '起', '历史标准'],
    ['效益指标@2x1', '社会效益指标', '农村自来水普及率', '≥', 95, '%', '历史标准'],
    [null, '生态效益指标', '水源地保护', '定性', '达标', null, '行业标准'],
    ['满意度指标@1x1', '服务对象满意度指标', '受益群众满意度', '≥', 90, '%', '行业标准'],
  ],
};

/** No merges, short level names repeated on every row (soundLayouts shortLevel1Repeated). */
const flat: SheetSpec = {
  name: '短名',
  noMerges: true,
  rows: [
    ['2024年度项目支出绩效目标表'],
    ['项目名称', '社区矫正经费'],
    ['年度资金总额（万元）', 30],
    ['年度绩效目标', '全年监管社区矫正对象不少于150人，不发生脱管漏管。'],
    ['一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据'],
    ['产出', '数量', '监管社区矫正对象人数', '≥150人', '计划标准'],
    ['产出', '质量', '矫正对象脱管漏管率', '0%', '行业标准'],
    ['产出', '时效', '入矫报到时限', '≤10日', '行业标准'],
    ['成本', '经济成本', '人均矫正经费', '≤2000元', '计划标准'],
    ['效益', '社会效益', '社区矫正对象再犯罪率', '≤0.2%', '历史标准'],
    ['满意度', '服务对象满意度', '社区群众满意度', '≥90%', '行业标准'],
  ],
};

/** 2015 with 单位：万元 above, 项目资金主要用途 sentence and a 年度资金总额 field (legacyUnderBenefit shape). */
const purpose: SheetSpec = {
  name: '旧表',
  rows: [
    ['2024年项目支出绩效目标表@1x5'],
    ['单位：万元@1x5'],
    ['预算项目名称', '农业技术推广@1x4'],
    ['项目资金主要用途', '预算数 45万元。用于农业新技术示范推广。@1x4'],
    ['年度资金总额', 45, null, null, null],
    ['年度绩效目标', '示范推广农业新技术5项，培训农民1000人次。@1x4'],
    ['一级指标', '二级指标', '指标名称', '目标值', '绩效标准'],
    ['产出指标@5x1', '数量指标', '推广农业新技术', '5项', '计划标准'],
    [null, '数量指标', '培训农民人次', '≥1000人次', '计划标准'],
    [null, '质量指标', '技术到位率', '≥95%', '行业标准'],
    [null, '时效指标', '推广完成时间', '2024年10月底前', '计划标准'],
    [null, '成本指标', '示范推广经费', '≤45万元', '计划标准'],
    ['效益指标@2x1', '经济效益指标', '示范区亩均增收', '≥200元', '历史标准'],
    [null, '可持续影响指标', '技术推广覆盖乡镇', '≥12个', '其他标准'],
    ['满意度指标@1x1', '服务对象满意度指标', '农户满意度', '≥90%', '行业标准'],
  ],
};

/** Weights column summing to 100 (soundLayouts weights, code merge corrected). */
const weights: SheetSpec = {
  name: '权重',
  rows: [
    ['2024年度项目绩效目标表@1x6'],
    ['项目名称', '中小学校舍维修改造', null, '项目编码', '2024JY003@1x2', null],
    ['年度资金总额（万元）', 500, '其中：财政拨款', 450, '其他资金', 50],
    ['年度绩效目标', '完成10所中小学校舍维修改造，改善办学条件。@1x5'],
    ['一级指标', '二级指标', '三级指标', '指标值及单位', '权重', '指标值确定依据'],
    ['产出指标@4x1', '数量指标', '维修改造学校数量', '10所', 20, '计划标准'],
    [null, '质量指标', '工程验收合格率', '100%', 20, '行业标准'],
    [null, '时效指标', '工程完工时间', '2024年8月31日前', 10, '计划标准'],
    [null, '成本指标', '单校平均维修成本', '≤50万元', 10, '计划标准'],
    ['效益指标@2x1', '社会效益指标', '受益学生人数', '≥5000人', 20, '计划标准'],
    [null, '可持续影响指标', '校舍安全使用年限', '≥10年', 10, '行业标准'],
    ['满意度指标@1x1', '服务对象满意度指标', '师生满意度', '≥90%', 10, '行业标准'],
  ],
};

/** Two stacked tables (soundLayouts stackedTwo, name/code merges corrected). */
const oneTable = (name: string, code: string, amount: number, n: string, nv: string): Row[] => [
  [`项目支出绩效目标表（2024年度）@1x5`],
  ['项目名称', name, '项目编码', `${code}@1x2`, null],
  ['年度资金总额（万元）', amount, '其中：财政拨款（万元）', amount, null],
  ['年度绩效目标', `完成${name}年度任务。@1x4`],
  ['一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据'],
  ['产出指标@3x1', '数量指标', n, nv, '计划标准'],
  [null, '质量指标', `${name}验收合格率`, '100%', '行业标准'],
  [null, '时效指标', `${name}完成时间`, '2024年12月31日前', '计划标准'],
  ['成本指标@1x1', '经济成本指标', `${name}经费`, `≤${amount}万元`, '计划标准'],
  ['效益指标@1x1', '社会效益指标', `${name}受益人数`, '≥2000人次', '历史标准'],
  ['满意度指标@1x1', '服务对象满意度指标', `${name}满意度`, '≥90%', '行业标准'],
  [null],
];
const stacked = (c1: string, c2: string): SheetSpec => ({
  name: '多项目',
  rows: [
    ...oneTable('残疾人康复救助', c1, 150, '救助残疾儿童人数', '≥200人'),
    ...oneTable('残疾人就业培训', c2, 60, '培训人次', '≥500人次'),
  ],
});

const bases: Record<string, SheetSpec[]> = {
  seed2015: [seed2015],
  form2021: [form2021],
  flat: [flat],
  purpose: [purpose],
  weights: [weights],
  stacked: [stacked('2024CL01', '2024CL02')],
  twoSheets: [
    seed2015,
    {
      ...seed2015,
      name: '项目支出绩效目标表2',
      rows: seed2015.rows.map((r, i) =>
        i === 0
          ? ['项目编码', '102001002', '预算项目名称', '职业技能鉴定@1x3', null, null]
          : i === 6
            ? ['产出指标@4x1', '数量指标', '技能鉴定人数', '年度鉴定人数', '≥300人', '计划标准']
            : r,
      ),
    },
  ],
};

/** Copy a spec and set cells, keeping any merge suffix of the original cell. */
function mutate(spec: SheetSpec, set: Record<string, CellSpec>): SheetSpec {
  const rows: Row[] = spec.rows.map((row) => [...row]);
  for (const [a1, v] of Object.entries(set)) {
    const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
    const r = Number(m[2]) - 1;
    const c = colIndex(m[1]);
    while (rows[r].length <= c) rows[r].push(null);
    const old = rows[r][c];
    const suffix = typeof old === 'string' ? (/@\d+x\d+$/.exec(old)?.[0] ?? '') : '';
    rows[r][c] = typeof v === 'string' || (v != null && suffix) ? `${v}${suffix}` : v;
  }
  return { ...spec, rows };
}
/** Drop 1-based sheet rows. */
const drop = (spec: SheetSpec, ...rowNos: number[]): SheetSpec => ({
  ...spec,
  rows: spec.rows.filter((_, i) => !rowNos.includes(i + 1)),
});
/** Insert a copy of 1-based row n right below it. */
const dupRow = (spec: SheetSpec, n: number): SheetSpec => ({
  ...spec,
  rows: [...spec.rows.slice(0, n), [...spec.rows[n - 1]], ...spec.rows.slice(n)],
});

const run = (sheets: SheetSpec[]) => {
  const res = checkWorkbook(workbook(...sheets));
  return { res, all: res.findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell} ${f.text.zh}`) };
};

describe('hunt3 (a): bases check clean', () => {
  for (const [key, sheets] of Object.entries(bases)) {
    it(`${key} checks clean`, () => {
      const { res, all } = run(sheets);
      const bad = all.filter((s) => !s.startsWith('info'));
      expect({ tables: res.tables.length, bad }).toEqual({
        tables: key === 'stacked' || key === 'twoSheets' ? 2 : 1,
        bad: [],
      });
    });
  }
});

interface Plant {
  sheets: SheetSpec[];
  rule: string;
  /** Cells (A1) where rules.md says the finding belongs; a row-only spec like 'row:6' accepts any cell of that row. */
  at: string[];
  tables?: number;
}
const one = (s: SheetSpec): SheetSpec[] => [s];
const longName =
  '社区矫正对象在矫期间参加教育学习、公益活动、心理辅导、职业技能培训以及就业指导等各项矫正措施的综合落实情况与年度考核结果达标的比例（按照省司法厅社区矫正工作考核办法执行）';

const plants: Record<string, Plant> = {
  // structure/missing-level1: whole 一级 absent -> the grid's header row
  missingLevel1_seed2015_效益: {
    sheets: one(drop(seed2015, 11)),
    rule: 'structure/missing-level1',
    at: ['row:6'],
  },
  missingLevel1_seed2015_满意度: {
    sheets: one(drop(seed2015, 12)),
    rule: 'structure/missing-level1',
    at: ['row:6'],
  },
  missingLevel1_form2021_满意度: {
    sheets: one(drop(form2021, 18)),
    rule: 'structure/missing-level1',
    at: ['row:9'],
  },
  missingLevel1_form2021_效益: {
    sheets: one(drop(form2021, 16, 17)),
    rule: 'structure/missing-level1',
    at: ['row:9'],
  },
  missingLevel1_flat_效益: { sheets: one(drop(flat, 10)), rule: 'structure/missing-level1', at: ['row:5'] },
  missingLevel1_flat_满意度: { sheets: one(drop(flat, 11)), rule: 'structure/missing-level1', at: ['row:5'] },
  // structure/missing-name: a row with a value but no 三级 name -> the empty name cell
  missingName_form2021: {
    sheets: one(mutate(form2021, { C11: null })),
    rule: 'structure/missing-name',
    at: ['C11'],
  },
  missingName_flat: {
    sheets: one(mutate(dupRow(flat, 6), { C7: null, D7: '≥20人' })),
    rule: 'structure/missing-name',
    at: ['C7'],
  },
  // structure/name-repeats-level
  nameRepeatsLevel_seed2015: {
    sheets: one(mutate(seed2015, { C7: '数量指标' })),
    rule: 'structure/name-repeats-level',
    at: ['C7'],
  },
  nameRepeatsLevel_form2021: {
    sheets: one(mutate(form2021, { C16: '社会效益指标' })),
    rule: 'structure/name-repeats-level',
    at: ['C16'],
  },
  // structure/duplicate-indicator
  duplicateIndicator_flat: {
    sheets: one(dupRow(flat, 6)),
    rule: 'structure/duplicate-indicator',
    at: ['C6', 'C7'],
  },
  duplicateIndicator_form2021: {
    sheets: one(mutate(form2021, { C12: '水质检测合格率', D12: '≥', E12: 98, F12: '%' })),
    rule: 'structure/duplicate-indicator',
    at: ['C11', 'C12'],
  },
  // structure/missing-basis
  missingBasis_seed2015: {
    sheets: one(mutate(seed2015, { F8: null })),
    rule: 'structure/missing-basis',
    at: ['F8'],
  },
  missingBasis_form2021: {
    sheets: one(mutate(form2021, { G10: null })),
    rule: 'structure/missing-basis',
    at: ['G10'],
  },
  missingBasis_flat: { sheets: one(mutate(flat, { E9: null })), rule: 'structure/missing-basis', at: ['E9'] },
  // structure/missing-goal: label with empty value
  missingGoal_seed2015: {
    sheets: one(mutate(seed2015, { B5: '' })),
    rule: 'structure/missing-goal',
    at: ['B5'],
  },
  missingGoal_form2021: {
    sheets: one(mutate(form2021, { B8: '' })),
    rule: 'structure/missing-goal',
    at: ['B8'],
  },
  missingGoal_flat: { sheets: one(mutate(flat, { B4: null })), rule: 'structure/missing-goal', at: ['B4'] },
  // structure/missing-field: empty 项目名称
  missingField_form2021: {
    sheets: one(mutate(form2021, { B3: '' })),
    rule: 'structure/missing-field',
    at: ['B3'],
  },
  missingField_seed2015: {
    sheets: one(mutate(seed2015, { D1: '' })),
    rule: 'structure/missing-field',
    at: ['D1'],
  },
  missingField_flat: { sheets: one(mutate(flat, { B2: null })), rule: 'structure/missing-field', at: ['B2'] },
  // structure/duplicate-code: two tables, same code -> a code cell
  duplicateCode_stacked: {
    sheets: one(stacked('2024CL01', '2024CL01')),
    rule: 'structure/duplicate-code',
    at: ['D2', 'D14'],
    tables: 2,
  },
  duplicateCode_twoSheets: {
    sheets: [
      seed2015,
      {
        ...bases.twoSheets[1],
        rows: bases.twoSheets[1].rows.map((r, i) =>
          i === 0 ? ['项目编码', '102001001', '预算项目名称', '职业技能鉴定@1x3', null, null] : r,
        ),
      },
    ],
    rule: 'structure/duplicate-code',
    at: ['B1'],
    tables: 2,
  },
  // structure/weights-sum: rules.md names no cell; accept the weight column (header or cells)
  weightsSum: { sheets: one(mutate(weights, { E6: 30 })), rule: 'structure/weights-sum', at: ['col:E'] },
  // value/vague
  vague_flat: { sheets: one(mutate(flat, { D10: '提升' })), rule: 'value/vague', at: ['D10'] },
  vague_seed2015: { sheets: one(mutate(seed2015, { E11: '提升' })), rule: 'value/vague', at: ['E11'] },
  // value/unit-mismatch: value 95% vs unit column 万元
  unitMismatch_form2021: {
    sheets: one(mutate(form2021, { E14: '95%' })),
    rule: 'value/unit-mismatch',
    at: ['E14', 'F14'],
  },
  // value/cost-operator
  costOperator_seed2015: {
    sheets: one(mutate(seed2015, { E10: '≥800元' })),
    rule: 'value/cost-operator',
    at: ['E10'],
  },
  costOperator_form2021: {
    sheets: one(mutate(form2021, { D14: '≥' })),
    rule: 'value/cost-operator',
    at: ['D14', 'E14'],
  },
  costOperator_flat: {
    sheets: one(mutate(flat, { D9: '≥2000元' })),
    rule: 'value/cost-operator',
    at: ['D9'],
  },
  // value/description-mismatch: 描述 70%以上, value ≥60%
  descriptionMismatch_seed2015: {
    sheets: one(mutate(seed2015, { D8: '参训人员考核合格率达到70%以上', E8: '≥60%' })),
    rule: 'value/description-mismatch',
    at: ['D8', 'E8'],
  },
  // value/missing-unit: count with no unit, no unit column
  missingUnit_flat: { sheets: one(mutate(flat, { D6: '≥150' })), rule: 'value/missing-unit', at: ['D6'] },
  missingUnit_seed2015: {
    sheets: one(mutate(seed2015, { E7: '≥500' })),
    rule: 'value/missing-unit',
    at: ['E7'],
  },
  // amount/text-vs-field
  textVsField_purpose: {
    sheets: one(mutate(purpose, { B4: '预算数 54万元。用于农业新技术示范推广。' })),
    rule: 'amount/text-vs-field',
    at: ['B4', 'B5'],
  },
  // amount/unit-slip: 年度资金总额 50000000 under 单位：万元 vs 预算数 5000万元
  unitSlip_purpose: {
    sheets: one(mutate(purpose, { B4: '预算数 5000万元。用于农业新技术示范推广。', B5: 50000000 })),
    rule: 'amount/unit-slip',
    at: ['B4', 'B5'],
  },
  // amount/cost-exceeds-budget
  costExceeds_form2021: {
    sheets: one(mutate(form2021, { E14: 900 })),
    rule: 'amount/cost-exceeds-budget',
    at: ['E14'],
  },
  costExceeds_flat: {
    sheets: one(mutate(flat, { C9: '社区矫正工作经费', D9: '≤50万元' })),
    rule: 'amount/cost-exceeds-budget',
    at: ['D9'],
  },
  costExceeds_seed2015: {
    sheets: one(mutate(seed2015, { C10: '培训工作经费', E10: '≤80万元' })),
    rule: 'amount/cost-exceeds-budget',
    at: ['E10'],
  },
  // percent/out-of-range: 完成率 120%
  percentRange_form2021: {
    sheets: one(mutate(form2021, { C11: '维修养护任务完成率', E11: 120 })),
    rule: 'percent/out-of-range',
    at: ['E11'],
  },
  percentRange_seed2015: {
    sheets: one(mutate(seed2015, { C8: '培训计划完成率', E8: '120%' })),
    rule: 'percent/out-of-range',
    at: ['E8'],
  },
  percentRange_flat: {
    sheets: one(mutate(flat, { C7: '矫正任务完成率', D7: '120%' })),
    rule: 'percent/out-of-range',
    at: ['D7'],
  },
  // plan/out-of-range: a plan point of 120%
  planRange_seed2015: {
    sheets: one(mutate(seed2015, { E4: '120%' })),
    rule: 'plan/out-of-range',
    at: ['E4'],
  },
  // text/too-long: a 三级 name over 80 characters
  tooLong_flat: { sheets: one(mutate(flat, { C7: longName })), rule: 'text/too-long', at: ['C7'] },
  tooLong_form2021: { sheets: one(mutate(form2021, { C11: longName })), rule: 'text/too-long', at: ['C11'] },
};

const hits = (cell: string, at: string[]) =>
  at.some((a) =>
    a.startsWith('row:')
      ? /\d+$/.exec(cell)![0] === a.slice(4)
      : a.startsWith('col:')
        ? /^[A-Z]+/.exec(cell)![0] === a.slice(4)
        : a === cell,
  );

describe('hunt3 (b): planted defects', () => {
  for (const [key, p] of Object.entries(plants)) {
    it(`${key}: ${p.rule} at ${p.at.join('|')}`, () => {
      const { res, all } = run(p.sheets);
      const fam = p.rule.split('/')[0] + '/';
      const hit = res.findings
        .filter((f) => f.rule.startsWith(fam) && hits(f.cell, p.at))
        .map((f) => `${f.rule} ${f.cell}`);
      const other = res.findings
        .filter((f) => f.severity !== 'info' && !f.rule.startsWith(fam))
        .map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell} ${f.text.zh}`);
      expect({ tables: res.tables.length, hit: hit.length > 0, other, all }).toMatchObject({
        tables: p.tables ?? 1,
        hit: true,
        other: [],
      });
    });
  }
});
