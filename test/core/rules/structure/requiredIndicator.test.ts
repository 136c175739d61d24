import { requiredIndicator } from '../../../../src/core/rules/structure/requiredIndicator';
import type { Profile } from '../../../../src/core/profile';
import { projectTable, ruleTester } from '../ruleTester';

const fixed = (p: Profile) => {
  p.severities['structure/required-indicator'] = 'error';
  p.requiredIndicators = [{ name: '预算执行率', level1: '产出指标', level2: '成本指标' }];
};

ruleTester(requiredIndicator).run({
  valid: [
    {
      name: 'the fixed indicator is there',
      profile: fixed,
      workbook: projectTable({ set: { C10: '预算执行率', E10: '100%' } }),
    },
    { name: 'no fixed indicators in the profile', workbook: projectTable() },
  ],
  invalid: [
    {
      name: '预算执行率 fixed under 产出—成本 and missing: reported at the 成本指标 cell',
      profile: fixed,
      workbook: projectTable(),
      findings: [
        { cell: 'B10', messageId: 'missingUnder', severity: 'error', messageIncludes: '预算执行率' },
      ],
    },
    {
      name: 'a fixed satisfaction indicator under a 二级 the table lacks: reported at the 一级',
      profile: (p) => {
        p.severities['structure/required-indicator'] = 'error';
        p.requiredIndicators = [{ name: '群众满意度', level1: '满意度指标' }];
      },
      workbook: projectTable(),
      findings: [{ cell: 'A12', messageId: 'missingUnder' }],
    },
    {
      name: 'a fixed indicator named without its levels: reported at the grid header',
      profile: (p) => {
        p.severities['structure/required-indicator'] = 'error';
        p.requiredIndicators = [{ name: '预算执行率' }];
      },
      workbook: projectTable(),
      findings: [{ cell: 'A6', messageId: 'missing', messageIncludes: '预算执行率' }],
    },
  ],
});
