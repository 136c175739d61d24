/**
 * The three templates, as data: header block, grid columns, the 一级/二级
 * skeleton, print orientation; plus the drop-down lists and the style table.
 * `layoutTemplate` (./layout.ts) turns a definition into a sheet model.
 *
 * The sheet texts are Chinese on purpose: they are the labels of the
 * national forms, and the checker's reader matches them.
 */
import type { CellStyle, CellStyleName, HeaderRowDef, TemplateDefinition, TemplateKind } from './types';

// ---------------------------------------------------------------------------
// Drop-down lists
// ---------------------------------------------------------------------------

/** 指标性质 codes of the national system. */
export const NATURE_LIST: readonly string[] = ['≥', '＞', '＝', '＜', '≤', '定性'];

/** 指标值确定依据 (绩效标准). */
export const BASIS_LIST: readonly string[] = ['计划标准', '行业标准', '历史标准', '其他标准'];

/**
 * 度量单位 offered in the drop-down: the common ones of the units vocabulary
 * (src/core/value/vocabulary.ts, canonical spellings). Excel caps a literal
 * list at 255 characters, so this is a selection; the validation only
 * informs, so any other unit can still be typed.
 */
export const UNIT_LIST: readonly string[] = [
  '%',
  '万元',
  '元',
  '元/人',
  '元/户',
  '元/亩',
  '万元/公里',
  '人',
  '人次',
  '户',
  '家',
  '个',
  '项',
  '次',
  '场',
  '期',
  '批',
  '处',
  '座',
  '所',
  '辆',
  '台',
  '套',
  '件',
  '份',
  '册',
  '篇',
  '条',
  '天',
  '个工作日',
  '小时',
  '个月',
  '年',
  '公里',
  '米',
  '平方米',
  '亩',
  '吨',
  '立方米',
];

/** Excel's limit on a validation list written as a literal ("a,b,c"). */
export const MAX_LIST_CHARS = 255;

// ---------------------------------------------------------------------------
// Styles
// ---------------------------------------------------------------------------

const BODY_FONT = '宋体';
const TITLE_FONT = '黑体';
const LABEL_FILL = '#F2F2F2';
const HEADER_FILL = '#D9E1F2';

export const STYLE_TABLE: Readonly<Record<CellStyleName, CellStyle>> = {
  title: {
    font: { name: TITLE_FONT, size: 16, bold: true },
    hAlign: 'center',
    vAlign: 'middle',
    wrap: false,
    border: false,
  },
  label: {
    font: { name: BODY_FONT, size: 10.5, bold: true },
    hAlign: 'center',
    vAlign: 'middle',
    wrap: true,
    border: true,
    fill: LABEL_FILL,
  },
  subLabel: {
    font: { name: BODY_FONT, size: 10.5 },
    hAlign: 'center',
    vAlign: 'middle',
    wrap: true,
    border: true,
    fill: LABEL_FILL,
  },
  input: {
    font: { name: BODY_FONT, size: 10.5 },
    hAlign: 'left',
    vAlign: 'middle',
    wrap: true,
    border: true,
  },
  inputCenter: {
    font: { name: BODY_FONT, size: 10.5 },
    hAlign: 'center',
    vAlign: 'middle',
    wrap: true,
    border: true,
  },
  header: {
    font: { name: BODY_FONT, size: 10.5, bold: true },
    hAlign: 'center',
    vAlign: 'middle',
    wrap: true,
    border: true,
    fill: HEADER_FILL,
  },
  level: {
    font: { name: BODY_FONT, size: 10.5 },
    hAlign: 'center',
    vAlign: 'middle',
    wrap: true,
    border: true,
  },
  body: { font: { name: BODY_FONT, size: 10.5 }, hAlign: 'left', vAlign: 'middle', wrap: true, border: true },
  bodyCenter: {
    font: { name: BODY_FONT, size: 10.5 },
    hAlign: 'center',
    vAlign: 'middle',
    wrap: true,
    border: true,
  },
};

/** Number format of the spending-plan cells (cumulative shares). */
export const PLAN_FORMAT = '0%';
/** Number format of amounts (万元). */
export const AMOUNT_FORMAT = '#,##0.00';

// ---------------------------------------------------------------------------
// Definitions
// ---------------------------------------------------------------------------

const PLAN_ROWS: readonly HeaderRowDef[] = [
  {
    height: 20,
    cells: [
      { text: '资金支出计划（%）', rows: 2 },
      { text: '3月底', style: 'subLabel' },
      { text: '6月底', style: 'subLabel' },
      { text: '10月底', style: 'subLabel' },
      { text: '12月底', style: 'subLabel', span: 2 },
    ],
  },
  {
    height: 20,
    cells: [
      { field: 'plan3', style: 'inputCenter', format: PLAN_FORMAT, validation: 'share' },
      { field: 'plan6', style: 'inputCenter', format: PLAN_FORMAT, validation: 'share' },
      { field: 'plan10', style: 'inputCenter', format: PLAN_FORMAT, validation: 'share' },
      { field: 'plan12', style: 'inputCenter', format: PLAN_FORMAT, validation: 'share', span: 2 },
    ],
  },
];

