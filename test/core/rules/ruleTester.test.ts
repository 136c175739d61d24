/** The tester and its builders: the layouts the rule tests rely on, and the checks that keep a case from passing by accident. */
import type { Finding } from '../../../src/core/findings';
import { readWorkbook } from '../../../src/core/reader/readWorkbook';
import { runRules } from '../../../src/core/rules/run';
import { allRules } from '../../../src/core/rules/registry';
import { defaultProfile } from '../../../src/core/profile';
import type { Rule } from '../../../src/core/rules/types';
import {
  checkCommon,
  checkExpected,
  diffFindings,
  pct,
  projectTable,
  projectTable2021,
  rawSheet,
  runRule,
  stack,
  workbook,
} from './ruleTester';

const finding = (cell: string, extra: Partial<Finding> = {}): Finding => ({
  rule: 'x/y',
  severity: 'error',
  sheet: 'S',
  cell,
  row: 0,
  col: 0,
  messageId: 'wrong',
  text: { zh: '有问题', en: 'wrong' },
  table: 0,
  ...extra,
});

describe('builders', () => {
  it.each([
    ['projectTable (2015)', projectTable()],
    ['projectTable (2021 rows in the seed columns)', projectTable({ framework: '2021' })],
    ['projectTable2021', projectTable2021()],
    ['projectTable without merges', projectTable({ noMerges: true })],
  ])('the default %s is clean under every rule', (_name, sheet) => {
    const wb = workbook(sheet);
    const tables = readWorkbook(wb);
    expect(tables).toHaveLength(1);
    expect(
      runRules(tables, wb, defaultProfile(), allRules).map((f) => `${f.rule} ${f.cell} ${f.text.zh}`),
    ).toEqual([]);
  });

  it('lays out the seed table as documented', () => {
    const s = projectTable();
    const [t] = readWorkbook(workbook(s));
    expect(t.framework).toBe('2015');
    expect(s.layout!.headerRow).toBe(6);
    expect(s.layout!.cell(0, '指标值')).toBe('E7');
    expect(t.grids[0].headerTop).toBe(5);
    expect(t.grids[0].rows.map((r) => [r.row + 1, r.level1Std, r.level2Std])).toEqual([
      [7, '产出指标', '数量指标'],
      [8, '产出指标', '质量指标'],
      [9, '产出指标', '时效指标'],
      [10, '产出指标', '成本指标'],
      [11, '效益指标', '社会效益指标'],
      [12, '满意度指标', '服务对象满意度指标'],
    ]);
    expect(t.plan.map((p) => [p.month, p.value?.text])).toEqual([
      [3, '10%'],
      [6, '40%'],
      [10, '70%'],
      [12, '100%'],
    ]);
    expect(t.fields.map((f) => [f.key, f.value && f.value.row + 1])).toEqual([
      ['code', 1],
      ['name', 1],
      ['purpose', 2],
      ['goal', 5],
    ]);
    expect(s.merges).toContainEqual({ r1: 6, c1: 0, r2: 9, c2: 0 });
  });

  it('lays out the 2021 table as documented', () => {
    const s = projectTable2021();
    const [t] = readWorkbook(workbook(s));
    expect(t.framework).toBe('2021');
    expect(t.year).toBe(2023);
    expect(t.moneyUnit).toBe('万元');
    expect(s.layout!.cell(5, '度量单位')).toBe('F15');
    expect(t.grids[0].columns).toMatchObject({
      level1: 0,
      level2: 1,
      level3: 2,
      nature: 3,
      value: 4,
      unit: 5,
      basis: 6,
    });
    expect(t.fields.map((f) => [f.key, f.value?.text])).toEqual([
      ['name', '职业技能培训'],
      ['code', '102002001'],
      ['department', '某区人力资源和社会保障局'],
      ['total', '100'],
      ['source', '80'],
      ['source', '20'],
      ['goal', '完成500人次职业技能培训，提高参训人员就业能力。'],
    ]);
  });

  it('moves the grid down one row for a 实施期绩效目标', () => {
    const s = projectTable({ periodGoal: '三年培训1500人。' });
    expect(s.layout!.headerRow).toBe(7);
    expect(readWorkbook(workbook(s))[0].fields.find((f) => f.key === 'periodGoal')?.value?.row).toBe(5);
  });

  it('stacks tables with two empty rows between them', () => {
    const s = stack([projectTable(), projectTable({ code: '2' })]);
    const tables = readWorkbook(workbook(s));
    expect(tables.map((t) => t.range.r1 + 1)).toEqual([1, 15]);
    expect(s.merges).toContainEqual({ r1: 20, c1: 0, r2: 23, c2: 0 });
  });

  it('overwrites cells by address and keeps number formats', () => {
    const s = projectTable({ set: { E8: pct(0.95), C7: '' } });
    expect(s.values[7][4]).toBe(0.95);
    expect(s.formats![7][4]).toBe('0%');
    expect(s.values[6][2]).toBe('');
  });

  it('builds raw sheets with merges', () => {
    const s = rawSheet([['a', 'b'], [{ v: 0.5, z: '0%' }]], { name: 'R', merges: ['A1:A2'] });
    expect(s).toMatchObject({
      name: 'R',
      values: [
        ['a', 'b'],
        [0.5, null],
      ],
      merges: [{ r1: 0, c1: 0, r2: 1, c2: 0 }],
    });
    expect(s.formats![1][0]).toBe('0%');
  });

  it('renames sheets of the same name', () => {
    expect(workbook(projectTable(), projectTable()).sheets.map((s) => s.name)).toEqual([
      '项目支出绩效目标表',
      '项目支出绩效目标表2',
    ]);
  });
});

