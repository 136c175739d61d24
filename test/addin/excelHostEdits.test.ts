/**
 * ExcelHost's edits (the WorkbookHost capabilities the pane's 修正 / 模板 /
 * 指标库 tabs and 生成审核结果 use): each delegates to its src/addin function
 * inside one Excel.run, and its writes count as the pane's own for the live
 * check.
 */
import { checkWorkbook } from '../../src/core/check';
import { planFixes } from '../../src/core/fixes';
import { LIBRARY } from '../../src/core/library';
import { layoutTemplate } from '../../src/core/templates';
import { FULL_SUPPORT } from '../../src/addin/apiSupport';
import { protectedFixMessage, protectedUndoMessage } from '../../src/addin/applyFixes';
import { ExcelHost } from '../../src/addin/excelHost';
import { InsertIndicatorsError } from '../../src/addin/insertIndicators';
import { REVIEW_SHEET_NAME } from '../../src/addin/reviewSheet';
import type { WorkbookHost } from '../../src/host/types';
import { parseRef } from '../../src/addin/address';
import type { MergedRange } from '../../src/core/grid';
import { testExcel, type TestExcel } from './excel/officeClient';
import { cellKey, type SheetSpec } from './excel/workbook';
import { seedBytes, sheetsFromXlsx } from './fixtures';
import { FIXABLE, fixableBytes, SHEET } from '../core/fixes/fixableWorkbook';

const all = () => true;

/** A workbook behind Microsoft's Office.js client. */
function writableFake(specs: SheetSpec[]) {
  const x = testExcel(specs);
  return Object.assign(x, {
    sheet: (name: string) => x.wb.mustSheet(name),
    snapshotValues: () => x.wb.snapshotValues(),
  });
}

function valueAt(fake: TestExcel, sheet: string, ref: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return fake.wb.mustSheet(sheet).cells.get(cellKey(Number(m[2]) - 1, col))?.v ?? null;
}

function onFake(fake: TestExcel, isSetSupported = all) {
  return new ExcelHost({
    run: fake.run,
    runIn: fake.runIn,
    api: FULL_SUPPORT,
    isSetSupported,
    now: () => 0,
    ownWriteGraceMs: 1000,
  });
}

async function fixableHost(options: { protectedSheet?: boolean } = {}) {
  const specs = sheetsFromXlsx(await fixableBytes());
  if (options.protectedSheet) for (const s of specs) if (s.name === SHEET) s.protected = true;
  const fake = writableFake(specs);
  const host = onFake(fake);
  return { fake, host, result: checkWorkbook(await host.read()) };
}