/*
 * Skeletons give each 二级 one row. More blank rows would look handier, but a
 * row with nothing of its own ends a grid when the host cannot report merged
 * areas (Office.js below ExcelApi 1.13, e.g. Excel 2019: the reader then
 * carries levels down and stops at an empty row), so a half-filled template
 * would be cut short there. Rows are added by filling (`layoutTemplate` with a
 * fill), by the add-in's indicator insert, or by Excel's own row insert.
 */

/** 财预〔2015〕88号: the seed's layout (项目编码 … 绩效目标, then the grid). */
const project2015: TemplateDefinition = {
  kind: 'project-2015',
  framework: '2015',
  tableKind: 'project',
  label: { zh: '项目支出绩效目标表（2015 版框架）', en: 'Project table (2015 framework)' },
  description: {
    zh: '财预〔2015〕88号格式：项目编码、名称、资金用途、分季度资金支出计划、绩效目标；一级指标为产出、效益、满意度，成本指标作为产出下的二级指标。',
    en: 'The 财预〔2015〕88号 form: code, name, use of funds, quarterly spending plan, goal; 一级 output, benefit and satisfaction, with cost as a 二级 under output.',
  },
  sheetName: '{year}项目绩效目标表',
  title: '{year}年度项目支出绩效目标表',
  titleHeight: 32,
  orientation: 'portrait',
  columns: [
    { role: 'level1', header: '一级指标', width: 10 },
    { role: 'level2', header: '二级指标', width: 14 },
    { role: 'level3', header: '三级指标', width: 22 },
    { role: 'description', header: '绩效指标描述', width: 28 },
    { role: 'value', header: '指标值', width: 14 },
    { role: 'basis', header: '指标值确定依据', width: 16 },
  ],
  header: [
    { height: 22, cells: [{ text: '项目编码' }, { field: 'code', span: 5 }] },
    { height: 22, cells: [{ text: '预算项目名称' }, { field: 'name', span: 5 }] },
    { height: 40, cells: [{ text: '项目资金主要用途' }, { field: 'purpose', span: 5 }] },
    ...PLAN_ROWS,
    { height: 60, cells: [{ text: '绩效目标' }, { field: 'goal', span: 5 }] },
  ],
  gridHeaderHeight: 30,
  skeleton: [
    {
      level1: '产出指标',
      items: [
        { level2: '数量指标', rows: 1 },
        { level2: '质量指标', rows: 1 },
        { level2: '时效指标', rows: 1 },
        { level2: '成本指标', rows: 1 },
      ],
    },
    {
      level1: '效益指标',
      items: [
        { level2: '经济效益指标', rows: 1 },
        { level2: '社会效益指标', rows: 1 },
        { level2: '生态效益指标', rows: 1 },
        { level2: '可持续影响指标', rows: 1 },
      ],
    },
    { level1: '满意度指标', items: [{ level2: '服务对象满意度指标', rows: 1 }] },
  ],
};

