import type { Text } from '../../text';
import { onceEach } from '../util';
import type { Rule } from '../types';
import { CELL } from '../cellLabels';
import type { CellRead } from '../../model';

export const STRAY = /^[ \u3000\t]|[ \u3000\t]$|[ \u3000]{2,}/;

/** The text with leading, trailing and doubled spaces removed (a form-only change). */
export function tidy(s: string): string {
  return s.replace(/^[ \u3000\t]+|[ \u3000\t]+$/g, '').replace(/[ \u3000]{2,}/g, ' ');
}

const LEVEL1: Text = { zh: '一级指标名称', en: 'level name' };
const LEVEL2: Text = { zh: '二级指标名称', en: 'level name' };

/** Leading, trailing or doubled spaces in a level name or value. */
export const straySpace: Rule = {
  id: 'text/stray-space',
  defaultSeverity: 'info',
  fixable: { zh: '删除多余空格', en: 'Remove stray spaces' },
  description: { zh: '名称或指标值中有多余空格', en: 'Stray spaces in a name or value' },
  explain: {
    zh: '首尾空格或连续空格会使预算系统导入时匹配失败，可一键清除。',
    en: 'Leading, trailing or doubled spaces break matching on import; they can be removed in one click.',
  },
  messages: {
    stray: {
      zh: '{{what}}“{{value}}”含有首尾或连续空格；建议删除多余空格。',
      en: 'The {{what}} "{{value}}" has leading, trailing or doubled spaces; delete the stray spaces.',
    },
  },
  check({ table, report }) {
    const first = onceEach();
    const look = (cell: CellRead | null, what: Text) => {
      if (!cell || typeof cell.value !== 'string') return;
      if (!first(cell) || !STRAY.test(cell.value) || !cell.value.trim()) return;
      report({
        at: { row: cell.row, col: cell.col },
        messageId: 'stray',
        data: { what, value: cell.value.trim() },
        fix: { from: cell.value, to: tidy(cell.value) },
      });
    };
    for (const grid of table.grids)
      for (const r of grid.rows) {
        if (r.level1Own) look(r.level1, LEVEL1);
        if (r.level2Own) look(r.level2, LEVEL2);
        look(r.name, CELL.nameFull);
        look(r.value, CELL.value);
      }
  },
};
