import {
  findNumbers,
  findYears,
  parseValue,
  readUnit,
  toHalfWidth,
} from '../../../src/core/value/parseValue';
import type { ParsedValue } from '../../../src/core/value/types';
import {
  GRADED_WORDS,
  PLACEHOLDER_VALUES,
  PREFIX_OPERATORS,
  SUFFIX_OPERATORS,
  UNITS,
  VAGUE_MODIFIERS,
  VAGUE_VERBS,
  lookupUnit,
  operatorSymbol,
} from '../../../src/core/value/vocabulary';

type Input = string | number | boolean | null | undefined;
type Case = [Input, Partial<ParsedValue>] | [Input, Partial<ParsedValue>, string];

/** Runs `parseValue(input, format)` and checks the listed fields (undefined means "must be absent"). */
function check(input: Input, expected: Partial<ParsedValue>, format?: string): void {
  const got = parseValue(input, format);
  for (const key of Object.keys(expected) as (keyof ParsedValue)[]) {
    expect({ input, format, key, value: got[key] }).toEqual({ input, format, key, value: expected[key] });
  }
}

function table(cases: Case[]): void {
  test.each(
    cases.map(
      (c) =>
        [
          (typeof c[0] === 'string' ? JSON.stringify(c[0]) : String(c[0])) + (c[2] ? ` (${c[2]})` : ''),
          c,
        ] as const,
    ),
  )('%s', (_name, c) => {
    check(c[0], c[1], c[2]);
  });
}

describe('values in the shared fixtures', () => {
  table([
    ['≥70%', { kind: 'number', op: '>=', num: 70, unit: '%', unitCategory: 'percent', canonical: undefined }],
    ['≤25%', { kind: 'number', op: '<=', num: 25, unit: '%', unitCategory: 'percent', canonical: undefined }],
    [
      '5851万元',
      {
        kind: 'number',
        op: undefined,
        num: 5851,
        unit: '万元',
        unitCategory: 'money',
        wan: 5851,
        canonical: undefined,
      },
    ],
    ['8710万元', { kind: 'number', num: 8710, unit: '万元', wan: 8710 }],
    ['12382万元', { kind: 'number', num: 12382, unit: '万元', wan: 12382 }],
    ['500万元', { kind: 'number', num: 500, unit: '万元', wan: 500 }],
    ['5815万元', { kind: 'number', num: 5815, unit: '万元', wan: 5815 }],
    [
      '15个工作日',
      {
        kind: 'number',
        op: undefined,
        num: 15,
        unit: '个工作日',
        unitCategory: 'time',
        canonical: undefined,
      },
    ],
    ['0', { kind: 'number', num: 0, unit: undefined, op: undefined, canonical: undefined }],
    ['100%', { kind: 'number', num: 100, unit: '%', canonical: undefined }],
    ['110%', { kind: 'number', num: 110, unit: '%' }],
    ['85%', { kind: 'number', num: 85, unit: '%' }],
    ['70%', { kind: 'number', num: 70, unit: '%' }],
    ['接近直接物化成本', { kind: 'text', num: undefined, unreadable: undefined }],
    ['下降', { kind: 'vague' }],
    ['2023年12月31日', { kind: 'date', years: [2023], canonical: undefined }],
    ['2022年12月31日', { kind: 'date', years: [2022] }],
    ['≥XX%', { kind: 'placeholder' }],
    [26845, { kind: 'number', num: 26845, text: '26845', unit: undefined }],
    [26845, { kind: 'number', num: 26845, text: '26845', unit: undefined }, 'General'],
    [0.3, { kind: 'number', num: 30, unit: '%', unitCategory: 'percent', text: '30%' }, '0%'],
    [0, { kind: 'number', num: 0, unit: '%', text: '0%' }, '0%'],
    [0.1, { kind: 'number', num: 10, unit: '%', text: '10%' }, '0%'],
    [0.2, { kind: 'number', num: 20, unit: '%', text: '20%' }, '0%'],
    [0.6, { kind: 'number', num: 60, unit: '%', text: '60%' }, '0%'],
    [0.95, { kind: 'number', num: 95, unit: '%', text: '95%' }, '0%'],
    [1, { kind: 'number', num: 100, unit: '%', text: '100%' }, '0%'],
  ]);
});

