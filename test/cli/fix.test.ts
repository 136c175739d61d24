import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as crypto from 'crypto';
import ExcelJS from 'exceljs';
import { runFix, sameFile, type FixCommandOptions } from '../../src/cli/fix';
import { formatCsv, formatHtml } from '../../src/cli/reportFormats';
import type { FileReport } from '../../src/cli/report';
import { checkWorkbook } from '../../src/core/check';
import { readWorkbookBytes } from '../../src/xlsx/readGrid';
import { FIXABLE, fixableBytes, seedBytes, SHEET } from '../core/fixes/fixableWorkbook';

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpicheck-fix-'));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function sha(p: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');
}

async function fix(options: Partial<FixCommandOptions> & { input: string; output: string }) {
  let stdout = '';
  let stderr = '';
  const code = await runFix(
    { lang: 'zh', ...options },
    { stdout: { write: (s) => void (stdout += s) }, stderr: { write: (s) => void (stderr += s) } },
  );
  return { code, stdout, stderr };
}

async function inputFile(name = 'in.xlsx'): Promise<string> {
  const p = path.join(dir, name);
  fs.writeFileSync(p, await fixableBytes());
  return p;
}

describe('runFix (--fix -o)', () => {
  test('writes the fixed copy to -o, prints each fix before → after, never touches the input', async () => {
    const input = await inputFile();
    const before = sha(input);
    const mtime = fs.statSync(input).mtimeMs;
    const output = path.join(dir, 'out.xlsx');
    const r = await fix({ input, output });
    expect(r.stderr).toBe('');
    // The copy still holds content errors (a plan short of 100%): exit 1, as ESLint's --fix.
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/修正后仍有 \d+ 条“错误”级问题/);
    expect(sha(input)).toBe(before);
    expect(fs.statSync(input).mtimeMs).toBe(mtime);
    for (const [cell, { from, to }] of Object.entries(FIXABLE))
      expect(r.stdout).toContain(`${SHEET}!${cell}  “${from}” → “${to}”`);
    expect(r.stdout).toContain(`已修正 ${Object.keys(FIXABLE).length} 处`);
    expect(r.stdout).toContain('不会自动修正');
    expect(fs.readdirSync(dir).sort()).toEqual(['in.xlsx', 'out.xlsx']); // no temporary file left

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    for (const [cell, { to }] of Object.entries(FIXABLE))
      expect(wb.getWorksheet(SHEET)!.getCell(cell).value).toBe(to);
    const again = checkWorkbook(readWorkbookBytes(fs.readFileSync(output)));
    expect(again.findings.filter((f) => f.fix)).toEqual([]);
    expect(again.findings.some((f) => f.rule === 'structure/missing-value')).toBe(true);
    expect(again.findings.some((f) => f.rule === 'plan/not-100')).toBe(true);
  });

  test('refuses an -o that resolves to the input: same path, relative path, symlink, hard link; nothing written', async () => {
    const input = await inputFile();
    const before = sha(input);
    const cwd = process.cwd();
    fs.symlinkSync(input, path.join(dir, 'link.xlsx'));
    fs.linkSync(input, path.join(dir, 'hard.xlsx'));
    fs.mkdirSync(path.join(dir, 'sub'));
    try {
      process.chdir(dir);
      for (const output of [input, 'in.xlsx', './sub/../in.xlsx', path.join(dir, 'link.xlsx'), 'hard.xlsx']) {
        const r = await fix({ input, output });
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('就是输入文件');
        expect(r.stderr).toContain('is the input file');
        expect(r.stdout).toBe('');
      }
      const viaLink = await fix({ input: 'link.xlsx', output: input });
      expect(viaLink.code).toBe(2);
    } finally {
      process.chdir(cwd);
    }
    expect(sha(input)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(['hard.xlsx', 'in.xlsx', 'link.xlsx', 'sub']);
    expect(await sameFile(input, path.join(dir, 'other.xlsx'))).toBe(false);
  });

  test('needs -o, an .xlsx name, and not a folder', async () => {
    const input = await inputFile();
    expect((await fix({ input, output: '' })).stderr).toContain('-o');
    expect((await fix({ input, output: path.join(dir, 'out.xls') })).stderr).toContain('.xlsx');
    fs.mkdirSync(path.join(dir, 'folder.xlsx'));
    const r = await fix({ input, output: path.join(dir, 'folder.xlsx') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('文件夹');
  });

  test('a workbook with macros: -o must be .xlsm (then --force to replace it); --dry-run needs no -o', async () => {
    const input = await inputFile('in.xlsm');
    const asXlsx = await fix({ input, output: path.join(dir, 'out.xlsx') });
    expect(asXlsx.code).toBe(2);
    expect(asXlsx.stderr).toContain('.xlsm');
    const dry = await fix({ input, output: '', dryRun: true });
    expect(dry.stderr).toBe('');
    expect(dry.stdout).toContain('--dry-run');
    const output = path.join(dir, 'out.xlsm');
    fs.writeFileSync(output, 'old');
    const refused = await fix({ input, output });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(fs.readFileSync(output, 'utf8')).toBe('old');
    expect(fs.readdirSync(dir).sort()).toEqual(['in.xlsm', 'out.xlsm']);
  });

  test('--dry-run writes nothing; kinds select fixes; English output', async () => {
    const input = await inputFile();
    const output = path.join(dir, 'out.xlsx');
    const dry = await fix({ input, output, dryRun: true });
    expect(dry.code).toBe(1); // errors the fixes do not touch remain
    expect(fs.existsSync(output)).toBe(false);
    expect(dry.stdout).toContain('--dry-run');

    const only = await fix({ input, output, kinds: ['Remove stray spaces'], lang: 'en' });
    expect(only.code).toBe(1);
    expect(only.stdout).toContain('2 fixes applied');
    expect(only.stdout).toContain(`${SHEET}!B8  " 质量指标 " → "质量指标"`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    expect(wb.getWorksheet(SHEET)!.getCell('E11').value).toBe(FIXABLE.E11.from);
    expect(wb.getWorksheet(SHEET)!.getCell('B8').value).toBe('质量指标');
  });

  test('--review-sheet adds the remaining findings as a 审核结果 sheet to the copy', async () => {
    const input = await inputFile();
    const output = path.join(dir, 'out.xlsx');
    const r = await fix({ input, output, reviewSheet: true });
    expect(r.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const ws = wb.getWorksheet('审核结果')!;
    expect(ws).toBeDefined();
    const rules: string[] = [];
    ws.eachRow((row, n) => n > 3 && rules.push(String(row.getCell(7).value)));
    expect(rules).toContain('plan/not-100');
    expect(rules).not.toContain('value/non-standard');
  });

  test("an unreadable input: exit 1 (the file's fatal error) with the reason, nothing written", async () => {
    const input = path.join(dir, 'bad.xlsx');
    fs.writeFileSync(input, 'not a workbook');
    const output = path.join(dir, 'out.xlsx');
    const r = await fix({ input, output });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('无法读取');
    expect(fs.existsSync(output)).toBe(false);
  });
});

describe('--format csv | html', () => {
  function reports(): FileReport[] {
    return [
      { file: 'seed-projects-2023.xlsx', error: null, result: checkWorkbook(readWorkbookBytes(seedBytes())) },
      {
        file: 'broken.xlsx',
        error: { code: 'corrupt', text: { zh: '文件已损坏', en: 'damaged' } },
        result: null,
      },
    ];
  }

  test('formatCsv: BOM, header, a row per finding and per unreadable file', () => {
    const csv = formatCsv(reports());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0].startsWith('文件,项目编码,项目名称')).toBe(true);
    expect(lines).toHaveLength(1 + reports()[0].result!.findings.length + 1);
    expect(
      lines.filter((l) => l.includes('structure/missing-level1') && l.includes('102001006')),
    ).toHaveLength(2);
    expect(formatCsv(reports(), { lang: 'en' }).slice(1).startsWith('File,')).toBe(true);
  });

  test('formatHtml: one page listing the seed findings', () => {
    const html = formatHtml(reports(), { version: '0.1.0', generatedAt: new Date(2024, 0, 1) });
    expect(html).toContain('<meta name="generator" content="kpicheck 0.1.0">');
    expect(html.match(/data-rule="structure\/missing-level1"/g)).toHaveLength(2);
    expect(html).toContain('data-rule="plan/incomplete"');
    expect(html).toContain('broken.xlsx');
    expect(html).not.toMatch(/<script/i);
  });
});
