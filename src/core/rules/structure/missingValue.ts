import type { Rule } from '../types';
import { isBlank } from '../util';

/** A 三级 name with no value; a goal of a department's goal list with no indicator. */
export const missingValue: Rule = {
  id: 'structure/missing-value',
  defaultSeverity: 'error',
  description: { zh: '三级指标没有填写指标值', en: 'An indicator with no value' },
  explain: {
    zh: '每条三级指标都要有指标值（数值、日期或定性等级），否则无法考核。部门分项绩效目标中，每条绩效目标都要有对应的绩效指标。',
    en: 'Every indicator needs a target value (number, date or grade) to be assessed. In a department goal list each goal needs its indicator.',
  },
  messages: {
    goalWithoutIndicator: {
      zh: '分项“{{goal}}”有绩效目标但没有绩效指标；请填写可衡量的指标，如“政府采购项目评审率100%”。',
      en: 'The item "{{goal}}" has a goal but no indicator; fill in a measurable one, e.g. 政府采购项目评审率100% (review rate of procurement projects 100%).',
    },
    missing: {
      zh: '三级指标“{{name}}”没有填写{{grid}}指标值；请填写可衡量的目标值（如“≥95%”“100人”“2023年12月31日前”）。',
      en: 'The indicator "{{name}}" has no {{grid}}target value; fill in a measurable one (e.g. ≥95%, 100人, 2023年12月31日前).',
    },
  },
  check({ table, report }) {
    for (const it of table.goalList?.items ?? []) {
      if (isBlank(it.goal) || !isBlank(it.indicator) || !it.indicator) continue;
      const what = it.item && !isBlank(it.item) ? it.item.text.trim() : it.goal!.text.trim();
      report({
        at: { row: it.indicator.row, col: it.indicator.col },
        messageId: 'goalWithoutIndicator',
        data: { goal: what },
      });
    }
    for (const grid of table.grids) {
      if (grid.columns.value === undefined) continue;
      for (const r of grid.rows) {
        if (isBlank(r.name) || !isBlank(r.value) || !r.value) continue;
        report({
          at: { row: r.value.row, col: r.value.col },
          messageId: 'missing',
          data: {
            name: r.name!.text.trim(),
            grid: !grid.sharesRows
              ? { zh: '', en: '' }
              : grid.kind === 'period'
                ? { zh: '中长期', en: 'long-term ' }
                : { zh: '年度', en: 'annual ' },
          },
        });
      }
    }
  },
};
