import type { Text } from '../../text';
import type { Rule } from '../types';
import { isBlank, parsed } from '../util';
import { BARE_VALUE_REASON } from '../../value/parseValue';

const MAX_SHAPE = 15;

/** A value that is neither a number with operator and unit, nor a date, nor graded wording. */
export const unparseable: Rule = {
  id: 'value/unparseable',
  defaultSeverity: 'error',
  description: { zh: '指标值无法识别', en: 'A value that cannot be read' },
  explain: {
    zh: '指标值应为“运算符+数值+单位”（如“≥95%”）、日期或定性等级（如“合格”）。',
    en: 'A value is an operator, number and unit (≥95%), a date, or a grade (合格).',
  },
  messages: {
    unreadable: {
      zh: '指标值“{{value}}”无法识别：{{reason}}。请写成“≥95%”“100人”或日期、等级等规范形式。',
      en: 'The target value "{{value}}" cannot be read: {{reason}}. Write it in a standard form such as ≥95%, 100人, a date or a grade.',
    },
  },
  check({ table, report }) {
    for (const grid of table.grids)
      for (const r of grid.rows) {
        if (isBlank(r.value)) continue;
        const p = parsed(r.value);
        if (p.kind !== 'text') continue;
        // The parser says why a value that looks like a number is not one (an operator or a unit with no
        // number: BARE_VALUE_REASON).
        if (!p.unreadable) continue;
        // A sentence that happens to hold a number is qualitative wording, not a malformed number.
        if ([...r.value!.text.trim()].length > MAX_SHAPE) continue;
        report({
          at: { row: r.value!.row, col: r.value!.col },
          messageId: 'unreadable',
          data: { value: r.value!.text.trim(), reason: why(p.unreadable) },
        });
      }
  },
};

/** The parser's reason (Chinese) with its English. */
function why(unreadable: string): Text {
  if (unreadable === BARE_VALUE_REASON)
    return { zh: BARE_VALUE_REASON, en: 'it has an operator or a unit but no number' };
  const extra = /^数值“(.*)”之外还有其他文字/.exec(unreadable);
  if (extra)
    return {
      zh: unreadable,
      en: `there are other words besides the number "${extra[1]}", not the form operator + number + unit`,
    };
  const many = /^含(\d+)个数值/.exec(unreadable);
  if (many) return { zh: unreadable, en: `it holds ${many[1]} numbers, so the target is not clear` };
  if (unreadable === '不是有效数字') return { zh: unreadable, en: 'it is not a valid number' };
  return { zh: unreadable, en: unreadable };
}
