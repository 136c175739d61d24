/**
 * `kpicheck report DIR -o 审核汇总.xlsx [--baseline LASTYEAR]`: one workbook for
 * a folder of submissions, read back through the project's reader (and
 * ExcelJS for the links), converted by LibreOffice when it is installed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import type { CellValue, SheetGrid } from '../../src/core/grid';
import { allRules } from '../../src/core/rules/registry';
import { RULE_REASON } from '../../src/cli/rejectionReasons';
import { lowered } from '../../src/cli/folderModel';
import { escapeHtml } from '../../src/core/report';
import { readWorkbookFile } from '../../src/xlsx/readFile';
import { SEED, tempDir } from '../xlsx/files';
import { run } from './io';

const dir = tempDir('cli-report');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const SHEET = '项目支出绩效目标表';

/** The seed with some cells changed. */
function seedWith(changes: Record<string, string>): Buffer {
  const wb = XLSX.read(fs.readFileSync(SEED), { cellNF: true });
  const ws = wb.Sheets[SHEET];
  for (const [addr, v] of Object.entries(changes)) ws[addr] = { t: 's', v };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

function write(rel: string, data: string | Uint8Array): string {
  const p = path.join(dir, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, data);
  return p;
}

// This year: two departments submitting the same workbook (same codes, same grids), and a broken file.
const folder = path.join(dir, '2024');
const fileA = write('2024/财政局/项目表.xlsx', fs.readFileSync(SEED));
const fileB = write('2024/农业局/项目表.xlsx', seedWith({ B1: '202001001', B18: '202001002' }));
const broken = write('2024/农业局/损坏.xlsx', 'not a workbook');
// Last year: 财政局's satisfaction target was 90% (now 85%), and 102001006 was 102001099 (new and dropped).
const baseline = path.join(dir, '2023');
write('2023/财政局/项目表.xlsx', seedWith({ E15: '90%', B86: '102001099' }));

function rows(sheet: SheetGrid): string[][] {
  return sheet.values.map((r) => r.map((v: CellValue) => (v === null ? '' : String(v))));
}

describe('kpicheck report', () => {
  const out = path.join(dir, '审核汇总.xlsx');
  let code = -1;
  let stderr = '';
  beforeAll(async () => {
    const r = await run(['report', folder, '-o', out, '--baseline', baseline]);
    code = r.code;
    stderr = r.stderr;
  }, 120000);

  it('writes one workbook and exits 1 (errors and an unreadable file)', () => {
    expect(stderr).toContain('报告已写入');
    expect(code).toBe(1);
    expect(fs.existsSync(out)).toBe(true);
  });

  it('opens through the project reader with the four sheets', async () => {
    const grid = await readWorkbookFile(out);
    expect(grid.sheets.map((s) => s.name)).toEqual(['汇总', '问题清单', '跨文件问题', '与上年对比']);
  });

  it('summary: per file its department, tables, errors, warnings and the tally by the six reasons', async () => {
    const grid = await readWorkbookFile(out);
    const [head, ...body] = rows(grid.sheets[0]);
    expect(head.slice(0, 5)).toEqual([
      '文件 File',
      '部门 Department',
      '表数 Tables',
      '错误 Errors',
      '警告 Warnings',
    ]);
    for (const reason of [
      '一级指标类型错误',
      '二级指标类型错误',
      '指标不够完整',
      '指标不够细化/量化',
      '指标与指标值不匹配',
      '指标与项目的相关性不够',
    ])
      expect(head.some((h) => h.startsWith(reason))).toBe(true);
    const byFile = new Map(body.map((r) => [r[0], r]));
    const a = byFile.get(fileA)!;
    expect(a.slice(1, 4)).toEqual(['财政局', '7', '2']); // six project tables and the department goal list
    const level1 = head.findIndex((h) => h.startsWith('一级指标类型错误'));
    expect(a[level1]).toBe('2'); // the two structure/missing-level1 errors
    const quantified = head.findIndex((h) => h.startsWith('指标不够细化/量化'));
    expect(Number(a[quantified])).toBeGreaterThanOrEqual(2); // value/vague, value/not-quantified
    expect(byFile.get(broken)![1]).toBe('农业局');
    expect(byFile.get(broken)![head.length - 1]).toMatch(/这不是 Excel 工作簿/);
    expect(body[body.length - 1][0]).toMatch(/^合计 Total（3 个文件 files，1 个无法读取 unreadable）/);
  });

  it('findings: file, sheet, cell, message and a link that opens the file at the cell', async () => {
    const grid = await readWorkbookFile(out);
    const [head, ...body] = rows(grid.sheets[1]);
    expect(head[0]).toBe('文件 File');
    const l1 = body.filter((r) => r[0] === fileA && r[8] === 'structure/missing-level1');
    expect(l1.map((r) => r[5])).toEqual(['A97', 'A101']);
    expect(l1[0].slice(2, 8)).toEqual(['102001006', '清理暂付款', SHEET, 'A97', '错误', '一级指标类型错误']);
    expect(l1[0][9]).toContain('效益指标');
    expect(body.some((r) => r[0] === broken && r[8] === 'file/unreadable')).toBe(true);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('问题清单')!;
    let target = '';
    ws.eachRow((row) => {
      if (row.getCell(6).value === 'A97' && String(row.getCell(2).value) === '财政局')
        target = (row.getCell(1).value as { hyperlink: string }).hyperlink;
    });
    expect(target).toBe(`2024/财政局/项目表.xlsx#'${SHEET}'!A97`);
    expect(fs.existsSync(path.join(dir, target.split('#')[0]))).toBe(true);
  });

  it('cross-file findings: a project code in two files, the same grid in two departments', async () => {
    const grid = await readWorkbookFile(out);
    const body = rows(grid.sheets[2]).slice(1);
    const sameCode = body.filter((r) => r[0].startsWith('编码重复') && r[4] === '102001003');
    expect(sameCode.map((r) => r[2]).sort()).toEqual([fileA, fileB].sort());
    expect(sameCode[0][1]).toContain('102001003 出现在 2 个文件中');
    // 102001001 has another code in 农业局's file, so no same-code finding; its grid is the same in both.
    expect(body.some((r) => r[0].startsWith('编码重复') && r[4] === '102001001')).toBe(false);
    const sameGrid = body.filter((r) => r[0].startsWith('指标雷同') && r[5] === '一般债券到期还本');
    expect(sameGrid.map((r) => r[3]).sort()).toEqual(['农业局', '财政局']);
    expect(sameGrid.map((r) => r[4]).sort()).toEqual(['102001001', '202001001']);
  });

  it('against last year: new and dropped projects, a target lowered', async () => {
    const grid = await readWorkbookFile(out);
    const body = rows(grid.sheets[3]).slice(1);
    const lowered = body.filter((r) => r[0].startsWith('目标降低'));
    expect(lowered).toEqual([
      expect.arrayContaining(['财政局', '102001001', '一般债券到期还本', '90%', '85%', fileA]),
    ]);
    expect(lowered[0][4]).toContain('群众满意度');
    const news = body.filter((r) => r[0].startsWith('新增项目')).map((r) => r[2]);
    expect(news).toEqual(expect.arrayContaining(['102001006', '202001001', '202001002']));
    expect(news).not.toContain('102001001');
    expect(body.filter((r) => r[0].startsWith('不再报送')).map((r) => r[2])).toEqual(['102001099']);
  });

  it('refuses to overwrite the report without --force, and -o naming a checked workbook', async () => {
    const again = await run(['report', folder, '-o', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    const link = path.join(dir, 'link.xlsx');
    fs.symlinkSync(fileA, link);
    const r = await run(['report', folder, '-o', link, '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('拒绝写入');
    expect(fs.readFileSync(fileA).subarray(0, 2).toString()).toBe('PK');
  });

  it('converts in LibreOffice (headless), when LibreOffice is installed', async () => {
    const soffice = ['soffice', 'libreoffice'].find(
      (c) => spawnSync('sh', ['-c', `command -v ${c}`]).status === 0,
    );
    if (!soffice) {
      console.warn(
        '\n!!!!! SKIPPED: LibreOffice (soffice) is not on PATH; the report workbook was NOT converted by LibreOffice. ' +
          'Install libreoffice-calc-nogui to run this test. !!!!!\n',
      );
      return;
    }
    const outDir = path.join(dir, 'lo');
    const profile = path.join(dir, 'lo-profile');
    // Open the report in LibreOffice and save it again as .xlsx (Calc's own writer).
    const r = spawnSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'xlsx',
        '--outdir',
        outDir,
        out,
      ],
      { encoding: 'utf8', timeout: 120000 },
    );
    expect(r.status).toBe(0);
    const saved = path.join(outDir, '审核汇总.xlsx');
    expect(fs.existsSync(saved)).toBe(true);
    // What LibreOffice saved holds the same sheets and cells.
    const back = await readWorkbookFile(saved);
    expect(back.sheets.map((s) => s.name)).toEqual(['汇总', '问题清单', '跨文件问题', '与上年对比']);
    const original = await readWorkbookFile(out);
    expect(rows(back.sheets[1])[1]).toEqual(rows(original.sheets[1])[1]);
  }, 180000);

  it('as one HTML page too', async () => {
    const html = path.join(dir, '审核汇总.html');
    const r = await run(['report', folder, '-o', html, '--baseline', baseline]);
    expect(r.code).toBe(1);
    const page = fs.readFileSync(html, 'utf8');
    expect(page).toContain('<h2 id="summary">');
    expect(page).toContain('指标与项目的相关性不够');
    expect(page).toContain('102001003 出现在 2 个文件中');
    expect(page).toContain('目标降低');
    expect(page).toContain(`href="${escapeHtml(encodeURI(`2024/财政局/项目表.xlsx#'${SHEET}'!A97`))}"`);
    expect(page).not.toMatch(/<script/i);
  }, 120000);
});

describe('rejection reasons and targets', () => {
  it('maps only rule ids the checker has', () => {
    const ids = new Set(allRules.map((r) => r.id));
    for (const id of Object.keys(RULE_REASON)) expect(ids.has(id)).toBe(true);
  });

  it.each([
    ['≥95%', '≥90%', true],
    ['90%', '85%', true],
    ['≥90%', '≥95%', false],
    ['≤100元', '≤120元', true],
    ['≤100元', '≤80元', false],
    ['≥90%', '≥90个', false],
    ['优良', '合格', false],
  ])('%s → %s lowered: %s', (before, after, expected) => {
    expect(lowered(before, after)).toBe(expected);
  });
});
