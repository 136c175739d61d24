/**
 * The `national` profile, shipped with the checker: the import and save checks
 * of the 预算管理一体化系统 (performance module), each finding naming the reason
 * the system or its reviewers give when they send a table back. Data only; see
 * builtin.ts for how it is read.
 */

/** The six reasons tables are sent back with, and their English. */
export const REJECTION_REASONS: Readonly<Record<string, string>> = {
  一级指标类型错误: 'wrong level-1 type',
  二级指标类型错误: 'wrong level-2 type',
  指标不够完整: 'indicators incomplete',
  '指标不够细化/量化': 'indicators not specific or quantified enough',
  指标与指标值不匹配: 'indicator and value do not match',
  指标与项目的相关性不够: 'indicators not relevant enough to the project',
};

export function reasonEn(reason: string): string {
  return REJECTION_REASONS[reason] ?? reason;
}

/** The standard 指标值确定依据 categories the system accepts. */
export const BASIS_CATEGORIES = ['计划标准', '行业标准', '历史标准', '其他标准'];

export const NATIONAL_PROFILE = {
  name: 'national',
  severities: {
    'text/space-in-field': 'error',
    'text/too-long': 'error',
    'structure/missing-basis': 'error',
    'structure/weights-sum': 'error',
    'structure/basis-category': 'error',
    'structure/required-indicator': 'error',
    'value/qualitative-symbol': 'error',
    'value/other-without-note': 'error',
  },
  weights: { totals: [100, 80] },
  basisCategories: BASIS_CATEGORIES,
  reasons: {
    // Import checks
    'text/space-in-field': '指标不够完整',
    'text/too-long': '指标不够完整',
    'structure/weights-sum': '指标不够完整',
    'structure/basis-category': '指标不够完整',
    'structure/required-indicator': '指标不够完整',
    'structure/missing-basis': '指标不够完整',
    'value/qualitative-symbol': '指标不够细化/量化',
    'value/other-without-note': '指标不够完整',
    // What reviewers send back for, rule by rule
    'structure/missing-level1': '指标不够完整',
    'structure/missing-level2': '指标不够完整',
    'structure/missing-name': '指标不够完整',
    'structure/missing-value': '指标不够完整',
    'structure/missing-goal': '指标不够完整',
    'structure/missing-field': '指标不够完整',
    'structure/wrong-parent': '二级指标类型错误',
    'structure/unknown-level-name': '二级指标类型错误',
    'structure/name-repeats-level': '指标不够细化/量化',
    'structure/template-note': '指标不够完整',
    'structure/input-as-output': '指标与项目的相关性不够',
    'value/placeholder': '指标不够完整',
    'value/not-quantified': '指标不够细化/量化',
    'value/vague': '指标不够细化/量化',
    'value/unparseable': '指标与指标值不匹配',
    'value/missing-unit': '指标与指标值不匹配',
    'value/unit-mismatch': '指标与指标值不匹配',
    'value/unit-column': '指标与指标值不匹配',
    'value/nature-mismatch': '指标与指标值不匹配',
    'value/cost-operator': '指标与指标值不匹配',
    'value/description-mismatch': '指标与指标值不匹配',
    'percent/out-of-range': '指标与指标值不匹配',
    'percent/impossible-direction': '指标与指标值不匹配',
    'text/foreign-term': '指标与项目的相关性不够',
    'text/annual-equals-period': '指标不够细化/量化',
    'text/duplicate-grid': '指标与项目的相关性不够',
  },
} as const;
