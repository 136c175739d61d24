/**
 * Searching the indicator library, and turning an indicator into a row of a
 * grid (with its sample value, or with a placeholder the officer must fill).
 */
import type { Framework } from '../model';
import type { FilledIndicator } from '../templates/types';
import type { Level1Name, Level2Name } from '../vocabulary/levels';
import { halfWidth } from '../vocabulary/normalize';
import { LIBRARY, PROJECT_TYPES } from './data';
import type { LibraryIndicator, Nature, ProjectType, ProjectTypeId } from './types';

export interface LibraryQuery {
  /** One project type; undefined or 'all' for every type. */
  type?: ProjectTypeId | 'all';
  /** Words (separated by spaces) that must all occur in the name, description, type or level names. */
  keyword?: string;
  level1?: Level1Name;
  level2?: Level2Name;
}

export function projectType(id: string): ProjectType | undefined {
  return PROJECT_TYPES.find((t) => t.id === id);
}

function norm(s: string): string {
  return halfWidth(s).toLowerCase().replace(/\s+/g, '');
}

const HAYSTACK = new Map<string, { name: string; all: string }>();
for (const ind of LIBRARY) {
  const t = projectType(ind.type)!;
  HAYSTACK.set(ind.id, {
    name: norm(ind.name),
    all: norm([ind.name, ind.description, t.zh, t.en, ind.level1, ind.level2, ind.unit].join(' ')),
  });
}

/** Indicators of a type and/or matching keywords; name matches first, otherwise library order. */
export function searchLibrary(query: LibraryQuery = {}): LibraryIndicator[] {
  const terms = (query.keyword ?? '')
    .split(/[\s,，、]+/)
    .map(norm)
    .filter(Boolean);
  const hits: { ind: LibraryIndicator; score: number; i: number }[] = [];
  LIBRARY.forEach((ind, i) => {
    if (query.type && query.type !== 'all' && ind.type !== query.type) return;
    if (query.level1 && ind.level1 !== query.level1) return;
    if (query.level2 && ind.level2 !== query.level2) return;
    const h = HAYSTACK.get(ind.id)!;
    if (!terms.every((t) => h.all.includes(t))) return;
    hits.push({ ind, score: terms.length && terms.every((t) => h.name.includes(t)) ? 0 : 1, i });
  });
  return hits.sort((a, b) => a.score - b.score || a.i - b.i).map((h) => h.ind);
}

/**
 * Where an indicator goes in a grid of a framework. The library files cost
 * the 2021 way (成本指标 / 经济成本指标 …); the 2015 framework has cost as a
 * 二级 under 产出.
 */
export function placeIndicator(
  ind: Pick<LibraryIndicator, 'level1' | 'level2'>,
  framework: Framework,
): { level1: Level1Name; level2: Level2Name } {
  if (framework === '2015' && ind.level1 === '成本指标') return { level1: '产出指标', level2: '成本指标' };
  if (framework === '2021' && ind.level1 === '产出指标' && ind.level2 === '成本指标')
    return { level1: '成本指标', level2: '经济成本指标' };
  return { level1: ind.level1, level2: ind.level2 };
}

/** The operator as written inside a value ("≥95%"); ＝ is left out ("100%"). */
const VALUE_OPERATOR: Record<Nature, string> = {
  '≥': '≥',
  '＞': '>',
  '＝': '',
  '＜': '<',
  '≤': '≤',
  定性: '',
};

/** The placeholder the officer replaces with the figure. */
export const VALUE_BLANK = '__';

/** Which columns the target grid has besides the value. */
export interface GridShape {
  nature: boolean;
  unit: boolean;
}

/**
 * The value cell (and the nature and unit cells, where the grid has them) for
 * an indicator: with its sample, or with a placeholder ("≥__%", "__（如：年底前）")
 * that value/placeholder flags until the officer fills it.
 */
export function indicatorCells(
  ind: LibraryIndicator,
  shape: GridShape,
  mode: 'sample' | 'placeholder',
): { nature?: string; value: string | number; unit?: string } {
  const qualitative = ind.nature === '定性';
  const nature = shape.nature ? ind.nature : undefined;
  const unit = shape.unit && !qualitative ? ind.unit : undefined;
  if (qualitative)
    return {
      nature,
      value: mode === 'sample' ? String(ind.sample) : `${VALUE_BLANK}（如：${ind.sample}）`,
      unit,
    };
  const figure = mode === 'sample' ? String(ind.sample) : VALUE_BLANK;
  if (shape.nature) return { nature, value: mode === 'sample' ? (ind.sample as number) : VALUE_BLANK, unit };
  const op = VALUE_OPERATOR[ind.nature];
  if (shape.unit)
    return { value: mode === 'sample' && !op ? (ind.sample as number) : `${op}${figure}`, unit };
  return { value: `${op}${figure}${ind.unit}` };
}

/** The sample value as written where the grid has no nature or unit column ("≥95%", "0次", "年底前"). */
export function sampleValueText(ind: LibraryIndicator): string {
  return String(indicatorCells(ind, { nature: false, unit: false }, 'sample').value);
}

/** A filled row for a template of `framework` whose grid has the given columns. */
export function indicatorRow(
  ind: LibraryIndicator,
  framework: Framework,
  shape: GridShape,
  mode: 'sample' | 'placeholder',
  extra: { basis?: string; weight?: number } = {},
): FilledIndicator {
  const place = placeIndicator(ind, framework);
  const cells = indicatorCells(ind, shape, mode);
  return { ...place, name: ind.name, description: ind.description, ...cells, ...extra };
}
