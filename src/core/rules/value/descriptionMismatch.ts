import type { Rule } from '../types';
import { fmt, isBlank, parsed } from '../util';
import { parseValue } from '../../value/parseValue';

const NUMBER_WITH_UNIT =
  /(\d+(?:\.\d+)?)\s*(%|％|个工作日|工作日|万元|亿元|元|人次|人|天|次|个|辆|套|处|户|亩|平方米)/g;

/** The description states a number different from the value ("占种植面积 70%以上" with value ≥60%). */
export const descriptionMismatch: Rule = {
  id: 'value/description-mismatch',
  defaultSeverity: 'warning',
  description: {
    zh: '指标描述中的数值与指标值不一致',
    en: 'The description states a different number than the value',
  },
  explain: {
    zh: '指标描述中写明的目标数值应与指标值一致。',
    en: 'A number stated in the description should equal the value.',
  },
  messages: {
    mismatch: {
      zh: '指标描述写的是 {{described}}，指标值却是“{{value}}”；请核对并保持一致。',
      en: 'The description says {{described}} but the target value is "{{value}}"; check them and make them agree.',
    },
  },
  check({ table, report }) {
    for (const grid of table.grids) {
      if (grid.sharesRows) continue;
      for (const r of grid.rows) {
        if (isBlank(r.description) || isBlank(r.value)) continue;
        const p = parsed(r.value);
        if (p.kind !== 'number' || p.num === undefined || !p.unit || p.num2 !== undefined) continue;
        const nums: { num: number; unit: string }[] = [];
        const text = r.description!.text;
        NUMBER_WITH_UNIT.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = NUMBER_WITH_UNIT.exec(text))) {
          const q = parseValue(m[1] + m[2]);
          if (q.unit) nums.push({ num: Number(m[1]), unit: q.unit });
        }
        const same = nums.filter((n) => n.unit === p.unit);
        if (same.length !== 1 || nums.length !== 1) continue;
        if (Math.abs(same[0].num - p.num) < 1e-9) continue;
        report({
          at: { row: r.value!.row, col: r.value!.col },
          messageId: 'mismatch',
          data: { described: `${fmt(same[0].num)}${p.unit}`, value: r.value!.text.trim() },
        });
      }
    }
  },
};
