import type { Rule } from '../types';
import { isBlank, isQualitativeNature, parsed } from '../util';
import { parseValue } from '../../value/parseValue';

/** 万 and 亿 size a number (30万 = 300,000); they are not units. */
const MAGNITUDES = new Set(['万', '亿', '千', '百万', '千万', '十万', '万余', '余']);

/** The unit in the value disagrees with the unit column, or a 定性 row has a unit. */
export const unitMismatch: Rule = {
  id: 'value/unit-mismatch',
  defaultSeverity: 'error',
  description: {
    zh: '指标值的单位与度量单位列不一致',
    en: 'The unit in the value disagrees with the unit column',
  },
  explain: {
    zh: '有度量单位列时，指标值只填数值，单位须与度量单位列一致；定性指标不填单位。',
    en: 'With a unit column, the value holds the number and its unit must agree with the column; qualitative rows have no unit.',
  },
  messages: {
    qualitativeUnit: {
      zh: '定性指标“{{name}}”不应填写度量单位“{{unit}}”；请清空单位，或将指标性质改为定量。',
      en: 'The qualitative indicator "{{name}}" should have no unit, but has "{{unit}}"; clear the unit, or change the nature to a quantitative one.',
    },
    mismatch: {
      zh: '指标值“{{value}}”的单位“{{valueUnit}}”与度量单位列的“{{unit}}”不一致；请统一单位。',
      en: 'The unit "{{valueUnit}}" in the target value "{{value}}" disagrees with "{{unit}}" in the unit column; use one unit.',
    },
  },
  check({ table, report }) {
    for (const grid of table.grids) {
      if (grid.columns.unit === undefined) continue;
      for (const r of grid.rows) {
        if (isBlank(r.name)) continue;
        const unitText = r.unit?.text.trim() ?? '';
        if (isQualitativeNature(r)) {
          if (unitText && !/^(无|\/|-|—|不适用)$/.test(unitText)) {
            report({
              at: { row: r.unit!.row, col: r.unit!.col },
              messageId: 'qualitativeUnit',
              data: { name: r.name!.text.trim(), unit: unitText },
            });
          }
          continue;
        }
        if (!unitText || isBlank(r.value)) continue;
        const p = parsed(r.value);
        if (p.kind !== 'number' || !p.unit || MAGNITUDES.has(p.unit)) continue;
        const col = parseValue('1' + unitText);
        const colUnit = col.unit ?? unitText;
        if (same(p.unit, colUnit)) continue;
        report({
          at: { row: r.value!.row, col: r.value!.col },
          messageId: 'mismatch',
          data: { value: r.value!.text.trim(), valueUnit: p.unit, unit: unitText },
        });
      }
    }
  },
};

function same(a: string, b: string): boolean {
  const n = (u: string) =>
    u
      .replace(/^个(?=工作日|月)/, '')
      .replace('工作日', '天')
      .replace('日', '天');
  return a === b || n(a) === n(b);
}
