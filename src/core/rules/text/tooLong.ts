import type { Rule } from '../types';
import { isBlank } from '../util';

/** A 三级 name over 80 characters or a value over 200. */
export const tooLong: Rule = {
  id: 'text/too-long',
  defaultSeverity: 'warning',
  description: { zh: '指标名称或指标值过长', en: 'An indicator name or value is too long' },
  explain: {
    zh: '预算系统导入时三级指标名称不超过 80 字、指标值不超过 200 字。',
    en: 'The national system rejects names over 80 characters and values over 200.',
  },
  messages: {
    name: {
      zh: '三级指标名称有 {{length}} 个字，超过 {{max}} 字的上限；请精简，说明可放在指标描述中。',
      en: 'The indicator name has {{length}} characters, over the limit of {{max}}; shorten it and put the explanation in the description.',
    },
    value: {
      zh: '指标值有 {{length}} 个字，超过 {{max}} 字的上限；请精简。',
      en: 'The target value has {{length}} characters, over the limit of {{max}}; shorten it.',
    },
  },
  check({ table, profile, report }) {
    const { maxNameLength, maxValueLength } = profile.thresholds;
    for (const grid of table.grids)
      for (const r of grid.rows) {
        if (!grid.sharesRows && !isBlank(r.name) && [...r.name!.text.trim()].length > maxNameLength) {
          report({
            at: { row: r.name!.row, col: r.name!.col },
            messageId: 'name',
            data: { length: [...r.name!.text.trim()].length, max: maxNameLength },
          });
        }
        if (!isBlank(r.value) && [...r.value!.text.trim()].length > maxValueLength) {
          report({
            at: { row: r.value!.row, col: r.value!.col },
            messageId: 'value',
            data: { length: [...r.value!.text.trim()].length, max: maxValueLength },
          });
        }
      }
  },
};
