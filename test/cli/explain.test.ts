/** `kpicheck explain`: how the reader saw each sheet, as text or JSON. */
import * as path from 'path';
import { run } from './io';

const sample = path.join(__dirname, '..', '..', 'samples', 'seed-projects-2023.xlsx');

describe('kpicheck explain', () => {
  it('prints tables, header rows and column roles with their reasons (Chinese by default)', async () => {
    const r = await run(['explain', sample]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('工作表「');
    expect(r.stdout).toMatch(/表头第 \d+ 行/);
    expect(r.stdout).toMatch(/指标值 ← 表头文字/);
  });

  it('English and JSON on request', async () => {
    const en = await run(['explain', '--lang', 'en', sample]);
    expect(en.stdout).toMatch(/header row\(s\) \d+/);
    const js = await run(['explain', '--format=json', sample]);
    const parsed = JSON.parse(js.stdout) as { files: { sheets: { tables: { grids: unknown[] }[] }[] }[] };
    expect(parsed.files[0].sheets.some((s) => s.tables.length > 0)).toBe(true);
  });

  it('a missing file or no file is an error, not a crash', async () => {
    expect((await run(['explain'])).code).toBe(2);
    const r = await run(['explain', path.join(__dirname, 'no-such-file.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no-such-file.xlsx');
  });
});
