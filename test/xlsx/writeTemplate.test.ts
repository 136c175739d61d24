import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkWorkbook } from '../../src/core/check';
import {
  TEMPLATE_KINDS,
  fillSample,
  layoutTemplate,
  templateDefinition,
  type TemplateKind,
} from '../../src/core/templates';
import { runTemplate } from '../../src/cli/template';
import { readWorkbookBytes } from '../../src/xlsx/readGrid';
import { templateWorkbook, writeTemplateBuffer } from '../../src/xlsx/writeTemplate';

const YEAR = 2024;
const serious = (f: { severity: string }) => f.severity === 'error' || f.severity === 'warning';
const rules = (fs: { rule: string }[]) => [...new Set(fs.map((f) => f.rule))].sort();

/** What an empty template checks to (see test/core/templates/templates.test.ts for why). */
const EMPTY_RULES: Record<TemplateKind, string[]> = {
  'project-2015': [
    'plan/incomplete',
    'structure/missing-field',
    'structure/missing-goal',
    'structure/missing-level1',
  ],
  'project-2021': ['structure/missing-field', 'structure/missing-goal', 'structure/missing-level1'],
  department: ['structure/missing-field', 'structure/missing-goal', 'structure/missing-level1'],
};

async function roundTrip(kind: TemplateKind, filled: boolean) {
  const sheet = layoutTemplate(kind, { year: YEAR, fill: filled ? fillSample(kind, YEAR) : undefined });
  const bytes = await writeTemplateBuffer(sheet);
  const grid = readWorkbookBytes(bytes, 'template.xlsx');
  return { sheet, bytes, grid, ...checkWorkbook(grid) };
}

async function loadBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

describe('ExcelJS template writer, read back with SheetJS and checked', () => {
  test.each(TEMPLATE_KINDS)('%s: one table of the right kind, framework and year', async (kind) => {
    const def = templateDefinition(kind);
    for (const filled of [false, true]) {
      const { tables, grid, sheet } = await roundTrip(kind, filled);
      expect(grid.sheets.map((s) => s.name)).toEqual([sheet.name]);
      expect(tables).toHaveLength(1);
      expect(tables[0]).toMatchObject({ kind: def.tableKind, framework: def.framework, year: YEAR });
      expect(tables[0].grids[0].rows).toHaveLength(sheet.layout.gridLastRow - sheet.layout.gridFirstRow + 1);
    }
  });

  test.each(TEMPLATE_KINDS)('%s: empty → exactly the "missing" rules', async (kind) => {
    const { findings } = await roundTrip(kind, false);
    expect(rules(findings)).toEqual(EMPTY_RULES[kind]);
  });

  test.each(TEMPLATE_KINDS)('%s: filled with the sample → no error, no warning', async (kind) => {
    const { findings } = await roundTrip(kind, true);
    expect(findings.filter(serious)).toEqual([]);
  });

  test('the read-back grid has the model’s merges, percent formats and the total’s cached value', async () => {
    const { grid, sheet } = await roundTrip('project-2015', true);
    const key = (m: { r1: number; c1: number; r2: number; c2: number }) => `${m.r1},${m.c1},${m.r2},${m.c2}`;
    expect(grid.sheets[0].merges.map(key).sort()).toEqual(sheet.merges.map(key).sort());
    const p = sheet.layout.fields.plan3;
    const s = grid.sheets[0];
    expect(s.formats?.[p.row - (s.top ?? 0)]?.[p.col - (s.left ?? 0)]).toBe('0%');
    const t = await roundTrip('project-2021', true);
    const tot = t.sheet.layout.fields.total;
    const g = t.grid.sheets[0];
    expect(g.values[tot.row - (g.top ?? 0)][tot.col - (g.left ?? 0)]).toBe(120);
  });
});

