/**
 * Indicator levels of both frameworks (财预〔2015〕88号 and 财预〔2021〕101号),
 * as data: canonical names, the variants seen, and which 二级 belong under
 * which 一级.
 */
import { remembered } from '../memo';
import type { Framework } from '../model';
import { editDistance, normCore } from './normalize';

export const LEVEL1 = ['产出指标', '成本指标', '效益指标', '满意度指标'] as const;
export type Level1Name = (typeof LEVEL1)[number];

export const LEVEL1_VARIANTS: Record<Level1Name, readonly string[]> = {
  产出指标: ['产出指标', '产出', '产出类指标'],
  成本指标: ['成本指标', '成本', '成本类指标'],
  效益指标: ['效益指标', '效益', '效果指标', '效果', '效益类指标'],
  满意度指标: ['满意度指标', '满意度', '满意度类指标', '社会公众或服务对象满意度指标', '服务对象满意度指标'],
};

export const LEVEL2 = [
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '经济成本指标',
  '社会成本指标',
  '生态环境成本指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '服务对象满意度指标',
] as const;
export type Level2Name = (typeof LEVEL2)[number];

export const LEVEL2_VARIANTS: Record<Level2Name, readonly string[]> = {
  数量指标: ['数量指标', '数量'],
  质量指标: ['质量指标', '质量'],
  时效指标: ['时效指标', '时效'],
  成本指标: ['成本指标', '成本'],
  经济成本指标: ['经济成本指标', '经济成本'],
  社会成本指标: ['社会成本指标', '社会成本'],
  生态环境成本指标: ['生态环境成本指标', '生态环境成本', '生态成本指标', '生态成本', '环境成本指标'],
  经济效益指标: ['经济效益指标', '经济效益'],
  社会效益指标: ['社会效益指标', '社会效益'],
  生态效益指标: ['生态效益指标', '生态效益', '生态环境效益指标', '生态环境效益'],
  可持续影响指标: [
    '可持续影响指标',
    '可持续影响',
    '可持续性影响',
    '可持续性影响指标',
    '可持续发展指标',
    '可持续效益指标',
    '可持续影响力指标',
  ],
  服务对象满意度指标: [
    '服务对象满意度指标',
    '服务对象满意度',
    '社会公众或服务对象满意度指标',
    '社会公众或服务对象满意度',
    '社会公众满意度指标',
    '社会公众满意度',
    '群众满意度指标',
    '满意度指标',
    '满意度',
    '受益对象满意度指标',
    '受益对象满意度',
    '服务对象满意程度',
  ],
};

/** Which 二级 belong under which 一级, per framework. */
export const PARENTS: Record<Framework, Record<Level1Name, readonly Level2Name[]>> = {
  '2015': {
    产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
    成本指标: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
    效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标', '服务对象满意度指标'],
    满意度指标: ['服务对象满意度指标'],
  },
  '2021': {
    产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
    成本指标: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
    效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标', '服务对象满意度指标'],
    满意度指标: ['服务对象满意度指标'],
  },
};

/** 二级 names that only the 2021 framework has. */
export const LEVEL2_2021_ONLY: readonly Level2Name[] = ['经济成本指标', '社会成本指标', '生态环境成本指标'];

/** 二级 kinds whose indicators should be quantified (value/not-quantified). */
export const QUANTIFIED_LEVEL2: readonly Level2Name[] = [
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '经济成本指标',
  '社会成本指标',
  '生态环境成本指标',
  '服务对象满意度指标',
];

/** A level name a local form uses in place of a standard one, and where it is seen. */
export interface LocalLevelName {
  /** The name as compared (normCore: no spaces, no brackets, so score bands and notes are already gone). */
  name: string;
  level: 1 | 2;
  std: Level1Name | Level2Name;
  seenIn: string;
}

