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
  check({ table, report }) {
    for (const it of table.goalList?.items ?? []) {
      if (isBlank(it.goal) || !isBlank(it.indicator) || !it.indicator) continue;
      const what = it.item && !isBlank(it.item) ? it.item.text.trim() : it.goal!.text.trim();
      report({
        at: { row: it.indicator.row, col: it.indicator.col },
        message: `分项“${what}”有绩效目标但没有绩效指标；请填写可衡量的指标，如“政府采购项目评审率100%”。`,
        messageEn: `The goal "${what}" has no indicator; add a measurable one (e.g. 评审率100%).`,
      });
    }
    for (const grid of table.grids) {
      if (grid.columns.value === undefined) continue;
      for (const r of grid.rows) {
        if (isBlank(r.name) || !isBlank(r.value) || !r.value) continue;
        report({
          at: { row: r.value.row, col: r.value.col },
          message: `三级指标“${r.name!.text.trim()}”没有填写${grid.sharesRows ? (grid.kind === 'period' ? '中长期' : '年度') : ''}指标值；请填写可衡量的目标值（如“≥95%”“100人”“2023年12月31日前”）。`,
          messageEn: `The indicator "${r.name!.text.trim()}" has no target value; fill in a measurable value (e.g. ≥95%, 100人, a date).`,
        });
      }
    }
  },
};
