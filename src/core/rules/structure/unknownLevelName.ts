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
  fixable: { zh: '规范指标名称', en: 'Standard level name' },
  description: { zh: '一级或二级指标名称不规范', en: 'A 一级/二级 name is not a standard level name' },
  explain: {
    zh: '一级、二级指标名称须使用规范名称（如“时效指标”而非“时效性指标”），否则导入预算系统时无法识别。',
    en: 'Level names must be the standard ones (时效指标, not 时效性指标) or the national system cannot import them.',
  },
  messages: {
    nearLevel1: {
      zh: '一级指标名称“{{name}}”不规范，应为“{{near}}”。',
      en: 'The 一级 name "{{name}}" is not standard; it should be "{{near}}".',
    },
    nearLevel2: {
      zh: '二级指标名称“{{name}}”不规范，应为“{{near}}”。',
      en: 'The 二级 name "{{name}}" is not standard; it should be "{{near}}".',
    },
    unknownLevel1: {
      zh: '一级指标名称“{{name}}”不在规范名称中；请使用标准的一级指标名称。',
      en: 'The 一级 name "{{name}}" is not a standard level name; use a standard 一级 name (产出指标, 效益指标, 满意度指标 …).',
    },
    unknownLevel2: {
      zh: '二级指标名称“{{name}}”不在规范名称中；请使用标准的二级指标名称。',
      en: 'The 二级 name "{{name}}" is not a standard level name; use a standard 二级 name (数量指标, 质量指标 …).',
    },
  },
  check({ table, report }) {
    for (const grid of structuralGrids(table)) {
      for (const r of grid.rows) {
        // Both levels of the row (a loop without an array per row).
        for (let l = 1; l <= 2; l++) {
          const level = l as 1 | 2;
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
            messageId: `${near ? 'near' : 'unknown'}Level${level}`,
            data: { name: text, near: near ?? '' },
            fix: near ? { from: cell.text, to: near } : undefined,
          });
        }
      }
    }
  },
};