describe('ExcelHost edits', () => {
  test('a sheet named "收入 / 支出": each language keeps the whole name (the texts are never joined and split)', () => {
    expect(protectedFixMessage('收入 / 支出')).toEqual({
      reason: '工作表“收入 / 支出”受保护，未作任何修正；请撤消工作表保护后重试。',
      reasonEn: 'Sheet "收入 / 支出" is protected, so nothing was fixed; unprotect the sheet and try again.',
    });
    expect(protectedUndoMessage('收入 / 支出').reason).toBe(
      '工作表“收入 / 支出”受保护，未撤销任何修正；请撤消工作表保护后重试。',
    );
  });

  test('insertTemplate: the laid-out template as a new sheet; features the Excel lacks are reported', async () => {
    const fake = writableFake([{ name: 'Sheet1', values: [['x']] }]);
    const host: WorkbookHost = new ExcelHost({
      run: fake.run,
      api: FULL_SUPPORT,
      isSetSupported: (_n, v) => v !== '1.9',
    });
    const res = await host.insertTemplate!('project-2015', 2025);
    const name = layoutTemplate('project-2015', { year: 2025 }).name;
    expect(res).toEqual({ sheet: name, skipped: ['pageLayout'] });
    expect(fake.wb.sheets.map((s) => s.name)).toEqual(['Sheet1', name]);
    const { tables } = checkWorkbook({ sheets: [fake.wb.grid(name)] });
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ framework: '2015', year: 2025 });
  });

  test('insertIndicators: under their 二级 at the selection; InsertIndicatorsError (zh/en) without a grid there', async () => {
    const fake = writableFake([{ name: 'Sheet1' }]);
    const host = new ExcelHost({ run: fake.run, api: FULL_SUPPORT, isSetSupported: all });
    const select = (sheet: string, ref: string) => {
      const s = fake.sheet(sheet);
      fake.wb.selection = { sheetId: s.id, rect: parseRef(ref) as MergedRange };
    };
    const { sheet } = await host.insertTemplate('project-2015', 2025);
    const model = layoutTemplate('project-2015', { year: 2025 });
    const qty = model.layout.blocks.find((b) => b.level2 === '数量指标')!;
    select(sheet, `C${qty.r1 + 1}`);
    const chosen = LIBRARY.filter((i) => i.name === '培训人次' || i.name === '举办培训班期数');
    const res = await host.insertIndicators(chosen);
    expect(res).toMatchObject({ sheet, written: 2, skipped: [] });

    select('Sheet1', 'A1');
    await expect(host.insertIndicators(chosen)).rejects.toBeInstanceOf(InsertIndicatorsError);
    await expect(host.insertIndicators(chosen)).rejects.toMatchObject({
      messageZh: expect.stringContaining('请先'),
      messageEn: expect.stringContaining('Select a cell'),
    });
  });

  test('applyFixes, undoableFixes, undoFixes: written, counted, restored', async () => {
    const { fake, host, result } = await fixableHost();
    const original = fake.snapshotValues();
    const { edits } = planFixes(result.findings);
    const res = await host.applyFixes(edits);
    expect(res.applied).toHaveLength(Object.keys(FIXABLE).length);
    expect(res).toMatchObject({ refused: [], blocked: [], undoable: edits.length });
    for (const [cell, { to }] of Object.entries(FIXABLE)) expect(valueAt(fake, SHEET, cell)).toBe(to);
    expect(await host.undoableFixes()).toBe(edits.length);
    const undo = await host.undoFixes();
    expect(undo).toEqual({ restored: edits.length, leftAlone: [], blocked: [], remaining: 0 });
    expect(fake.snapshotValues()).toEqual(original);
    expect(await host.undoableFixes()).toBe(0);
  });

  test('applyFixes on a protected sheet: nothing written, the reason in both languages', async () => {
    const { fake, host, result } = await fixableHost({ protectedSheet: true });
    const before = fake.snapshotValues();
    const res = await host.applyFixes(planFixes(result.findings).edits);
    expect(res.applied).toEqual([]);
    expect(res.blocked).toEqual([
      {
        sheet: SHEET,
        reason: expect.stringContaining('受保护'),
        reasonEn: expect.stringContaining('is protected'),
      },
    ]);
    expect(res.blocked[0].reason).not.toContain('protected');
    expect(fake.snapshotValues()).toEqual(before);
  });

  test('writeReviewSheet: the 审核结果 sheet in the pane’s language; a second one replaces the first', async () => {
    const fake = writableFake(sheetsFromXlsx(seedBytes()));
    const host = onFake(fake);
    const result = checkWorkbook(await host.read());
    const first = await host.writeReviewSheet(result, { lang: 'en' });
    expect(first).toEqual({ sheet: REVIEW_SHEET_NAME, rows: result.findings.length, replaced: false });
    expect(String(valueAt(fake, REVIEW_SHEET_NAME, 'A1'))).toMatch(/^KPI Sheet Checker review/);
    const second = await host.writeReviewSheet(result);
    expect(second.replaced).toBe(true);
    expect(String(valueAt(fake, REVIEW_SHEET_NAME, 'A1'))).toMatch(/^绩效目标表审核结果/);
  });

  test('the cells a fix writes are the pane’s own: no live-check event for them', async () => {
    const { fake, host, result } = await fixableHost();
    const seen: unknown[] = [];
    await host.onChanged((c) => seen.push(c));
    const sheetId = fake.sheet(SHEET).id;
    await host.applyFixes(planFixes(result.findings).edits);
    await fake.fireChanged({ worksheetId: sheetId, address: 'E11' });
    expect(seen).toEqual([]);
    await fake.fireChanged({ worksheetId: sheetId, address: 'A1' });
    expect(seen).toHaveLength(1);
  });
});
