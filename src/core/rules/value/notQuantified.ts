import type { Rule } from '../types';
import { QUANTIFIED_LEVEL2 } from '../../vocabulary/levels';
import { namesMeasurableTarget } from '../measurable';
import { isBlank, isQualitativeNature, parsed } from '../util';

/**
 * A 数量/质量/时效/成本 or 满意度 indicator with a qualitative value, where the
 * grid does not mark it 定性; and an indicator sentence of a department's goal
 * list that names no measurable target.
 */
export const notQuantified: Rule = {
  id: 'value/not-quantified',
  defaultSeverity: 'warning',
  description: {
    zh: '应量化的指标使用了定性描述',
    en: 'An indicator that should be quantified has a qualitative value',
  },
  explain: {
    zh: '数量、质量、时效、成本和满意度指标应尽量量化（数值、比率或时间）；确实无法量化的须在指标性质中标明“定性”。部门分项绩效目标（序号、分项、绩效目标、绩效指标）中的每条绩效指标也要写明可衡量的目标：带单位的数值、比率、完成时限，或“全部”“100%”；“提高效率，确保平稳运行”这类表述无法考核。',
    en: 'Quantity, quality, timeliness, cost and satisfaction indicators should be numbers, rates or dates; mark truly qualitative ones 定性. Each indicator sentence of a department goal list (序号, 分项, 绩效目标, 绩效指标) must also name a measurable target: a number with its unit, a rate, a deadline, or 全部/100%; "raise efficiency, keep things stable" cannot be assessed.',
  },
  messages: {
    goalList: {
      zh: '分项“{{item}}”的绩效指标“{{indicator}}”没有可衡量的目标；请写明带单位的数值、比率、完成时限或“全部/100%”，如“用款计划审核时限≤5个工作日”“信息公开率100%”。',
      en: 'The indicator "{{indicator}}" of the item "{{item}}" names no measurable target; state a number with its unit, a rate, a deadline or 全部/100%, e.g. 用款计划审核时限≤5个工作日 or 信息公开率100%.',
    },
    qualitative: {
      zh: '“{{name}}”属于{{level}}，指标值“{{value}}”是定性描述；请改为可衡量的数值、比率或时间，确实无法量化的在指标性质中注明“定性”。',
      en: '"{{name}}" is a {{level}} indicator but its target value "{{value}}" is qualitative; quantify it as a number, rate or date, or where it truly cannot be, mark the nature 定性.',
    },
  },
  check({ table, report }) {
    for (const it of table.goalList?.items ?? []) {
      const ind = it.indicator;
      if (isBlank(ind) || isBlank(it.goal) || namesMeasurableTarget(ind!.text)) continue;
      const what = it.item && !isBlank(it.item) ? it.item.text.trim() : it.goal!.text.trim();
      report({
        at: { row: ind!.row, col: ind!.col },
        messageId: 'goalList',
        data: { item: what, indicator: ind!.text.trim() },
      });
    }
    for (const grid of table.grids)
      for (const r of grid.rows) {
        if (isBlank(r.value) || isBlank(r.name)) continue;
        const l2 = r.level2Std;
        const cost = r.level1Std === '成本指标';
        if (!cost && !(l2 && (QUANTIFIED_LEVEL2 as readonly string[]).includes(l2))) continue;
        if (isQualitativeNature(r)) continue;
        const p = parsed(r.value);
        if (p.kind !== 'text' && p.kind !== 'graded') continue;
        if (p.kind === 'text' && p.unreadable) continue; // value/unparseable says it
        report({
          at: { row: r.value!.row, col: r.value!.col },
          messageId: 'qualitative',
          data: { name: r.name!.text.trim(), level: l2 ?? r.level1Std ?? '', value: r.value!.text.trim() },
        });
      }
  },
};
