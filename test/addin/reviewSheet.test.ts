import { checkWorkbook, type CheckResult } from '../../src/core/check';
import { ExcelHost } from '../../src/addin/excelHost';
import { FULL_SUPPORT } from '../../src/addin/apiSupport';
import { splitSheetAddress } from '../../src/addin/address';
import { SEVERITY_FILL } from '../../src/addin/highlight';
import {
  HEADER_ROW,
  hyperlinkFormula,
  REVIEW_SHEET_NAME,
  ReviewSheetError,
  writeReviewSheet,
  type ReviewSheetApi,
} from '../../src/addin/reviewSheet';
import { REVIEW_COLUMNS } from '../../src/core/report/rows';
import { a1 } from '../../src/core/grid';
import { testExcel, type TestExcel } from './excel/officeClient';
import { cellKey } from './excel/workbook';
import { seedBytes, sheetsFromXlsx } from './fixtures';

const FULL: ReviewSheetApi = { hyperlinks: true, pageLayout: true };
const OLD: ReviewSheetApi = { hyperlinks: false, pageLayout: false };

const colLetter = (key: string) => String.fromCharCode(65 + REVIEW_COLUMNS.findIndex((c) => c.key === key));

type FakeExcel = TestExcel;
const fakeRun = (fake: TestExcel) => fake.run;
const rc = (ref: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
  return cellKey(Number(m[2]) - 1, [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1);
};
const valueAt = (fake: TestExcel, sheet: string, ref: string) =>
  fake.wb.mustSheet(sheet).cells.get(rc(ref))?.v ?? null;
const styleAt = (fake: TestExcel, sheet: string, ref: string, prop: string) =>
  fake.wb.mustSheet(sheet).styles?.get(rc(ref))?.[prop];
/** Every sheet but the review sheet, as a user sees it. */
const othersOf = (fake: TestExcel) =>
  (JSON.parse(fake.wb.snapshot()) as { sheets: { name: string }[] }).sheets.filter(
    (s) => s.name !== REVIEW_SHEET_NAME,
  );

async function seedFake(): Promise<{ fake: FakeExcel; result: CheckResult }> {
  const fake = testExcel(sheetsFromXlsx(seedBytes()));
  const grid = await new ExcelHost({ run: fakeRun(fake), api: FULL_SUPPORT }).read();
  return { fake, result: checkWorkbook(grid) };
}

async function counting<T>(fake: FakeExcel, action: () => Promise<T>) {
  const before = fake.syncs.length;
  const result = await action();
  const syncs = fake.syncs.slice(before);
  return {
    result,
    syncs,
    writes: syncs.filter((s) => s.writes > 0).length,
    reads: syncs.filter((s) => s.writes === 0).length,
  };
}

/** The hyperlink of a cell, read back through the API in its own batch. */
async function readHyperlink(
  fake: FakeExcel,
  sheet: string,
  cell: string,
): Promise<Excel.RangeHyperlink | null> {
  return fakeRun(fake)(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
    range.load('hyperlink,values');
    await context.sync();
    return range.hyperlink;
  });
}

