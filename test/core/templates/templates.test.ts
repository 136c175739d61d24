import { checkWorkbook } from '../../../src/core/check';
import { readWorkbook } from '../../../src/core/reader/readWorkbook';
import {
  BASIS_LIST,
  MAX_LIST_CHARS,
  NATURE_LIST,
  TEMPLATE_DEFINITIONS,
  TEMPLATE_KINDS,
  UNIT_LIST,
  defaultBudgetYear,
  fillSample,
  isFormula,
  layoutTemplate,
  safeSheetName,
  templateDefinition,
  templateGrid,
  type TemplateKind,
  type TemplateSheet,
} from '../../../src/core/templates';
import { PARENTS } from '../../../src/core/vocabulary/levels';
import { lookupUnit } from '../../../src/core/value/vocabulary';
import { YEAR, check, ruleIds, serious } from './sound';

/**
 * What an empty template checks to: "missing" findings only.
 *  - project-2015: the code and name (missing-field), the goal, the three 一级 (missing-level1),
 *    and the four blank quarters of the spending plan (plan/incomplete, a warning).
 *  - project-2021: name, code, 主管部门, 实施单位 and the total (missing-field), the goal, the four 一级.
 *  - department: the blank 部门（单位）名称 (missing-field), the goal and the three 一级.
 */
const EMPTY_FINDINGS: Record<TemplateKind, { rules: string[]; count: number }> = {
  'project-2015': {
    rules: [
      'plan/incomplete',
      'structure/missing-field',
      'structure/missing-goal',
      'structure/missing-level1',
    ],
    count: 7,
  },
  'project-2021': {
    rules: ['structure/missing-field', 'structure/missing-goal', 'structure/missing-level1'],
    count: 10,
  },
  department: {
    rules: ['structure/missing-field', 'structure/missing-goal', 'structure/missing-level1'],
    count: 5,
  },
};

const empty = (k: TemplateKind) => layoutTemplate(k, { year: YEAR });
const filled = (k: TemplateKind) => layoutTemplate(k, { year: YEAR, fill: fillSample(k, YEAR) });

