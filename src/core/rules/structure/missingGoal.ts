import type { Rule } from '../types';
import { isBlank } from '../util';

/** The goal (绩效目标 / 年度绩效目标) is empty. */
export const missingGoal: Rule = {
  id: 'structure/missing-goal',
  defaultSeverity: 'error',
  description: { zh: '绩效目标未填写', en: 'The performance goal is empty' },
  explain: {
    zh: '绩效目标要概括说明资金使用后预期达到的产出和效果，不能空着。',
    en: 'The goal summarises the outputs and effects the money should achieve; it cannot be empty.',
  },
  messages: {
    empty: {
      zh: '“{{label}}”未填写；请概括说明资金使用后预期达到的产出和效果。',
      en: '"{{label}}" is empty; summarise the outputs and effects the money is expected to achieve.',
    },
  },
  check({ table, report }) {
    for (const f of table.fields) {
      if (f.key !== 'goal' && f.key !== 'periodGoal') continue;
      if (!isBlank(f.value)) continue;
      const where = f.value ?? f.labelCell;
      const label = f.label.replace(/[\s:：]+/g, '');
      report({
        at: { row: where.row, col: where.col },
        messageId: 'empty',
        data: { label },
      });
    }
  },
};
