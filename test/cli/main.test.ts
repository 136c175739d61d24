import * as fs from 'fs';
import * as path from 'path';
import * as XLSX from '@e965/xlsx';
import { formatJson } from '../../src/cli/formatJson';
import { formatFileText } from '../../src/cli/formatText';
import type { FileReport } from '../../src/cli/report';
import type { Table } from '../../src/core/model';
import { allRules } from '../../src/core/rules/registry';
import { SEED, tempDir, XLS } from '../xlsx/files';
import { run } from './io';

const dir = tempDir('cli');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(rel: string, data: string | Uint8Array): string {
  const p = path.join(dir, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, data);
  return p;
}

/** A workbook with one sheet of plain text and no performance target table. */
function plainWorkbook(): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['会议纪要'], ['无表格']]), '说明');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** The seed's first table only (102001001: no error, no warning). */
function firstTableOnly(): Uint8Array {
  const src = XLSX.read(fs.readFileSync(SEED), { cellNF: true });
  const ws = src.Sheets['项目支出绩效目标表'];
  const out: XLSX.WorkSheet = {};
  for (const key of Object.keys(ws)) {
    if (key[0] === '!') continue;
    if (XLSX.utils.decode_cell(key).r < 15) out[key] = ws[key];
  }
  out['!ref'] = 'A1:F15';
  out['!merges'] = (ws['!merges'] ?? []).filter((m) => m.e.r < 15);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, out, '项目支出绩效目标表');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

const TABLE_KEYS = ['code', 'framework', 'kind', 'name', 'range', 'sheet', 'year'];
const ISSUE_KEYS = ['cell', 'message', 'messageEn', 'messageId', 'rule', 'severity', 'sheet', 'table'];

