import type { Text } from '../../text';
import { onceEach } from '../util';
import type { CellRead } from '../../model';
import { outsideGbk } from '../gbk';
import type { Report, Rule } from '../types';
import { STRAY, tidy } from './straySpace';

const SPACE = /[ \u3000\u00a0\t]/;

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Any space inside a goal, name or value; the literal text null; a character outside GBK. */
export const spaceInField: Rule = {
  id: 'text/space-in-field',
  defaultSeverity: 'info',
  // Only spaces at the ends or doubled: the same form-only fix as text/stray-space.
  fixable: { zh: '删除多余空格', en: 'Remove stray spaces' },
  description: {
    zh: '字段含空格、null 或 GBK 以外的字符',
    en: 'A field with a space, the text null, or a character outside GBK',
  },
  explain: {
    zh: '预算管理一体化系统导入绩效目标时，目标、指标名称和指标值中的任何空格（半角或全角）、字面的“null”以及 GBK 编码以外的字符（生僻字、表情符号、某些特殊符号）都会被拒。默认只作提示；使用 national 配置时为错误。',
    en: 'On import the national 预算管理一体化系统 rejects any space (half- or full-width) in a goal, indicator name or value, the literal text null, and characters GBK cannot encode (rare characters, emoji, some symbols). Info by default; an error under the national profile.',
  },
  messages: {
    null: {
      zh: '{{what}}填的是“{{value}}”，导入系统时会被当作错误；请填写实际内容。',
      en: 'The {{what}} is the text "{{value}}", which the national system rejects on import; fill in the real content.',
    },
    space: {
      zh: '{{what}}“{{value}}”中含有空格；预算系统导入时不允许任何空格，请删除。',
      en: 'The {{what}} "{{value}}" contains a space; the national system accepts none on import, so delete it.',
    },
    outsideGbk: {
      zh: '{{what}}“{{value}}”中有 GBK 编码以外的字符 {{chars}}，预算系统无法保存；请换成常用字符。',
      en: 'The {{what}} "{{value}}" has characters outside GBK ({{chars}}), which the national system cannot store; replace them with common characters.',
    },
  },
  check({ table, report }) {
    const first = onceEach();
    const look = (cell: CellRead | null, what: Text, reason?: string) => {
      if (!cell || typeof cell.value !== 'string' || !cell.value.trim()) return;
      if (!first(cell)) return;
      const v = cell.value;
      const shown = v.trim();
      const at = { row: cell.row, col: cell.col };
      const base: Partial<Report> = reason ? { reason } : {};
      if (/^null$/i.test(shown)) {
        report({
          ...base,
          at,
          messageId: 'null',
          data: { what, value: shown },
        });
        return;
      }
      if (SPACE.test(v)) {
        // Spaces only at the ends or doubled: the same form-only fix as text/stray-space.
        const tidied = STRAY.test(v) ? tidy(v) : null;
        report({
          ...base,
          at,
          messageId: 'space',
          data: { what, value: shown },
          ...(tidied !== null && !SPACE.test(tidied) ? { fix: { from: v, to: tidied } } : {}),
        });
      }
      const bad = outsideGbk(v);
      if (bad.length) {
        const chars = {
          zh: bad.map((c) => `“${c}”（${codePoint(c)}）`).join('、'),
          en: bad.map((c) => `"${c}" ${codePoint(c)}`).join(', '),
        };
        report({
          ...base,
          at,
          messageId: 'outsideGbk',
          data: { what, value: shown, chars },
        });
      }
    };
    for (const f of table.fields) {
      if (f.key === 'goal') look(f.value, { zh: '绩效目标', en: 'goal' });
      else if (f.key === 'periodGoal') look(f.value, { zh: '实施期绩效目标', en: 'period goal' });
      else if (f.key === 'name') look(f.value, { zh: '项目名称', en: 'project name' });
    }
    for (const it of table.goalList?.items ?? []) {
      look(it.goal, { zh: '绩效目标', en: 'goal' });
      look(it.indicator, { zh: '绩效指标', en: 'indicator' });
    }
    for (const g of table.grids)
      for (const r of g.rows) {
        if (r.level1Own) look(r.level1, { zh: '一级指标', en: 'level name' }, '一级指标类型错误');
        if (r.level2Own) look(r.level2, { zh: '二级指标', en: 'level name' }, '二级指标类型错误');
        look(r.name, { zh: '三级指标', en: 'indicator name' });
        look(r.value, { zh: '指标值', en: 'value' });
        look(r.description, { zh: '指标说明', en: 'description' });
        look(r.basis, { zh: '指标值确定依据', en: 'basis' });
      }
  },
};
