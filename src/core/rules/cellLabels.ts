/**
 * What a cell is, as rule messages name it ({{what}}): made once and shared by the rules that name
 * the same cell in the same words. A rule that words a cell its own way keeps its own label.
 */
import type { Text } from '../text';

export const CELL = {
  value: { zh: '指标值', en: 'value' },
  /** The 三级 name, as the text rules and the goal list say it. */
  name: { zh: '三级指标', en: 'indicator name' },
  /** The 三级 name, as the value and form rules say it. */
  nameFull: { zh: '三级指标名称', en: 'indicator name' },
  unit: { zh: '度量单位', en: 'unit' },
  plan: { zh: '资金支出计划', en: 'spending plan' },
  goal: { zh: '绩效目标', en: 'goal' },
  indicator: { zh: '绩效指标', en: 'indicator' },
  level1: { zh: '一级指标', en: 'level name' },
  level2: { zh: '二级指标', en: 'level name' },
  basis: { zh: '指标值确定依据', en: 'basis' },
} as const satisfies Record<string, Text>;
