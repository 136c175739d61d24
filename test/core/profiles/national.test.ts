import * as path from 'path';
import { checkWorkbook } from '../../../src/core/check';
import { ProfileError } from '../../../src/core/profile';
import { builtInProfile, parseProfileWithBuiltIns } from '../../../src/core/profiles/builtin';
import { REJECTION_REASONS } from '../../../src/core/profiles/national';
import { allRules } from '../../../src/core/rules/registry';
import { loadProfile } from '../../../src/cli/loadProfile';
import { readWorkbookFile } from '../../../src/xlsx/readFile';
import { projectTable, projectTable2021, workbook } from '../rules/ruleTester';

const shared = path.resolve(__dirname, '../../../../shared');
const national = () => builtInProfile('national')!;
const ids = allRules.map((r) => r.id);

function run(sheet: Parameters<typeof workbook>[0], profile = national()) {
  return checkWorkbook(workbook(sheet), profile).findings;
}
const at = (fs: ReturnType<typeof run>, rule: string) => fs.filter((f) => f.rule === rule);

describe('national profile (预算管理一体化系统 import checks)', () => {
  it('is built in, names only known rules and gives each reason in English too', () => {
    const p = national();
    expect(p.name).toBe('national');
    for (const id of Object.keys(p.severities)) expect(ids).toContain(id);
    for (const id of Object.keys(p.reasons!)) expect(ids).toContain(id);
    for (const r of Object.values(p.reasons!)) expect(Object.keys(REJECTION_REASONS)).toContain(r);
    expect(builtInProfile('nope')).toBeUndefined();
  });

  it('a clean 2021 table passes the import checks', () => {
    const fs = run(projectTable2021()).filter((f) => f.severity !== 'info');
    expect(fs).toEqual([]);
  });

  it('spaces anywhere in a field: an error naming the rejection reason; in a 一级 name: 一级指标类型错误', () => {
    const fs = at(
      run(projectTable({ goal: '完成培训 提高就业', set: { A7: '产出 指标', C8: '培训合格率' } })),
      'text/space-in-field',
    );
    expect(fs.map((f) => [f.cell, f.severity])).toEqual([
      ['B5', 'error'],
      ['A7', 'error'],
    ]);
    expect(fs[0].text.zh).toContain('退回理由：指标不够完整');
    expect(fs[1].text.zh).toContain('退回理由：一级指标类型错误');
    expect(fs[1].text.en).toContain('wrong level-1 type');
  });

  it('the text null and characters outside GBK', () => {
    const fs = at(run(projectTable({ set: { E8: 'NULL', C9: '完成时间𠀀' } })), 'text/space-in-field');
    expect(fs.map((f) => f.cell)).toEqual(['E8', 'C9']);
    expect(fs[1].text.zh).toContain('GBK');
  });

  it('定性 values with * _ -', () => {
    const fs = at(
      run(projectTable2021({ set: { D11: '定性', E11: '**', F11: '' } })),
      'value/qualitative-symbol',
    );
    expect(fs.map((f) => [f.cell, f.severity])).toEqual([['E11', 'error']]);
    expect(fs[0].text.zh).toContain('退回理由：指标不够细化/量化');
  });

  it('定量（其他） without 指标值说明', () => {
    const fs = at(run(projectTable2021({ set: { D10: '定量（其他）' } })), 'value/other-without-note');
    expect(fs.map((f) => f.cell)).toEqual(['D10']);
    expect(fs[0].text.zh).toContain('退回理由：指标不够完整');
  });

  it('weights total 100 or 80; anything else is an error', () => {
    const weights = (w: number[]) =>
      projectTable({ extraColumns: ['权重'], set: Object.fromEntries(w.map((v, i) => [`G${7 + i}`, v])) });
    expect(at(run(weights([20, 20, 20, 10, 20, 10])), 'structure/weights-sum')).toEqual([]);
    expect(at(run(weights([20, 20, 10, 10, 10, 10])), 'structure/weights-sum')).toEqual([]);
    const bad = at(run(weights([20, 20, 10, 10, 10, 20])), 'structure/weights-sum');
    expect(bad.map((f) => [f.cell, f.severity])).toEqual([['G6', 'error']]);
    expect(bad[0].text.zh).toContain('应为 100 或 80');
  });

  it('per-一级 weight totals from a province profile that extends national', () => {
    const p = parseProfileWithBuiltIns(
      {
        extends: 'national',
        name: '某省',
        weights: { totals: [80], perLevel1: { 产出指标: 50, 效益指标: 20, 满意度指标: 10 } },
      },
      ids,
    );
    expect(p.severities['text/space-in-field']).toBe('error');
    const sheet = projectTable({
      extraColumns: ['权重'],
      set: { G7: 10, G8: 10, G9: 10, G10: 10, G11: 30, G12: 10 },
    });
    const fs = at(run(sheet, p), 'structure/weights-sum');
    expect(fs.map((f) => f.cell)).toEqual(['A7', 'A11']);
    expect(fs[0].text.zh).toContain('产出指标的权重合计为 40，应为 50');
  });

  it('指标值确定依据 from the four standard categories', () => {
    const fs = at(run(projectTable({ set: { F7: '上级文件' } })), 'structure/basis-category');
    expect(fs.map((f) => [f.cell, f.severity])).toEqual([['F7', 'error']]);
    expect(fs[0].text.zh).toContain('计划标准、行业标准、历史标准、其他标准');
  });

  it('required indicators (固化指标) named by a profile', () => {
    const p = parseProfileWithBuiltIns(
      {
        extends: 'national',
        requiredIndicators: [{ name: '预算执行率', level1: '产出指标', level2: '成本指标' }],
      },
      ids,
    );
    const fs = at(run(projectTable(), p), 'structure/required-indicator');
    expect(fs.map((f) => f.cell)).toEqual(['B10']);
  });

  it('rejects a profile extending an unknown name, and bad national keys', () => {
    expect(() => parseProfileWithBuiltIns({ extends: 'provincial' }, ids)).toThrow(ProfileError);
    expect(() => parseProfileWithBuiltIns({ weights: { totals: [] } }, ids)).toThrow(ProfileError);
    expect(() => parseProfileWithBuiltIns({ requiredIndicators: [{ level1: '产出指标' }] }, ids)).toThrow(
      ProfileError,
    );
  });

  it('--profile national resolves the built-in name; a file path still works', async () => {
    expect((await loadProfile('national')).reasons).toBeDefined();
    await expect(loadProfile(path.join(shared, 'no-such-profile.json'))).rejects.toThrow();
  });

  it('the realworld w01 export: import-check findings carry their reason', async () => {
    const wb = await readWorkbookFile(path.join(shared, 'realworld/w01-wuhai-2021.xlsx'));
    const { findings } = checkWorkbook(wb, national());
    const w = findings.find((f) => f.rule === 'structure/weights-sum')!;
    expect(w).toMatchObject({ cell: 'H14', severity: 'error' });
    expect(w.text.zh).toContain('退回理由：指标不够完整');
    expect(findings.find((f) => f.rule === 'value/unit-column')!.text.zh).toContain(
      '退回理由：指标与指标值不匹配',
    );
  });
});
