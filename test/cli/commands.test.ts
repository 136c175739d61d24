/** The commands wired into `kpicheck`: template, --fix -o, and csv/html reports written with -o. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from './io';
import { readWorkbookFile } from '../../src/xlsx/readFile';
import { checkWorkbook } from '../../src/core/check';

const SEED = path.join(__dirname, '..', '..', '..', 'shared', 'fixtures', 'seed-projects-2023.xlsx');
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpicheck-cmd-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('kpicheck template', () => {
  it('writes each template, which then checks to missing-findings only', async () => {
    for (const kind of ['project-2015', 'project-2021', 'department']) {
      const out = path.join(dir, `${kind}.xlsx`);
      const r = await run(['template', kind, '-o', out, '--year', '2024']);
      expect(r.code).toBe(0);
      const res = checkWorkbook(await readWorkbookFile(out));
      expect(res.tables).toHaveLength(1);
      expect(res.tables[0].year).toBe(2024);
      const rules = new Set(res.findings.map((f) => f.rule));
      for (const id of rules) expect(id).toMatch(/^structure\/missing-|^plan\/incomplete$/);
    }
  });

  it('takes --lang before the command', async () => {
    const r = await run([
      '--lang',
      'en',
      'template',
      'department',
      '-o',
      path.join(dir, 'd.xlsx'),
      '--year',
      '2024',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/template/i);
  });
});

describe('kpicheck check --fix', () => {
  it('writes the fixed copy to -o and never the input', async () => {
    const input = path.join(dir, 'in.xlsx');
    fs.copyFileSync(SEED, input);
    const before = fs.readFileSync(input);
    const r = await run(['check', input, '--fix', '-o', path.join(dir, 'out.xlsx')]);
    expect(r.code).toBe(1); // the seed's two content errors remain after the fixes
    expect(fs.existsSync(path.join(dir, 'out.xlsx'))).toBe(true);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it('refuses -o pointing at the input, and --fix without -o', async () => {
    const input = path.join(dir, 'in.xlsx');
    fs.copyFileSync(SEED, input);
    const before = fs.readFileSync(input);
    expect((await run(['check', input, '--fix', '-o', input])).code).toBe(2);
    expect((await run(['check', input, '--fix'])).code).toBe(2);
    expect((await run(['check', input, SEED, '--fix', '-o', path.join(dir, 'x.xlsx')])).code).toBe(2);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });
});

describe('kpicheck check --format csv|html -o', () => {
  it('writes an HTML report naming the seed findings, exit 1 for its errors', async () => {
    const out = path.join(dir, 'r.html');
    const r = await run(['check', SEED, '--format', 'html', '-o', out]);
    expect(r.code).toBe(1);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toContain('structure/missing-level1');
    expect(html).toContain('plan/incomplete');
    expect(html).not.toMatch(/<script|https?:\/\//i);
  });

  it('prints CSV with a BOM and one line per finding', async () => {
    const r = await run(['check', SEED, '--format', 'csv']);
    expect(r.stdout.charCodeAt(0)).toBe(0xfeff);
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBe(1 + checkWorkbook(await readWorkbookFile(SEED)).findings.length);
  });

  it('will not write a report over a workbook', async () => {
    const r = await run(['check', SEED, '--format', 'json', '-o', path.join(dir, 'report.xlsx')]);
    expect(r.code).toBe(2);
    expect(fs.existsSync(path.join(dir, 'report.xlsx'))).toBe(false);
  });
});