describe('numbers from the workbook (JS numbers with a format)', () => {
  table([
    [0.855, { kind: 'number', num: 85.5, text: '85.5%' }, '0.0%'],
    [0.07, { kind: 'number', num: 7, text: '7.00%' }, '0.00%'],
    [0.3, { kind: 'number', num: 30 }, '0.00%;[Red]-0.00%'],
    [0.3, { kind: 'number', num: 0.3, unit: undefined }],
    [0.3, { kind: 'number', num: 0.3, unit: undefined }, null as unknown as string],
    [1.5, { kind: 'number', num: 1.5, text: '1.5' }, '0.0'],
    [-5, { kind: 'number', num: -5 }],
    [
      5851,
      { kind: 'number', num: 5851, unit: '万元', wan: 5851, unitCategory: 'money', text: '5851万元' },
      '0"万元"',
    ],
    [12000, { kind: 'number', num: 12000, unit: '元', wan: 1.2 }, '#,##0"元"'],
    [45291, { kind: 'date', text: '2023年12月31日', years: [2023] }, 'yyyy-mm-dd'],
    [45291, { kind: 'date', text: '2023年12月31日', years: [2023] }, 'yyyy"年"m"月"d"日"'],
    [45291, { kind: 'date', text: '2023年12月31日', years: [2023] }, 'm/d/yy'],
    [45291.75, { kind: 'date', text: '2023年12月31日' }, 'yyyy/m/d h:mm'],
    [45261, { kind: 'date', text: '2023年12月', years: [2023] }, '[$-804]yyyy"年"m"月"'],
    [44927, { kind: 'date', text: '2023年1月1日', years: [2023] }, 'yyyy-mm-dd'],
    [45291, { kind: 'number', num: 45291 }, 'h:mm'],
    [-3, { kind: 'number', num: -3 }, 'yyyy-mm-dd'],
    [true, { kind: 'text', text: 'TRUE' }],
    [false, { kind: 'text', text: 'FALSE' }],
    [NaN, { kind: 'text', num: undefined }],
    [Infinity, { kind: 'text', num: undefined }],
    [-Infinity, { kind: 'text', num: undefined }],
    [null, { kind: 'empty', text: '' }],
    [undefined, { kind: 'empty', text: '' }],
  ]);

  test('percent formats do not leave float noise', () => {
    for (let i = 0; i <= 100; i++) {
      const got = parseValue(i / 100, '0%');
      expect(got.num).toBe(i);
    }
    expect(parseValue(0.1 + 0.2, '0%').num).toBe(30);
    expect(parseValue(0.035, '0.0%').num).toBe(3.5);
  });
});

