import type { Rule } from '../types';
import type { Table } from '../../model';
import { findYears } from '../../value/parseValue';
import { isBlank, parsed } from '../util';
import { normCore } from '../../vocabulary/normalize';

function allowedYears(t: Table, period: boolean): [number, number] | null {
  const pf = t.fields.find((f) => f.key === 'period' && !isBlank(f.value));
  const py = pf ? findYears(pf.value!.text) : [];
  if (period) {
    if (py.length) return [Math.min(...py), Math.max(...py)];
    return t.year ? [t.year, t.year + 5] : null;
  }
  // The budget year, or the project's period where one is given (a cross-year project finishes in it).
  if (t.year) return py.length ? [Math.min(t.year, ...py), Math.max(t.year, ...py)] : [t.year, t.year];
  return null;
}

/** A year or date in a 时效 value outside the table's budget year or period. */
export const yearMismatch: Rule = {
  id: 'text/year-mismatch',
  defaultSeverity: 'warning',
  description: {
    zh: '时效指标中的年份不在预算年度或实施期内',
    en: 'A year in a timeliness value is outside the budget year or period',
  },
  explain: {
    zh: '时效指标的日期应落在本预算年度（中长期指标落在实施期）内，常见错误是沿用上年的日期。',
    en: 'Dates in timeliness indicators fall in the budget year (period grids: the period); last year’s date is a common slip.',
  },
  messages: {
    outside: {
      zh: '时效指标“{{value}}”中的 {{year}} 年不在{{span}}内；请核对日期。',
      en: 'The year {{year}} in the timeliness target "{{value}}" is outside {{span}}; check the date.',
    },
  },
  check({ table, report }) {
    for (const grid of table.grids) {
      const range = allowedYears(table, grid.kind === 'period');
      if (!range) continue;
      for (const r of grid.rows) {
        if (isBlank(r.value)) continue;
        const name = normCore(r.name?.text ?? '');
        const timely = r.level2Std === '时效指标' || /时间|时限|日期|期限|完成时/.test(name);
        if (!timely) continue;
        const p = parsed(r.value);
        const years = p.years ?? findYears(r.value!.text);
        const out = years.filter((y) => y < range[0] || y > range[1]);
        if (!out.length) continue;
        const span = range[0] === range[1] ? `${range[0]}年` : `${range[0]}—${range[1]}年`;
        report({
          at: { row: r.value!.row, col: r.value!.col },
          messageId: 'outside',
          data: {
            value: r.value!.text.trim(),
            year: out[0],
            span:
              grid.kind === 'period'
                ? { zh: `实施期（${span}）`, en: `the period (${range.join('–')})` }
                : {
                    zh: `预算年度（${span}）`,
                    en: `the budget year (${range[0] === range[1] ? range[0] : range.join('–')})`,
                  },
          },
        });
      }
    }
  },
};
