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
            message: `指标性质为“${natureText}”，但指标值“${v.text.trim()}”是文字；请填写数值，或将指标性质改为“定性”。`,
            messageEn: `The nature is "${natureText}" but the value "${v.text.trim()}" is words; enter a number or mark it 定性.`,
          });
        } else if (n.kind === 'qualitative' && p.kind === 'number') {
          report({
            at: { row: v.row, col: v.col },
            message: `指标性质为“定性”，但指标值“${v.text.trim()}”是数值；请将指标性质改为对应的运算符（如“≥”），或改填定性等级。`,
            messageEn: `The nature is 定性 but the value "${v.text.trim()}" is a number; use an operator nature (≥ …) or a grade.`,
          });
        } else if (n.kind === 'quantitative' && n.op && p.kind === 'number' && p.op && p.op !== n.op) {
          report({
            at: { row: v.row, col: v.col },
            message: `指标值中的“${SYMBOL[p.op]}”与指标性质“${natureText}”不一致；请统一，指标值只填数值。`,
            messageEn: `The operator ${SYMBOL[p.op]} in the value disagrees with the nature "${natureText}".`,
          });
        }
      }
    }
  },
};
