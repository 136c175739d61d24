import type { Rule } from '../types';
import type { CellRead } from '../../model';
import { cellKey, isBlank, parsed } from '../util';

/** Template leftovers: **, ＊, XX, ___, 待定, a lone - or /. */
export const placeholder: Rule = {
  id: 'value/placeholder',
  defaultSeverity: 'error',
  description: {
    zh: '保留了模板占位符（**、XX、待定等）',
    en: 'A template placeholder was left in (**, XX, 待定 …)',
  },
  explain: {
    zh: '模板中的“**”“XX”“待定”等占位符必须替换为实际内容。',
    en: 'Template placeholders such as **, XX or 待定 must be replaced with real content.',
  },
  check({ table, report }) {
    const seen = new Set<number>();
    const look = (cell: CellRead | null, what: string, whatEn: string) => {
      if (isBlank(cell)) return;
      const key = cellKey(cell!.row, cell!.col);
      if (seen.has(key)) return;
      seen.add(key);
      if (parsed(cell).kind !== 'placeholder') return;
      report({
        at: { row: cell!.row, col: cell!.col },
        message: `${what}“${cell!.text.trim()}”是模板占位符；请填写实际内容。`,
        messageEn: `The ${whatEn} "${cell!.text.trim()}" is a template placeholder; fill in the real content.`,
      });
    };
    for (const grid of table.grids)
      for (const r of grid.rows) {
        look(r.value, '指标值', 'value');
        if (!grid.sharesRows) {
          look(r.name, '三级指标名称', 'indicator name');
          look(r.unit, '度量单位', 'unit');
        }
      }
    for (const f of table.fields)
      if (f.key !== 'source') look(f.value, f.label.replace(/[\s:：]+/g, ''), 'field');
    for (const p of table.plan) look(p.value, '资金支出计划', 'spending plan');
  },
};