describe('operators, numbers and units in strings', () => {
  table([
    // operators as symbols
    ['>85%', { kind: 'number', op: '>', num: 85, canonical: undefined }],
    ['<5%', { kind: 'number', op: '<', num: 5, canonical: undefined }],
    ['=300天', { kind: 'number', op: '=', num: 300, unit: '天', unitCategory: 'time', canonical: undefined }],
    ['＝300天', { kind: 'number', op: '=', num: 300, canonical: '=300天' }],
    ['>=90%', { kind: 'number', op: '>=', num: 90, canonical: '≥90%' }],
    ['<=10%', { kind: 'number', op: '<=', num: 10, canonical: '≤10%' }],
    ['＞＝90%', { kind: 'number', op: '>=', canonical: '≥90%' }],
    ['≧90%', { kind: 'number', op: '>=', canonical: '≥90%' }],
    ['≦10%', { kind: 'number', op: '<=', canonical: '≤10%' }],
    ['＜5%', { kind: 'number', op: '<', canonical: '<5%' }],
    ['≥ 70%', { kind: 'number', op: '>=', num: 70, canonical: '≥70%' }],
    ['≥70 %', { kind: 'number', op: '>=', num: 70, canonical: '≥70%' }],
    // operators as words, before
    ['不低于95%', { kind: 'number', op: '>=', num: 95, unit: '%', canonical: '≥95%' }],
    [
      '不少于100人',
      { kind: 'number', op: '>=', num: 100, unit: '人', unitCategory: 'count', canonical: '≥100人' },
    ],
    ['不小于3次', { kind: 'number', op: '>=', canonical: '≥3次' }],
    ['大于等于90%', { kind: 'number', op: '>=', canonical: '≥90%' }],
    ['小于等于5%', { kind: 'number', op: '<=', canonical: '≤5%' }],
    ['不超过5%', { kind: 'number', op: '<=', canonical: '≤5%' }],
    ['不高于10%', { kind: 'number', op: '<=', canonical: '≤10%' }],
    ['不多于2次', { kind: 'number', op: '<=', canonical: '≤2次' }],
    ['小于25%', { kind: 'number', op: '<', num: 25, canonical: '<25%' }],
    ['大于90%', { kind: 'number', op: '>', canonical: '>90%' }],
    ['低于5%', { kind: 'number', op: '<', canonical: '<5%' }],
    ['高于80%', { kind: 'number', op: '>', canonical: '>80%' }],
    ['超过80%', { kind: 'number', op: '>', canonical: '>80%' }],
    ['少于3次', { kind: 'number', op: '<', canonical: '<3次' }],
    ['多于3次', { kind: 'number', op: '>', canonical: '>3次' }],
    ['达到100%', { kind: 'number', op: '>=', num: 100, canonical: '≥100%' }],
    ['等于100%', { kind: 'number', op: '=', canonical: '=100%' }],
    ['约5万元', { kind: 'number', op: '=', num: 5, wan: 5, canonical: '=5万元' }],
    ['控制在5%以内', { kind: 'number', op: '<=', num: 5, canonical: '≤5%' }],
    // operators as words, after
    ['70%以上', { kind: 'number', op: '>=', num: 70, unit: '%', canonical: '≥70%' }],
    ['70%及以上', { kind: 'number', op: '>=', canonical: '≥70%' }],
    ['5%以下', { kind: 'number', op: '<=', canonical: '≤5%' }],
    ['5%以内', { kind: 'number', op: '<=', canonical: '≤5%' }],
    ['15个工作日内', { kind: 'number', op: '<=', num: 15, unit: '个工作日', canonical: '≤15个工作日' }],
    ['15个工作日以内', { kind: 'number', op: '<=', num: 15, canonical: '≤15个工作日' }],
    ['15个工作日内完成', { kind: 'number', op: '<=', num: 15, canonical: '≤15个工作日' }],
    ['3年内', { kind: 'number', op: '<=', num: 3, unit: '年', unitCategory: 'time' }],
    ['80以上', { kind: 'number', op: '>=', num: 80, unit: undefined, canonical: '≥80' }],
    ['100人以上', { kind: 'number', op: '>=', num: 100, unit: '人' }],
    ['≥70%以上', { kind: 'number', op: '>=', num: 70, canonical: '≥70%' }],
    ['5天左右', { kind: 'number', op: '=', num: 5, unit: '天' }],
    ['100%完成', { kind: 'number', num: 100, unit: '%', canonical: '100%' }],
    // full-width
    ['＞８５％', { kind: 'number', op: '>', num: 85, unit: '%', canonical: '>85%' }],
    ['≥７０％', { kind: 'number', op: '>=', num: 70, canonical: '≥70%' }],
    ['８５％', { kind: 'number', num: 85, canonical: '85%' }],
    ['７０％以上', { kind: 'number', op: '>=', canonical: '≥70%' }],
    ['１００', { kind: 'number', num: 100, canonical: '100' }],
    // thousands separators and decimals
    ['1,200元', { kind: 'number', num: 1200, unit: '元', wan: 0.12, canonical: undefined }],
    ['1，200元', { kind: 'number', num: 1200, wan: 0.12, canonical: '1,200元' }],
    ['1,234,567.89元', { kind: 'number', num: 1234567.89 }],
    ['1.5亿元', { kind: 'number', num: 1.5, unit: '亿元', wan: 15000 }],
    ['300千元', { kind: 'number', num: 300, unit: '千元', wan: 30 }],
    ['85.5%', { kind: 'number', num: 85.5, canonical: undefined }],
    ['0.85', { kind: 'number', num: 0.85, unit: undefined }],
    ['.5', { kind: 'number', num: 0.5 }],
    // units
    ['80百分比', { kind: 'number', num: 80, unit: '%', unitCategory: 'percent', canonical: '80%' }],
    ['5个百分点', { kind: 'number', num: 5, unit: '百分点', unitCategory: 'percent' }],
    ['2百分点', { kind: 'number', num: 2, unit: '百分点', unitCategory: 'percent' }],
    ['5‰', { kind: 'number', num: 5, unit: '‰', unitCategory: 'percent' }],
    ['10辆', { kind: 'number', num: 10, unit: '辆', unitCategory: 'count', canonical: undefined }],
    ['200人次', { kind: 'number', num: 200, unit: '人次', unitCategory: 'count' }],
    ['3.5万人次', { kind: 'number', num: 3.5, unit: '万人次', unitCategory: 'count' }],
    ['20户', { kind: 'number', unit: '户' }],
    ['5家', { kind: 'number', unit: '家' }],
    ['8项', { kind: 'number', unit: '项' }],
    ['12期', { kind: 'number', unit: '期' }],
    ['3批', { kind: 'number', unit: '批' }],
    ['12批次', { kind: 'number', num: 12, unit: '批次', unitCategory: 'count' }],
    ['2处', { kind: 'number', unit: '处' }],
    ['100套', { kind: 'number', unit: '套' }],
    ['30天', { kind: 'number', unit: '天', unitCategory: 'time' }],
    ['30日', { kind: 'number', num: 30, unit: '日', unitCategory: 'time' }],
    ['15工作日', { kind: 'number', unit: '个工作日', canonical: '15个工作日' }],
    ['24小时', { kind: 'number', unit: '小时', unitCategory: 'time' }],
    ['30分钟', { kind: 'number', unit: '分钟' }],
    ['6个月', { kind: 'number', num: 6, unit: '个月', unitCategory: 'time' }],
    ['5年', { kind: 'number', num: 5, unit: '年', unitCategory: 'time' }],
    ['2周', { kind: 'number', unit: '周' }],
    ['10公里', { kind: 'number', unit: '公里', unitCategory: 'measure' }],
    ['10千米', { kind: 'number', unit: '公里', canonical: '10公里' }],
    ['10km', { kind: 'number', unit: '公里', unitCategory: 'measure' }],
    ['10KM', { kind: 'number', unit: '公里' }],
    ['500米', { kind: 'number', unit: '米' }],
    ['1000平方米', { kind: 'number', unit: '平方米', unitCategory: 'measure' }],
    ['1000㎡', { kind: 'number', unit: '平方米', canonical: '1000平方米' }],
    ['1000平米', { kind: 'number', unit: '平方米' }],
    ['5000亩', { kind: 'number', unit: '亩' }],
    ['20公顷', { kind: 'number', unit: '公顷' }],
    ['300吨', { kind: 'number', unit: '吨' }],
    ['50立方米', { kind: 'number', unit: '立方米' }],
    ['100千瓦', { kind: 'number', unit: '千瓦' }],
    ['2万元/人', { kind: 'number', num: 2, unit: '万元/人', unitCategory: 'money', wan: undefined }],
    ['300元/人', { kind: 'number', unit: '元/人', unitCategory: 'money', wan: undefined }],
    // unknown unit words: kept as written, category other
    ['3个村', { kind: 'number', num: 3, unit: '个村', unitCategory: 'other', canonical: undefined }],
    ['5个村以上', { kind: 'number', num: 5, op: '>=', unit: '个村', canonical: '≥5个村' }],
    ['2个乡镇', { kind: 'number', num: 2, unit: '个乡镇', unitCategory: 'other' }],
    ['1次/年', { kind: 'number', num: 1, unit: '次/年', unitCategory: 'other' }],
    ['95分', { kind: 'number', num: 95, unit: '分' }],
    // ranges
    ['80%-90%', { kind: 'number', num: 80, num2: 90, unit: '%', canonical: undefined }],
    ['80-90%', { kind: 'number', num: 80, num2: 90, unit: '%', canonical: undefined }],
    ['80%~90%', { kind: 'number', num: 80, num2: 90, canonical: '80%-90%' }],
    ['80%至90%', { kind: 'number', num: 80, num2: 90, canonical: '80%-90%' }],
    ['3-5天', { kind: 'number', num: 3, num2: 5, unit: '天' }],
    ['1万元-5000元', { kind: 'number', num: 1, num2: 0.5, unit: '万元' }],
    ['3天-5人', { kind: 'text' }],
    // signs
    ['-5%', { kind: 'number', num: -5, unit: '%', canonical: undefined }],
    ['−5%', { kind: 'number', num: -5, canonical: '-5%' }],
    ['+5%', { kind: 'number', num: 5 }],
    ['≥-5%', { kind: 'number', op: '>=', num: -5 }],
    // stray spaces
    [' 85% ', { kind: 'number', num: 85, canonical: '85%' }],
    ['85%  ', { kind: 'number', canonical: '85%' }],
    ['\t≥70%\n', { kind: 'number', canonical: '≥70%' }],
    ['85  %', { kind: 'number', num: 85, canonical: '85%' }],
    ['　85%', { kind: 'number', num: 85, canonical: '85%' }],
    ['85%。', { kind: 'number', num: 85, canonical: '85%' }],
    // direction verbs: a number with a direction, not vague
    [
      '提升10%',
      { kind: 'number', num: 10, unit: '%', op: undefined, direction: 'increase', canonical: undefined },
    ],
    ['提高5个百分点', { kind: 'number', num: 5, unit: '百分点', direction: 'increase' }],
    ['增长8%', { kind: 'number', num: 8, direction: 'increase' }],
    ['同比增长 8%', { kind: 'number', num: 8, direction: 'increase' }],
    ['下降5%', { kind: 'number', num: 5, direction: 'decrease', op: undefined }],
    ['降低10%', { kind: 'number', num: 10, direction: 'decrease' }],
    ['减少3次', { kind: 'number', num: 3, unit: '次', direction: 'decrease' }],
    ['提高10%以上', { kind: 'number', num: 10, op: '>=', direction: 'increase' }],
    ['提高到90%', { kind: 'number', num: 90, direction: 'increase' }],
    ['缩短2天', { kind: 'number', num: 2, unit: '天', direction: 'decrease' }],
  ]);
});

