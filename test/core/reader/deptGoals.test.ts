import * as path from 'path';
import { readDeptGoals } from '../../../src/core/reader/deptGoals';
import { readWorkbook } from '../../../src/core/reader/readWorkbook';
import { checkWorkbook } from '../../../src/core/check';
import { readWorkbookFile } from '../../../src/xlsx/readFile';
import { deptGoalSheet } from '../rules/deptGoalList';
import { projectTable, rawSheet, workbook } from '../rules/ruleTester';

const shared = path.resolve(__dirname, '../../../../shared');

describe('department goal list (序号 | 分项 | 绩效目标 | 绩效指标)', () => {
  it('reads the list as one department table with its overall goal, and stops at the 保障措施 block', () => {
    const tables = readWorkbook(workbook(deptGoalSheet()));
    expect(tables).toHaveLength(1);
    const t = tables[0];
    expect(t.kind).toBe('department');
    expect(t.grids).toEqual([]);
    expect(t.year).toBe(2023);
    expect(t.fields.find((f) => f.key === 'goal')?.value?.text).toContain('拟订');
    expect(t.goalList!.items.map((i) => i.seq?.text)).toEqual(['（一）', '（二）', '（五）', '（八）']);
    expect(t.goalList!.items[0].indicator!.col).toBe(3);
    expect(t.range).toEqual({ r1: 0, c1: 0, r2: 7, c2: 3 });
  });

  it('keeps a goal whose indicator is empty, pointing at the indicator cell', () => {
    const t = readWorkbook(
      workbook(deptGoalSheet({ rows: [['（一）', '依法公开财政信息', '及时公开财政信息。', null]] })),
    )[0];
    const it0 = t.goalList!.items[0];
    expect(it0.indicator).toMatchObject({ row: 4, col: 3, blank: true });
  });

  it('reads a list without 序号 (分项 | 绩效目标 | 绩效指标)', () => {
    const sheet = rawSheet([
      ['分项', '绩效目标', '绩效指标'],
      ['组织年度财政收入', '认真组织年度财政收入工作。', '一般公共预算收入同比增长 8%。'],
    ]);
    expect(readDeptGoals(sheet)).toHaveLength(1);
  });

  it('leaves indicator grids to the grid reader: a project table gives no goal list', () => {
    const tables = readWorkbook(workbook(projectTable()));
    expect(tables).toHaveLength(1);
    expect(tables[0].goalList).toBeUndefined();
    expect(tables[0].grids).toHaveLength(1);
  });

  it('does not read a header with grid words (一级指标, 指标值) as a goal list', () => {
    const sheet = rawSheet([
      ['序号', '绩效目标', '绩效指标', '指标值'],
      ['1', '完成培训', '培训人数', '500人'],
    ]);
    expect(readDeptGoals(sheet)).toEqual([]);
  });

  it('never throws on a strange sheet', () => {
    expect(readDeptGoals({ name: 'x', values: null as never, merges: [] })).toEqual([]);
    expect(
      readDeptGoals({ name: 'x', values: [[null, '序号'], [undefined as never]], merges: [null as never] }),
    ).toEqual([]);
  });

  it('the seed department workbook: one table on 部门整体绩效目标, four unmeasurable indicators, typos in the overall goal', async () => {
    const wb = await readWorkbookFile(path.join(shared, 'seed-defects/seed-department-2023.xlsx'));
    const { tables, findings } = checkWorkbook(wb);
    expect(tables.filter((t) => t.sheet === '部门整体绩效目标')).toHaveLength(1);
    const at = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.cell);
    expect(at('value/not-quantified')).toEqual(['D7', 'D8', 'D10', 'D11']);
    expect(at('text/typo')).toEqual(['B2', 'B2']);
    expect(findings.filter((f) => f.row >= 13 && f.severity !== 'info')).toEqual([]);
  });
});