describe('writeReviewSheet (Office.js)', () => {
  test("lists every finding; each cell hyperlink points at the finding's cell; one read and one write", async () => {
    const { fake, result } = await seedFake();
    const others = othersOf(fake);
    const w = await counting(fake, () =>
      fakeRun(fake)((ctx) =>
        writeReviewSheet(ctx, result, {
          api: FULL,
          generatedAt: new Date(2024, 0, 2, 3, 4),
          source: 'seed.xlsx',
        }),
      ),
    );
    expect(w.result).toEqual({ sheet: REVIEW_SHEET_NAME, rows: result.findings.length, replaced: false });
    expect(w.reads).toBe(1);
    expect(w.writes).toBe(1);

    expect(String(valueAt(fake, REVIEW_SHEET_NAME, 'A1'))).toBe('绩效目标表审核结果：seed.xlsx');
    expect(String(valueAt(fake, REVIEW_SHEET_NAME, 'A2'))).toContain(
      `7 张表、${result.findings.length} 条问题`,
    );
    REVIEW_COLUMNS.forEach((c, i) =>
      expect(valueAt(fake, REVIEW_SHEET_NAME, a1(HEADER_ROW - 1, i))).toBe(c.zh),
    );

    for (let i = 0; i < result.findings.length; i++) {
      const f = result.findings[i];
      const row = HEADER_ROW + 1 + i;
      expect(valueAt(fake, REVIEW_SHEET_NAME, `${colLetter('rule')}${row}`)).toBe(f.rule);
      expect(valueAt(fake, REVIEW_SHEET_NAME, `${colLetter('message')}${row}`)).toBe(f.text.zh);
      expect(valueAt(fake, REVIEW_SHEET_NAME, `${colLetter('messageEn')}${row}`)).toBe(f.text.en);
      expect(valueAt(fake, REVIEW_SHEET_NAME, `${colLetter('cell')}${row}`)).toBe(f.cell);
      expect(fake.wb.fill(REVIEW_SHEET_NAME, `${colLetter('severity')}${row}`).color).toBe(
        SEVERITY_FILL[f.severity],
      );
      const link = await readHyperlink(fake, REVIEW_SHEET_NAME, `${colLetter('cell')}${row}`);
      expect(link).toMatchObject({ textToDisplay: f.cell });
      const { sheet, ref } = splitSheetAddress(link!.documentReference!);
      expect(sheet).toBe(f.sheet);
      expect(ref).toBe(f.cell);
    }
    // The two missing-level1 findings of 102001006 link to its 效果指标 and 满意度指标 cells.
    const level1 = result.findings
      .map((f, i) => [f, HEADER_ROW + 1 + i] as const)
      .filter(([f]) => f.rule === 'structure/missing-level1');
    expect(level1).toHaveLength(2);
    const targets: string[] = [];
    for (const [, row] of level1) {
      expect(valueAt(fake, REVIEW_SHEET_NAME, `${colLetter('tableCode')}${row}`)).toBe('102001006');
      const link = await readHyperlink(fake, REVIEW_SHEET_NAME, `${colLetter('cell')}${row}`);
      const { sheet, ref } = splitSheetAddress(link!.documentReference!);
      targets.push(String(valueAt(fake, sheet!, ref)));
    }
    expect(targets).toEqual(['效果指标', '满意度指标']);

    // An Excel table over the list, header frozen, print setup.
    const review = fake.wb.mustSheet(REVIEW_SHEET_NAME);
    const tables = fake.wb.tables.filter((t) => t.sheetId === review.id);
    expect(tables).toEqual([
      expect.objectContaining({
        address: `A${HEADER_ROW}:I${HEADER_ROW + result.findings.length}`,
        hasHeaders: true,
        style: 'TableStyleMedium2',
      }),
    ]);
    expect(review.frozenRows).toBe(HEADER_ROW);
    expect(review.pageLayout).toMatchObject({
      orientation: 'Landscape',
      printTitleRows: `$${HEADER_ROW}:$${HEADER_ROW}`,
      centerFooter: expect.stringContaining('&P'),
    });
    expect(styleAt(fake, REVIEW_SHEET_NAME, `${colLetter('message')}${HEADER_ROW + 1}`, 'wrapText')).toBe(
      true,
    );
    expect(styleAt(fake, REVIEW_SHEET_NAME, 'A1', 'font.bold')).toBe(true);
    expect(review.columnWidths?.size).toBe(REVIEW_COLUMNS.length);

    // No other sheet was written.
    expect(othersOf(fake)).toEqual(others);
  });

  test('an existing review sheet is replaced', async () => {
    const { fake, result } = await seedFake();
    await fakeRun(fake)((ctx) => writeReviewSheet(ctx, result, { api: FULL }));
    const firstId = fake.wb.mustSheet(REVIEW_SHEET_NAME).id;
    const only = { ...result, findings: result.findings.filter((f) => f.rule === 'plan/incomplete') };
    const w = await fakeRun(fake)((ctx) => writeReviewSheet(ctx, only, { api: FULL }));
    expect(w).toMatchObject({ replaced: true, rows: 1 });
    expect(fake.wb.sheets.filter((s) => s.name === REVIEW_SHEET_NAME)).toHaveLength(1);
    expect(fake.wb.mustSheet(REVIEW_SHEET_NAME).id).not.toBe(firstId);
    expect(fake.wb.tables).toHaveLength(1);
    expect(valueAt(fake, REVIEW_SHEET_NAME, `${colLetter('rule')}${HEADER_ROW + 1}`)).toBe('plan/incomplete');
    expect(valueAt(fake, REVIEW_SHEET_NAME, `${colLetter('rule')}${HEADER_ROW + 2}`)).toBeNull();
  });

  test('Excel without Range.hyperlink (ExcelApi < 1.7): a HYPERLINK formula to the same cell; no freeze or page layout calls', async () => {
    const { fake, result } = await seedFake();
    await fakeRun(fake)((ctx) => writeReviewSheet(ctx, result, { api: OLD }));
    const f = result.findings[0];
    const ref = `${colLetter('cell')}${HEADER_ROW + 1}`;
    const review = fake.wb.mustSheet(REVIEW_SHEET_NAME);
    expect(review.formulas?.get(rc(ref))).toBe(`=HYPERLINK("#'${f.sheet}'!${f.cell}","${f.cell}")`);
    expect(valueAt(fake, REVIEW_SHEET_NAME, ref)).toBe(f.cell);
    expect(review.frozenRows).toBeUndefined();
    expect(review.pageLayout).toBeUndefined();
    expect(hyperlinkFormula('A "q" \'s', 'B2')).toBe(`=HYPERLINK("#'A ""q"" ''s'!B2","B2")`);
  });

  test('many findings: one write per block of rows', async () => {
    const { fake, result } = await seedFake();
    const many: CheckResult = {
      tables: result.tables,
      findings: Array.from({ length: 25 }, (_, i) => ({ ...result.findings[i % result.findings.length] })),
      diagnostics: [],
    };
    const w = await counting(fake, () =>
      fakeRun(fake)((ctx) => writeReviewSheet(ctx, many, { api: FULL, rowsPerSync: 10 })),
    );
    expect(w.reads).toBe(1);
    expect(w.writes).toBe(3);
    expect(valueAt(fake, REVIEW_SHEET_NAME, `A${HEADER_ROW + 25}`)).toBe(25);
  });

  test('no findings: one "未发现问题" row; English headers on request', async () => {
    const { fake, result } = await seedFake();
    await fakeRun(fake)((ctx) =>
      writeReviewSheet(
        ctx,
        { tables: result.tables, findings: [], diagnostics: [] },
        { api: FULL, lang: 'en' },
      ),
    );
    expect(valueAt(fake, REVIEW_SHEET_NAME, `${colLetter('message')}${HEADER_ROW + 1}`)).toBe('未发现问题。');
    expect(valueAt(fake, REVIEW_SHEET_NAME, `${colLetter('messageEn')}${HEADER_ROW + 1}`)).toBe(
      'No findings.',
    );
    expect(valueAt(fake, REVIEW_SHEET_NAME, `A${HEADER_ROW}`)).toBe('No.');
  });

  test('a protected workbook structure: a bilingual message and no write', async () => {
    const { fake, result } = await seedFake();
    fake.wb.structureProtected = true;
    const before = fake.wb.snapshot();
    const w = counting(fake, () => fakeRun(fake)((ctx) => writeReviewSheet(ctx, result, { api: FULL })));
    await expect(w).rejects.toBeInstanceOf(ReviewSheetError);
    await expect(w).rejects.toThrow(/工作簿结构受保护.*protected/);
    expect(fake.syncs.every((s) => s.writes === 0)).toBe(true);
    expect(fake.wb.snapshot()).toEqual(before);
  });
});