describe('numbers inside sentences are text', () => {
  table([
    ['完成80%以上的任务', { kind: 'text', num: 80, op: '>=', unit: '%', unitCategory: 'percent' }],
    ['全局所有行政行为主体、职权、事实、程序合法率 100%。', { kind: 'text', num: 100, unit: '%' }],
    ['加强财税调度，2023年一般公共预算收入同比增长 8%。', { kind: 'text', num: 8, unit: '%', years: [2023] }],
    ['三大粮食作物投保面积占种植面积 70%以上', { kind: 'text', num: 70, op: '>=' }],
    ['农业保险综合费用率小于 25%', { kind: 'text', num: 25, op: '<' }],
    ['接农户报案后 15个工作日内赔付到位', { kind: 'text', num: 15, op: '<=', unit: '个工作日' }],
    [
      '预算数 5851万元。用于偿还到期的政府一般债券本金。',
      { kind: 'text', num: 5851, unit: '万元', wan: 5851 },
    ],
    ['培训50人，发放100册', { kind: 'text', num: undefined }],
    ['85%%', { kind: 'text', num: 85 }],
    ['1e5', { kind: 'text' }],
  ]);

  test('unreadable says why', () => {
    expect(parseValue('完成80%以上的任务').unreadable).toMatch(/80%以上/);
    expect(parseValue('培训50人，发放100册').unreadable).toMatch(/2个数值/);
    expect(parseValue('接近直接物化成本').unreadable).toBeUndefined();
  });
});

