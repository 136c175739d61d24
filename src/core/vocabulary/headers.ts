/**
 * Header vocabulary of the indicator grid: the labels seen for each column
 * role, compared after normCore (no spaces, no brackets, half-width).
 */
import type { ColumnRole } from '../model';

export const HEADER_SYNONYMS: Record<ColumnRole, readonly string[]> = {
  level1: ['一级指标', '一级', '一级指标名称', '一级绩效指标'],
  level2: ['二级指标', '二级', '二级指标名称', '二级绩效指标'],
  level3: [
    '三级指标',
    '指标',
    '三级',
    '三级指标名称',
    '指标名称',
    '指标内容',
    '绩效指标名称',
    '具体指标',
    '三级绩效指标',
    '绩效指标内容',
  ],
  description: [
    '绩效指标描述',
    '指标描述',
    '指标解释',
    '指标说明',
    '指标内涵',
    '指标定义',
    '绩效指标解释',
    '指标值说明',
    '指标计算方法',
  ],
  nature: [
    '指标性质',
    '计算符号',
    '符号',
    '指标值类型',
    '指标类型',
    '运算符号',
    '比较符号',
    '指标方向',
    '指标值性质',
    '性质',
  ],
  operator: ['运算符', '比较方向'],
  value: [
    '指标值',
    '目标值',
    '指标目标值',
    '年度指标值',
    '当年预期实现值',
    '指标值及单位',
    '预期目标值',
    '年度目标值',
    '绩效指标值',
    '全年指标值',
    '预期指标值',
    '中期指标值',
    '长期指标值',
    '实施期指标值',
    '年度预期实现值',
    '预期实现值',
    '计划值',
    '指标标准值',
    '中长期指标值',
    '实施期目标值',
    '中期目标值',
    '长期目标值',
    '年度计划值',
    '绩效目标值',
    '年度绩效指标值',
    '本年度指标值',
    '当年指标值',
    '数值',
    '值',
  ],
  unit: ['度量单位', '计量单位', '单位', '指标单位', '指标值单位'],
  basis: [
    '指标值确定依据',
    '绩效标准',
    '确定依据',
    '指标值设定依据',
    '指标值设定依据及数据来源',
    '评价标准',
    '指标值确定依据及数据来源',
    '依据',
    '数据来源',
    '标准类型',
  ],
  weight: ['分值', '权重', '指标分值', '指标权重', '权重分值'],
  actual: [
    '实际完成值',
    '全年实际值',
    '实际值',
    '完成值',
    '实际完成情况',
    '年度实际完成值',
    '全年实际完成值',
  ],
  score: ['得分', '偏差原因分析及改进措施', '偏差原因', '未完成原因分析', '扣分原因'],
};

/** Value-column header words that mark a long-term (实施期/中期/长期) grid. */
export const PERIOD_HEADER_WORDS = ['长期', '中期', '实施期', '整体', '总体'] as const;

/** Labels left of a grid (a label column) that name the grid's kind. */
export const PERIOD_GRID_LABELS = [
  '长期绩效指标',
  '中期绩效指标',
  '实施期绩效指标',
  '中长期绩效指标',
  '长期指标',
  '中期指标',
  '实施期指标',
  '中长期指标',
  '整体绩效指标',
] as const;
export const ANNUAL_GRID_LABELS = ['年度绩效指标', '年度指标', '本年度绩效指标', '当年绩效指标'] as const;

/** Words in the second row of a two-row header, by role (指标值 over 符号 | 值 | 单位). */
/** Cells of an operator column: the comparison on its own. */
export const OPERATOR_CELL =
  /^(?:[≥≤><=＞＜＝≧≦]|>=|<=|大于等于|小于等于|大于|小于|等于|不低于|不高于|不少于|不超过|不大于|不小于)$/;

export const SUBHEADER_SYNONYMS: Partial<Record<ColumnRole, readonly string[]>> = {
  nature: ['符号', '计算符号', '指标性质', '性质', '运算符号'],
  value: ['值', '数值', '指标值', '目标值', '年度', '年度指标值'],
  unit: ['单位', '度量单位', '计量单位'],
};

const HEADER_INDEX = new Map<string, ColumnRole>();
for (const [role, words] of Object.entries(HEADER_SYNONYMS) as [ColumnRole, readonly string[]][]) {
  for (const w of words) if (!HEADER_INDEX.has(w)) HEADER_INDEX.set(w, role);
}

/** Role of a header cell by its normCore text, or null. */
export function headerRole(core: string): ColumnRole | null {
  if (!core) return null;
  const exact = HEADER_INDEX.get(core);
  if (exact) return exact;
  // "年度指标值（长期）", "2023年度指标值": a value column with a prefix.
  if (core.length <= 12 && /指标值$|目标值$|(?:预期|指标)目标$/.test(core)) return 'value';
  return null;
}
