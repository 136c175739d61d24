import type { Text } from '../../text';
import type { Rule } from '../types';
import { CELL } from '../cellLabels';
import type { CellRead } from '../../model';
import { isBlank, onceEach, parsed } from '../util';

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
  messages: {
    placeholder: {
      zh: '{{what}}“{{value}}”是模板占位符；请填写实际内容。',
      en: 'The {{what}} "{{value}}" is a template placeholder; fill in the real content.',
    },
  },
  check({ table, report }) {
    const first = onceEach();
    const look = (cell: CellRead | null, what: Text) => {
      if (isBlank(cell)) return;
      if (!first(cell!)) return;
      if (parsed(cell).kind !== 'placeholder') return;
      report({
        at: { row: cell!.row, col: cell!.col },
        messageId: 'placeholder',
        data: { what, value: cell!.text.trim() },
      });
    };
    for (const grid of table.grids)
      for (const r of grid.rows) {
        look(r.value, CELL.value);
        if (!grid.sharesRows) {
          look(r.name, CELL.nameFull);
          look(r.unit, CELL.unit);
        }
      }
    for (const f of table.fields)
      // The label's words are made only for a placeholder found.
      if (f.key !== 'source' && !isBlank(f.value) && parsed(f.value).kind === 'placeholder')
        look(f.value, { zh: f.label.replace(/[\s:：]+/g, ''), en: 'field' });
    for (const p of table.plan) look(p.value, CELL.plan);
  },
};