describe('template definitions (data)', () => {
  test.each(TEMPLATE_KINDS)('%s: every header row covers the grid width exactly', (kind) => {
    const def = templateDefinition(kind);
    const width = def.columns.length;
    const covered = new Set<string>();
    def.header.forEach((row, r) => {
      let c = 0;
      for (const cell of row.cells) {
        while (covered.has(`${r},${c}`)) c++;
        const span = cell.span ?? 1;
        for (let i = 1; i < (cell.rows ?? 1); i++)
          for (let j = 0; j < span; j++) covered.add(`${r + i},${c + j}`);
        c += span;
      }
      while (covered.has(`${r},${c}`)) c++;
      expect(c).toBe(width);
    });
  });

  test.each(TEMPLATE_KINDS)('%s: skeleton levels are canonical and belong to the framework', (kind) => {
    const def = templateDefinition(kind);
    for (const l1 of def.skeleton) {
      for (const item of l1.items) {
        expect((PARENTS[def.framework][l1.level1] as readonly string[]).includes(item.level2)).toBe(true);
        expect(item.rows).toBeGreaterThanOrEqual(1);
      }
    }
  });

  test('the issue skeletons: 2015 产出(数量 质量 时效 成本) 效益(经济 社会 生态 可持续) 满意度; 2021 adds 成本(经济 社会 生态环境)', () => {
    const shape = (k: TemplateKind) =>
      templateDefinition(k).skeleton.map((l1) => [l1.level1, l1.items.map((i) => i.level2)]);
    expect(shape('project-2015')).toEqual([
      ['产出指标', ['数量指标', '质量指标', '时效指标', '成本指标']],
      ['效益指标', ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标']],
      ['满意度指标', ['服务对象满意度指标']],
    ]);
    expect(shape('project-2021')).toEqual([
      ['产出指标', ['数量指标', '质量指标', '时效指标']],
      ['成本指标', ['经济成本指标', '社会成本指标', '生态环境成本指标']],
      ['效益指标', ['经济效益指标', '社会效益指标', '生态效益指标']],
      ['满意度指标', ['服务对象满意度指标']],
    ]);
  });

  test('drop-down lists: 指标性质 codes, 绩效标准, units from the units vocabulary, each within Excel’s 255 characters', () => {
    expect(NATURE_LIST).toEqual(['≥', '＞', '＝', '＜', '≤', '定性']);
    expect(BASIS_LIST).toEqual(['计划标准', '行业标准', '历史标准', '其他标准']);
    for (const u of UNIT_LIST) expect(lookupUnit(u)?.canonical).toBe(u);
    expect(new Set(UNIT_LIST).size).toBe(UNIT_LIST.length);
    for (const list of [NATURE_LIST, BASIS_LIST, UNIT_LIST]) {
      expect(list.join(',').length).toBeLessThanOrEqual(MAX_LIST_CHARS);
      for (const item of list) expect(item).not.toMatch(/[,"]/);
    }
  });

  test('labels and descriptions in Chinese and English', () => {
    for (const def of Object.values(TEMPLATE_DEFINITIONS)) {
      expect(def.label.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(def.label.en).toMatch(/^[\x20-\x7e\u4e00-\u9fff〔〕（）]+$/);
      expect(def.description.zh.length).toBeGreaterThan(10);
      expect(def.description.en.length).toBeGreaterThan(10);
    }
  });

  test('default budget year is next year', () => {
    expect(defaultBudgetYear(new Date(2023, 9, 1))).toBe(2024);
  });
});

describe('layout (sheet model)', () => {
  test.each(TEMPLATE_KINDS)(
    '%s: dense values and formats, merges inside the table and disjoint, every cell styled',
    (kind) => {
      const s = empty(kind);
      expect(s.values).toHaveLength(s.rowCount);
      expect(s.formats).toHaveLength(s.rowCount);
      for (const row of [...s.values, ...s.formats]) expect(row).toHaveLength(s.colCount);
      expect(s.rowHeights).toHaveLength(s.rowCount);
      expect(s.columnWidths).toHaveLength(s.colCount);
      const owner = new Map<string, number>();
      s.merges.forEach((m, i) => {
        expect(m.r1).toBeGreaterThanOrEqual(0);
        expect(m.c2).toBeLessThan(s.colCount);
        expect(m.r2).toBeLessThan(s.rowCount);
        expect(m.r2 > m.r1 || m.c2 > m.c1).toBe(true);
        for (let r = m.r1; r <= m.r2; r++)
          for (let c = m.c1; c <= m.c2; c++) {
            expect(owner.has(`${r},${c}`)).toBe(false);
            owner.set(`${r},${c}`, i);
            // Only the top-left cell of a merge holds a value.
            if (r !== m.r1 || c !== m.c1) expect(s.values[r][c]).toBeNull();
          }
      });
      const styled = new Set<string>();
      for (const { range } of s.styles)
        for (let r = range.r1; r <= range.r2; r++)
          for (let c = range.c1; c <= range.c2; c++) styled.add(`${r},${c}`);
      expect(styled.size).toBe(s.rowCount * s.colCount);
    },
  );

  test.each(TEMPLATE_KINDS)(
    '%s: title with the budget year, print setup (A4, one page wide, header row repeated)',
    (kind) => {
      const s = layoutTemplate(kind, { year: 2025 });
      expect(s.values[0][0]).toMatch(/^2025年度.*绩效目标表$/);
      expect(s.merges).toContainEqual({ r1: 0, c1: 0, r2: 0, c2: s.colCount - 1 });
      expect(s.year).toBe(2025);
      expect(s.name).toContain('2025');
      expect(s.print).toMatchObject({
        paper: 'A4',
        fitToWidth: 1,
        fitToHeight: 0,
        titleRows: { first: s.layout.gridHeaderRow, last: s.layout.gridHeaderRow },
      });
      expect(s.print.printArea).toEqual({ r1: 0, c1: 0, r2: s.rowCount - 1, c2: s.colCount - 1 });
      expect(s.values[s.layout.gridHeaderRow]).toEqual(templateDefinition(kind).columns.map((c) => c.header));
    },
  );

  test('2015 project: the seed’s layout and quarter plan cells in percent format with a 0–100% validation', () => {
    const s = empty('project-2015');
    const col0 = s.values.map((r) => r[0]);
    expect(col0.slice(1, 7)).toEqual([
      '项目编码',
      '预算项目名称',
      '项目资金主要用途',
      '资金支出计划（%）',
      null,
      '绩效目标',
    ]);
    expect(s.values[4].slice(1, 5)).toEqual(['3月底', '6月底', '10月底', '12月底']);
    for (const f of ['plan3', 'plan6', 'plan10', 'plan12']) {
      const p = s.layout.fields[f];
      expect(s.formats[p.row][p.col]).toBe('0%');
      expect(s.validations).toContainEqual(
        expect.objectContaining({
          range: { r1: p.row, c1: p.col, r2: p.row, c2: p.col },
          rule: { type: 'decimal', min: 0, max: 1 },
        }),
      );
    }
    expect(s.values[s.layout.gridHeaderRow]).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '绩效指标描述',
      '指标值',
      '指标值确定依据',
    ]);
  });

  test('2021 project: the total is a formula over 财政拨款 and 其他资金, blank while they are blank, cached when filled', () => {
    const e = empty('project-2021');
    const t = e.layout.fields.total;
    const v = e.values[t.row][t.col];
    expect(isFormula(v) && v.formula).toBe('IF(COUNT(C7,C8)=0,"",SUM(C7,C8))');
    expect(isFormula(v) && v.result).toBeUndefined();
    const f = filled('project-2021');
    expect(f.values[t.row][t.col]).toEqual({ formula: 'IF(COUNT(C7,C8)=0,"",SUM(C7,C8))', result: 120 });
    expect(e.values[e.layout.fields.finance.row][1]).toBe('其中：财政拨款');
  });

  test('2021 project: drop-downs for 指标性质 (strict), 度量单位 (informative) and 依据 (warning) over the grid rows', () => {
    const s = empty('project-2021');
    const { gridFirstRow: r1, gridLastRow: r2, columns } = s.layout;
    const byCol = (c: number) =>
      s.validations.find((v) => v.range.c1 === c && v.range.r1 === r1 && v.range.r2 === r2);
    expect(byCol(columns.nature!)).toMatchObject({
      rule: { type: 'list', items: NATURE_LIST },
      errorStyle: 'stop',
    });
    expect(byCol(columns.unit!)).toMatchObject({
      rule: { type: 'list', items: UNIT_LIST },
      errorStyle: 'information',
    });
    expect(byCol(columns.basis!)).toMatchObject({
      rule: { type: 'list', items: BASIS_LIST },
      errorStyle: 'warning',
    });
    expect(s.values[s.layout.gridHeaderRow]).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '指标性质',
      '指标值',
      '度量单位',
      '权重（%）',
      '指标值确定依据',
    ]);
  });

  test('department: name, the main-task block with its money column, the annual goal', () => {
    const s = empty('department');
    const col0 = s.values.map((r) => r[0]);
    expect(col0[1]).toBe('部门（单位）名称');
    expect(col0[2]).toBe('年度主要任务');
    expect(s.values[2].slice(1)).toEqual(['任务名称', '主要内容', null, null, '预算金额（万元）']);
    expect(col0).toContain('年度绩效目标');
    expect(s.values[0][0]).toBe('2024年度部门整体支出绩效目标表');
  });

  test.each(TEMPLATE_KINDS)('%s: 一级 and 二级 cells merged over their rows', (kind) => {
    const s = empty(kind);
    const { blocks, columns } = s.layout;
    for (const b of blocks) {
      expect(s.values[b.r1][columns.level2!]).toBe(b.level2);
      if (b.r2 > b.r1)
        expect(s.merges).toContainEqual({ r1: b.r1, c1: columns.level2!, r2: b.r2, c2: columns.level2! });
    }
    for (const l1 of new Set(blocks.map((b) => b.level1))) {
      const own = blocks.filter((b) => b.level1 === l1);
      const r1 = own[0].r1;
      const r2 = own[own.length - 1].r2;
      expect(s.values[r1][columns.level1!]).toBe(l1);
      if (r2 > r1) expect(s.merges).toContainEqual({ r1, c1: columns.level1!, r2, c2: columns.level1! });
    }
    expect(blocks[0].r1).toBe(s.layout.gridFirstRow);
    expect(blocks[blocks.length - 1].r2).toBe(s.layout.gridLastRow);
  });

  test('a 二级 grows to hold more indicators than its blank rows, and its merges follow', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({
      level1: '产出指标' as const,
      level2: '数量指标' as const,
      name: `指标${i + 1}`,
      value: `≥${i + 1}个`,
      basis: '计划标准',
    }));
    const s = layoutTemplate('project-2015', { year: YEAR, fill: { indicators: many } });
    const b = s.layout.blocks.find((x) => x.level2 === '数量指标')!;
    expect(b.r2 - b.r1 + 1).toBe(5);
    expect(s.merges).toContainEqual({ r1: b.r1, c1: 1, r2: b.r2, c2: 1 });
    expect(s.values.slice(b.r1, b.r2 + 1).map((r) => r[2])).toEqual([
      '指标1',
      '指标2',
      '指标3',
      '指标4',
      '指标5',
    ]);
  });

  test('a fill with a 二级 the skeleton lacks gets a row under its 一级', () => {
    const s = layoutTemplate('project-2021', {
      year: YEAR,
      fill: {
        indicators: [
          {
            level1: '效益指标',
            level2: '可持续影响指标',
            name: '长效管护机制',
            nature: '定性',
            value: '健全',
          },
        ],
      },
    });
    const b = s.layout.blocks.find((x) => x.level2 === '可持续影响指标')!;
    expect(b.level1).toBe('效益指标');
    expect(s.values[b.r1][2]).toBe('长效管护机制');
  });

  test('sheet names are made valid for Excel', () => {
    expect(safeSheetName('a/b:c*d?[e]')).toBe('a b c d  e');
    expect(safeSheetName('x'.repeat(40))).toHaveLength(31);
    expect(safeSheetName('')).toBe('Sheet');
    expect(layoutTemplate('department', { year: YEAR, sheetName: '部门/整体' }).name).toBe('部门 整体');
  });
});

