import { qualitativeSymbol } from '../../../../src/core/rules/value/qualitativeSymbol';
import type { Profile } from '../../../../src/core/profile';
import { projectTable2021, ruleTester } from '../ruleTester';

const on = (p: Profile) => {
  p.severities['value/qualitative-symbol'] = 'error';
};

ruleTester(qualitativeSymbol).run({
  valid: [
    {
      name: 'a 定性 value written as a grade',
      profile: on,
      workbook: projectTable2021({ set: { D11: '定性', E11: '合格', F11: '' } }),
    },
    {
      name: 'off without a profile that names it',
      workbook: projectTable2021({ set: { D11: '定性', E11: '**', F11: '' } }),
    },
    {
      name: 'a quantitative value may hold a minus range',
      profile: on,
      workbook: projectTable2021({ set: { E11: '90-95' } }),
    },
  ],
  invalid: [
    {
      name: 'a 定性 value left as **',
      profile: on,
      workbook: projectTable2021({ set: { D11: '定性', E11: '**', F11: '' } }),
      findings: [{ cell: 'E11', messageId: 'symbol', severity: 'error', messageIncludes: '“*”' }],
    },
    {
      name: 'a 定性 value with - and _',
      profile: on,
      workbook: projectTable2021({
        set: { D11: '定性', E11: '良-', F11: '', D14: '定性', E14: '有效_提升', F14: '' },
      }),
      findings: [
        { cell: 'E11', messageId: 'symbol' },
        { cell: 'E14', messageId: 'symbol' },
      ],
    },
  ],
});
