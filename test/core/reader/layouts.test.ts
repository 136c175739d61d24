import { readWorkbook } from '../../../src/core/reader/readWorkbook';
import { checkWorkbook } from '../../../src/core/check';
import { a1, rangeA1 } from '../../../src/core/grid';
import { field } from '../../../src/core/model';
import { workbook } from '../../helpers/sheet';
import { departmentLegacy, form2021, periodAndAnnualColumns, twoRowHeaderNoMerges } from './layouts';

const serious = (wb: ReturnType<typeof workbook>) =>
  checkWorkbook(wb)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.cell} ${f.rule} ${f.text.zh}`);

describe('2021 form with a label column, nature and unit columns, sources', () => {
  const wb = workbook(form2021);
  const [t] = readWorkbook(wb);

  it('finds one 2021 project table with its year and money unit', () => {
    expect(readWorkbook(wb)).toHaveLength(1);
    expect(t.framework).toBe('2021');
    expect(t.kind).toBe('project');
    expect(t.year).toBe(2023);
    expect(t.moneyUnit).toBe('万元');
  });

  it('reads the header block: name, total, sources and goal', () => {
    expect(field(t, 'name')?.value?.text).toBe('职业技能培训补贴');
    expect(field(t, 'total')?.value?.value).toBe(120);
    expect(t.fields.filter((f) => f.key === 'source').map((f) => [f.sub, f.value?.value])).toEqual([
      ['财政拨款', 100],
      ['其他资金', 20],
    ]);
    expect(field(t, 'goal')?.value?.text).toMatch(/^完成职业技能培训/);
  });

  it('maps the grid columns right of the label column', () => {
    const g = t.grids[0];
    expect(g.columns).toMatchObject({
      level1: 1,
      level2: 2,
      level3: 3,
      nature: 4,
      value: 5,
      unit: 6,
      basis: 7,
    });
    expect(g.rows.map((r) => r.name?.text)).toEqual([
      '培训人次',
      '培训合格率',
      '培训完成时间',
      '人均培训补贴',
      '培训后就业率',
      '技能人才队伍',
      '参训人员满意度',
    ]);
    expect(g.rows.map((r) => r.level1Std)).toEqual([
      '产出指标',
      '产出指标',
      '产出指标',
      '成本指标',
      '效益指标',
      '效益指标',
      '满意度指标',
    ]);
  });

  it('stops at the signature row under the grid', () => {
    expect(rangeA1(t.range)).toBe('A1:H16');
  });

  it('gives no error or warning on a sound table', () => {
    expect(serious(wb)).toEqual([]);
  });

  it('flags a missing 成本 一级 in a 2021 table and never asks for 可持续影响', () => {
    const rows = form2021.rows.map((r) => [...r]);
    rows[12] = [null, '成本指标@1x1', '经济成本指标', null, null, null, null, null];
    const found = checkWorkbook(workbook({ ...form2021, rows })).findings.filter((f) =>
      f.rule.startsWith('structure/'),
    );
    expect(found.map((f) => `${f.cell} ${f.rule}`)).toEqual(['B13 structure/missing-level1']);
  });
});

describe('two-row header, grid from column B, no merges', () => {
  const wb = workbook(twoRowHeaderNoMerges);
  const [t] = readWorkbook(wb);

  it('reads 符号 | 数值 | 单位 under 指标值 and carries levels down', () => {
    const g = t.grids[0];
    expect(g.headerTop).toBe(6);
    expect(g.headerBottom).toBe(7);
    expect(g.columns).toMatchObject({
      level1: 1,
      level2: 2,
      level3: 3,
      nature: 4,
      value: 5,
      unit: 6,
      basis: 7,
    });
    expect(g.rows.map((r) => `${r.level1Std}/${r.level2Std}/${r.name?.text}`)).toEqual([
      '产出指标/数量指标/补助参保人数',
      '产出指标/数量指标/补助发放户数',
      '产出指标/质量指标/补助资金发放准确率',
      '产出指标/时效指标/资金拨付及时率',
      '产出指标/成本指标/人均补助标准',
      '效益指标/社会效益指标/居民参保率',
      '满意度指标/服务对象满意度指标/参保居民满意度',
    ]);
  });

  it('reads the year from the title, the code and the money unit line', () => {
    expect(t.year).toBe(2024);
    expect(field(t, 'code')?.value?.text).toBe('2024-0001');
    expect(t.moneyUnit).toBe('万元');
  });

  it('gives no error or warning on a sound table', () => {
    expect(serious(wb)).toEqual([]);
  });
});

describe('long-term and annual values in one grid', () => {
  const wb = workbook(periodAndAnnualColumns);
  const [t] = readWorkbook(wb);

  it('makes an annual grid and a period grid over the same rows', () => {
    expect(t.grids.map((g) => [g.kind, g.columns.value, !!g.sharesRows])).toEqual([
      ['annual', 4, false],
      ['period', 3, true],
    ]);
    expect(field(t, 'periodGoal')?.value?.text).toMatch(/^三年内/);
  });

  it('checks period dates against the project period', () => {
    expect(serious(wb)).toEqual([]);
  });

  it('flags identical annual and period goals', () => {
    const rows = periodAndAnnualColumns.rows.map((r) => [...r]);
    rows[4] = ['年度绩效目标', '三年内新建改建农村公路120公里。@1x5'];
    const f = checkWorkbook(workbook({ ...periodAndAnnualColumns, rows })).findings.filter(
      (x) => x.rule === 'text/annual-equals-period',
    );
    expect(f.map((x) => x.cell)).toEqual(['B5']);
  });
});

describe('department table with satisfaction under 效益 (older form)', () => {
  const wb = workbook(departmentLegacy);
  const [t] = readWorkbook(wb);

  it('is a department table with the legacy placement accepted', () => {
    expect(t.kind).toBe('department');
    expect(t.legacySatisfaction).toBe(true);
    expect(serious(wb)).toEqual([]);
  });
});

describe('sheets that are not indicator grids', () => {
  it('gives no tables and no findings for an empty sheet or junk', () => {
    const wb = workbook(
      { name: '空表', rows: [] },
      { name: '杂项', rows: [[1, 2, 3], ['一级指标'], [null, '三级指标']] },
    );
    const res = checkWorkbook(wb);
    expect(res.tables).toEqual([]);
    expect(res.findings).toEqual([]);
  });

  it('reads a department goal list (序号 | 分项 | 绩效目标 | 绩效指标) as a department table, without a grid', () => {
    const wb = workbook({
      name: '说明',
      rows: [
        ['序号', '分项', '绩效目标', '绩效指标'],
        ['（一）', '落实法律', '严格落实', '合法率 100%'],
      ],
    });
    const res = checkWorkbook(wb);
    expect(res.tables.map((t) => [t.kind, t.grids.length, t.goalList?.items.length])).toEqual([
      ['department', 0, 1],
    ]);
    expect(res.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('stacked tables on one sheet', () => {
  it('finds each table and reports at the right rows', () => {
    const rows = [
      ...twoRowHeaderNoMerges.rows,
      [],
      [],
      ...twoRowHeaderNoMerges.rows.map((r) =>
        r.map((c) =>
          c === '2024-0001' ? '2024-0002' : c === '城乡居民医疗保险补助' ? '城乡居民养老保险补助' : c,
        ),
      ),
    ];
    const wb = workbook({ ...twoRowHeaderNoMerges, rows });
    const tables = readWorkbook(wb);
    expect(tables.map((t) => `${field(t, 'code')?.value?.text} ${rangeA1(t.range)}`)).toEqual([
      '2024-0001 B1:H15',
      '2024-0002 B18:H32',
    ]);
    // The second project copies the first one's indicators: copy-paste across projects.
    const dup = checkWorkbook(wb).findings.filter((f) => f.rule === 'text/duplicate-grid');
    expect(dup.map((f) => a1(f.row, f.col))).toEqual(['D24']);
  });
});