describe('kpicheck: usage', () => {
  it('prints help (zh by default, en on request) and exits 0', async () => {
    const zh = await run(['--help']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('用法');
    expect(zh.stdout).toContain('--format text|json');
    expect(zh.stdout).toContain('kpicheck explain <文件>');
    expect(zh.stdout).toContain('national');
    const en = await run(['--help', '--lang', 'en']);
    expect(en.stdout).toContain('Usage');
    expect(en.stdout).toContain('kpicheck explain <file>');
    expect(en.stdout).toContain('national');
    const byLocale = await run(['--help'], { env: { LANG: 'en_US.UTF-8' } });
    expect(byLocale.stdout).toContain('Usage');
  });

  it('prints the package version', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8'));
    const r = await run(['--version']);
    expect(r).toEqual({ code: 0, stdout: `kpicheck ${pkg.version}\n`, stderr: '' });
  });

  it.each([
    [[]],
    [['check']],
    [['lint', 'a.xlsx']],
    [['check', 'a.xlsx', '--format', 'xml']],
    [['check', 'a.xlsx', '--bogus']],
  ])('exits 2 on a usage error: %j', async (argv) => {
    const r = await run(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^kpicheck: .*[\u4e00-\u9fff].* \(.*[A-Za-z]/);
    expect(r.stderr).toContain('kpicheck --help');
  });
});

describe('kpicheck check: JSON', () => {
  it('prints the documented shape for the seed and exits 1 (it has errors)', async () => {
    const r = await run(['check', SEED, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.files).toHaveLength(1);
    const f = report.files[0];
    expect(f.file).toBe(SEED);
    expect(f.error).toBeNull();
    expect(f.tables).toHaveLength(7); // six project tables and the department goal list
    for (const t of f.tables) {
      expect(Object.keys(t).sort()).toEqual(TABLE_KEYS);
      expect(['project', 'department']).toContain(t.kind);
      expect(['2015', '2021']).toContain(t.framework);
      expect(t.range).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
    }
    expect(f.tables.map((t: { code: string }) => t.code)).toEqual([
      null, // the department goal list on 部门整体绩效目标
      '102001001',
      '102001002',
      '102001003',
      '102001004',
      '102001005',
      '102001006',
    ]);
    expect(f.tables[0]).toMatchObject({ sheet: '部门整体绩效目标', kind: 'department', range: 'A1:D10' });
    expect(f.tables[1]).toMatchObject({
      sheet: '项目支出绩效目标表',
      range: 'A1:F15',
      name: '一般债券到期还本',
      year: 2023,
      framework: '2015',
      kind: 'project',
    });
    expect(f.issues.length).toBeGreaterThan(0);
    for (const i of f.issues) {
      expect(
        Object.keys(i)
          .filter((k) => k !== 'fix')
          .sort(),
      ).toEqual(ISSUE_KEYS);
      expect(['error', 'warning', 'info']).toContain(i.severity);
      expect(i.cell).toMatch(/^[A-Z]+\d+$/);
      expect(i.table).toBeGreaterThanOrEqual(-1);
      expect(i.table).toBeLessThan(f.tables.length);
      // The message id is one the rule declares.
      expect(Object.keys(allRules.find((r) => r.id === i.rule)!.messages)).toContain(i.messageId);
    }
    expect(f.issues).toContainEqual(
      expect.objectContaining({ rule: 'structure/missing-level1', severity: 'error', table: 6 }),
    );
  });

  it('exits 0 when nothing is an error', async () => {
    const plain = write('plain.xlsx', plainWorkbook());
    const clean = write('clean.xlsx', firstTableOnly());
    const r = await run(['check', plain, clean, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.files[0]).toEqual({
      file: plain,
      error: null,
      errorCode: null,
      tables: [],
      issues: [],
      diagnostics: [],
    });
    expect(report.files[1].tables).toHaveLength(1);
    expect(report.files[1].issues.filter((i: { severity: string }) => i.severity !== 'info')).toEqual([]);
  });

  it('checks a folder: every workbook in it, recursively', async () => {
    const folder = path.join(dir, 'folder');
    write('folder/a/seed.xlsx', fs.readFileSync(SEED));
    write('folder/b/seed.xls', fs.readFileSync(XLS));
    write('folder/~$seed.xlsx', 'lock');
    write('folder/readme.txt', 'not a workbook');
    const r = await run(['check', folder, '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.files.map((f: { file: string }) => f.file)).toEqual([
      path.join(folder, 'a', 'seed.xlsx'),
      path.join(folder, 'b', 'seed.xls'),
    ]);
    expect(report.files[0].tables).toHaveLength(7);
    expect(report.files[1].tables).toEqual(report.files[0].tables);
    expect(report.files[1].issues).toEqual(report.files[0].issues);
    expect(r.code).toBe(1);
  });

  it("still checks the good file when another cannot be read, and exits 1 (that file's fatal error)", async () => {
    const bad = write('bad.xlsx', 'just some text');
    const r = await run(['check', bad, SEED, path.join(dir, 'missing.xlsx'), '--format', 'json']);
    expect(r.code).toBe(1);
    const [b, good, missing] = JSON.parse(r.stdout).files;
    expect(b).toMatchObject({ file: bad, errorCode: 'not-excel', tables: [], issues: [] });
    expect(b.error).toMatch(/^这不是 Excel 工作簿.*\(This is not an Excel workbook/);
    expect(good.error).toBeNull();
    expect(good.tables).toHaveLength(7);
    expect(missing.errorCode).toBe('not-found');
  });

  it('exits 2 when no workbook is found', async () => {
    fs.mkdirSync(path.join(dir, 'nothing'), { recursive: true });
    const r = await run(['check', path.join(dir, 'nothing')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('没有');
  });
});

describe('kpicheck check: profiles', () => {
  it.each([
    ['a missing file', 'missing.json', null, '找不到配置文件'],
    ['bad JSON', 'bad.json', '{ "severities": ', '不是有效的 JSON'],
    ['an unknown key', 'key.json', '{ "colour": "red" }', '未知的项'],
    [
      'an unknown rule id',
      'rule.json',
      '{ "severities": { "structure/no-such-rule": "off" } }',
      '未知的规则编号',
    ],
    ['a bad severity', 'sev.json', '{ "severities": { "structure/missing-value": "fatal" } }', '级别'],
  ])('stops on %s with a clear message and exit 2', async (_label, name, content, zh) => {
    const p = path.join(dir, 'profiles', name);
    if (content !== null) write(path.join('profiles', name), content);
    const r = await run(['check', SEED, '--profile', p]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(zh);
    expect(r.stderr).toContain(p);
    expect(r.stderr).toMatch(/\(.*[A-Za-z]{4}/); // English follows
  });

  it("applies a good profile (turning the seed's only errors off gives exit 0)", async () => {
    const p = write(
      'profiles/ok.json',
      JSON.stringify({ severities: { 'structure/missing-level1': 'off' } }),
    );
    const r = await run(['check', SEED, '--profile', p, '--format', 'json']);
    const issues = JSON.parse(r.stdout).files[0].issues as { rule: string; severity: string }[];
    expect(issues.some((i) => i.rule === 'structure/missing-level1')).toBe(false);
    // The seed's only errors are gone; its warnings and infos are still reported.
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issues.some((i) => i.severity === 'warning')).toBe(true);
    expect(r.code).toBe(0);
    // Without the profile the same file exits 1.
    expect((await run(['check', SEED, '--format', 'json'])).code).toBe(1);
  });
});

describe('kpicheck check: text', () => {
  it('a summary line per file, tables with findings, one line per finding, clean tables folded, totals', async () => {
    const r = await run(['check', SEED]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(
      new RegExp(`^${SEED.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}  7 张表，错误 2，警告 \\d+`),
    );
    // The table without findings is folded into one line.
    expect(r.stdout).toContain('另有 1 张表未发现问题：102001001（加 --verbose 逐一列出）');
    expect(r.stdout).not.toContain('    未发现问题');
    expect(r.stdout).toContain('102001006 清理暂付款');
    expect(r.stdout).toMatch(/\n {4}A\d+ +错误 .+ structure\/missing-level1\n/);
    expect(r.stdout).toMatch(/共 1 个文件，7 张表：错误 \d+，警告 \d+，提示 \d+。/);
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('speaks English with --lang en', async () => {
    const r = await run(['check', SEED, '--lang', 'en']);
    expect(r.stdout).toMatch(/\n {4}A\d+ +error +No indicator .+ structure\/missing-level1\n/);
    expect(r.stdout).toMatch(/1 file, 7 tables: \d+ errors?, \d+ warnings?, \d+ info\./);
  });

  it('colours only on a terminal and without NO_COLOR', async () => {
    expect((await run(['check', SEED], { stdoutTTY: true })).stdout).toContain('\x1b[31m');
    expect((await run(['check', SEED], { stdoutTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(
      '\x1b[',
    );
  });

  it('--verbose lists each table with no findings', async () => {
    const r = await run(['check', SEED, '--verbose']);
    expect(r.stdout.match(/\n {4}未发现问题\n/g)).toHaveLength(1);
    expect(r.stdout).toMatch(/\n {2}102001001 一般债券到期还本.*\n {4}未发现问题\n/);
    expect(r.stdout).not.toContain('另有');
  });

  it('says why a file cannot be read (its fatal error: exit 1)', async () => {
    const r = await run(['check', write('empty.xlsx', '')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/empty\.xlsx {2}无法读取\n {2}文件是空的/);
    expect(r.stdout).toContain('(The file is empty');
  });

  it('shows progress on stderr for more than five files, only on a terminal', async () => {
    const files = Array.from({ length: 6 }, (_, i) => write(`many/s${i}.xlsx`, plainWorkbook()));
    const tty = await run(['check', ...files, '--format', 'json'], { stderrTTY: true });
    expect(tty.stderr).toContain('正在检查 6/6');
    expect(JSON.parse(tty.stdout).files).toHaveLength(6);
    const piped = await run(['check', ...files, '--format', 'json']);
    expect(piped.stderr).toBe('');
    const few = await run(['check', ...files.slice(0, 5)], { stderrTTY: true });
    expect(few.stderr).toBe('');
  });
});

describe('formatters', () => {
  const table = {
    sheet: 'S',
    range: { r1: 0, c1: 0, r2: 14, c2: 5 },
    kind: 'project',
    framework: '2021',
    year: null,
    fields: [
      { key: 'code', label: '项目编码', labelCell: {}, value: { row: 0, col: 1, value: 'X1', text: 'X1' } },
    ],
  } as unknown as Table;
  const report: FileReport = {
    file: 'f.xlsx',
    error: null,
    result: {
      diagnostics: [],
      tables: [table],
      findings: [
        {
          rule: 'value/placeholder',
          messageId: 'placeholder',
          severity: 'error',
          sheet: 'S',
          cell: 'E9',
          row: 8,
          col: 4,
          text: { zh: '占位符', en: 'placeholder' },
          table: 0,
          fix: { cell: 'E9', from: '**', to: '', label: { zh: '清除', en: 'clear' } },
        },
        {
          rule: 'text/stray-space',
          messageId: 'stray',
          severity: 'info',
          sheet: 'S',
          cell: 'A30',
          row: 29,
          col: 0,
          text: { zh: '空格', en: 'space' },
          table: -1,
        },
      ],
    },
  };

  it('JSON: code/name from the fields (null when absent), fix passed through', () => {
    const j = JSON.parse(formatJson([report]));
    expect(j.files[0].tables).toEqual([
      { sheet: 'S', range: 'A1:F15', kind: 'project', framework: '2021', code: 'X1', name: null, year: null },
    ]);
    expect(j.files[0].issues[0].fix).toEqual({
      cell: 'E9',
      from: '**',
      to: '',
      label: '清除',
      labelEn: 'clear',
    });
    expect(j.files[0].issues[1]).not.toHaveProperty('fix');
  });

  it('text: findings outside tables listed under their sheet', () => {
    const t = formatFileText(report, { lang: 'zh', color: false });
    expect(t).toContain('X1（项目，2021 框架）');
    expect(t).toMatch(/S （不属于某张表）\n {4}A30 +提示 空格 {2}text\/stray-space/);
  });
});
