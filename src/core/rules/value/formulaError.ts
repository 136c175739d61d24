import type { Text } from '../../text';
import type { Rule } from '../types';
import { CELL } from '../cellLabels';
import type { CellRead } from '../../model';
import { isBlank, onceEach, parsed } from '../util';

/** What each error value means, for the message (zh, en). */
const MEANING: Record<string, Text> = {
  '#DIV/0!': { zh: '除数为零', en: 'division by zero' },
  '#REF!': { zh: '公式引用的单元格已被删除', en: 'the formula refers to a cell that was deleted' },
  '#N/A': { zh: '查找的值不存在', en: 'a looked-up value was not found' },
  '#VALUE!': { zh: '参与计算的值类型不对', en: 'a value of the wrong type was used in the formula' },
  '#NAME?': { zh: '公式中有无法识别的名称', en: 'the formula uses a name Excel does not know' },
  '#NUM!': { zh: '数值无效', en: 'an invalid number' },
  '#NULL!': { zh: '引用的区域没有交集', en: 'the referenced ranges do not intersect' },
};

const WEIGHT: Text = { zh: '权重（分值）', en: 'weight' };
const BASIS: Text = { zh: '指标值设定依据', en: 'basis' };

/** A formula error (#DIV/0!, #REF!, #N/A …) shown where a value should be. */
export const formulaError: Rule = {
  id: 'value/formula-error',
  defaultSeverity: 'error',
  description: {
    zh: '单元格显示公式错误（#DIV/0!、#REF!、#N/A 等）',
    en: 'A cell shows a formula error (#DIV/0!, #REF!, #N/A …)',
  },
  explain: {
    zh: '“#DIV/0!”“#REF!”“#N/A”等是 Excel 公式计算失败时显示的错误值，不是填写的内容。请检查公式及其引用的单元格，或直接填写实际数值。',
    en: '#DIV/0!, #REF!, #N/A and the like are what Excel shows when a formula fails; they are not content. Check the formula and the cells it refers to, or type the actual value.',
  },
  messages: {
    formulaError: {
      zh: '{{what}}显示公式错误“{{error}}”（{{meaning}}），不是实际内容；请检查公式及其引用的单元格，或直接填写实际值。',
      en: 'The {{what}} shows the formula error "{{error}}" ({{meaning}}), not real content; check the formula and the cells it refers to, or type the actual value.',
    },
  },
  check({ table, report }) {
    const first = onceEach();
    const look = (cell: CellRead | null, what: Text) => {
      if (isBlank(cell)) return;
      if (!first(cell!)) return;
      const p = parsed(cell);
      if (p.kind !== 'error') return;
      const meaning = MEANING[p.text] ?? { zh: '公式计算失败', en: 'the formula failed' };
      report({
        at: { row: cell!.row, col: cell!.col },
        messageId: 'formulaError',
        data: { what, error: p.text, meaning },
      });
    };
    for (const grid of table.grids)
      for (const r of grid.rows) {
        look(r.value, CELL.value);
        look(r.name, CELL.nameFull);
        look(r.unit, CELL.unit);
        look(r.weight, WEIGHT);
        look(r.basis, BASIS);
      }
    // The label's words are made only for an error found.
    for (const f of table.fields)
      if (!isBlank(f.value) && parsed(f.value).kind === 'error')
        look(f.value, { zh: f.label.replace(/[\s:：]+/g, ''), en: 'field' });
    for (const p of table.plan) look(p.value, CELL.plan);
  },
};