describe('the checker on a template', () => {
  test.each(TEMPLATE_KINDS)(
    '%s: the reader finds one table of the template’s kind and framework, with the year',
    (kind) => {
      const def = templateDefinition(kind);
      for (const s of [empty(kind), filled(kind)]) {
        const tables = readWorkbook({ sheets: [templateGrid(s)] });
        expect(tables).toHaveLength(1);
        const t = tables[0];
        expect(t.kind).toBe(def.tableKind);
        expect(t.framework).toBe(def.framework);
        expect(t.year).toBe(YEAR);
        expect(t.grids).toHaveLength(1);
        const g = t.grids[0];
        expect(g.kind).toBe('annual');
        // A 指标性质 column filled with ≥/≤/= is also read as the operator column (the reader's content check).
        const { operator, ...roles } = g.columns;
        expect(roles).toEqual(s.layout.columns);
        if (operator !== undefined) expect(operator).toBe(s.layout.columns.nature);
        expect(g.headerTop).toBe(s.layout.gridHeaderRow);
        expect(g.rows.map((r) => r.row)).toEqual(
          Array.from(
            { length: s.layout.gridLastRow - s.layout.gridFirstRow + 1 },
            (_, i) => s.layout.gridFirstRow + i,
          ),
        );
        for (const b of s.layout.blocks)
          for (let r = b.r1; r <= b.r2; r++) {
            const row = g.rows.find((x) => x.row === r)!;
            expect([row.level1Std, row.level2Std]).toEqual([b.level1, b.level2]);
          }
      }
    },
  );

  test.each(TEMPLATE_KINDS)('%s: empty → "missing" findings only', (kind) => {
    const { findings } = check(empty(kind));
    expect(ruleIds(findings)).toEqual(EMPTY_FINDINGS[kind].rules);
    expect(findings).toHaveLength(EMPTY_FINDINGS[kind].count);
  });

  test.each(TEMPLATE_KINDS)(
    '%s: read without merged areas (Office.js below ExcelApi 1.13) → the same findings, empty or filled',
    (kind) => {
      for (const s of [empty(kind), filled(kind)]) {
        const withMerges = check(s).findings.map((f) => `${f.rule}@${f.cell}`);
        const g = templateGrid(s);
        const without = checkWorkbook({ sheets: [{ ...g, merges: [], mergesUnknown: true }] }).findings.map(
          (f) => `${f.rule}@${f.cell}`,
        );
        expect(without).toEqual(withMerges);
      }
    },
  );

  test('empty findings point at the cells to fill', () => {
    const s = empty('project-2021');
    const cells = check(s)
      .findings.filter((f) => f.rule === 'structure/missing-field')
      .map((f) => f.cell);
    expect(cells).toEqual(['B2', 'B3', 'B4', 'B5', 'C6']);
    const t = empty('project-2015');
    const plan = check(t).findings.find((f) => f.rule === 'plan/incomplete')!;
    expect([plan.row, plan.col]).toEqual([t.layout.fields.plan3.row, t.layout.fields.plan3.col]);
  });

  test.each(TEMPLATE_KINDS)('%s: filled with the sample → clean (no error, no warning)', (kind) => {
    const { tables, findings } = check(filled(kind));
    expect(tables).toHaveLength(1);
    expect(findings.filter(serious)).toEqual([]);
  });

  test.each(TEMPLATE_KINDS)('%s: the sample fills every required level', (kind) => {
    const fill = fillSample(kind, YEAR);
    const def = templateDefinition(kind);
    for (const l1 of def.skeleton.map((x) => x.level1))
      expect(fill.indicators!.some((i) => i.level1 === l1)).toBe(true);
  });

  test('a sample laid out in another year than its dates is caught (text/year-mismatch)', () => {
    const s: TemplateSheet = layoutTemplate('project-2015', {
      year: 2025,
      fill: fillSample('project-2015', 2024),
    });
    expect(ruleIds(check(s).findings.filter(serious))).toEqual(['text/year-mismatch']);
  });
});
