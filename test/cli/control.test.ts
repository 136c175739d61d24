/**
 * ESLint-style control of `kpicheck check`: --quiet, --max-warnings, --rule,
 * exit codes, --kinds, --dry-run without -o, -o and --force, outputs compared
 * with inputs by file identity, streamed JSON in input order.
 * The files are checked by the built worker (dist/cli/checkWorker.js).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as XLSX from '@e965/xlsx';
import { SEED, tempDir } from '../xlsx/files';
import { run } from './io';

const dir = tempDir('cli-control');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Rows [from, to] (0-based) of the seed's sheet as a workbook of their own, moved to the top. */
function seedRows(from: number, to: number): Uint8Array {
  const src = XLSX.read(fs.readFileSync(SEED), { cellNF: true });
  const ws = src.Sheets['项目支出绩效目标表'];
  const out: XLSX.WorkSheet = {};
  for (const key of Object.keys(ws)) {
    if (key[0] === '!') continue;
    const { r, c } = XLSX.utils.decode_cell(key);
    if (r >= from && r <= to) out[XLSX.utils.encode_cell({ r: r - from, c })] = ws[key];
  }
  out['!ref'] = `A1:F${to - from + 1}`;
  out['!merges'] = (ws['!merges'] ?? [])
    .filter((m) => m.s.r >= from && m.e.r <= to)
    .map((m) => ({ s: { r: m.s.r - from, c: m.s.c }, e: { r: m.e.r - from, c: m.e.c } }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, out, '项目支出绩效目标表');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

function write(rel: string, data: string | Uint8Array): string {
  const p = path.join(dir, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, data);
  return p;
}

/** 102001004 隐性债务化解 alone: a warning (value/vague) and an info, no error. */
const warningsOnly = write('warnings-only.xlsx', seedRows(50, 66));

describe('--quiet and --max-warnings', () => {
  it('a warnings-only file exits 0, and 1 with --max-warnings 0', async () => {
    const json = await run(['check', warningsOnly, '--format', 'json']);
    const issues = JSON.parse(json.stdout).files[0].issues as { severity: string }[];
    expect(issues.some((i) => i.severity === 'warning')).toBe(true);
    expect(issues.some((i) => i.severity === 'error')).toBe(false);
    expect(json.code).toBe(0);

    const over = await run(['check', warningsOnly, '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/警告 \d+ 条，超过 --max-warnings 0/);
    const enough = await run(['check', warningsOnly, '--max-warnings', String(issues.length)]);
    expect(enough.code).toBe(0);
  });

  it('--quiet prints errors only (text and JSON); the exit code still counts everything', async () => {
    const text = await run(['check', SEED, '--quiet']);
    expect(text.code).toBe(1);
    const findingLines = text.stdout.split('\n').filter((l) => /^ {4}[A-Z]+\d+ /.test(l));
    expect(findingLines.length).toBe(2);
    for (const l of findingLines) expect(l).toMatch(/ 错误 .* structure\/missing-level1$/);
    expect(text.stdout).not.toMatch(/ 警告 | 提示 /);

    const json = JSON.parse((await run(['check', SEED, '--quiet', '--format', 'json'])).stdout);
    expect(json.files[0].issues.map((i: { severity: string }) => i.severity)).toEqual(['error', 'error']);

    const quietWarnings = await run(['check', warningsOnly, '--quiet']);
    expect(quietWarnings.code).toBe(0);
    expect(quietWarnings.stdout).not.toContain('value/vague');
    expect((await run(['check', warningsOnly, '--quiet', '--max-warnings', '0'])).code).toBe(1);
  });
});

describe('--rule', () => {
  it('turns a rule off or changes its severity on the command line', async () => {
    const off = await run(['check', SEED, '--rule', 'structure/missing-level1=off', '--format', 'json']);
    const issues = JSON.parse(off.stdout).files[0].issues as { rule: string; severity: string }[];
    expect(issues.some((i) => i.rule === 'structure/missing-level1')).toBe(false);
    expect(off.code).toBe(0);
    const err = await run([
      'check',
      warningsOnly,
      '--rule',
      'value/vague=error',
      '--rule',
      'plan/back-loaded=off',
    ]);
    expect(err.code).toBe(1);
    expect(err.stdout).toMatch(/ 错误 .* value\/vague/);
    expect(err.stdout).not.toContain('plan/back-loaded');
  });

  it.each([
    [['--rule', 'value/no-such=off'], '未知的规则编号'],
    [['--rule', 'value/vague'], '--rule 的写法'],
    [['--rule', 'value/vague=loud'], '--rule 的写法'],
    [['--max-warnings', '-1'], '--max-warnings'],
    [['--jobs', '0'], '--jobs'],
  ])('refuses %j as a usage error (exit 2)', async (extra, zh) => {
    const r = await run(['check', SEED, ...(extra as string[])]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(zh);
  });
});

describe('--fix control', () => {
  it('an unknown --kinds exits 2 naming the valid kinds', async () => {
    const r = await run([
      'check',
      SEED,
      '--fix',
      '-o',
      path.join(dir, 'k.xlsx'),
      '--kinds',
      'colour,规范写法',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('未知的修正种类：colour');
    for (const k of ['规范写法', '删除多余空格', '规范指标名称', 'value/non-standard'])
      expect(r.stderr).toContain(k);
    expect(fs.existsSync(path.join(dir, 'k.xlsx'))).toBe(false);
  });

  it('--dry-run needs no -o and writes nothing', async () => {
    const before = fs.readdirSync(dir).length;
    const r = await run(['check', SEED, '--fix', '--dry-run']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('--dry-run');
    expect(r.code).toBe(1); // the seed's two errors are not form errors: they remain
    expect(fs.readdirSync(dir).length).toBe(before);
  });

  it('--fix -o over an existing file needs --force', async () => {
    const target = write('existing.xlsx', 'someone else’s workbook');
    const r = await run(['check', SEED, '--fix', '-o', target]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('已存在');
    expect(r.stderr).toContain('--force');
    expect(fs.readFileSync(target, 'utf8')).toBe('someone else’s workbook');
    const forced = await run(['check', SEED, '--fix', '-o', target, '--force']);
    expect(forced.code).toBe(1);
    expect(fs.readFileSync(target).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('-o for reports', () => {
  it('refuses to overwrite without --force', async () => {
    const out = write('report.json', 'old');
    const r = await run(['check', SEED, '--format', 'json', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--force');
    expect(fs.readFileSync(out, 'utf8')).toBe('old');
    const forced = await run(['check', SEED, '--format', 'json', '-o', out, '--force']);
    expect(forced.code).toBe(1);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).files).toHaveLength(1);
  });

  it('refuses a report -o that is a link to a checked workbook (symbolic or hard), by file identity', async () => {
    const input = write('linked/input.xlsx', fs.readFileSync(SEED));
    const before = fs.readFileSync(input);
    const sym = path.join(dir, 'linked', 'report.json');
    fs.symlinkSync(input, sym);
    const hard = path.join(dir, 'linked', 'report.csv');
    fs.linkSync(input, hard);
    for (const out of [sym, hard]) {
      const r = await run([
        'check',
        input,
        '--format',
        out.endsWith('csv') ? 'csv' : 'json',
        '-o',
        out,
        '--force',
      ]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('拒绝写入');
      expect(r.stderr).toContain(input);
    }
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });
});

describe('many files', () => {
  it('streams one valid JSON document, files in input order, with --jobs 2', async () => {
    const files = Array.from({ length: 12 }, (_, i) =>
      write(
        `many/${String(i).padStart(2, '0')}.xlsx`,
        i % 3 === 0 ? 'not a workbook' : fs.readFileSync(SEED),
      ),
    );
    const r = await run(['check', path.join(dir, 'many'), '--format', 'json', '--jobs', '2']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.files.map((f: { file: string }) => f.file)).toEqual(files);
    expect(
      report.files.filter((f: { errorCode: string | null }) => f.errorCode === 'not-excel'),
    ).toHaveLength(4);
    for (const f of report.files) expect(Array.isArray(f.diagnostics)).toBe(true);
  });

  it('a file that blows up is reported as that file and the next file is still checked', async () => {
    const bomb = path.join(__dirname, '../../../shared/hostile/06b-zipbomb-600MB.xlsx');
    const r = await run(['check', bomb, SEED, '--format', 'json', '--jobs', '1']);
    expect(r.code).toBe(1);
    const [b, seed] = JSON.parse(r.stdout).files;
    expect(b.error).toMatch(/[\u4e00-\u9fff].*\(.*[A-Za-z]/);
    expect(['too-large', 'corrupt']).toContain(b.errorCode);
    expect(seed.error).toBeNull();
    expect(seed.tables).toHaveLength(7); // six project tables and the department goal list
  }, 120000);
});
