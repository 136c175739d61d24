/**
 * Which of the national system's six reasons for sending a table back (domain.md,
 * "The national system's import checks") each rule's finding amounts to. One
 * data table; rules not listed count under 其他 (other), e.g. amounts and the
 * spending plan, which are not about the indicators. test/cli/rejectionReasons
 * checks every id here is a rule the checker has.
 */
import type { Text } from './messages';

export type ReasonId = 'level1' | 'level2' | 'incomplete' | 'quantified' | 'mismatch' | 'relevance' | 'other';

export const REASONS: readonly { id: ReasonId; label: Text }[] = [
  { id: 'level1', label: { zh: '一级指标类型错误', en: 'Wrong level-1 indicator type' } },
  { id: 'level2', label: { zh: '二级指标类型错误', en: 'Wrong level-2 indicator type' } },
  { id: 'incomplete', label: { zh: '指标不够完整', en: 'Indicators incomplete' } },
  { id: 'quantified', label: { zh: '指标不够细化/量化', en: 'Indicators not specific or quantified' } },
  { id: 'mismatch', label: { zh: '指标与指标值不匹配', en: 'Indicator and target do not match' } },
  { id: 'relevance', label: { zh: '指标与项目的相关性不够', en: 'Indicators not relevant to the project' } },
  { id: 'other', label: { zh: '其他', en: 'Other' } },
];

export const RULE_REASON: Readonly<Record<string, ReasonId>> = {
  'structure/missing-level1': 'level1',
  'structure/unknown-level-name': 'level1',
  'structure/wrong-parent': 'level1',
  'structure/missing-level2': 'level2',
  'structure/name-repeats-level': 'level2',
  'structure/missing-value': 'incomplete',
  'structure/missing-name': 'incomplete',
  'structure/missing-field': 'incomplete',
  'structure/missing-goal': 'incomplete',
  'structure/missing-basis': 'incomplete',
  'structure/weights-sum': 'incomplete',
  'value/missing-unit': 'incomplete',
  'value/placeholder': 'incomplete',
  'value/not-quantified': 'quantified',
  'value/vague': 'quantified',
  'value/unparseable': 'quantified',
  'value/non-standard': 'quantified',
  'value/unit-mismatch': 'mismatch',
  'value/nature-mismatch': 'mismatch',
  'value/description-mismatch': 'mismatch',
  'value/cost-operator': 'mismatch',
  'percent/out-of-range': 'mismatch',
  'percent/satisfaction-low': 'mismatch',
  'percent/satisfaction-perfect': 'mismatch',
  'text/annual-equals-period': 'relevance',
  'text/duplicate-grid': 'relevance',
  'structure/duplicate-indicator': 'relevance',
};

export function reasonOf(rule: string): ReasonId {
  return RULE_REASON[rule] ?? 'other';
}