describe('dates and periods', () => {
  table([
    ['2023年12月31日', { kind: 'date', years: [2023] }],
    ['2023-12-31', { kind: 'date', years: [2023] }],
    ['2023/12/31', { kind: 'date', years: [2023] }],
    ['2023.12.31', { kind: 'date', years: [2023] }],
    ['2023年12月', { kind: 'date', years: [2023] }],
    ['2023年', { kind: 'date', years: [2023] }],
    ['2023年度', { kind: 'date', years: [2023] }],
    ['2023.07', { kind: 'date', years: [2023] }],
    ['2023.07-2024.01', { kind: 'date', years: [2023, 2024] }],
    ['2023年1月-12月', { kind: 'date', years: [2023] }],
    ['2023年1-12月', { kind: 'date', years: [2023] }],
    ['2023年1月至2023年12月', { kind: 'date', years: [2023] }],
    ['2023年1月1日-2023年12月31日', { kind: 'date', years: [2023] }],
    ['2023-2025年', { kind: 'date', years: [2023, 2025] }],
    ['2023年底前', { kind: 'date', years: [2023] }],
    ['2023年年底前', { kind: 'date', years: [2023] }],
    ['2023年12月31日前', { kind: 'date', years: [2023] }],
    ['2023年12月底前完成', { kind: 'date', years: [2023] }],
    ['截至2023年12月31日', { kind: 'date', years: [2023] }],
    ['12月底前', { kind: 'date', years: [] }],
    ['12月底', { kind: 'date', years: [] }],
    ['12月31日前', { kind: 'date', years: [] }],
    ['6月30日', { kind: 'date', years: [] }],
    ['3月、6月、9月、12月', { kind: 'date' }],
    ['1-12月', { kind: 'date' }],
    ['年底前', { kind: 'date', years: [] }],
    ['年底', { kind: 'date' }],
    ['年内', { kind: 'date' }],
    ['当年', { kind: 'date' }],
    ['全年', { kind: 'date' }],
    ['按月', { kind: 'date' }],
    ['按季度', { kind: 'date' }],
    ['按季', { kind: 'date' }],
    ['每月', { kind: 'date' }],
    ['每季度', { kind: 'date' }],
    ['每年', { kind: 'date' }],
    ['每月10日前', { kind: 'date' }],
    ['次年3月底前', { kind: 'date' }],
    ['上半年', { kind: 'date' }],
    ['第四季度', { kind: 'date' }],
    ['２０２３年１２月', { kind: 'date', years: [2023], canonical: '2023年12月' }],
    ['2023年 12月', { kind: 'date', canonical: '2023年12月' }],
    // not dates
    ['及时', { kind: 'graded' }],
    ['6个月', { kind: 'number' }],
    ['30日', { kind: 'number' }],
    ['2050万元', { kind: 'number', wan: 2050 }],
    ['2023', { kind: 'number', num: 2023 }],
  ]);
});

describe('placeholders', () => {
  table([
    ['**', { kind: 'placeholder' }],
    ['*', { kind: 'placeholder' }],
    ['＊', { kind: 'placeholder' }],
    ['＊＊', { kind: 'placeholder' }],
    ['XX', { kind: 'placeholder' }],
    ['xx', { kind: 'placeholder' }],
    ['X', { kind: 'placeholder' }],
    ['××', { kind: 'placeholder' }],
    ['___', { kind: 'placeholder' }],
    ['＿＿＿', { kind: 'placeholder' }],
    ['待定', { kind: 'placeholder' }],
    ['待补充', { kind: 'placeholder' }],
    ['待填', { kind: 'placeholder' }],
    ['暂无', { kind: 'placeholder' }],
    ['无', { kind: 'placeholder' }],
    ['-', { kind: 'placeholder' }],
    ['—', { kind: 'placeholder' }],
    ['——', { kind: 'placeholder' }],
    ['－', { kind: 'placeholder' }],
    ['/', { kind: 'placeholder' }],
    ['／', { kind: 'placeholder' }],
    ['…', { kind: 'placeholder' }],
    ['。', { kind: 'placeholder' }],
    [' / ', { kind: 'placeholder' }],
    ['≥**%', { kind: 'placeholder' }],
    ['≥*%', { kind: 'placeholder' }],
    ['XX万元', { kind: 'placeholder' }],
    ['≥XX%', { kind: 'placeholder' }],
    ['**个', { kind: 'placeholder' }],
    ['x个', { kind: 'placeholder' }],
    ['≥＊＊％', { kind: 'placeholder' }],
    ['**年**月', { kind: 'placeholder' }],
    ['20XX年', { kind: 'placeholder' }],
    ['标准待定', { kind: 'placeholder' }],
    ['完成XX项任务', { kind: 'placeholder' }],
    // a template's slot: operator and unit, white space where the number goes
    ['≧ %', { kind: 'placeholder' }],
    ['≥  万元', { kind: 'placeholder' }],
    ['≤ 个工作日', { kind: 'placeholder' }],
  ]);
});