describe('what the file carries for Excel', () => {
  test('the writer has no Node imports (it may run in the web page)', () => {
    const src = fs.readFileSync(require.resolve('../../src/xlsx/writeTemplate.ts'), 'utf8');
    expect(src).not.toMatch(/from '(fs|path|zlib|os|child_process|node:[a-z_]+)'/);
  });

  test('defaults: layout and sample both in next year’s budget → clean', async () => {
    const kind = 'project-2015';
    const { findings, tables } = checkWorkbook(
      readWorkbookBytes(await writeTemplateBuffer(layoutTemplate(kind, { fill: fillSample(kind) }))),
    );
    expect(tables[0].year).toBe(new Date().getFullYear() + 1);
    expect(findings.filter(serious)).toEqual([]);
  });

  test('2021: styles, widths, heights, formula, drop-downs, print setup, recalculation on load', async () => {
    const sheet = layoutTemplate('project-2021', { year: YEAR });
    const bytes = await writeTemplateBuffer(sheet);
    const wb = await loadBack(bytes);
    const ws = wb.getWorksheet(sheet.name)!;
    expect(ws).toBeDefined();

    const title = ws.getCell('A1');
    expect(title.value).toBe('2024年度项目支出绩效目标表');
    expect(title.font).toMatchObject({ bold: true, size: 16 });
    expect(title.isMerged).toBe(true);

    const header = ws.getCell(sheet.layout.gridHeaderRow + 1, 1);
    expect(header.value).toBe('一级指标');
    expect(header.border?.top?.style).toBe('thin');
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });

    sheet.columnWidths.forEach((w, c) => expect(ws.getColumn(c + 1).width).toBe(w));
    expect(ws.getRow(1).height).toBe(sheet.rowHeights[0]);

    const tot = sheet.layout.fields.total;
    expect(ws.getCell(tot.row + 1, tot.col + 1).value).toEqual({
      formula: 'IF(COUNT(C7,C8)=0,"",SUM(C7,C8))',
    });

    const { gridFirstRow, gridLastRow, columns } = sheet.layout;
    const nature = ws.getCell(gridFirstRow + 1, columns.nature! + 1).dataValidation;
    expect(nature).toMatchObject({
      type: 'list',
      formulae: ['"≥,＞,＝,＜,≤,定性"'],
      errorStyle: 'stop',
      showErrorMessage: true,
    });
    expect(ws.getCell(gridLastRow + 1, columns.nature! + 1).dataValidation).toMatchObject({ type: 'list' });
    const unit = ws.getCell(gridFirstRow + 1, columns.unit! + 1).dataValidation;
    expect(unit).toMatchObject({ type: 'list', errorStyle: 'information' });
    expect(String(unit.formulae[0])).toContain('人次');
    expect(ws.getCell(gridFirstRow + 1, columns.basis! + 1).dataValidation).toMatchObject({
      formulae: ['"计划标准,行业标准,历史标准,其他标准"'],
    });

    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    // ExcelJS does not read these back: look at the parts.
    const zip = await JSZip.loadAsync(bytes);
    const book = await zip.file('xl/workbook.xml')!.async('string');
    const h = sheet.layout.gridHeaderRow + 1;
    expect(book).toContain('fullCalcOnLoad="1"');
    expect(book).toMatch(new RegExp(`_xlnm.Print_Titles[^>]*>[^<]*!\\$${h}:\\$${h}<`));
    expect(book).toMatch(/_xlnm.Print_Area[^>]*>[^<]*\$A\$1:\$H\$\d+</);
  });

  test('2015: the plan cells take 0–100% in percent format', async () => {
    const sheet = layoutTemplate('project-2015', { year: YEAR });
    const ws = (await loadBack(await writeTemplateBuffer(sheet))).worksheets[0];
    const p = sheet.layout.fields.plan6;
    const cell = ws.getCell(p.row + 1, p.col + 1);
    expect(cell.numFmt).toBe('0%');
    expect(cell.dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 1] });
    expect(ws.pageSetup.orientation).toBe('portrait');
  });

  test('several templates in one workbook, names made unique', async () => {
    const a = layoutTemplate('project-2015', { year: YEAR });
    const b = layoutTemplate('project-2021', { year: YEAR });
    const wb = templateWorkbook([a, b, layoutTemplate('department', { year: YEAR })]);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '2024项目绩效目标表',
      '2024项目绩效目标表 (2)',
      '2024部门整体绩效目标表',
    ]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const { tables } = checkWorkbook(readWorkbookBytes(bytes));
    expect(tables.map((t) => [t.kind, t.framework])).toEqual([
      ['project', '2015'],
      ['project', '2021'],
      ['department', '2015'],
    ]);
  });
});

