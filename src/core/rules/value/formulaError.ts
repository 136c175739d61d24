import type { Rule } from '../types';
import type { CellRead } from '../../model';
import { cellKey, isBlank, parsed } from '../util';

/** What each error value means, for the message (zh, en). */
const MEANING: Record<string, [string, string]> = {
  '#DIV/0!': ['除数为零', 'division by zero'],
  '#REF!': ['公式引用的单元格已被删除', 'the formula refers to a cell that was deleted'],
  '#N/A': ['查找的值不存在', 'a looked-up value was not found'],
  '#VALUE!': ['参与计算的值类型不对', 'a value of the wrong type was used in the formula'],
  '#NAME?': ['公式中有无法识别的名称', 'the formula uses a name Excel does not know'],
  '#NUM!': ['数值无效', 'an invalid number'],
  '#NULL!': ['引用的区域没有交集', 'the referenced ranges do not intersect'],
};

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
  check({ table, report }) {
    const seen = new Set<number>();
    const look = (cell: CellRead | null, what: string, whatEn: string) => {
      if (isBlank(cell)) return;
      const key = cellKey(cell!.row, cell!.col);
      if (seen.has(key)) return;
      seen.add(key);
      const p = parsed(cell);
      if (p.kind !== 'error') return;
      const [zh, en] = MEANING[p.text] ?? ['公式计算失败', 'the formula failed'];
      report({
        at: { row: cell!.row, col: cell!.col },
        message: `${what}显示公式错误“${p.text}”（${zh}），不是实际内容；请检查公式及其引用的单元格，或直接填写实际值。`,
        messageEn: `The ${whatEn} shows the formula error "${p.text}" (${en}), not real content; check the formula and the cells it refers to, or type the actual value.`,
      });
    };
    for (const grid of table.grids)
      for (const r of grid.rows) {
        look(r.value, '指标值', 'value');
        look(r.name, '三级指标名称', 'indicator name');
        look(r.unit, '度量单位', 'unit');
        look(r.weight, '权重（分值）', 'weight');
        look(r.basis, '指标值设定依据', 'basis');
      }
    for (const f of table.fields) look(f.value, f.label.replace(/[\s:：]+/g, ''), 'field');
    for (const p of table.plan) look(p.value, '资金支出计划', 'spending plan');
  },
};
