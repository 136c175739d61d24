import { onceEach } from '../util';
import type { CellRead } from '../../model';
import type { Text } from '../../text';
import type { Rule } from '../types';
import { CELL } from '../cellLabels';

/** Template annotations in brackets: (必填), (选填), (必填硬性指标) … */
const NOTE =
  /[(（【[]\s*(?:必填|选填|可选填?|非必填|必填项|选填项|硬性指标|必填硬性指标|必选|自选|自定义|示例|举例)[^)）】\]]{0,8}[)）】\]]/;
/** A placeholder target left in a name: (≥**%), ≥**人, (<**元/户·年). */
const STARS = /[≥≤＞＜><=＝]\s*[*＊]{1,}|[*＊]{2,}\s*(?:%|％|[\u4e00-\u9fa5])/;

const LEVEL1: Text = { zh: '一级指标', en: 'level-1 name' };
const LEVEL2: Text = { zh: '二级指标', en: 'level-2 name' };

/** Template annotations or placeholders left in a level or indicator name. */
export const templateNote: Rule = {
  id: 'structure/template-note',
  defaultSeverity: 'warning',
  description: { zh: '名称中留有模板注释或占位符', en: 'A template note or placeholder left in a name' },
  explain: {
    zh: '模板里的“(必填)”“(选填)”“(必填硬性指标)”和“(≥**%)”“≥**人”之类是填表说明，填好指标后应删去；留在指标名称里，说明指标值可能也没按要求填写，导入预算系统时名称也对不上。',
    en: 'Template notes such as (必填), (选填), (必填硬性指标) and placeholders like (≥**%) or ≥**人 are instructions; delete them once the indicator is filled in. Left in a name, they suggest the target was not filled in as asked and the name will not match on import.',
  },
  messages: {
    note: {
      zh: '{{what}}“{{value}}”中留有模板说明“{{note}}”；请删去，并按说明填好指标值。',
      en: 'The {{what}} "{{value}}" still carries the template note "{{note}}"; delete it and fill in the target value as instructed.',
    },
  },
  check({ table, report }) {
    const first = onceEach();
    const look = (cell: CellRead | null, what: Text) => {
      if (!cell || typeof cell.value !== 'string') return;
      if (!first(cell)) return;
      const m = NOTE.exec(cell.value) ?? STARS.exec(cell.value);
      if (!m) return;
      report({
        at: { row: cell.row, col: cell.col },
        messageId: 'note',
        data: { what, value: cell.value.trim(), note: m[0] },
      });
    };
    for (const grid of table.grids)
      for (const r of grid.rows) {
        if (r.level1Own) look(r.level1, LEVEL1);
        if (r.level2Own) look(r.level2, LEVEL2);
        look(r.name, CELL.name);
      }
  },
};
