/**
 * The web page's host over real files: reads the seed workbook with the
 * project's SheetJS reader, makes the annotated copy with ExcelJS (also from
 * a legacy .xls), and the openers fetch the bundled sample.
 */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/core/check';
import { planFixes } from '../../src/core/fixes';
import { FileHost, annotatedName, fixedName, reviewName, templateFileName } from '../../src/web/fileHost';
import { SAMPLE_PATH, webOpeners } from '../../src/web/openers';
import { FIXABLE, SHEET, fixableBytes } from '../core/fixes/fixableWorkbook';

const ROOT = path.resolve(__dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'samples', 'seed-projects-2023.xlsx');
const XLS = path.join(ROOT, '..', 'shared', 'fixtures', 'third-party', 'seed-saved-as-xls-97.xls');

function bytes(file: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(file));
}

async function loadXlsx(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  return wb;
}

/** Reads and checks `file` as the web page does, then makes the annotated copy. */
async function annotate(name: string, file: string) {
  const host = new FileHost(name, bytes(file));
  const { findings } = checkWorkbook(await host.read());
  const copy = await host.annotatedCopy(findings);
  return { copy, wb: await loadXlsx(copy.data) };
}

describe('FileHost', () => {
  test('the copy is named after the file, always .xlsx', () => {
    expect(annotatedName('seed.xlsx')).toBe('seed-标注.xlsx');
    expect(annotatedName('旧表.XLS')).toBe('旧表-标注.xlsx');
  });

  test('reads the sample into a grid the core checks; select/highlight/clear are harmless no-ops', async () => {
    const host = new FileHost('seed-projects-2023.xlsx', bytes(SAMPLE));
    expect(host.kind).toBe('web');
    expect(host.title()).toBe('seed-projects-2023.xlsx');
    const grid = await host.read();
    expect(grid.sheets.length).toBeGreaterThan(0);
    expect(checkWorkbook(grid).tables.length).toBeGreaterThan(0);
    await expect(host.select('x', 'A1')).resolves.toBeUndefined();
    await expect(host.highlight([])).resolves.toEqual({ marked: 0, skipped: [] });
    await expect(host.clear()).resolves.toBeUndefined();
  });

  test('an unreadable file is a clear error', async () => {
    const host = new FileHost('notes.xlsx', new TextEncoder().encode('not a workbook'));
    await expect(host.read()).rejects.toThrow(/./);
  });

  test('annotated copy: an xlsx with the values unchanged', async () => {
    const { copy, wb } = await annotate('seed-projects-2023.xlsx', SAMPLE);
    expect(copy.name).toBe('seed-projects-2023-标注.xlsx');
    const orig = await loadXlsx(bytes(SAMPLE));
    for (const ws of orig.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) =>
          expect(wb.getWorksheet(ws.name)!.getCell(cell.address).value).toEqual(cell.value),
        ),
      );
    }
  });

  (fs.existsSync(XLS) ? test : test.skip)(
    'a legacy .xls is read and its annotated copy written as .xlsx',
    async () => {
      const { copy, wb } = await annotate('seed.xls', XLS);
      expect(copy.name).toBe('seed-标注.xlsx');
      expect(wb.worksheets.length).toBeGreaterThan(0);
    },
  );
});

