/**
 * Header-block vocabulary: labels of the fields above a grid, compared after
 * normCore. Order matters only where one label could be read two ways.
 */
import { remembered } from '../memo';
import type { FieldKey } from '../model';

export interface FieldLabel {
  key: FieldKey;
  labels: readonly string[];
}

/** Sources named by government level rather than by fund type (中央补助, 市级配套 …). */
export const LEVEL_SOURCE_LABELS: readonly string[] = [
  '中央',
  '省级',
  '市县',
  '中央资金',
  '省级资金',
  '市县资金',
  '市级资金',
  '县级资金',
  '区级资金',
  '单位自筹',
  '自筹资金',
  '本级财政',
  '中央补助',
  '上级补助',
  '省级补助',
  '市级补助',
  '县级补助',
  '区级补助',
  '市县补助',
  '中央补助资金',
  '省级补助资金',
  '市级配套',
  '县级配套',
  '区级配套',
  '本级配套',
  '地方配套',
  '市县配套',
  '中央财政资金',
  '省级财政资金',
  '单位自筹资金',
];

export const FIELD_LABELS: readonly FieldLabel[] = [
  { key: 'code', labels: ['项目编码', '项目代码', '项目编号', '预算项目编码', '项目编码及名称'] },
  {
    key: 'name',
    labels: ['项目名称', '预算项目名称', '项目支出名称', '专项名称', '专项资金名称', '项目支出名称'],
  },
  {
    key: 'department',
    labels: [
      '主管部门',
      '主管部门及代码',
      '预算部门',
      '预算单位',
      '实施单位',
      '部门(单位)名称',
      '部门名称',
      '单位名称',
      '部门单位名称',
      '项目单位',
      '项目实施单位',
      '申报单位',
      '主管单位',
    ],
  },
  {
    key: 'total',
    labels: [
      '年度资金总额',
      '预算数',
      '年度本级预算金额',
      '当年年度预算',
      '资金总额',
      '项目资金申请',
      '项目总金额',
      '年度预算数',
      '年度金额',
      '项目总额',
      '年度预算金额',
      '本年预算数',
      '项目资金总额',
      '预算金额',
      '年度预算',
      '申请金额',
      '项目预算',
      '年度资金',
      '部门预算总额',
      '年度预算总额',
    ],
  },
  {
    key: 'source',
    labels: [
      '财政拨款',
      '一般公共预算拨款',
      '一般公共预算',
      '一般公共预算资金',
      '政府性基金',
      '政府性基金预算',
      '政府性基金预算拨款',
      '国有资本经营预算',
      '其他资金',
      '上年结转',
      '上年结转资金',
      '专项债券',
      '专项债券资金',
      '财政资金',
      '财政专户管理资金',
      '事业收入',
      '经营收入',
      '其他收入',
      '自有资金',
      '社会资金',
      '银行贷款',
      '债券资金',
      '上级资金',
      '上级补助资金',
      '本级资金',
      '一般公共预算拨款收入',
      '政府性基金拨款',
      '纳入专户管理的非税收入拨款',
      '非税收入',
      // Sources named by government level (amount/sources-sum adds them up apart from those by fund type).
      ...LEVEL_SOURCE_LABELS,
    ],
  },
  {
    key: 'purpose',
    labels: [
      '项目资金主要用途',
      '资金用途',
      '主要用途',
      '项目概况',
      '项目内容',
      '项目资金用途',
      '项目主要内容',
      '资金主要用途',
    ],
  },
  {
    key: 'periodGoal',
    labels: [
      '实施期绩效目标',
      '中期绩效目标',
      '长期绩效目标',
      '实施期目标',
      '中期目标',
      '长期目标',
      '中长期目标',
      '中长期绩效目标',
      '总体绩效目标',
      '整体绩效目标',
      '实施期总目标',
    ],
  },
  {
    key: 'goal',
    labels: [
      '绩效目标',
      '年度绩效目标',
      '本年度绩效目标',
      '年度目标',
      '年度总体目标',
      '当年绩效目标',
      '项目绩效目标',
      '年度总目标',
      '第一年度目标',
      '部门年度绩效目标',
      '部门整体绩效目标',
    ],
  },
  {
    key: 'period',
    labels: [
      '项目期',
      '项目支出实施期',
      '建设周期',
      '项目起止时间',
      '实施期',
      '项目实施期',
      '项目周期',
      '起止时间',
      '项目实施周期',
      '实施周期',
      '项目起止年限',
    ],
  },
  {
    key: 'plan',
    labels: [
      '资金支出计划',
      '资金支出进度计划',
      '支出计划',
      '资金支出进度',
      '预算支出计划',
      '支出进度计划',
      '资金使用计划',
      '资金支出计划(%)',
    ],
  },
];

