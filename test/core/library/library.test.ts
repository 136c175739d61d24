import {
  LIBRARY,
  PROJECT_TYPES,
  indicatorCells,
  indicatorRow,
  placeIndicator,
  sampleValueText,
  searchLibrary,
  type GridShape,
  type LibraryIndicator,
} from '../../../src/core/library';
import { parseValue } from '../../../src/core/value/parseValue';
import { lookupUnit } from '../../../src/core/value/vocabulary';
import { LEVEL1, LEVEL2, PARENTS } from '../../../src/core/vocabulary/levels';
import {
  TEMPLATE_KINDS,
  layoutTemplate,
  templateDefinition,
  type TemplateKind,
} from '../../../src/core/templates';
import { YEAR, check, serious, soundFill } from '../templates/sound';

const SHAPES: Record<string, GridShape> = {
  'value only (2015 grid)': { nature: false, unit: false },
  'value + unit column': { nature: false, unit: true },
  'nature + value + unit columns (2021 grid)': { nature: true, unit: true },
};

describe('library data', () => {
  test('at least 60 indicators over at least 8 project types, each type with several', () => {
    expect(LIBRARY.length).toBeGreaterThanOrEqual(60);
    expect(PROJECT_TYPES.length).toBeGreaterThanOrEqual(8);
    for (const t of PROJECT_TYPES)
      expect(LIBRARY.filter((x) => x.type === t.id).length).toBeGreaterThanOrEqual(5);
    expect(PROJECT_TYPES.map((t) => t.zh)).toEqual(
      expect.arrayContaining([
        '债务还本',
        '债务付息',
        '学生资助',
        '农业保险补贴',
        '基建工程',
        '购买服务',
        '补贴发放',
        '信息化运维',
        '会议培训',
      ]),
    );
  });

  test('ids unique; names unique within a type; levels canonical and in their framework', () => {
    expect(new Set(LIBRARY.map((x) => x.id)).size).toBe(LIBRARY.length);
    for (const t of PROJECT_TYPES) {
      const names = LIBRARY.filter((x) => x.type === t.id).map((x) => x.name);
      expect(new Set(names).size).toBe(names.length);
    }
    for (const ind of LIBRARY) {
      expect(LEVEL1).toContain(ind.level1);
      expect(LEVEL2).toContain(ind.level2);
      for (const fw of ['2015', '2021'] as const) {
        const p = placeIndicator(ind, fw);
        expect(PARENTS[fw][p.level1]).toContain(p.level2);
      }
    }
  });

  test('cost indicators go under 产出/成本指标 in 2015 and 成本/经济成本指标 in 2021', () => {
    const cost = LIBRARY.find((x) => x.level1 === '成本指标')!;
    expect(placeIndicator(cost, '2015')).toEqual({ level1: '产出指标', level2: '成本指标' });
    expect(placeIndicator(cost, '2021')).toEqual({ level1: '成本指标', level2: cost.level2 });
    expect(placeIndicator({ level1: '产出指标', level2: '成本指标' }, '2021')).toEqual({
      level1: '成本指标',
      level2: '经济成本指标',
    });
  });

  test.each(LIBRARY.map((x) => [x.id, x.name, x] as const))('%s %s: well-formed', (_id, _name, ind) => {
    expect([...ind.name].length).toBeLessThanOrEqual(30);
    expect(ind.description).not.toMatch(/\d/);
    if (ind.nature === '定性') {
      expect(ind.unit).toBe('');
      expect(typeof ind.sample).toBe('string');
      expect(['date', 'graded']).toContain(ind.valueKind);
    } else {
      expect(lookupUnit(ind.unit)?.canonical).toBe(ind.unit);
      expect(typeof ind.sample).toBe('number');
      expect(ind.valueKind).toBe('number');
    }
    // Graded wording only where the framework lets a value be qualitative without saying so (效益).
    if (ind.valueKind === 'graded') expect(ind.level1).toBe('效益指标');
  });
});