describe("FileHost edits: every one a new file; the open file's bytes untouched", () => {
  test('names: fixed copy, review copy, template', () => {
    expect(fixedName('seed.xlsx')).toBe('seed-修正.xlsx');
    expect(fixedName('seed-修正.xlsx')).toBe('seed-修正.xlsx');
    expect(fixedName('旧表.xls')).toBe('旧表-修正.xlsx');
    expect(reviewName('seed.xlsx')).toBe('seed-审核结果.xlsx');
    expect(templateFileName('project-2015', 2025)).toBe('绩效目标表模板-project-2015-2025.xlsx');
  });

  test('a template is a new workbook: one table, only missing-content findings; a host over it', async () => {
    const res = await FileHost.newFromTemplate('project-2015', 2025);
    expect(res.file?.name).toBe('绩效目标表模板-project-2015-2025.xlsx');
    expect(res.opened?.title()).toBe(res.file?.name);
    const { tables, findings } = checkWorkbook(await res.opened!.read());
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ framework: '2015', year: 2025 });
    const rules = [...new Set(findings.map((f) => f.rule))];
    expect(rules.every((r) => /^structure\/missing-/.test(r) || r === 'plan/incomplete')).toBe(true);
    // Through a file host too: the open file is not involved.
    const host = new FileHost('seed-projects-2023.xlsx', bytes(SAMPLE));
    const again = await host.insertTemplate('department', 2026);
    expect(again.file?.name).toBe('绩效目标表模板-department-2026.xlsx');
    expect(host.title()).toBe('seed-projects-2023.xlsx');
  });

  test('fixes: made in the working copy; the original bytes unchanged; a stale edit refused', async () => {
    const original = new Uint8Array(await fixableBytes());
    const before = Buffer.from(original).toString('base64');
    const host = new FileHost('fixable.xlsx', original);
    const result = checkWorkbook(await host.read());
    const { edits } = planFixes(result.findings);
    expect(edits.length).toBe(Object.keys(FIXABLE).length);
    // As if the cell had changed since the check: it no longer holds `from`.
    const stale = { ...edits[0], cell: 'A1' };
    const res = await host.applyFixes([...edits.slice(1), stale]);
    expect(res.applied).toHaveLength(edits.length - 1);
    expect(res.refused.map((r) => r.edit.cell)).toEqual(['A1']);
    expect(res.refused[0].reason).toMatch(/请重新检查/);
    expect(res.blocked).toEqual([]);
    // No download per fix: one working copy, downloaded when asked.
    expect(res.file).toBeUndefined();
    expect(res.opened).toBeUndefined();
    expect(Buffer.from(original).toString('base64')).toBe(before);
    const copy = host.workingCopy()!;
    expect(copy.name).toBe('fixable-已审.xlsx');
    const wb = await loadXlsx(copy.data);
    for (const e of edits.slice(1)) expect(wb.getWorksheet(SHEET)!.getCell(e.cell).value).toBe(e.to);
    // The next check reads the working copy: those findings are gone.
    const again = checkWorkbook(await host.read());
    expect(planFixes(again.findings).edits.map((e) => e.cell)).toEqual([edits[0].cell]);
  });

  test('fixes that all fail: no copy, nothing to open', async () => {
    const host = new FileHost('seed.xlsx', bytes(SAMPLE));
    const res = await host.applyFixes([
      {
        sheet: SHEET,
        cell: 'A1',
        from: 'x ',
        to: 'x',
        label: '删除多余空格',
        labelEn: 'Remove stray spaces',
        rules: ['text/stray-space'],
      },
    ]);
    expect(res.applied).toEqual([]);
    expect(res.refused).toHaveLength(1);
    expect(res.file).toBeUndefined();
    expect(res.opened).toBeUndefined();
  });

  test('review sheet: a copy with 审核结果 listing every finding; the original bytes unchanged', async () => {
    const original = bytes(SAMPLE);
    const before = Buffer.from(original).toString('base64');
    const host = new FileHost('seed-projects-2023.xlsx', original);
    const result = checkWorkbook(await host.read());
    const res = await host.writeReviewSheet(result, { lang: 'en' });
    expect(res).toMatchObject({ sheet: '审核结果', rows: result.findings.length });
    expect(res.file?.name).toBe('seed-projects-2023-审核结果.xlsx');
    const wb = await loadXlsx(res.file!.data);
    const ws = wb.getWorksheet('审核结果')!;
    expect(String(ws.getCell('A1').value)).toContain('seed-projects-2023.xlsx');
    expect(ws.rowCount).toBeGreaterThanOrEqual(3 + result.findings.length);
    expect(Buffer.from(original).toString('base64')).toBe(before);
  });

  test('the web openers make a template workbook too', async () => {
    const res = await webOpeners.newFromTemplate!('project-2021', 2024);
    expect(res.file?.name).toBe('绩效目标表模板-project-2021-2024.xlsx');
    expect(res.opened?.kind).toBe('web');
  });
});

describe('webOpeners', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  test('the sample is fetched from the same origin (a relative path)', async () => {
    const urls: string[] = [];
    globalThis.fetch = (async (url: string) => {
      urls.push(url);
      return new Response(fs.readFileSync(SAMPLE));
    }) as typeof fetch;
    const host = await webOpeners.openSample();
    expect(urls).toEqual([SAMPLE_PATH]);
    expect(SAMPLE_PATH).not.toMatch(/^[a-z]+:|^\/\//i);
    expect(host.title()).toBe('seed-projects-2023.xlsx');
  });

  test('a sample that is not there is an error in both languages', async () => {
    globalThis.fetch = (async () => new Response('nope', { status: 404 })) as typeof fetch;
    await expect(webOpeners.openSample()).rejects.toMatchObject({
      message: expect.stringContaining('404'),
      messageEn: expect.stringContaining('404'),
    });
  });
});
