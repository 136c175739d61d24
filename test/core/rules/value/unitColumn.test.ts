import { unitColumn } from '../../../../src/core/rules/value/unitColumn';
import { projectTable, projectTable2021, rawSheet, ruleTester } from '../ruleTester';

/** w01's flat export: 指标性质 | 指标方向 | 目标值 | 计量单位 | 分值, no merges (header on row 3). */
function flatExport(rows: (string | number | null)[][]) {
  return rawSheet(
    [
      ['项目名称', '公务出差'],
      ['资金总额', 3],
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标方向', '目标值', '计量单位', '分值'],
      ...rows,
    ],
    { name: '绩效目标表' },
  );
}

ruleTester(unitColumn).run({
  valid: [
    { name: 'every number has its unit in the 度量单位 column', workbook: projectTable2021() },
    {
      name: 'a grid without a unit column is value/missing-unit’s business',
      workbook: projectTable({ set: { E7: '500' } }),
    },
    {
      name: 'w01: 出差人次 24 | 人/次 and a 0 with no unit',
      workbook: flatExport([
        ['产出指标', '数量指标', '出差人次', '正向', '=', 24, '人/次', 4],
        ['产出指标', '成本指标', '出差单位成本', '反向', '=', 0, null, 4],
      ]),
    },
    {
      name: 'a 定性 row needs no unit',
      workbook: projectTable2021({ set: { D11: '定性', E11: '合格', F11: '' } }),
    },
  ],
  invalid: [
    {
      name: 'w01 G15: 出差人数 8 with the unit cell empty',
      workbook: flatExport([
        ['产出指标', '数量指标', '出差人数', '正向', '=', 8, null, 4],
        ['产出指标', '数量指标', '出差人次', '正向', '=', 24, '人/次', 4],
      ]),
      findings: [{ cell: 'G4', messageId: 'empty', severity: 'warning', messageIncludes: '出差人数' }],
    },
    {
      name: 'w01 G18/G20: a date serial 44561 in the unit column',
      workbook: flatExport([
        ['产出指标', '时效指标', '项目财政资金到位时间', '正向', '=', 44561, 44561, 10],
        ['产出指标', '时效指标', '财政资金到位及时支付率', '正向', '=', 100, '%', 4],
      ]),
      findings: [{ cell: 'G4', messageId: 'dateSerial' }],
    },
    {
      name: 'a 2021 table: a count with no unit and a unit cell holding 12',
      workbook: projectTable2021({ set: { F10: '', F12: 12 } }),
      findings: [
        { cell: 'F10', messageId: 'empty' },
        { cell: 'F12', messageId: 'number', messageIncludes: '数字 12' },
      ],
    },
  ],
});