/** Local level names mapped to the standard ones (data, not code: add a row when a new form turns up). */
export const LOCAL_LEVEL_NAMES: readonly LocalLevelName[] = [
  {
    name: '项目完成指标',
    level: 1,
    std: '产出指标',
    seenIn: 'provincial forms (项目完成指标 / 项目效益指标)',
  },
  { name: '完成指标', level: 1, std: '产出指标', seenIn: 'provincial forms' },
  { name: '预期产出指标', level: 1, std: '产出指标', seenIn: 'Guangdong 批复表 (预期产出指标 / 效果指标)' },
  { name: '预期产出', level: 1, std: '产出指标', seenIn: 'Guangdong 批复表' },
  { name: '产出目标', level: 1, std: '产出指标', seenIn: 'forms naming levels as goals' },
  { name: '项目产出', level: 1, std: '产出指标', seenIn: 'self-evaluation reports' },
  {
    name: '项目决策',
    level: 1,
    std: '产出指标',
    seenIn: 'self-evaluation reports reusing the evaluation form',
  },
  {
    name: '项目效益指标',
    level: 1,
    std: '效益指标',
    seenIn: 'provincial forms (项目完成指标 / 项目效益指标)',
  },
  { name: '项目效益', level: 1, std: '效益指标', seenIn: 'self-evaluation reports' },
  { name: '预期效果指标', level: 1, std: '效益指标', seenIn: 'Guangdong 批复表' },
  { name: '效果目标', level: 1, std: '效益指标', seenIn: 'forms naming levels as goals' },
  { name: '效益目标', level: 1, std: '效益指标', seenIn: 'forms naming levels as goals' },
  { name: '满意度目标', level: 1, std: '满意度指标', seenIn: 'forms naming levels as goals' },
  { name: '预算控制指标', level: 2, std: '成本指标', seenIn: 'Guangdong 批复表: 预算(或投资规模)控制指标' },
  { name: '投资规模控制指标', level: 2, std: '成本指标', seenIn: 'Guangdong 批复表' },
  { name: '预算控制', level: 2, std: '成本指标', seenIn: 'Guangdong 批复表' },
  { name: '成本控制指标', level: 2, std: '成本指标', seenIn: 'county forms' },
  { name: '建筑规模指标', level: 2, std: '数量指标', seenIn: 'Guangdong 批复表: 数量指标(或建筑规模指标)' },
  { name: '工期指标', level: 2, std: '时效指标', seenIn: 'Guangdong 批复表: 时效指标(工期指标)' },
  { name: '形象进度指标', level: 2, std: '时效指标', seenIn: 'Guangdong 批复表' },
  {
    name: '社会、经济、生态效益指标',
    level: 2,
    std: '社会效益指标',
    seenIn: 'Guangdong 批复表 (one row for three kinds)',
  },
  { name: '社会经济生态效益指标', level: 2, std: '社会效益指标', seenIn: 'Guangdong 批复表' },
  { name: '经济社会效益指标', level: 2, std: '社会效益指标', seenIn: 'county forms' },
  { name: '社会经济效益指标', level: 2, std: '社会效益指标', seenIn: 'county forms' },
  // Variant wordings of the standard names (not in the realworld corpus): read as the name they mean,
  // so a table that uses them is not told its 二级 is unknown.
  { name: '时间指标', level: 2, std: '时效指标', seenIn: 'variant wording of 时效' },
  { name: '进度指标', level: 2, std: '时效指标', seenIn: 'variant wording of 时效' },
  { name: '时限指标', level: 2, std: '时效指标', seenIn: 'variant wording of 时效' },
  { name: '环境效益指标', level: 2, std: '生态效益指标', seenIn: 'variant wording of 生态效益' },
  { name: '生态环境指标', level: 2, std: '生态效益指标', seenIn: 'variant wording of 生态效益' },
  { name: '可持续发展影响指标', level: 2, std: '可持续影响指标', seenIn: 'variant wording of 可持续影响' },
  {
    name: '受益群众满意度指标',
    level: 2,
    std: '服务对象满意度指标',
    seenIn: 'variant wording of 服务对象满意度',
  },
  {
    name: '受益对象满意度',
    level: 2,
    std: '服务对象满意度指标',
    seenIn: 'variant wording of 服务对象满意度',
  },
  {
    name: '受益人满意度指标',
    level: 2,
    std: '服务对象满意度指标',
    seenIn: 'variant wording of 服务对象满意度',
  },
  {
    name: '服务满意度指标',
    level: 2,
    std: '服务对象满意度指标',
    seenIn: 'variant wording of 服务对象满意度',
  },
  {
    name: '公众满意度指标',
    level: 2,
    std: '服务对象满意度指标',
    seenIn: 'variant wording of 服务对象满意度',
  },
  {
    name: '社会满意度指标',
    level: 2,
    std: '服务对象满意度指标',
    seenIn: 'variant wording of 服务对象满意度',
  },
];

const L1_INDEX = new Map<string, Level1Name>();
for (const [k, vs] of Object.entries(LEVEL1_VARIANTS) as [Level1Name, readonly string[]][])
  for (const v of vs) L1_INDEX.set(v, k);
const L2_INDEX = new Map<string, Level2Name>();
for (const [k, vs] of Object.entries(LEVEL2_VARIANTS) as [Level2Name, readonly string[]][])
  for (const v of vs) L2_INDEX.set(v, k);
for (const l of LOCAL_LEVEL_NAMES) {
  if (l.level === 1 && !L1_INDEX.has(l.name)) L1_INDEX.set(l.name, l.std as Level1Name);
  if (l.level === 2 && !L2_INDEX.has(l.name)) L2_INDEX.set(l.name, l.std as Level2Name);
}

function lookup<T>(index: Map<string, T>, text: string): T | null {
  const core = normCore(text);
  if (!core) return null;
  return index.get(core) ?? index.get(core + '指标') ?? index.get(core.replace(/指标$/, '')) ?? null;
}

// Level cells repeat the same few names on every row.
const level1Remembered = remembered((text) => lookup(L1_INDEX, text));
const level2Remembered = remembered((text) => lookup(L2_INDEX, text));

/** Canonical 一级 name of a cell text, or null. */
export function level1Of(text: string): Level1Name | null {
  const t = normCore(text);
  // 服务对象满意度指标 written in the 一级 column is the 满意度 一级.
  return level1Remembered(t);
}

/** Canonical 二级 name of a cell text, or null. */
export function level2Of(text: string): Level2Name | null {
  return level2Remembered(text);
}

/** The nearest canonical name within a small edit distance ("数量指" → 数量指标, "时效性指标" → 时效指标), or null. */
export function nearestLevel(text: string, level: 1 | 2): string | null {
  // Compare without the 指标 suffix: "其他指标" shares nothing with 数量指标 but the suffix.
  const core = normCore(text).replace(/指标$/, '');
  if (!core || core.length > 14) return null;
  const index = level === 1 ? L1_INDEX : L2_INDEX;
  let best: string | null = null;
  let bestD = Infinity;
  for (const [variant, canon] of index) {
    const d = editDistance(core, variant.replace(/指标$/, ''));
    if (d < bestD) {
      bestD = d;
      best = canon;
    }
  }
  const limit = core.length <= 3 ? 1 : 2;
  return bestD <= limit && bestD < core.length ? best : null;
}
