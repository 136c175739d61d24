import { dateRange, periodOrder } from '../../../../src/core/rules/text/periodOrder';
import { projectTable, rawSheet, ruleTester } from '../ruleTester';

function withPeriod(period: string) {
  return rawSheet([
    ['项目名称', '农村公路建设', '项目起止时间', period],
    ['年度绩效目标', '完成农村公路建设2公里。'],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '新建公路长度', '2公里'],
    [null, '时效指标', '完工时间', '2023年12月底前'],
    ['效益指标', '社会效益指标', '群众出行时间缩短', '≥20%'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
  ]);
}

ruleTester(periodOrder).run({
  valid: [
    { name: 'w04: 202001-202012', workbook: withPeriod('202001-202012') },
    {
      name: 'a cross-year period 2023.07-2024.01 in a value',
      workbook: projectTable({ set: { E9: '2023.07-2024.01' } }),
    },
    {
      name: 'a single date 2023-12-31 is not a range',
      workbook: projectTable({ set: { E9: '2023-12-31' } }),
    },
  ],
  invalid: [
    {
      name: 'a project period that ends the year before it starts',
      workbook: withPeriod('2023年1月-2022年12月'),
      findings: [{ cell: 'D1', messageId: 'reversed', severity: 'error', messageIncludes: '2022年12月' }],
    },
    {
      name: 'a value range 2023.07-2023.03',
      workbook: projectTable({ set: { E9: '2023.07-2023.03' } }),
      findings: [{ cell: 'E9', messageId: 'reversed' }],
    },
  ],
});

describe('dateRange', () => {
  it.each([
    ['202001-202012', [2020, 1], [2020, 12]],
    ['2023年7月至2024年1月', [2023, 7], [2024, 1]],
    ['2021年--2019年', [2021, 0], [2019, 0]],
  ])('%s', (text, a, b) => {
    const r = dateRange(text)!;
    expect([r.start.y, r.start.m]).toEqual(a);
    expect([r.end.y, r.end.m]).toEqual(b);
  });
  it('needs a range separator between the two dates', () => {
    expect(dateRange('2023年完成，2022年结转')).toBeNull();
  });
});
