import type { Rule } from '../types';
import { isBlank, parsed } from '../util';

/** A readable value written in a non-standard form (70%以上, full-width digits, 百分比): a form-only fix. */
export const nonStandard: Rule = {
  id: 'value/non-standard',
  defaultSeverity: 'info',
  fixable: { label: '规范写法', labelEn: 'Standard form' },
  description: {
    zh: '指标值写法不规范（可一键规范）',
    en: 'A value written in a non-standard form (fixable)',
  },
  explain: {
    zh: '如“70%以上”宜写作“≥70%”，全角数字和符号宜改为半角，“百分比”宜写作“%”；这类修改只改写法，不改含义。',
    en: 'E.g. 70%以上 → ≥70%, full-width digits to half-width, 百分比 → %; the fix changes form, never meaning.',
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
          message: `指标值“${r.value!.text}”宜写作“${p.canonical}”。`,
          messageEn: `The value "${r.value!.text}" is better written "${p.canonical}".`,
          fix: { from: r.value!.value as string, to: p.canonical, ...nonStandard.fixable! },
        });
      }
  },
};