describe('an operator or a unit with no number is unreadable text', () => {
  table([
    ['公里', { kind: 'text', unreadable: '只有运算符或单位，没有数值' }],
    ['万亩', { kind: 'text', unreadable: '只有运算符或单位，没有数值' }],
    ['≥%', { kind: 'text', unreadable: '只有运算符或单位，没有数值' }],
    ['%以上', { kind: 'text', unreadable: '只有运算符或单位，没有数值' }],
    ['≥', { kind: 'text', unreadable: '只有运算符或单位，没有数值' }],
    ['合格', { kind: 'graded' }],
    ['一般', { kind: 'text' }],
    ['有效保障参训人员就业', { kind: 'text' }],
  ]);
});

describe('vague and graded wording', () => {
  table([
    ['提升', { kind: 'vague' }],
    ['有效提升', { kind: 'vague' }],
    ['明显', { kind: 'vague' }],
    ['明显提升', { kind: 'vague' }],
    ['明显改善', { kind: 'vague' }],
    ['逐步', { kind: 'vague' }],
    ['逐步提高', { kind: 'vague' }],
    ['长远', { kind: 'vague' }],
    ['增加', { kind: 'vague' }],
    ['进一步', { kind: 'vague' }],
    ['进一步提高', { kind: 'vague' }],
    ['提高', { kind: 'vague' }],
    ['改善', { kind: 'vague' }],
    ['有所提高', { kind: 'vague' }],
    ['稳步提升', { kind: 'vague' }],
    ['下降', { kind: 'vague' }],
    ['降低', { kind: 'vague' }],
    ['减少', { kind: 'vague' }],
    ['增强', { kind: 'vague' }],
    ['加强', { kind: 'vague' }],
    ['较好', { kind: 'vague' }],
    ['持续', { kind: 'vague' }],
    ['长期', { kind: 'vague' }],
    ['有效', { kind: 'vague' }],
    ['显著提升', { kind: 'vague' }],
    ['逐年下降', { kind: 'vague' }],
    ['效果明显', { kind: 'vague' }],
    ['有效提升。', { kind: 'vague' }],
    [' 明显提升 ', { kind: 'vague', canonical: '明显提升' }],
    ['优', { kind: 'graded' }],
    ['良', { kind: 'graded' }],
    ['优良', { kind: 'graded' }],
    ['优秀', { kind: 'graded' }],
    ['良好', { kind: 'graded' }],
    ['合格', { kind: 'graded' }],
    ['达标', { kind: 'graded' }],
    ['达到标准', { kind: 'graded' }],
    ['符合要求', { kind: 'graded' }],
    ['符合标准', { kind: 'graded' }],
    ['符合规定', { kind: 'graded' }],
    ['完成', { kind: 'graded' }],
    ['按时完成', { kind: 'graded' }],
    ['全部完成', { kind: 'graded' }],
    ['是', { kind: 'graded' }],
    ['否', { kind: 'graded' }],
    ['有', { kind: 'graded' }],
    ['高', { kind: 'graded' }],
    ['中', { kind: 'graded' }],
    ['低', { kind: 'graded' }],
    ['好', { kind: 'graded' }],
    ['较高', { kind: 'graded' }],
    ['显著', { kind: 'graded' }],
    ['正常', { kind: 'graded' }],
    ['及时', { kind: 'graded' }],
    ['准确', { kind: 'graded' }],
    ['规范', { kind: 'graded' }],
    ['达到预期', { kind: 'graded' }],
    ['保持稳定', { kind: 'graded' }],
    ['稳定', { kind: 'graded' }],
    ['良好以上', { kind: 'graded' }],
    ['良好及以上', { kind: 'graded' }],
    ['优良等级', { kind: 'graded' }],
    ['合格水平', { kind: 'graded' }],
    ['达到优良', { kind: 'graded' }],
    ['及时准确', { kind: 'graded' }],
    ['及时、准确', { kind: 'graded' }],
    ['是/否', { kind: 'graded' }],
    ['合格。', { kind: 'graded' }],
    // sentences stay text
    ['有效提升服务质量', { kind: 'text' }],
    ['接近直接物化成本', { kind: 'text' }],
    ['群众满意度较高，社会反响良好', { kind: 'text' }],
  ]);
});

describe('empty and stray spaces', () => {
  table([
    ['', { kind: 'empty', text: '' }],
    ['   ', { kind: 'empty' }],
    ['\n\t', { kind: 'empty' }],
    ['　', { kind: 'empty' }],
    ['接近直接物化成本', { kind: 'text', canonical: undefined }],
    [' 接近直接物化成本', { kind: 'text', canonical: '接近直接物化成本', text: ' 接近直接物化成本' }],
    ['接近直接  物化成本', { kind: 'text', canonical: '接近直接 物化成本' }],
    ['合格 ', { kind: 'graded', canonical: '合格' }],
    [' 2023年12月31日', { kind: 'date', canonical: '2023年12月31日' }],
  ]);
});

