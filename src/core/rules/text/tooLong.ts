import type { Rule } from '../types';
import { isBlank } from '../util';

/** Characters (code points) of a trimmed text when its UTF-16 length exceeds `max`, else 0: most texts are short. */
function lengthOver(text: string, max: number): number {
  if (text.length <= max) return 0;
  const n = [...text.trim()].length;
  return n > max ? n : 0;
}

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
        const nameLength = !grid.sharesRows && !isBlank(r.name) ? lengthOver(r.name!.text, maxNameLength) : 0;
        if (nameLength) {
          report({
            at: { row: r.name!.row, col: r.name!.col },
            messageId: 'name',
            data: { length: nameLength, max: maxNameLength },
          });
        }
        const valueLength = !isBlank(r.value) ? lengthOver(r.value!.text, maxValueLength) : 0;
        if (valueLength) {
          report({
            at: { row: r.value!.row, col: r.value!.col },
            messageId: 'value',
            data: { length: valueLength, max: maxValueLength },
          });
        }
      }
  },
};
