import { foreignTerm } from '../../../../src/core/rules/text/foreignTerm';
import type { IndicatorRowCells } from '../ruleTester';
import { projectTable, ruleTester, stack } from '../ruleTester';

/** The seed's debt tables: 还本 (principal) and 付息 (interest) projects with their own rows. */
function debt(code: string, name: string, goal: string, purpose: string, rows: IndicatorRowCells[]) {
  return projectTable({ code, name, goal, purpose, rows });
}

const principal = debt(
  '102001001',
  '一般债券到期还本',
  '按时偿还债券本金。',
  '预算数 5851万元。用于偿还到期的政府一般债券本金。',
  [
    ['产出指标', '数量指标', '还本规模', '年度还本总额', '5851万元', '计划标准'],
    ['', '质量指标', '还本违约率', '违约还本金额占总到期债券的比重', '0', '计划标准'],
    ['', '时效指标', '迟付次数', '延迟还本次数', '0', '计划标准'],
    ['效益指标', '经济效益指标', '按期还本率', '按照预定时间数额支付情况', '100%', '计划标准'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '群众满意程度', '85%', '计划标准'],
  ],
);

function interest(code: string, name: string, timely: string) {
  return debt(code, name, '按时偿还债券利息。', '预算数 8710万元。用于偿还政府一般债券利息。', [
    ['产出指标', '数量指标', '付息规模', '年度付息及服务费总额', '8710万元', '计划标准'],
    ['', '质量指标', '付息违约率', '违约付息金额占总利息的比重', '0', '计划标准'],
    ['', '时效指标', '迟付次数', timely, '0', '计划标准'],
    ['效益指标', '经济效益指标', '按期付息率', '按照预定时间数额支付情况', '100%', '计划标准'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '群众满意程度', '85%', '计划标准'],
  ]);
}

// projectTable puts the header on row 6, so the 时效 row is row 9 of each table; stacked with a
// gap of 2 rows, tables start at rows 1, 14, 27 (each is 11 rows: 5 above, header, 5 indicators).
ruleTester(foreignTerm).run({
  valid: [
    {
      name: 'the 付息 project counts 延迟付息次数: its own subject',
      workbook: stack([principal, interest('102001002', '一般债券利息及服务费', '延迟付息次数')]),
      tables: 2,
    },
    {
      name: 'one project alone is never compared',
      workbook: interest('102001002', '一般债券利息及服务费', '延迟还本次数'),
      tables: 1,
    },
    {
      name: 'a 还本 project far from the 付息 one (not its neighbour) is not a copy source',
      workbook: stack([
        principal,
        projectTable({ code: '102001005', name: '农业保险补贴区级配套' }),
        interest('102001002', '一般债券利息及服务费', '延迟还本次数'),
      ]),
      tables: 3,
    },
  ],
  invalid: [
    {
      name: 'seed 102001002: a 付息 project counting 延迟还本次数, copied from the 还本 project above',
      workbook: stack([principal, interest('102001002', '一般债券利息及服务费', '延迟还本次数')]),
      tables: 2,
      findings: [{ cell: 'D22', messageId: 'foreign', severity: 'warning', messageIncludes: '还本' }],
    },
    {
      name: 'seed 102001003: copied on down the sheet from 102001002, which copied it from the 还本 project',
      workbook: stack([
        principal,
        interest('102001002', '一般债券利息及服务费', '延迟还本次数'),
        interest('102001003', '专项债券利息及服务费', '延迟还本次数'),
      ]),
      tables: 3,
      findings: [
        { cell: 'D22', messageId: 'foreign', messageIncludes: '一般债券到期还本' },
        { cell: 'D35', messageId: 'foreign', messageIncludes: '一般债券到期还本' },
      ],
    },
  ],
});