describe('never throws', () => {
  const throwing = {
    toString: () => {
      throw new Error('boom');
    },
  };
  // Each input with what it reads as: a string keeps its text; numbers stay numbers.
  const weird: [string, unknown, Partial<ParsedValue>][] = [
    ['emoji', '😀', { kind: 'text' }],
    ['emoji before a value', '😀85%', { kind: 'text', num: 85, unit: '%' }],
    ['emoji after a value', '85%😀', { kind: 'text', num: 85, unit: '%' }],
    ['NUL', '\u0000', { kind: 'text' }],
    ['lone surrogate', '\uD800', { kind: 'text' }],
    ['100,000 letters', 'a'.repeat(100000), { kind: 'text' }],
    ['100,000 digits', '1'.repeat(100000), { kind: 'text' }],
    ['400 nines', '9'.repeat(400), { kind: 'text' }],
    ['1e400', '1e400', { kind: 'text' }],
    ['operator, 400 nines, percent', '≥' + '9'.repeat(400) + '%', { kind: 'text' }],
    ['a year 1,000 times', '2023年'.repeat(1000), { kind: 'text', years: [2023] }],
    ['a vague word 5,000 times', '提升'.repeat(5000), { kind: 'text' }],
    ['a graded word 30 times', '良好、'.repeat(30) + 'x', { kind: 'text' }],
    ['a number, 5,000 spaces, a letter', '1' + ' '.repeat(5000) + 'x', { kind: 'text', num: 1 }],
    ['brackets', '((((((((((', { kind: 'text' }],
    ['regex syntax', '[a-z]+$^\\', { kind: 'text' }],
    ['a unit alone', '%', { kind: 'text' }],
    ['a money unit alone', '万元', { kind: 'text' }],
    ['an operator alone', '≥', { kind: 'text' }],
    ['a suffix word alone', '以上', { kind: 'text' }],
    ['a dot', '.', { kind: 'placeholder' }],
    ['a comma', ',', { kind: 'placeholder' }],
    ['dashes between ones', '-1-1-1-1', { kind: 'text' }],
    ['MAX_VALUE', Number.MAX_VALUE, { kind: 'number', num: Number.MAX_VALUE }],
    ['-MAX_VALUE', -Number.MAX_VALUE, { kind: 'number', num: -Number.MAX_VALUE }],
    ['MIN_VALUE', Number.MIN_VALUE, { kind: 'number', num: Number.MIN_VALUE }],
    ['1e300', 1e300, { kind: 'number', num: 1e300 }],
    ['an object', {}, { kind: 'text', text: '[object Object]' }],
    ['an array', [], { kind: 'text', text: '' }],
    ['a symbol', Symbol('x'), { kind: 'text', text: 'Symbol(x)' }],
    ['a bigint', BigInt(5), { kind: 'text', text: '5' }],
    ['an object whose toString throws', throwing, { kind: 'text', text: '' }],
  ];
  test.each(weird)('weird input: %s', (_name, w, expected) => {
    const r = parseValue(w as string);
    expect(r).toMatchObject(expected);
    if (typeof w === 'string') expect(r.text).toBe(w);
    // Text that is not one clean value says why, except plain words and placeholders.
    if (typeof w === 'string' && r.num !== undefined) expect(r.unreadable).toEqual(expect.any(String));
  });

  test('random strings', () => {
    const tokens = [
      '1',
      '2023',
      '年',
      '月',
      '日',
      '12',
      '-',
      '.',
      '/',
      '至',
      '底',
      '前',
      '内',
      '以上',
      '%',
      '万元',
      '个',
      ' ',
      '≥',
      '不低于',
      'X',
      '*',
      '按',
      '每',
      '提升',
      '明显',
      '良好',
      '、',
      '０',
      '％',
      '（',
      '_',
      '—',
      '约',
      '完成',
      '的',
      '😀',
      '\u3000',
      'a',
    ];
    let seed = 42;
    const rnd = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let i = 0; i < 3000; i++) {
      let s = '';
      const n = 1 + Math.floor(rnd() * 20);
      for (let j = 0; j < n; j++) s += tokens[Math.floor(rnd() * tokens.length)];
      const r = parseValue(s);
      expect(typeof r.kind).toBe('string');
      if (r.kind === 'number') expect(Number.isFinite(r.num)).toBe(true);
      findYears(s);
      findNumbers(s);
    }
  });

  test('huge strings are read as text, and the scans find what their first part names', () => {
    const long = '测'.repeat(1_000_000) + '85%';
    expect(parseValue(long)).toMatchObject({ kind: 'text', text: long });
    const digits = '1'.repeat(1_000_000);
    expect(parseValue(digits)).toMatchObject({ kind: 'text', text: digits });
    expect(findYears('2023年'.repeat(100_000))).toEqual([2023]);
    const amounts = findNumbers('5万元'.repeat(100_000));
    expect(amounts.length).toBeGreaterThan(100);
    // (The last may be cut by the scan limit.)
    expect(amounts.slice(0, -1).every((n) => n.num === 5 && n.unit === '万元' && n.wan === 5)).toBe(true);
  });
});

describe('results are not shared between calls', () => {
  test('mutating a result does not change the next one', () => {
    const a = parseValue('2023.07-2024.01');
    a.years!.push(1999);
    a.kind = 'text';
    const b = parseValue('2023.07-2024.01');
    expect(b.kind).toBe('date');
    expect(b.years).toEqual([2023, 2024]);
  });
});

