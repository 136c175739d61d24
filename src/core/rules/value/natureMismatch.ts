import type { Rule } from '../types';
import { isBlank, natureOf, parsed } from '../util';

const SYMBOL: Record<string, string> = { '>=': '≥', '>': '＞', '=': '＝', '<': '＜', '<=': '≤' };

/** 指标性质 says 定量 (or an operator) but the value is words, or says 定性 but the value is a number. */
export const natureMismatch: Rule = {
  id: 'value/nature-mismatch',
  defaultSeverity: 'error',
  description: { zh: '指标性质与指标值不符', en: 'The nature column disagrees with the value' },
  explain: {
    zh: '指标性质为“定量”或运算符（≥、≤ 等）时指标值应为数值，为“定性”时应为文字等级；指标值中的运算符须与指标性质一致。',
    en: 'A quantitative nature (or an operator) needs a number, a qualitative one needs words; operators must agree.',
  },
  messages: {
    wordsForNumber: {
      zh: '指标性质为“{{nature}}”，但指标值“{{value}}”是文字；请填写数值，或将指标性质改为“定性”。',
      en: 'The nature is "{{nature}}" but the target value "{{value}}" is words; enter a number, or change the nature to 定性 (qualitative).',
    },
    numberForWords: {
      zh: '指标性质为“定性”，但指标值“{{value}}”是数值；请将指标性质改为对应的运算符（如“≥”），或改填定性等级。',
      en: 'The nature is 定性 (qualitative) but the target value "{{value}}" is a number; change the nature to the matching operator (≥ …), or enter a grade instead.',
    },
    operator: {
      zh: '指标值中的“{{op}}”与指标性质“{{nature}}”不一致；请统一，指标值只填数值。',
      en: 'The operator {{op}} in the target value disagrees with the nature "{{nature}}"; make them agree and put only the number in the value.',
    },
  },
  check({ table, report }) {
    for (const grid of table.grids) {
      if (grid.columns.nature === undefined) continue;
      for (const r of grid.rows) {
        if (isBlank(r.name) || isBlank(r.value)) continue;
        const n = natureOf(r);
        const p = parsed(r.value);
        const v = r.value!;
        const natureText = r.nature!.text.trim();
        if (n.kind === 'quantitative' && (p.kind === 'text' || p.kind === 'graded' || p.kind === 'vague')) {
          report({
            at: { row: v.row, col: v.col },
            messageId: 'wordsForNumber',
            data: { nature: natureText, value: v.text.trim() },
          });
        } else if (n.kind === 'qualitative' && p.kind === 'number') {
          report({
            at: { row: v.row, col: v.col },
            messageId: 'numberForWords',
            data: { value: v.text.trim() },
          });
        } else if (n.kind === 'quantitative' && n.op && p.kind === 'number' && p.op && p.op !== n.op) {
          report({
            at: { row: v.row, col: v.col },
            messageId: 'operator',
            data: { op: SYMBOL[p.op], nature: natureText },
          });
        }
      }
    }
  },
};
