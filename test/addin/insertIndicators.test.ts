import { a1, type MergedRange } from '../../src/core/grid';
import { checkWorkbook } from '../../src/core/check';
import { readSheet } from '../../src/core/reader/readWorkbook';
import { LIBRARY, searchLibrary, type LibraryIndicator } from '../../src/core/library';
import { fillSample, layoutTemplate, type TemplateKind } from '../../src/core/templates';
import { insertTemplate } from '../../src/addin/insertTemplate';
import { InsertIndicatorsError, insertIndicators } from '../../src/addin/insertIndicators';
import { sheet as buildSheet } from '../helpers/sheet';
import { form2021 } from '../core/reader/layouts';
import { testExcel } from './excel/officeClient';
import type { SheetSpec } from './excel/workbook';
import { parseRef } from '../../src/addin/address';

const YEAR = 2024;
const all = () => true;
const by = (name: string): LibraryIndicator => {
  const x = LIBRARY.find((i) => i.name === name);
  if (!x) throw new Error(name);
  return x;
};

/** A workbook behind Microsoft's Office.js client; `selection` is where the officer's cursor is. */
function fakeWriter(specs: SheetSpec[] = [{ name: 'Sheet1' }], selection?: { sheet: string; ref: string }) {
  const x = testExcel(specs);
  const view = {
    x,
    set selection(sel: { sheet: string; ref: string }) {
      const s = x.wb.mustSheet(sel.sheet);
      x.wb.selection = { sheetId: s.id, rect: parseRef(sel.ref) as MergedRange };
      x.wb.activeSheetId = s.id;
    },
    get syncCount() {
      return x.syncCount;
    },
    sheet: (name: string) => x.wb.mustSheet(name),
    grid: (name: string) => x.wb.grid(name),
    insert: (...args: Parameters<typeof insertIndicators> extends [unknown, ...infer R] ? R : never) =>
      x.run((context) => insertIndicators(context, ...args)),
  };
  if (selection) view.selection = selection;
  return view;
}
type FakeExcelWriter = ReturnType<typeof fakeWriter>;

/** A workbook with one template sheet inserted through the Office.js path; the selection on `ref`. */
async function withTemplate(kind: TemplateKind, filled = false) {
  const fake = fakeWriter([{ name: 'Sheet1' }]);
  const model = layoutTemplate(kind, { year: YEAR, fill: filled ? fillSample(kind, YEAR) : undefined });
  await fake.x.run((context) => insertTemplate(context, model, { isSetSupported: all }));
  const syncsBefore = fake.syncCount;
  const select = (row: number, col: number) => (fake.selection = { sheet: model.name, ref: a1(row, col) });
  const block = (l2: string) => model.layout.blocks.find((b) => b.level2 === l2)!;
  return { fake, model, select, block, syncs: () => fake.syncCount - syncsBefore };
}

function gridOf(fake: FakeExcelWriter, name: string) {
  const g = fake.grid(name);
  return { g, table: readSheet(g)[0] };
}

function mergeAt(fake: FakeExcelWriter, sheet: string, row: number, col: number): MergedRange | undefined {
  return fake.sheet(sheet).merges.find((m) => m.r1 <= row && m.r2 >= row && m.c1 <= col && m.c2 >= col);
}