/** 财预〔2021〕101号: header block with the money and its sources; grid with 指标性质, 度量单位, 权重. */
const project2021: TemplateDefinition = {
  kind: 'project-2021',
  framework: '2021',
  tableKind: 'project',
  label: { zh: '项目支出绩效目标表（2021 版框架）', en: 'Project table (2021 framework)' },
  description: {
    zh: '财预〔2021〕101号格式：年度资金总额＝财政拨款＋其他资金（自动求和）；一级指标为产出、成本、效益、满意度；指标性质、度量单位、权重和指标值确定依据分列填写。',
    en: 'The 财预〔2021〕101号 form: annual total = fiscal allocation + other funds (summed automatically); 一级 output, cost, benefit and satisfaction; nature, unit, weight and basis in their own columns.',
  },
  sheetName: '{year}项目绩效目标表',
  title: '{year}年度项目支出绩效目标表',
  titleHeight: 32,
  orientation: 'landscape',
  // (No width of exactly 9: ExcelJS drops it as its default, and Excel's own default is 8.43.)
  columns: [
    { role: 'level1', header: '一级指标', width: 10 },
    { role: 'level2', header: '二级指标', width: 14 },
    { role: 'level3', header: '三级指标', width: 26 },
    { role: 'nature', header: '指标性质', width: 9.5 },
    { role: 'value', header: '指标值', width: 12 },
    { role: 'unit', header: '度量单位', width: 10 },
    { role: 'weight', header: '权重（%）', width: 9.5 },
    { role: 'basis', header: '指标值确定依据', width: 16 },
  ],
  header: [
    { height: 22, cells: [{ text: '项目名称' }, { field: 'name', span: 7 }] },
    { height: 22, cells: [{ text: '项目编码' }, { field: 'code', span: 7 }] },
    { height: 22, cells: [{ text: '主管部门' }, { field: 'department', span: 7 }] },
    { height: 22, cells: [{ text: '实施单位' }, { field: 'unit', span: 7 }] },
    {
      height: 20,
      cells: [
        { text: '项目资金（万元）', rows: 3 },
        { text: '年度资金总额', style: 'subLabel' },
        { field: 'total', span: 6, format: AMOUNT_FORMAT, sumOf: ['finance', 'other'] },
      ],
    },
    {
      height: 20,
      cells: [
        { text: '其中：财政拨款', style: 'subLabel' },
        { field: 'finance', span: 6, format: AMOUNT_FORMAT },
      ],
    },
    {
      height: 20,
      cells: [
        { text: '其他资金', style: 'subLabel' },
        { field: 'other', span: 6, format: AMOUNT_FORMAT },
      ],
    },
    { height: 60, cells: [{ text: '年度绩效目标' }, { field: 'goal', span: 7 }] },
  ],
  gridHeaderHeight: 30,
  skeleton: [
    {
      level1: '产出指标',
      items: [
        { level2: '数量指标', rows: 1 },
        { level2: '质量指标', rows: 1 },
        { level2: '时效指标', rows: 1 },
      ],
    },
    {
      level1: '成本指标',
      items: [
        { level2: '经济成本指标', rows: 1 },
        { level2: '社会成本指标', rows: 1 },
        { level2: '生态环境成本指标', rows: 1 },
      ],
    },
    {
      level1: '效益指标',
      items: [
        { level2: '经济效益指标', rows: 1 },
        { level2: '社会效益指标', rows: 1 },
        { level2: '生态效益指标', rows: 1 },
      ],
    },
    { level1: '满意度指标', items: [{ level2: '服务对象满意度指标', rows: 1 }] },
  ],
};

/** Task rows of the department table's 年度主要任务 block. */
export const DEPARTMENT_TASK_ROWS = 5;

/** 部门整体支出绩效目标表: department name, the year's main tasks and their money, the annual goal, the grid. */
const department: TemplateDefinition = {
  kind: 'department',
  framework: '2015',
  tableKind: 'department',
  label: { zh: '部门整体支出绩效目标表', en: 'Department-wide table' },
  description: {
    zh: '部门（单位）名称、年度主要任务及其预算金额、年度绩效目标，以及产出、效益、满意度三级指标表。',
    en: 'Department name, the main tasks of the year with their budget, the annual goal, and the three-level grid of output, benefit and satisfaction.',
  },
  sheetName: '{year}部门整体绩效目标表',
  title: '{year}年度部门整体支出绩效目标表',
  titleHeight: 32,
  orientation: 'portrait',
  columns: [
    { role: 'level1', header: '一级指标', width: 10 },
    { role: 'level2', header: '二级指标', width: 14 },
    { role: 'level3', header: '三级指标', width: 22 },
    { role: 'description', header: '绩效指标描述', width: 28 },
    { role: 'value', header: '指标值', width: 14 },
    { role: 'basis', header: '指标值确定依据', width: 16 },
  ],
  header: [
    { height: 22, cells: [{ text: '部门（单位）名称' }, { field: 'department', span: 5 }] },
    {
      height: 22,
      cells: [
        { text: '年度主要任务', rows: DEPARTMENT_TASK_ROWS + 1 },
        { text: '任务名称', style: 'subLabel' },
        { text: '主要内容', style: 'subLabel', span: 3 },
        { text: '预算金额（万元）', style: 'subLabel' },
      ],
    },
    ...Array.from({ length: DEPARTMENT_TASK_ROWS }, (_, i): HeaderRowDef => ({
      height: 22,
      cells: [
        { field: `task${i + 1}Name` },
        { field: `task${i + 1}Content`, span: 3 },
        { field: `task${i + 1}Amount`, style: 'inputCenter', format: AMOUNT_FORMAT },
      ],
    })),
    { height: 60, cells: [{ text: '年度绩效目标' }, { field: 'goal', span: 5 }] },
  ],
  gridHeaderHeight: 30,
  skeleton: project2015.skeleton,
};

export const TEMPLATE_DEFINITIONS: Readonly<Record<TemplateKind, TemplateDefinition>> = {
  'project-2015': project2015,
  'project-2021': project2021,
  department,
};

export function templateDefinition(kind: TemplateKind): TemplateDefinition {
  return TEMPLATE_DEFINITIONS[kind];
}

/** The budget year a template is most likely made for: next calendar year (budgets are drawn up the year before). */
export function defaultBudgetYear(now: Date = new Date()): number {
  return now.getFullYear() + 1;
}

/** Years a template accepts. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
