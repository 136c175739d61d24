import type { Rule } from '../types';
import { isBlank, parsed } from '../util';

/** A readable value written in a non-standard form (70%以上, full-width digits, 百分比): a form-only fix. */
export const nonStandard: Rule = {
  id: 'value/non-standard',
  defaultSeverity: 'info',
  fixable: { zh: '规范写法', en: 'Standard form' },
  description: {
    zh: '指标值写法不规范（可一键规范）',
    en: 'A value written in a non-standard form (fixable)',
  },
  explain: {
    zh: '如“70%以上”宜写作“≥70%”，全角数字和符号宜改为半角，“百分比”宜写作“%”；这类修改只改写法，不改含义。',
    en: 'E.g. 70%以上 → ≥70%, full-width digits to half-width, 百分比 → %; the fix changes form, never meaning.',
  },
  messages: {
    nonStandard: {
      zh: '指标值“{{value}}”宜写作“{{canonical}}”。',
      en: 'The target value "{{value}}" is not in the standard form; write it "{{canonical}}".',
    },
  },
  check({ table, report }) {
    for (const grid of table.grids)
      for (const r of grid.rows) {
        if (isBlank(r.value) || typeof r.value!.value !== 'string') continue;
        const p = parsed(r.value);
        if (!p.canonical || p.canonical === r.value!.value) continue;
        if (p.kind === 'placeholder' || p.kind === 'text' || p.kind === 'vague') continue;
        report({
          at: { row: r.value!.row, col: r.value!.col },
          messageId: 'nonStandard',
          data: { value: r.value!.text, canonical: p.canonical },
          fix: { from: r.value!.value as string, to: p.canonical },
        });
      }
  },
};