describe('insertIndicators (Office.js)', () => {
  test('2015 template: under their own 二级, free rows first, then inserted rows; merges extended; 2 syncs', async () => {
    const { fake, model, select, block, syncs } = await withTemplate('project-2015');
    const qty = block('数量指标');
    select(qty.r1, 2);
    const chosen = [
      by('举办培训班期数'),
      by('培训人次'),
      by('召开会议次数'),
      by('新建改建道路里程'),
      by('新建建筑面积'),
      by('会议费支出'),
      by('参训人员满意度'),
      by('周边群众满意度'),
    ];
    const res = await fake.insert(chosen, { merges: true });
    expect(syncs()).toBe(2);
    expect(res.inserted).toBe(4 + 1); // 5 数量 into its 1 free row; 2 满意度 into 1
    expect(res.reused).toBe(1 + 1 + 1); // 数量, 成本, 满意度
    expect(res.merged).toBe(true);
    expect(res.skipped).toEqual([]);

    const { g, table } = gridOf(fake, model.name);
    expect(table.framework).toBe('2015');
    const rows = table.grids[0].rows;
    const named = (l2: string) =>
      rows.filter((r) => r.level2Std === l2 && r.name?.text).map((r) => r.name!.text);
    expect(named('数量指标')).toEqual([
      '举办培训班期数',
      '培训人次',
      '召开会议次数',
      '新建改建道路里程',
      '新建建筑面积',
    ]);
    expect(named('成本指标')).toEqual(['会议费支出']);
    expect(named('服务对象满意度指标')).toEqual(['参训人员满意度', '周边群众满意度']);
    for (const r of rows) expect(r.level1Std).not.toBeNull();

    // Merges: 数量 over its 5 rows, 产出 over 5 + 1 + 1 + 1 rows, 满意度 (一级 and 二级) over 2 rows.
    expect(mergeAt(fake, model.name, qty.r1, 1)).toEqual({ r1: qty.r1, c1: 1, r2: qty.r1 + 4, c2: 1 });
    expect(mergeAt(fake, model.name, qty.r1, 0)).toEqual({ r1: qty.r1, c1: 0, r2: qty.r1 + 7, c2: 0 });
    const sat = rows.filter((r) => r.level1Std === '满意度指标').map((r) => r.row);
    expect(sat).toHaveLength(2);
    expect(mergeAt(fake, model.name, sat[0], 0)).toEqual({ r1: sat[0], c1: 0, r2: sat[1], c2: 0 });
    expect(mergeAt(fake, model.name, sat[0], 1)).toEqual({ r1: sat[0], c1: 1, r2: sat[1], c2: 1 });

    // Values are placeholders with operator and unit; the reported rows are where the names are.
    for (const w of res.rows) expect(g.values[w.row][2]).toBe(LIBRARY.find((x) => x.id === w.id)!.name);
    const row = (name: string) => res.rows.find((w) => w.id === by(name).id)!.row;
    expect(g.values[row('培训人次')][4]).toBe('≥__人次');
    expect(g.values[row('会议费支出')][4]).toBe('≤__万元');
    expect(g.values[row('参训人员满意度')][3]).toBe(by('参训人员满意度').description);

    // The checker flags every placeholder (the officer must fill it), and nothing structural.
    const { findings } = checkWorkbook({ sheets: [g] });
    const onRows = findings.filter((f) => res.rows.some((w) => w.row === f.row));
    expect([...new Set(onRows.map((f) => f.rule))].sort()).toEqual([
      'structure/missing-basis',
      'value/placeholder',
    ]);
    expect(onRows.filter((f) => f.rule === 'value/placeholder')).toHaveLength(chosen.length);
    expect(findings.map((f) => f.rule)).not.toEqual(expect.arrayContaining(['structure/unknown-level-name']));
    expect(findings.filter((f) => f.rule === 'structure/missing-level1')).toEqual([
      expect.objectContaining({
        messageId: 'empty',
        text: expect.objectContaining({ zh: expect.stringContaining('效益指标') }),
      }),
    ]);
  });

  test('sample values into a filled template: the table stays clean but for the 依据 the officer adds', async () => {
    const { fake, model, select, block } = await withTemplate('project-2015', true);
    select(block('质量指标').r1, 0);
    const chosen = searchLibrary({ type: 'student-aid' });
    const res = await fake.insert(chosen, { merges: true, value: 'sample' });
    expect(res.rows).toHaveLength(chosen.length);
    const { g, table } = gridOf(fake, model.name);
    expect(table.grids[0].rows.filter((r) => r.name?.text).length).toBe(
      fillSample('project-2015', YEAR).indicators!.length + chosen.length,
    );
    const serious = checkWorkbook({ sheets: [g] }).findings.filter((f) => f.severity !== 'info');
    expect([...new Set(serious.map((f) => f.rule))]).toEqual(['structure/missing-basis']);
    expect(serious.every((f) => res.rows.some((w) => w.row === f.row))).toBe(true);
  });

  test('2021 template: 指标性质 and 度量单位 in their columns, cost under 经济成本指标', async () => {
    const { fake, model, select, block, syncs } = await withTemplate('project-2021');
    select(block('数量指标').r1, 3);
    const chosen = [by('运维服务费'), by('会议费支出'), by('故障响应时间'), by('工程完工时间')];
    const res = await fake.insert(chosen, { merges: true });
    expect(syncs()).toBe(2);
    const { g, table } = gridOf(fake, model.name);
    expect(table.framework).toBe('2021');
    const at = (name: string) => g.values[res.rows.find((w) => w.id === by(name).id)!.row];
    // 一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 | 权重 | 依据
    expect(at('运维服务费').slice(2, 6)).toEqual(['运维服务费', '≤', '__', '万元']);
    expect(at('工程完工时间').slice(2, 6)).toEqual(['工程完工时间', '定性', '__（如：年底前）', null]);
    const rows = table.grids[0].rows;
    expect(
      rows.filter((r) => r.level2Std === '经济成本指标' && r.name?.text).map((r) => r.name!.text),
    ).toEqual(['运维服务费', '会议费支出']);
    expect(rows.filter((r) => r.level2Std === '时效指标' && r.name?.text).map((r) => r.name!.text)).toEqual([
      '故障响应时间',
      '工程完工时间',
    ]);
    const cost = rows.filter((r) => r.level1Std === '成本指标').map((r) => r.row);
    expect(mergeAt(fake, model.name, cost[0], 0)).toEqual({
      r1: cost[0],
      c1: 0,
      r2: cost[cost.length - 1],
      c2: 0,
    });
    const rules = new Set(
      checkWorkbook({ sheets: [g] })
        .findings.filter((f) => res.rows.some((w) => w.row === f.row))
        .map((f) => f.rule),
    );
    expect([...rules].sort()).toEqual(['structure/missing-basis', 'value/placeholder']);
  });

  test('target "selection": all under the selected 二级; a 二级 the grid lacks goes there by default', async () => {
    const { fake, model, select, block } = await withTemplate('project-2021');
    select(block('社会效益指标').r1, 2);
    const res = await fake.insert([by('工程设计使用年限'), by('周边群众满意度')], {
      merges: true,
      target: 'selection',
    });
    expect(res.rows.map((r) => r.level2)).toEqual(['社会效益指标', '社会效益指标']);
    const res2 = await fake.insert([by('设备预计使用年限')], { merges: true }); // 可持续影响: not in the 2021 grid
    expect(res2.rows.map((r) => r.level2)).toEqual(['社会效益指标']);
    const { table } = gridOf(fake, model.name);
    expect(
      table.grids[0].rows
        .filter((r) => r.level2Std === '社会效益指标' && r.name?.text)
        .map((r) => r.name!.text),
    ).toEqual(['工程设计使用年限', '周边群众满意度', '设备预计使用年限']);
  });

  test('nothing selected in a grid: an error in Chinese and English, and nothing written', async () => {
    const { fake, model } = await withTemplate('project-2015');
    fake.selection = { sheet: 'Sheet1', ref: 'B2' }; // a sheet without a table
    const before = JSON.stringify([...fake.sheet(model.name).cells]);
    await expect(fake.insert([by('培训人次')], { merges: true })).rejects.toMatchObject({
      code: 'no-grid',
      messageZh: expect.stringContaining('请先'),
      messageEn: expect.stringContaining('Select'),
    });
    expect(JSON.stringify([...fake.sheet(model.name).cells])).toBe(before);
    await expect(fake.insert([], {})).rejects.toBeInstanceOf(InsertIndicatorsError);
  });

  test('the grid header selected: own 二级 works; an indicator without one is skipped, or refused when it is the only one', async () => {
    const { fake, model, select } = await withTemplate('project-2021');
    select(model.layout.gridHeaderRow, 2);
    const res = await fake.insert([by('培训人次'), by('设备预计使用年限')], {
      merges: true,
    });
    expect(res.rows.map((r) => r.id)).toEqual([by('培训人次').id]);
    expect(res.skipped).toEqual([by('设备预计使用年限').id]);
    await expect(fake.insert([by('设备预计使用年限')], { merges: true })).rejects.toMatchObject({
      code: 'no-level',
    });
  });

  test('a form with a label column merged over the grid (年度绩效指标): the label merge grows too', async () => {
    const s = buildSheet(form2021);
    const fake = fakeWriter([{ name: s.name, values: s.values, merges: s.merges }], {
      sheet: s.name,
      ref: 'C16',
    });
    const label = s.merges.find((m) => m.c1 === 0 && m.r1 === 8)!;
    const res = await fake.insert([by('受助学生满意度'), by('补贴对象满意度')], {
      merges: true,
    });
    expect(res.inserted).toBe(2);
    expect(mergeAt(fake, s.name, label.r1, 0)).toEqual({ ...label, r2: label.r2 + 2 });
    const { table } = gridOf(fake, s.name);
    expect(table.grids[0].rows.filter((r) => r.level1Std === '满意度指标').map((r) => r.name?.text)).toEqual([
      '参训人员满意度',
      '受助学生满意度',
      '补贴对象满意度',
    ]);
    // The notes under the table moved down, untouched.
    expect(fake.grid(s.name).values[16 + 2][0]).toBe('填表人：张三');
  });

  test('merges unknown (ExcelApi < 1.13): level cells of new rows left empty, the reader carries the names down', async () => {
    const { fake, model, select, block } = await withTemplate('project-2015');
    select(block('时效指标').r1, 2);
    const before = fake.sheet(model.name).merges.length;
    const res = await fake.insert([by('故障响应时间'), by('一般故障修复时限')], {
      merges: false,
    });
    expect(res.merged).toBe(false);
    expect(res.inserted).toBe(1);
    expect(fake.sheet(model.name).merges.length).toBe(before);
    const g = fake.grid(model.name);
    const rows = readSheet({ ...g, merges: [], mergesUnknown: true })[0].grids[0].rows;
    expect(rows.filter((r) => r.level2Std === '时效指标').map((r) => r.name?.text)).toEqual([
      '故障响应时间',
      '一般故障修复时限',
    ]);
  });

  test('more than 512 merged areas: the read is repeated without them (3 syncs)', async () => {
    const { fake, model, select, block, syncs } = await withTemplate('project-2015');
    const ws = fake.sheet(model.name);
    for (let r = 0; r < 520; r++) ws.merges.push({ r1: 200 + r, c1: 20, r2: 200 + r, c2: 21 });
    select(block('数量指标').r1, 2);
    const res = await fake.insert([by('培训人次')], { merges: true });
    expect(syncs()).toBe(3);
    expect(res.merged).toBe(false);
    expect(res.rows).toHaveLength(1);
  });
});