describe('kpicheck template (runTemplate, src/cli/template.ts)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpicheck-template-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function run(argv: string[], env: Record<string, string> = {}) {
    let stdout = '';
    let stderr = '';
    const code = await runTemplate(argv, {
      stdout: { write: (s) => void (stdout += s) },
      stderr: { write: (s) => void (stderr += s) },
      env,
    });
    return { code, stdout, stderr };
  }

  test.each(TEMPLATE_KINDS)(
    '%s: writes the file; it reads back as the template and checks to "missing" only',
    async (kind) => {
      const file = path.join(dir, `${kind}.xlsx`);
      const r = await run([kind, '-o', file, '--year', '2025']);
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(r.stdout).toContain(file);
      expect(r.stdout).toContain('2025');
      const { tables, findings } = checkWorkbook(readWorkbookBytes(fs.readFileSync(file)));
      expect(tables).toHaveLength(1);
      expect(tables[0]).toMatchObject({
        framework: templateDefinition(kind).framework,
        kind: templateDefinition(kind).tableKind,
        year: 2025,
      });
      expect(rules(findings)).toEqual(EMPTY_RULES[kind]);
    },
  );

  test('--sample writes a filled example that checks clean; English messages with --lang en', async () => {
    const file = path.join(dir, 'example.xlsx');
    const r = await run(['--lang', 'en', 'project-2021', `--output=${file}`, '--year=2024', '--sample']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Wrote an example: ${file} (Project table (2021 framework), budget year 2024)\n`);
    expect(checkWorkbook(readWorkbookBytes(fs.readFileSync(file))).findings.filter(serious)).toEqual([]);
  });

  test('refuses to overwrite without --force', async () => {
    const file = path.join(dir, 'a.xlsx');
    fs.writeFileSync(file, 'keep');
    const r = await run(['department', '-o', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('已存在');
    expect(fs.readFileSync(file, 'utf8')).toBe('keep');
    expect((await run(['department', '-o', file, '--force'])).code).toBe(0);
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });

  test.each([
    [[], '缺少模板类型'],
    [['project-2030', '-o', 'x.xlsx'], '未知的模板类型“project-2030”'],
    [['project-2015'], '缺少输出文件'],
    [['project-2015', '-o', 'x.xls'], '应以 .xlsx 结尾'],
    [['project-2015', '-o', 'x.xlsx', '--year', '24'], '年度“24”无效'],
    [['project-2015', '-o', 'x.xlsx', '--year'], '缺少值'],
    [['project-2015', '-o', 'x.xlsx', '--colour'], '未知选项“--colour”'],
    [['project-2015', 'extra', '-o', 'x.xlsx'], '多余的参数“extra”'],
    [['project-2015', '-o', 'x.xlsx', '--lang', 'fr'], 'zh 或 en'],
  ])('usage error %j → exit 2, message in Chinese with English', async (argv, zh) => {
    const r = await run(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(zh);
    expect(r.stderr).toMatch(/ \([-A-Z][^)]*\)\n/); // the English after it
    expect(r.stdout).toBe('');
  });

  test('help in the locale’s language; the default year is next year', async () => {
    expect((await run(['--help'])).stdout).toContain('用法');
    expect((await run(['-h'], { LANG: 'en_US.UTF-8' })).stdout).toContain('Usage:');
    const file = path.join(dir, 'next.xlsx');
    expect((await run(['project-2015', '-o', file])).code).toBe(0);
    expect(checkWorkbook(readWorkbookBytes(fs.readFileSync(file))).tables[0].year).toBe(
      new Date().getFullYear() + 1,
    );
  });

  test('an unwritable place → exit 2 with the reason', async () => {
    const r = await run(['project-2015', '-o', path.join(dir, 'no', 'such', 'dir', 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无法写入');
  });
});
