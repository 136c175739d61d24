/**
 * A sound filling of each template, as data: what a careful budget officer
 * would write. Laid out with `layoutTemplate(kind, { fill: fillSample(kind) })`
 * it checks clean (no error, no warning). Used by the tests, and as an
 * example the task pane or the CLI may offer.
 */
import { defaultBudgetYear } from './definitions';
import type { FilledIndicator, TemplateFill, TemplateKind } from './types';

function project2015(year: number): TemplateFill {
  const ind: FilledIndicator[] = [
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '补贴发放人数',
      description: '全年按月享受岗位补贴的公益性岗位人员',
      value: '≥500人',
      basis: '计划标准',
    },
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '开发公益性岗位数',
      description: '年度新开发和续用的公益性岗位',
      value: '≥500个',
      basis: '计划标准',
    },
    {
      level1: '产出指标',
      level2: '质量指标',
      name: '补贴发放准确率',
      description: '按标准足额发放到人的补贴占应发补贴的比例',
      value: '100%',
      basis: '行业标准',
    },
    {
      level1: '产出指标',
      level2: '质量指标',
      name: '岗位人员在岗率',
      description: '按要求在岗履职的人员占比',
      value: '≥95%',
      basis: '历史标准',
    },
    {
      level1: '产出指标',
      level2: '时效指标',
      name: '补贴发放完成时间',
      description: '全年补贴发放完毕的时间',
      value: `${year}年12月31日前`,
      basis: '计划标准',
    },
    {
      level1: '产出指标',
      level2: '成本指标',
      name: '人均年补贴标准',
      description: '每名岗位人员全年补贴',
      value: '≤6000元/人',
      basis: '计划标准',
    },
    {
      level1: '效益指标',
      level2: '社会效益指标',
      name: '就业困难人员安置率',
      description: '安置到公益性岗位的就业困难人员占申请人数的比例',
      value: '≥90%',
      basis: '历史标准',
    },
    {
      level1: '效益指标',
      level2: '可持续影响指标',
      name: '就业帮扶长效机制',
      description: '公益性岗位开发管理制度建立和执行情况',
      value: '健全',
      basis: '其他标准',
    },
    {
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      name: '岗位人员满意度',
      description: '抽样调查岗位人员对补贴发放的满意程度',
      value: '≥90%',
      basis: '行业标准',
    },
  ];
  return {
    fields: {
      code: `${year}-001`,
      name: '城乡公益性岗位补贴',
      purpose: '预算数 300万元。用于城乡公益性岗位人员补贴发放。',
      plan3: 0.25,
      plan6: 0.5,
      plan10: 0.8,
      plan12: 1,
      goal: '按月足额发放公益性岗位补贴，托底安置就业困难人员，稳定就业局势。',
    },
    indicators: ind,
  };
}

function project2021(year: number): TemplateFill {
  const ind: FilledIndicator[] = [
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '培训人次',
      nature: '≥',
      value: 2000,
      unit: '人次',
      weight: 20,
      basis: '计划标准',
    },
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '开办培训班期数',
      nature: '≥',
      value: 40,
      unit: '期',
      weight: 10,
      basis: '计划标准',
    },
    {
      level1: '产出指标',
      level2: '质量指标',
      name: '培训合格率',
      nature: '≥',
      value: 90,
      unit: '%',
      weight: 15,
      basis: '行业标准',
    },
    {
      level1: '产出指标',
      level2: '时效指标',
      name: '培训完成时间',
      nature: '定性',
      value: `${year}年12月底前`,
      weight: 10,
      basis: '计划标准',
    },
    {
      level1: '成本指标',
      level2: '经济成本指标',
      name: '人均培训补贴',
      nature: '≤',
      value: 600,
      unit: '元/人',
      weight: 10,
      basis: '计划标准',
    },
    {
      level1: '效益指标',
      level2: '社会效益指标',
      name: '培训后就业率',
      nature: '≥',
      value: 60,
      unit: '%',
      weight: 15,
      basis: '历史标准',
    },
    {
      level1: '效益指标',
      level2: '社会效益指标',
      name: '取得职业技能证书人数',
      nature: '≥',
      value: 1500,
      unit: '人',
      weight: 10,
      basis: '计划标准',
    },
    {
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      name: '参训人员满意度',
      nature: '≥',
      value: 90,
      unit: '%',
      weight: 10,
      basis: '行业标准',
    },
  ];
  return {
    fields: {
      name: '职业技能培训补贴',
      code: `${year}0102001`,
      department: '人力资源和社会保障局',
      unit: '就业服务中心',
      finance: 100,
      other: 20,
      goal: '完成职业技能培训2000人次，培训合格率不低于90%，提升劳动者就业能力。',
    },
    indicators: ind,
  };
}

function department(year: number): TemplateFill {
  const ind: FilledIndicator[] = [
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '惠民演出场次',
      description: '全年组织的文化惠民演出',
      value: '≥50场',
      basis: '计划标准',
    },
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '公共文化场馆免费开放天数',
      description: '图书馆、文化馆全年免费开放',
      value: '≥300天',
      basis: '历史标准',
    },
    {
      level1: '产出指标',
      level2: '质量指标',
      name: '演出活动验收合格率',
      description: '通过验收的演出占全部演出的比例',
      value: '100%',
      basis: '行业标准',
    },
    {
      level1: '产出指标',
      level2: '时效指标',
      name: '年度任务完成时间',
      description: '全年演出和开放任务完成的时间',
      value: `${year}年12月31日前`,
      basis: '计划标准',
    },
    {
      level1: '产出指标',
      level2: '成本指标',
      name: '场均演出成本',
      description: '每场惠民演出的平均支出',
      value: '≤1.6万元',
      basis: '计划标准',
    },
    {
      level1: '效益指标',
      level2: '社会效益指标',
      name: '服务群众人次',
      description: '参加演出和到馆的群众人次',
      value: '≥5万人次',
      basis: '计划标准',
    },
    {
      level1: '效益指标',
      level2: '可持续影响指标',
      name: '公共文化服务体系',
      description: '基层公共文化服务网络建设情况',
      value: '健全',
      basis: '其他标准',
    },
    {
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      name: '群众满意度',
      description: '抽样调查群众对文化服务的满意程度',
      value: '≥90%',
      basis: '行业标准',
    },
  ];
  return {
    fields: {
      department: '某区文化和旅游局',
      task1Name: '公共文化服务',
      task1Content: '组织文化惠民演出，公共文化场馆免费开放',
      task1Amount: 80,
      task2Name: '文物保护利用',
      task2Content: '不可移动文物日常巡查和保养维护',
      task2Amount: 50,
      goal: '全年组织文化惠民演出，公共文化场馆免费开放，丰富群众精神文化生活。',
    },
    indicators: ind,
  };
}

const SAMPLES: Record<TemplateKind, (year: number) => TemplateFill> = {
  'project-2015': project2015,
  'project-2021': project2021,
  department,
};

/** A sound filling of the template; its dates fall in `year` (default: next year, as `layoutTemplate`'s), so lay it out with the same year. */
export function fillSample(kind: TemplateKind, year: number = defaultBudgetYear()): TemplateFill {
  return SAMPLES[kind](year);
}