/** Labels that name a money unit for the table ("单位：万元", "金额单位：元"). */
export const MONEY_UNIT_LABELS = ['单位', '金额单位', '资金单位', '计量单位'] as const;

/** Group labels whose own value sits in sub-labels to the right ("项目资金（万元）| 年度资金总额 | …"). */
export const GROUP_LABELS = [
  '项目资金',
  '资金来源',
  '资金情况',
  '项目资金情况',
  '资金构成',
  '其中',
  '投入目标',
  '预算资金',
  '年度预算申请',
  '资金投入',
] as const;

/** Row starts that end a grid: notes and signatures under the table. */
export const END_OF_GRID_PREFIXES = [
  '注',
  '备注',
  '说明',
  '填表',
  '填报',
  '审核',
  '联系',
  '制表',
  '单位负责人',
  '财务负责人',
  '负责人',
  '日期',
  '经办人',
  '分管领导',
] as const;

/** Words that mark a department-wide table. */
export const DEPARTMENT_MARKERS = ['部门整体', '整体支出', '单位整体'] as const;

const FIELD_INDEX = new Map<string, FieldKey>();
for (const f of FIELD_LABELS) for (const l of f.labels) if (!FIELD_INDEX.has(l)) FIELD_INDEX.set(l, f.key);

const fieldKeyRemembered = remembered(fieldKeyUncached);
const planMonthRemembered = remembered(planMonthUncached);

/** Field key of a label by its normCore text, or null. */
export function fieldKeyOf(core: string): FieldKey | null {
  return fieldKeyRemembered(core);
}

function fieldKeyUncached(core: string): FieldKey | null {
  const exact = FIELD_INDEX.get(core);
  if (exact !== undefined) return exact;
  // "财政拨款数", "当年资金总额", "本年财政拨款": a known money label with a year prefix or an amount suffix.
  const bare = stripMoneyAffixes(core);
  if (bare === core) return null;
  const k = FIELD_INDEX.get(bare);
  return k === 'total' || k === 'source' ? k : null;
}

/** Year prefixes and amount suffixes around a money label. */
export function stripMoneyAffixes(core: string): string {
  return core.replace(/^(?:当年|本年度|本年|当年度)(?=.)/, '').replace(/(?<=..)(?:数|金额|数额)$/, '');
}

/** Labels that mark the total or a source as the annual one ("年度资金总额" beside "中期资金总额"). */
export const ANNUAL_MONEY_MARKERS = ['年度', '当年', '本年', '全年'] as const;
export const PERIOD_MONEY_MARKERS = ['中期', '长期', '实施期', '总体', '项目期'] as const;

/** Quarter/month labels of a spending plan → the month the cumulative share is due by. */
export function planMonthOf(core: string): number | null {
  return planMonthRemembered(core);
}

function planMonthUncached(core: string): number | null {
  // Cumulative spans: "1-3月", "1—6月", "1月-9月", "截至3月底", "截止6月末".
  const span =
    /^(?:1|一)月?[-—–~～至到](\d{1,2})月(?:底|末)?(?:累计)?$/.exec(core) ??
    /^截[至止](\d{1,2})月(?:底|末)?(?:累计)?$/.exec(core);
  if (span) {
    const n = Number(span[1]);
    return n >= 1 && n <= 12 ? n : null;
  }
  const m = /^(\d{1,2})月(?:底|末|份|前|止|底前|末前)?(?:累计)?(?:支出)?(?:进度)?(?:\(%\))?%?$/.exec(core);
  if (m) {
    const n = Number(m[1]);
    return n >= 1 && n <= 12 ? n : null;
  }
  const q = /^(?:第)?([一二三四1-4])季度(?:末|底)?(?:累计)?$/.exec(core) || /^Q([1-4])$/i.exec(core);
  if (q)
    return (
      ({ 一: 3, 二: 6, 三: 9, 四: 12, '1': 3, '2': 6, '3': 9, '4': 12 } as Record<string, number>)[q[1]] ??
      null
    );
  if (core === '上半年') return 6;
  if (core === '全年' || core === '年底' || core === '年末' || core === '下半年') return 12;
  return null;
}