describe('findYears', () => {
  test.each([
    ['2023.07-2024.01', [2023, 2024]],
    ['2023年', [2023]],
    ['2023年12月31日', [2023]],
    ['2023-12-31', [2023]],
    ['2023/12/31', [2023]],
    ['２０２３年', [2023]],
    ['2023-2025年', [2023, 2025]],
    ['项目期 2023年1月至2024年12月', [2023, 2024]],
    ['用于完成开发区隐性债务 2023年化解计划。', [2023]],
    ['预算数 2050万元', []],
    ['项目编码102001001', []],
    ['2023.5万元', []],
    ['共2000人', []],
    ['1989年', []],
    ['2101年', []],
    ['2023', [2023]],
    ['', []],
  ])('%s', (text, years) => {
    expect(findYears(text)).toEqual(years);
  });
});

describe('findNumbers', () => {
  test('operators before and after, units, dates left out', () => {
    expect(findNumbers('三大粮食作物投保面积占种植面积 70%以上')).toEqual([
      { num: 70, op: '>=', unit: '%', unitCategory: 'percent', index: 16, text: '70%以上' },
    ]);
    expect(findNumbers('农业保险综合费用率小于 25%')[0]).toMatchObject({
      num: 25,
      op: '<',
      text: '小于 25%',
    });
    expect(findNumbers('经办机构县级分支机构覆盖率要达到 100%')[0]).toMatchObject({ num: 100, op: '>=' });
    expect(findNumbers('2023年12月31日前完成80%')).toEqual([
      { num: 80, unit: '%', unitCategory: 'percent', index: 14, text: '80%' },
    ]);
    expect(findNumbers('资金1,200元')[0]).toMatchObject({ num: 1200, wan: 0.12 });
    expect(findNumbers('没有数字')).toEqual([]);
  });
});

describe('toHalfWidth', () => {
  test.each([
    ['０１２３４５６７８９', '0123456789'],
    ['＞＜＝％＋－．，', '><=%+-.,'],
    ['ＡＢｃ', 'ABc'],
    ['　', ' '],
    ['≥７０％', '≥70%'],
    ['中文，不变的是汉字', '中文,不变的是汉字'],
    ['plain', 'plain'],
  ])('%s', (input, out) => {
    expect(toHalfWidth(input)).toBe(out);
    expect(toHalfWidth(input)).toHaveLength(input.length);
  });
});

describe('readUnit (unit columns)', () => {
  test.each([
    ['万元', '万元', 'money'],
    ['（万元）', '万元', 'money'],
    ['单位：万元', '万元', 'money'],
    ['%', '%', 'percent'],
    ['％', '%', 'percent'],
    ['百分比', '%', 'percent'],
    ['个', '个', 'count'],
    ['工作日', '个工作日', 'time'],
    [' 人次 ', '人次', 'count'],
  ])('%s', (written, canonical, category) => {
    expect(readUnit(written)).toMatchObject({ canonical, category });
  });
  test('unknown or empty', () => {
    expect(readUnit('定性')).toBeUndefined();
    expect(readUnit('')).toBeUndefined();
    expect(readUnit(null)).toBeUndefined();
  });
});

describe('vocabulary tables', () => {
  test('every prefix and suffix operator word reads as a number operator', () => {
    for (const [word, op] of PREFIX_OPERATORS) {
      const r = parseValue(`${word}5%`);
      expect({ word, kind: r.kind, op: r.op }).toEqual({ word, kind: 'number', op });
      expect(r.canonical ?? r.text).toBe(`${operatorSymbol(op)}5%`);
    }
    for (const [word, op] of SUFFIX_OPERATORS) {
      const r = parseValue(`5%${word}`);
      expect({ word, kind: r.kind, op: r.op }).toEqual({ word, kind: 'number', op });
    }
  });

  test('every known unit reads after a number with its canonical form', () => {
    for (const written of Object.keys(UNITS)) {
      const r = parseValue(`13${written}`); // 13, not 12: "12月" is a month (date)
      const info = UNITS[written];
      expect({ written, kind: r.kind, unit: r.unit, cat: r.unitCategory }).toEqual({
        written,
        kind: 'number',
        unit: info.canonical,
        cat: info.category,
      });
      if (info.wanFactor !== undefined) expect(r.wan).toBeCloseTo(13 * info.wanFactor, 8);
      expect(lookupUnit(written)).toBe(info);
    }
  });

  test('every placeholder value is a placeholder', () => {
    for (const p of PLACEHOLDER_VALUES)
      expect({ p, kind: parseValue(p).kind }).toEqual({ p, kind: 'placeholder' });
  });

  test('every graded word alone is graded or (by design) vague', () => {
    for (const g of GRADED_WORDS) expect({ g, kind: parseValue(g).kind }).toEqual({ g, kind: 'graded' });
  });

  test('every vague verb and modifier alone is vague unless it is graded', () => {
    const graded = new Set(GRADED_WORDS);
    for (const v of [...VAGUE_VERBS, ...VAGUE_MODIFIERS]) {
      const expected = graded.has(v) ? 'graded' : 'vague';
      expect({ v, kind: parseValue(v).kind }).toEqual({ v, kind: expected });
    }
  });
});
