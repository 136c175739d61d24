import type { Rule } from '../types';
import { isBlank, natureOf, parsed, parsedWithUnit } from '../util';

const COST_L2 = new Set(['成本指标', '经济成本指标', '社会成本指标', '生态环境成本指标']);

/** A 成本 indicator using ≥ or ＞. */
export const costOperator: Rule = {
  id: 'value/cost-operator',
  defaultSeverity: 'warning',
  description: { zh: '成本指标使用了“≥”或“＞”', en: 'A cost indicator uses ≥ or >' },
  explain: {
    zh: '成本指标描述成本控制，应使用“≤”或“＝”，不应使用“≥”“＞”。',
    en: 'Cost indicators describe cost control: use ≤ or =, not ≥ or >.',
  },
  messages: {
    ceiling: {
      zh: '成本指标“{{name}}”使用了“{{op}}”；成本应控制在上限以内，请改用“≤”或“＝”。',
      en: 'The cost indicator "{{name}}" uses {{op}}; a cost is a ceiling to stay within, so use ≤ or =.',
    },
    ceilingFixed: {
      zh: '成本指标“{{name}}”使用了“{{op}}”；成本应控制在上限以内，请改用“≤”或“＝”（如“{{fixed}}”）。',
      en: 'The cost indicator "{{name}}" uses {{op}}; a cost is a ceiling to stay within, so use ≤ or = (e.g. {{fixed}}).',
    },
  },
  check({ table, report }) {
    for (const grid of table.grids)
      for (const r of grid.rows) {
        if (isBlank(r.value) || isBlank(r.name)) continue;
        if (!(r.level1Std === '成本指标' || (r.level2Std && COST_L2.has(r.level2Std)))) continue;
        const p = parsed(r.value);
        const op = p.op ?? natureOf(r).op;
        if (op !== '>=' && op !== '>') continue;
        if (parsedWithUnit(r).unit === '%') continue; // a rate (资金支出完成率 ≥95%) is not a cost ceiling
        const fixed =
          p.kind === 'number' && p.op
            ? r.value!.text.trim().replace(/^(≥|>=|＞|>|不低于|不少于)/, '≤')
            : undefined;
        report({
          at: { row: r.value!.row, col: r.value!.col },
          messageId: fixed ? 'ceilingFixed' : 'ceiling',
          data: {
            name: r.name!.text.trim(),
            op: op === '>=' ? '≥' : { zh: '＞', en: '>' },
            fixed: fixed ?? '',
          },
        });
      }
  },
};
