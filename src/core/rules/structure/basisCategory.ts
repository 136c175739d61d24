import type { Rule } from '../types';
import { isBlank, structuralGrids } from '../util';
import { BASIS_CATEGORIES } from '../../profiles/national';

/** 指标值确定依据 outside the standard categories (计划标准, 行业标准, 历史标准, 其他标准). */
export const basisCategory: Rule = {
  id: 'structure/basis-category',
  defaultSeverity: 'error',
  enabledByDefault: false,
  description: { zh: '指标值确定依据不是标准类别', en: 'A basis outside the standard categories' },
  explain: {
    zh: '预算管理一体化系统的“指标值确定依据”只能从计划标准、行业标准、历史标准、其他标准中选择（配置的 basisCategories 可改），写成“上级文件”“工作要求”等文字的导入时会被拒；文件名称等可写在指标说明中。只在 national 等配置中启用。',
    en: 'In the national 预算管理一体化系统 the basis of a target (指标值确定依据) is one of 计划标准, 行业标准, 历史标准, 其他标准 (the profile’s basisCategories); free text such as 上级文件 is rejected on import. Enabled by the national profile.',
  },
  messages: {
    notStandard: {
      zh: '“{{name}}”的指标值确定依据“{{basis}}”不是标准类别；请从{{allowed}}中选择。',
      en: 'The basis "{{basis}}" of "{{name}}" is not a standard category; choose one of {{allowed}}.',
    },
    notStandardNear: {
      zh: '“{{name}}”的指标值确定依据“{{basis}}”不是标准类别；请从{{allowed}}中选择（此处应为“{{near}}”）。',
      en: 'The basis "{{basis}}" of "{{name}}" is not a standard category; choose one of {{allowed}} (here: "{{near}}").',
    },
  },
  check({ table, profile, report }) {
    const allowed = profile.basisCategories ?? BASIS_CATEGORIES;
    for (const grid of structuralGrids(table)) {
      if (grid.columns.basis === undefined) continue;
      for (const r of grid.rows) {
        if (isBlank(r.name) || !r.basis || isBlank(r.basis)) continue;
        const v = r.basis.text.replace(/\s+/g, '');
        if (allowed.includes(v)) continue;
        const near = allowed.find((c) => v.includes(c) || c.startsWith(v));
        report({
          at: { row: r.basis.row, col: r.basis.col },
          messageId: near ? 'notStandardNear' : 'notStandard',
          data: {
            name: r.name!.text.trim(),
            basis: r.basis.text.trim(),
            allowed: { zh: allowed.join('、'), en: allowed.join(', ') },
            near: near ?? '',
          },
        });
      }
    }
  },
};
