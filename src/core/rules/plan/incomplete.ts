import type { Rule } from '../types';
import { planValues } from './planValues';

/** Some quarters blank. */
export const incomplete: Rule = {
  id: 'plan/incomplete',
  defaultSeverity: 'warning',
  description: { zh: '资金支出计划有时点未填写', en: 'Some points of the spending plan are blank' },
  explain: {
    zh: '资金支出计划的每个时点（3月底、6月底、10月底、12月底等）都要填写累计比例，未支出的填 0%。',
    en: 'Every point of the plan needs its cumulative share; write 0% where nothing is spent yet.',
  },
  messages: {
    blank: {
      zh: '资金支出计划中{{points}}未填写；请填写各时点的累计支出比例（尚未支出的填“0%”）。',
      en: 'The spending plan leaves {{points}} blank; fill in the cumulative share spent at each point (0% where nothing is spent yet).',
    },
  },
  check({ table, report }) {
    const vals = planValues(table);
    const blanks = vals.filter((v) => v.blank);
    if (!blanks.length) return;
    const first = blanks[0].point;
    const where = first.value ?? first.label;
    const labels = blanks.map((b) => b.point.label.text.trim()).join('、');
    report({
      at: { row: where.row, col: where.col },
      messageId: 'blank',
      data: { points: labels },
    });
  },
};