describe('tester', () => {
  it('matches findings by cell, message id, sheet, severity, message and fix', () => {
    const fs = [
      finding('E7', {
        severity: 'warning',
        fix: { cell: 'E7', from: 'a', to: 'b', label: { zh: '改', en: 'fix' } },
      }),
      finding('E8'),
    ];
    expect(
      diffFindings(fs, [
        { cell: 'E8', messageId: 'wrong' },
        {
          cell: 'E7',
          messageId: 'wrong',
          severity: 'warning',
          messageIncludes: '问题',
          fix: 'b',
          sheet: 'S',
        },
      ]),
    ).toBeNull();
    expect(diffFindings(fs, [{ cell: 'E7', messageId: 'wrong' }])).toMatch(/unexpected:\n.*E8/);
    expect(
      diffFindings(fs, [
        { cell: 'E7', messageId: 'wrong' },
        { cell: 'E8', messageId: 'wrong' },
        { cell: 'E9', messageId: 'wrong' },
      ]),
    ).toMatch(/missing:\n\s+E9/);
    expect(
      diffFindings(fs, [
        { cell: 'E7', messageId: 'wrong', severity: 'error' },
        { cell: 'E8', messageId: 'wrong' },
      ]),
    ).toMatch(/missing/);
    expect(
      diffFindings(fs, [
        { cell: 'E7', messageId: 'wrong', fix: null },
        { cell: 'E8', messageId: 'wrong' },
      ]),
    ).toMatch(/missing/);
    expect(
      diffFindings(fs, [
        { cell: 'E7', messageId: 'wrong', messageIncludes: '别的' },
        { cell: 'E8', messageId: 'wrong' },
      ]),
    ).toMatch(/missing/);
    expect(
      diffFindings(fs, [
        { cell: 'E7', messageId: 'wrong', sheet: 'T' },
        { cell: 'E8', messageId: 'wrong' },
      ]),
    ).toMatch(/missing/);
    expect(
      diffFindings(
        [finding('E7')],
        [
          { cell: 'E7', messageId: 'wrong' },
          { cell: 'E7', messageId: 'wrong' },
        ],
      ),
    ).toMatch(/missing/);
    expect(
      diffFindings(fs, [
        { cell: 'E7', messageId: 'other' },
        { cell: 'E8', messageId: 'wrong' },
      ]),
    ).toMatch(/missing:\n\s+E7, other/);
  });

  it('refuses expected message ids the rule does not declare, and messageIncludes that is fixed text', () => {
    const rule = {
      id: 'x/y',
      messages: { wrong: { zh: '“{{name}}”有问题：{{why}}', en: '"{{name}}" is wrong: {{why}}' } },
    } as unknown as Rule;
    expect(() =>
      checkExpected(rule, [{ cell: 'E7', messageId: 'wrong', messageIncludes: '培训人数' }]),
    ).not.toThrow();
    expect(() =>
      checkExpected(rule, [{ cell: 'E7', messageId: 'wrong', messageIncludes: '人数”有' }]),
    ).not.toThrow();
    expect(() => checkExpected(rule, [{ cell: 'E7', messageId: 'nope' }])).toThrow(
      /declares no message "nope"/,
    );
    expect(() =>
      checkExpected(rule, [{ cell: 'E7', messageId: 'wrong', messageIncludes: '有问题' }]),
    ).toThrow(/fixed text of message "wrong"/);
    expect(() => checkExpected(rule, [{ cell: 'E7', messageId: 'toString' }])).toThrow(/declares no message/);
  });

  it('rejects findings without a Chinese message or an English one, and cases with no table', () => {
    const rule = { id: 'x/y', messages: { wrong: { zh: '有问题', en: 'wrong' } } } as unknown as Rule;
    const tables = readWorkbook(workbook(projectTable()));
    expect(() =>
      checkCommon(rule, { name: 'n', workbook: [] }, tables, [
        finding('E7', { text: { zh: 'wrong', en: 'wrong' } }),
      ]),
    ).toThrow(/not Chinese/);
    expect(() =>
      checkCommon(rule, { name: 'n', workbook: [] }, tables, [
        finding('E7', { text: { zh: '有问题', en: ' ' } }),
      ]),
    ).toThrow(/English message is empty/);
    expect(() =>
      checkCommon(rule, { name: 'n', workbook: [] }, tables, [finding('E7', { rule: 'a/b' })]),
    ).toThrow(/another rule/);
    expect(() =>
      checkCommon(rule, { name: 'n', workbook: [] }, tables, [finding('E7', { messageId: 'other' })]),
    ).toThrow(/message id "other" is not declared/);
    expect(() => checkCommon(rule, { name: 'n', workbook: [] }, [], [])).toThrow(/no table/);
    expect(() => checkCommon(rule, { name: 'n', workbook: [], tables: 2 }, tables, [])).toThrow(/2 table/);
  });

  it('rethrows what a rule throws (runRules would swallow it and the case would pass as valid)', () => {
    const broken: Rule = {
      id: 'x/broken',
      defaultSeverity: 'error',
      description: { zh: '坏', en: 'broken' },
      messages: {},
      check() {
        throw new Error('boom');
      },
    };
    expect(() => runRule(broken, projectTable())).toThrow('boom');
  });

  it('runs only the rule under test, with profile edits', () => {
    const rule = allRules.find((r) => r.id === 'percent/satisfaction-low')!;
    const s = projectTable({ set: { E12: '≥75%' } });
    expect(runRule(rule, s).findings.map((f) => f.rule)).toEqual(['percent/satisfaction-low']);
    expect(runRule(rule, s, (p) => (p.severities[rule.id] = 'off')).findings).toEqual([]);
  });
});
