import type { Rule } from '../types';
import { normCore } from '../../vocabulary/normalize';
import { a1 } from '../../grid';
import { isBlank, structuralGrids } from '../util';

/** The same 三级 name twice in one grid. */
export const duplicateIndicator: Rule = {
  id: 'structure/duplicate-indicator',
  defaultSeverity: 'warning',
  description: { zh: '同一张表中三级指标名称重复', en: 'The same indicator name twice in one table' },
  explain: {
    zh: '一张表内的三级指标不应重复；重复的指标应合并或改为不同的衡量内容。',
    en: 'Indicators within a table should not repeat; merge them or measure different things.',
  },
  messages: {
    duplicate: {
      zh: '三级指标“{{name}}”与 {{cell}} 重复；请合并或改为不同的指标。',
      en: 'The indicator "{{name}}" repeats the one at {{cell}}; merge them or change one into a different indicator.',
    },
  },
  check({ table, report }) {
    for (const grid of structuralGrids(table)) {
      const first = new Map<string, { row: number; col: number }>();
      for (const r of grid.rows) {
        if (isBlank(r.name)) continue;
        const key = normCore(r.name!.text);
        const prev = first.get(key);
        if (!prev) {
          first.set(key, { row: r.name!.row, col: r.name!.col });
          continue;
        }
        report({
          at: { row: r.name!.row, col: r.name!.col },
          messageId: 'duplicate',
          data: { name: r.name!.text.trim(), cell: a1(prev.row, prev.col) },
        });
      }
    }
  },
};