describe('each indicator’s sample passes the value parser', () => {
  test.each(LIBRARY.map((x) => [x.id, x.name, x] as const))('%s %s', (_id, _name, ind) => {
    for (const [label, shape] of Object.entries(SHAPES)) {
      const cells = indicatorCells(ind, shape, 'sample');
      const p = parseValue(cells.value);
      expect({ shape: label, kind: p.kind, unreadable: p.unreadable }).toEqual({
        shape: label,
        kind: ind.valueKind,
        unreadable: undefined,
      });
      if (shape.nature) expect(cells.nature).toBe(ind.nature);
      if (shape.unit && ind.nature !== '定性') expect(cells.unit).toBe(ind.unit);
      // The placeholder version is what value/placeholder flags until the officer fills it.
      expect(parseValue(indicatorCells(ind, shape, 'placeholder').value).kind).toBe('placeholder');
    }
    const text = parseValue(sampleValueText(ind));
    if (ind.valueKind === 'number') {
      expect(text.num).toBe(ind.sample);
      expect(text.unit).toBe(ind.unit);
    }
  });

  test('value texts: operator symbols as the parser writes them, ＝ left out', () => {
    const by = (name: string) => LIBRARY.find((x) => x.name === name)!;
    expect(sampleValueText(by('受助学生满意度'))).toBe('≥90%');
    expect(sampleValueText(by('还本违约次数'))).toBe('0次');
    expect(sampleValueText(by('工程完工时间'))).toBe('年底前');
    expect(indicatorCells(by('受助学生满意度'), SHAPES['value only (2015 grid)'], 'placeholder').value).toBe(
      '≥__%',
    );
    expect(indicatorCells(by('受助学生满意度'), SHAPES['value + unit column'], 'placeholder')).toEqual({
      value: '≥__',
      unit: '%',
    });
    expect(
      indicatorCells(
        by('受助学生满意度'),
        SHAPES['nature + value + unit columns (2021 grid)'],
        'placeholder',
      ),
    ).toEqual({ nature: '≥', value: '__', unit: '%' });
    expect(
      indicatorCells(by('工程完工时间'), SHAPES['nature + value + unit columns (2021 grid)'], 'placeholder'),
    ).toEqual({ nature: '定性', value: '__（如：年底前）', unit: undefined });
  });
});

describe('each indicator in a sound template: no error or warning from its row', () => {
  const cases: [string, string, TemplateKind, LibraryIndicator][] = [];
  for (const ind of LIBRARY) for (const kind of TEMPLATE_KINDS) cases.push([ind.id, ind.name, kind, ind]);

  test.each(cases)('%s %s in %s', (_id, _name, kind, ind) => {
    const def = templateDefinition(kind);
    const roles = new Set(def.columns.map((c) => c.role));
    const row = indicatorRow(
      ind,
      def.framework,
      { nature: roles.has('nature'), unit: roles.has('unit') },
      'sample',
      { basis: '计划标准' },
    );
    // The budget is the indicator's own amount where it names money (还本金额, 工程建设支出 …), else 500万元.
    const amount = typeof ind.sample === 'number' ? lookupUnit(ind.unit)?.wanFactor : undefined;
    const budget =
      amount !== undefined && (ind.sample as number) * amount >= 1 ? (ind.sample as number) * amount : 500;
    const sheet = layoutTemplate(kind, { year: YEAR, fill: soundFill(kind, row, budget) });
    const r = sheet.values.findIndex((v) => v[sheet.layout.columns.level3!] === ind.name);
    expect(r).toBeGreaterThan(sheet.layout.gridHeaderRow);
    const { tables, findings } = check(sheet);
    expect(tables).toHaveLength(1);
    const g = tables[0].grids[0];
    const read = g.rows.find((x) => x.row === r)!;
    expect([read.level1Std, read.level2Std]).toEqual([row.level1, row.level2]);
    expect(findings.filter((f) => f.row === r && serious(f))).toEqual([]);
    // And the table as a whole stays sound.
    expect(findings.filter(serious)).toEqual([]);
  });
});

describe('searchLibrary', () => {
  test('everything without a query; by type', () => {
    expect(searchLibrary()).toHaveLength(LIBRARY.length);
    expect(searchLibrary({ type: 'all' })).toHaveLength(LIBRARY.length);
    const aid = searchLibrary({ type: 'student-aid' });
    expect(aid.length).toBeGreaterThanOrEqual(5);
    expect(aid.every((x) => x.type === 'student-aid')).toBe(true);
  });

  test('by keyword over names, descriptions, type names and levels; all words must match', () => {
    expect(searchLibrary({ keyword: '满意度' }).every((x) => x.level1 === '满意度指标')).toBe(true);
    expect(searchLibrary({ keyword: '满意度' }).length).toBe(PROJECT_TYPES.length);
    expect(searchLibrary({ keyword: '债务付息' }).map((x) => x.type)).toEqual(
      expect.arrayContaining(['debt-interest']),
    );
    expect(searchLibrary({ keyword: '故障 时限' }).map((x) => x.name)).toEqual(['一般故障修复时限']);
    expect(searchLibrary({ keyword: 'training' }).every((x) => x.type === 'meeting-training')).toBe(true);
    expect(searchLibrary({ keyword: '时效指标', type: 'equipment' }).map((x) => x.name)).toEqual([
      '设备采购完成时间',
    ]);
    expect(searchLibrary({ keyword: '不存在的词' })).toEqual([]);
  });

  test('type and keyword together; name matches first; full-width and case ignored', () => {
    const r = searchLibrary({ type: 'construction', keyword: '成本' });
    expect(r.length).toBeGreaterThan(0);
    expect(r.every((x) => x.type === 'construction')).toBe(true);
    expect(r[0].name).toContain('成本');
    expect(searchLibrary({ keyword: 'ＩＴ' })).toEqual(searchLibrary({ keyword: 'it' }));
    expect(searchLibrary({ level2: '时效指标' }).every((x) => x.level2 === '时效指标')).toBe(true);
  });
});
