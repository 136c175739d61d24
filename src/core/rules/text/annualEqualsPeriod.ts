import type { Rule } from '../types';
import { isBlank } from '../util';

const norm = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** The annual goal is the period goal word for word. */
export const annualEqualsPeriod: Rule = {
  id: 'text/annual-equals-period',
  defaultSeverity: 'warning',
  description: {
    zh: '年度绩效目标与实施期目标完全相同',
    en: 'The annual goal is the period goal word for word',
  },
  explain: {
    zh: '年度目标应是实施期（中长期）目标在本年度的分解，不应原样照抄。',
    en: 'The annual goal is this year’s share of the period goal, not a copy of it.',
  },
  messages: {
    copied: {
      zh: '年度绩效目标与实施期（中长期）绩效目标一字不差；请写出本年度要完成的部分。',
      en: 'The annual goal is the period (long-term) goal word for word; state the part to be achieved this year.',
    },
  },
  check({ table, report }) {
    const annual = table.fields.find((f) => f.key === 'goal' && !isBlank(f.value));
    const period = table.fields.find((f) => f.key === 'periodGoal' && !isBlank(f.value));
    if (!annual || !period || norm(annual.value!.text) !== norm(period.value!.text)) return;
    report({
      at: { row: annual.value!.row, col: annual.value!.col },
      messageId: 'copied',
    });
  },
};
