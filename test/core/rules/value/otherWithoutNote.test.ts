import { otherWithoutNote } from '../../../../src/core/rules/value/otherWithoutNote';
import type { Profile } from '../../../../src/core/profile';
import { projectTable2021, ruleTester } from '../ruleTester';

const on = (p: Profile) => {
  p.severities['value/other-without-note'] = 'error';
};
const header = ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '指标值说明'];

ruleTester(otherWithoutNote).run({
  valid: [
    {
      name: 'a 定量（其他） row with its 指标值说明',
      profile: on,
      workbook: projectTable2021({
        header,
        set: { D10: '定量（其他）', E10: '500', G10: '全年培训人数，按签到表统计' },
      }),
    },
    {
      name: 'off without a profile that names it',
      workbook: projectTable2021({ header, set: { D10: '定量（其他）', E10: '500', G10: '' } }),
    },
  ],
  invalid: [
    {
      name: 'a 定量（其他） row with an empty 指标值说明',
      profile: on,
      workbook: projectTable2021({ header, set: { D10: '定量（其他）', E10: '500', G10: '' } }),
      findings: [{ cell: 'G10', messageId: 'noNote', severity: 'error' }],
    },
    {
      name: 'half-width brackets 定量(其他), no description column: reported at the nature cell',
      profile: on,
      workbook: projectTable2021({ set: { D12: '定量(其他)' } }),
      findings: [{ cell: 'D12', messageId: 'noNote' }],
    },
  ],
});
