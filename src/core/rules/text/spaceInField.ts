import type { Text } from '../../text';
import { remembered } from '../../memo';
import { onceEach } from '../util';
import type { CellRead } from '../../model';
import { outsideGbk } from '../gbk';
import type { Report, Rule } from '../types';
import { CELL } from '../cellLabels';
import { STRAY, tidy } from './straySpace';

const SPACE = /[ \u3000\u00a0\t]/;

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What the rule finds in one text; null when the text is blank or has nothing to report. */
interface Analysis {
  shown: string;
  isNull: boolean;
  space: boolean;
  /** The text without stray spaces when that leaves no space at all (the fix), else null. */
  tidied: string | null;
  /** The characters outside GBK, listed for the message; null when there are none. */
  chars: Text | null;
}

/** Per text: workbooks repeat the same goals, names and values (the result is read, never changed). */
const analysed = remembered((v: string): Analysis | null => {
  const shown = v.trim();
  if (!shown) return null;
  if (/^null$/i.test(shown)) return { shown, isNull: true, space: false, tidied: null, chars: null };
  const space = SPACE.test(v);
  // Spaces only at the ends or doubled: the same form-only fix as text/stray-space.
  const tidy1 = space && STRAY.test(v) ? tidy(v) : null;
  const tidied = tidy1 !== null && !SPACE.test(tidy1) ? tidy1 : null;
  const bad = outsideGbk(v);
  const chars = bad.length
    ? {
        zh: bad.map((c) => `“${c}”（${codePoint(c)}）`).join('、'),
        en: bad.map((c) => `"${c}" ${codePoint(c)}`).join(', '),
      }
    : null;
  return space || chars ? { shown, isNull: false, space, tidied, chars } : null;
});

const PERIOD_GOAL: Text = { zh: '实施期绩效目标', en: 'period goal' };
const PROJECT_NAME: Text = { zh: '项目名称', en: 'project name' };
const DESCRIPTION: Text = { zh: '指标说明', en: 'description' };

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
      if (!cell || typeof cell.value !== 'string') return;
      const a = analysed(cell.value);
      if (!a || !first(cell)) return;
      const at = { row: cell.row, col: cell.col };
      const base: Partial<Report> = reason ? { reason } : {};
      if (a.isNull) {
        report({ ...base, at, messageId: 'null', data: { what, value: a.shown } });
        return;
      }
      if (a.space)
        report({
          ...base,
          at,
          messageId: 'space',
          data: { what, value: a.shown },
          ...(a.tidied !== null ? { fix: { from: cell.value, to: a.tidied } } : {}),
        });
      if (a.chars)
        report({ ...base, at, messageId: 'outsideGbk', data: { what, value: a.shown, chars: a.chars } });
    };
    for (const f of table.fields) {
      if (f.key === 'goal') look(f.value, CELL.goal);
      else if (f.key === 'periodGoal') look(f.value, PERIOD_GOAL);
      else if (f.key === 'name') look(f.value, PROJECT_NAME);
    }
    for (const it of table.goalList?.items ?? []) {
      look(it.goal, CELL.goal);
      look(it.indicator, CELL.indicator);
    }
    for (const g of table.grids)
      for (const r of g.rows) {
        if (r.level1Own) look(r.level1, CELL.level1, '一级指标类型错误');
        if (r.level2Own) look(r.level2, CELL.level2, '二级指标类型错误');
        look(r.name, CELL.name);
        look(r.value, CELL.value);
        look(r.description, DESCRIPTION);
        look(r.basis, CELL.basis);
      }
  },
};
