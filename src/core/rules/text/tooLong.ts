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
  check({ table, profile, report }) {
    const { maxNameLength, maxValueLength } = profile.thresholds;
    for (const grid of table.grids)
      for (const r of grid.rows) {
        if (!grid.sharesRows && !isBlank(r.name) && [...r.name!.text.trim()].length > maxNameLength) {
          report({
            at: { row: r.name!.row, col: r.name!.col },
            message: `三级指标名称有 ${[...r.name!.text.trim()].length} 个字，超过 ${maxNameLength} 字的上限；请精简，说明可放在指标描述中。`,
            messageEn: `The indicator name has ${[...r.name!.text.trim()].length} characters, over the ${maxNameLength} limit.`,
          });
        }
        if (!isBlank(r.value) && [...r.value!.text.trim()].length > maxValueLength) {
          report({
            at: { row: r.value!.row, col: r.value!.col },
            message: `指标值有 ${[...r.value!.text.trim()].length} 个字，超过 ${maxValueLength} 字的上限；请精简。`,
            messageEn: `The value has ${[...r.value!.text.trim()].length} characters, over the ${maxValueLength} limit.`,
          });
        }
      }
  },
};
