import type { Rule } from '../types';
import { isBlank, structuralGrids } from '../util';

/** A row with a value but no 三级 name. */
export const missingName: Rule = {
  id: 'structure/missing-name',
  defaultSeverity: 'error',
  description: { zh: '有指标值但没有三级指标名称', en: 'A value with no indicator name' },
  explain: {
    zh: '每个指标值都要有对应的三级指标名称，说明衡量的是什么。',
    en: 'Every value needs its indicator name saying what is measured.',
  },
  messages: {
    missing: {
      zh: '该行填写了指标值“{{value}}”，但三级指标名称为空；请填写指标名称。',
      en: 'This row has the target value "{{value}}" but no indicator name; fill in the name of what is measured.',
    },
  },
  check({ table, report }) {
    for (const grid of structuralGrids(table)) {
      if (grid.columns.level3 === undefined) continue;
      for (const r of grid.rows) {
        if (!isBlank(r.name) || isBlank(r.value) || !r.name) continue;
        report({
          at: { row: r.name.row, col: r.name.col },
          messageId: 'missing',
          data: { value: r.value!.text.trim() },
        });
      }
    }
  },
};
