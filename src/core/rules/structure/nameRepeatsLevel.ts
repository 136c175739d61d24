import type { Rule } from '../types';
import { LEVEL1, LEVEL2 } from '../../vocabulary/levels';
import { normCore } from '../../vocabulary/normalize';
import { isBlank, structuralGrids } from '../util';

const REPEATS = new Map<string, string>();
for (const name of [...LEVEL1, ...LEVEL2]) {
  REPEATS.set(name, name);
  // "服务对象满意度" is what a satisfaction indicator measures; the short forms of the other levels are not indicators.
  if (!name.includes('满意度')) REPEATS.set(name.replace(/指标$/, ''), name);
}

/** The 三级 name is a 二级 or 一级 name. */
export const nameRepeatsLevel: Rule = {
  id: 'structure/name-repeats-level',
  defaultSeverity: 'warning',
  description: { zh: '三级指标名称照搬了一级或二级指标名称', en: 'The indicator name repeats a level name' },
  explain: {
    zh: '三级指标应写出具体衡量的内容（如“培训人次”），而不是重复“数量指标”等上级名称。',
    en: 'An indicator should name what it measures (e.g. trainees), not repeat a level name such as 数量指标.',
  },
  messages: {
    repeats: {
      zh: '三级指标名称“{{name}}”与指标层级名称“{{level}}”相同；请写出具体衡量的内容。',
      en: 'The indicator name "{{name}}" repeats the level name "{{level}}"; name what is actually measured.',
    },
  },
  check({ table, report }) {
    for (const grid of structuralGrids(table)) {
      for (const r of grid.rows) {
        if (isBlank(r.name)) continue;
        const text = r.name!.text.trim();
        const lv = REPEATS.get(normCore(text));
        if (!lv) continue;
        report({
          at: { row: r.name!.row, col: r.name!.col },
          messageId: 'repeats',
          data: { name: text, level: lv },
        });
      }
    }
  },
};
