import type { Rule } from '../types';
import { isBlank, parsed } from '../util';

/** A value that is only a vague verb or adverb. */
export const vague: Rule = {
  id: 'value/vague',
  defaultSeverity: 'warning',
  description: { zh: '指标值只是“提升”“明显”等模糊词语', en: 'A value that is only a vague word' },
  explain: {
    zh: '“提升”“有效”“明显”“逐步”等词语无法考核；请写出具体幅度，如“提高 5 个百分点”“≥90%”。',
    en: 'Words like 提升 or 明显 cannot be assessed; state the size, e.g. +5 points or ≥90%.',
  },
  messages: {
    vague: {
      zh: '指标值“{{value}}”是模糊表述，无法考核；请写出具体目标，如“同比提高5%”“≥90%”。',
      en: 'The target value "{{value}}" is vague and cannot be assessed; state a concrete target such as 同比提高5% (up 5% on last year) or ≥90%.',
    },
  },
  check({ table, report }) {
    for (const grid of table.grids)
      for (const r of grid.rows) {
        if (isBlank(r.value)) continue;
        if (parsed(r.value).kind !== 'vague') continue;
        report({
          at: { row: r.value!.row, col: r.value!.col },
          messageId: 'vague',
          data: { value: r.value!.text.trim() },
        });
      }
  },
};
