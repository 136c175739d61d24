import type { Rule } from '../types';
import { level1Of, level2Of, nearestLevel } from '../../vocabulary/levels';
import { structuralGrids } from '../util';
import { editDistance, normCore } from '../../vocabulary/normalize';

/** A suggestion that shares no more than the 指标 suffix ("其他指标" → 数量指标) would change the meaning: drop it. */
function plausible(text: string, near: string | null): string | null {
  if (!near) return null;
  const a = normCore(text).replace(/指标$/, '');
  const b = near.replace(/指标$/, '');
  return editDistance(a, b) < Math.max(a.length, b.length) ? near : null;
}

/** A 一级/二级 name not in the vocabulary; suggests the nearest. */
export const unknownLevelName: Rule = {
  id: 'structure/unknown-level-name',
  defaultSeverity: 'warning',
  fixable: { label: '规范指标名称', labelEn: 'Standard level name' },
  description: { zh: '一级或二级指标名称不规范', en: 'A 一级/二级 name is not a standard level name' },
  explain: {
    zh: '一级、二级指标名称须使用规范名称（如“时效指标”而非“时效性指标”），否则导入预算系统时无法识别。',
    en: 'Level names must be the standard ones (时效指标, not 时效性指标) or the national system cannot import them.',
  },
  check({ table, report }) {
    for (const grid of structuralGrids(table)) {
      for (const r of grid.rows) {
        for (const level of [1, 2] as const) {
          const cell = level === 1 ? r.level1 : r.level2;
          const own = level === 1 ? r.level1Own : r.level2Own;
          if (!cell || !own) continue;
          const text = cell.text.trim();
          if (!text) continue;
          const known = level === 1 ? level1Of(text) : (level2Of(text) ?? (level1Of(text) ? 'x' : null));
          if (known) continue;
          const near = plausible(text, nearestLevel(text, level));
          report({
            at: { row: cell.row, col: cell.col },
            reason: level === 1 ? '一级指标类型错误' : '二级指标类型错误',
            message: near
              ? `${level === 1 ? '一' : '二'}级指标名称“${text}”不规范，应为“${near}”。`
              : `${level === 1 ? '一' : '二'}级指标名称“${text}”不在规范名称中；请使用标准的${level === 1 ? '一' : '二'}级指标名称。`,
            messageEn: near
              ? `The level name "${text}" is not standard; use "${near}".`
              : `The level name "${text}" is not a standard level name.`,
            fix: near ? { from: cell.text, to: near, ...unknownLevelName.fixable! } : undefined,
          });
        }
      }
    }
  },
};
