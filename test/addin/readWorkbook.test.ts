import * as fs from 'fs';
import * as path from 'path';
import { testExcel } from './excel/officeClient';
import type { SheetSpec as FakeSheetSpec } from './excel/workbook';
import { gridFromXlsx, normalizeGrid, seedBytes, sheetsFromXlsx, tableSheet } from './fixtures';
import { readWorkbookGrid, isSizeLimitError } from '../../src/addin/readWorkbook';
import { parseSheetAddress, parseRef, splitSheetAddress } from '../../src/addin/address';
import type { MergedRange, WorkbookGrid } from '../../src/core/grid';

const read = (
  sheets: FakeSheetSpec[],
  options: Parameters<typeof readWorkbookGrid>[1] = {},
  backendOptions: Parameters<typeof testExcel>[1] = {},
) => {
  const fake = testExcel(sheets, backendOptions);
  return fake
    .run((context) => readWorkbookGrid(context, { merges: true, ...options }))
    .then((grid) => ({ grid, fake }));
};

describe('addresses', () => {
  test.each([
    ["'Sheet 1'!B3:F20", 'Sheet 1', { r1: 2, c1: 1, r2: 19, c2: 5 }],
    ['Sheet1!A1', 'Sheet1', { r1: 0, c1: 0, r2: 0, c2: 0 }],
    ["'It''s'!$C$5:$D$6", "It's", { r1: 4, c1: 2, r2: 5, c2: 3 }],
    ['项目支出绩效目标表!A1:F101', '项目支出绩效目标表', { r1: 0, c1: 0, r2: 100, c2: 5 }],
    ["'项目 2023'!AA10", '项目 2023', { r1: 9, c1: 26, r2: 9, c2: 26 }],
    ['Sheet1!3:5', 'Sheet1', { r1: 2, c1: 0, r2: 4, c2: 16383 }],
    ['Sheet1!C:D', 'Sheet1', { r1: 0, c1: 2, r2: 1048575, c2: 3 }],
    ["'a!b'!B2", 'a!b', { r1: 1, c1: 1, r2: 1, c2: 1 }],
  ])('%s', (address, sheet, range) => {
    expect(parseSheetAddress(address)).toEqual({ sheet, range });
  });

  test('rejects what is not one rectangle', () => {
    expect(parseSheetAddress('Sheet1!A1:B2,Sheet1!C3')).toBeNull();
    expect(parseRef('A')).toBeNull();
    expect(parseRef('A1:3')).toBeNull();
    expect(parseRef('XFE1')).toBeNull();
    expect(splitSheetAddress('B3')).toEqual({ sheet: null, ref: 'B3' });
  });
});

describe('readWorkbookGrid', () => {
  test.each([1, 5, 20])('reads %i budget-table sheets in exactly 2 syncs', async (n) => {
    const sheets = Array.from({ length: n }, (_, i) => tableSheet(`项目${i + 1}`, 120, 8, 5));
    const { grid, fake } = await read(sheets);
    expect(fake.syncCount).toBe(2);
    expect(grid.sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
    for (const s of grid.sheets) {
      expect(s.values).toHaveLength(120);
      expect(s.merges).toHaveLength(2 * 24);
      expect(s.mergesUnknown).toBeUndefined();
    }
    // Nothing is written while reading.
    expect(fake.syncs.every((s) => s.writes === 0)).toBe(true);
  });

  test('100 sheets of 30 rows still take 2 syncs; 20 sheets of 300 rows take one more', async () => {
    const many = await read(Array.from({ length: 100 }, (_, i) => tableSheet(`S${i}`, 30, 8)));
    expect(many.fake.syncCount).toBe(2);
    const tall = await read(Array.from({ length: 20 }, (_, i) => tableSheet(`S${i}`, 300, 8)));
    expect(tall.fake.syncCount).toBe(3);
    expect(normalizeGrid(tall.grid)).toEqual(
      normalizeGrid(
        (
          await read(
            Array.from({ length: 20 }, (_, i) => tableSheet(`S${i}`, 300, 8)),
            { maxCellsPerSync: 10_000_000 },
          )
        ).grid,
      ),
    );
  });

  test('values keep their types, formats ride along, offsets come from the used range', async () => {
    const { grid } = await read([
      {
        name: 'Sheet 1',
        top: 4,
        left: 2,
        values: [
          ['项目名称', '道路维护', null],
          ['满意度', 0.85, true],
          ['日期', 45291, '#DIV/0!'],
        ],
        formats: [
          [null, null, null],
          [null, '0%', null],
          [null, 'yyyy-mm-dd', null],
        ],
      },
    ]);
    const s = grid.sheets[0];
    expect(s.top).toBe(4);
    expect(s.left).toBe(2);
    expect(s.values).toEqual([
      ['项目名称', '道路维护', null],
      ['满意度', 0.85, true],
      ['日期', 45291, '#DIV/0!'],
    ]);
    expect(s.formats?.[1][1]).toBe('0%');
    expect(s.formats?.[2][1]).toBe('yyyy-mm-dd');
    expect(s.merges).toEqual([]);
  });

  test('reads hidden and very hidden sheets, and empty ones', async () => {
    const { grid } = await read([
      tableSheet('可见', 10),
      tableSheet('隐藏', 10, 8, 5, { visibility: 'Hidden' }),
      tableSheet('深度隐藏', 10, 8, 5, { visibility: 'VeryHidden' }),
      { name: '空白' },
    ]);
    expect(grid.sheets.map((s) => [s.name, s.values.length])).toEqual([
      ['可见', 10],
      ['隐藏', 10],
      ['深度隐藏', 10],
      ['空白', 0],
    ]);
  });

  test('chunked reads give the same grid as one read, and no sync exceeds the budget', async () => {
    const sheets = [
      tableSheet('大表', 400, 12, 7),
      tableSheet('小表', 30, 6),
      tableSheet('偏移', 50, 5, 5, { top: 900, left: 3 }),
    ];
    const whole = await read(sheets);
    expect(whole.fake.syncCount).toBe(2);
    const chunked = await read(sheets, { maxCellsPerSync: 500, mergeBlockRows: 13 });
    expect(chunked.fake.syncCount).toBeGreaterThan(10);
    expect(Math.max(...chunked.fake.syncs.map((s) => s.cells))).toBeLessThanOrEqual(500);
    expect(chunked.grid).toEqual(whole.grid);
  });

  test('a response over the size cap is retried in smaller pieces', async () => {
    const sheets = [tableSheet('宽表', 2000, 30, 4)];
    const { grid, fake } = await read(sheets, {}, { responseLimitBytes: 600_000 });
    const failed = fake.syncs.filter((s) => s.failed);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((s) => s.failed === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(fake.syncs.filter((s) => !s.failed).every((s) => (s.responseBytes ?? 0) <= 600_000)).toBe(true);
    const reference = await read(sheets, { maxCellsPerSync: 10_000_000 });
    expect(grid).toEqual(reference.grid);
  });

  test('a range over the 5,000,000-cell read limit is read in blocks', async () => {
    // Lowered limit; the window asks for more cells than one range may return.
    const sheets = [tableSheet('T', 300, 40, 5)];
    const { grid, fake } = await read(sheets, { assumedColumns: 4 }, { maxCellsPerRangeRead: 5_000 });
    expect(fake.syncs.some((s) => s.failed === 'RangeExceedsLimit')).toBe(true);
    expect(grid).toEqual((await read(sheets)).grid);
  });

  test('more than 512 merged areas on a sheet: all are read', async () => {
    const merges: MergedRange[] = Array.from({ length: 1200 }, (_, r) => ({ r1: r, c1: 0, r2: r, c2: 1 }));
    const values = Array.from({ length: 1200 }, (_, r) => [`行${r}`, null, r]);
    const { grid, fake } = await read([{ name: 'M', values, merges }]);
    expect(grid.sheets[0].merges).toHaveLength(1200);
    expect(grid.sheets[0].mergesUnknown).toBeUndefined();
    expect(fake.syncCount).toBe(2);
  });

  test('more than 512 merged areas within one band: bands shrink and the read succeeds', async () => {
    const merges: MergedRange[] = [];
    for (let r = 0; r < 100; r++)
      for (let c = 0; c < 12; c += 2) merges.push({ r1: r, c1: c, r2: r, c2: c + 1 });
    const values = Array.from({ length: 100 }, (_, r) =>
      Array.from({ length: 12 }, (_, c) => (c % 2 === 0 ? `${r}-${c}` : null)),
    );
    const { grid, fake } = await read([{ name: 'M', values, merges }]);
    expect(grid.sheets[0].merges).toHaveLength(600);
    expect(grid.sheets[0].mergesUnknown).toBeUndefined();
    expect(fake.syncCount).toBe(3); // names, a failed try, the retry
  });

  test('when merged areas cannot be read at all the sheet says so and values still come', async () => {
    const sheets = [tableSheet('T', 40)];
    const { grid } = await read(sheets, {}, { mergedAreasLimit: 0 });
    expect(grid.sheets[0].mergesUnknown).toBe(true);
    expect(grid.sheets[0].values).toEqual((await read(sheets)).grid.sheets[0].values);
  });

  test('without ExcelApi 1.13 no merged areas are asked for and the grid says so', async () => {
    const { grid, fake } = await read([tableSheet('T', 40)], { merges: false });
    expect(grid.sheets[0].merges).toEqual([]);
    expect(grid.sheets[0].mergesUnknown).toBe(true);
    expect(fake.syncCount).toBe(2);
  });

  test('a cell being edited: the error reaches the officer, merges are not dropped', async () => {
    const fake = testExcel([tableSheet('T', 10)]);
    fake.wb.cellEditMode = true;
    // Without delayForCellEdit Excel refuses the batch; that is not the merged-areas failure.
    const context = new fake.Excel.RequestContext();
    await expect(readWorkbookGrid(context, { merges: true })).rejects.toMatchObject({
      code: 'InvalidOperationInCellEditMode',
    });
    // With it (as ExcelHost runs), Excel waits for the cell and the read is whole.
    const { grid } = await read([tableSheet('T', 10)]);
    expect(grid.sheets[0].mergesUnknown).toBeUndefined();
  });

  test('an error during the read that asked for merges is passed on, not taken for the 512-area limit', async () => {
    const fake = testExcel([tableSheet('T', 10)]);
    fake.backend.beforeRequest = (body) => {
      // The sheet is deleted by the officer between the two syncs.
      if (body.Actions.some((a) => a.ActionType === 2 && a.QueryInfo?.Select?.includes('values')))
        fake.wb.sheets = [];
    };
    await expect(fake.run((c) => readWorkbookGrid(c, { merges: true }))).rejects.toMatchObject({
      code: 'ItemNotFound',
    });
    expect(isSizeLimitError({ code: 'ResponsePayloadSizeLimitExceeded' })).toBe(true);
    expect(isSizeLimitError(new Error('The response payload size has exceeded the limit.'))).toBe(true);
    expect(isSizeLimitError(new Error('boom'))).toBe(false);
  });
});

describe('the seed fixture', () => {
  const bytes = seedBytes();

  test('reads in 2 syncs to the same grid SheetJS gives', async () => {
    const { grid, fake } = await read(sheetsFromXlsx(bytes));
    expect(fake.syncCount).toBe(2);
    const ours = normalizeGrid(grid);
    expect(ours).toEqual(normalizeGrid(gridFromXlsx(bytes)));
    // Sanity: the fixture's tables are there, merges included.
    expect(ours.map((s) => s.name)).toEqual(['部门整体绩效目标', '项目支出绩效目标表']);
    expect(ours[1].merges.length).toBe(49);
    expect(Object.keys(ours[1].cells).length).toBeGreaterThan(300);
  });

  // The file adapter (src/xlsx/readGrid.ts, another work stream) is compared once it exists.
  const fileAdapter = path.join(__dirname, '..', '..', 'src', 'xlsx', 'readGrid.ts');
  (fs.existsSync(fileAdapter) ? test : test.skip)('reads to the same grid as the file adapter', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('../../src/xlsx/readGrid') as {
      readWorkbookBytes: (b: Uint8Array) => WorkbookGrid | Promise<WorkbookGrid>;
    };
    const theirs = await mod.readWorkbookBytes(new Uint8Array(bytes));
    const { grid } = await read(sheetsFromXlsx(bytes));
    expect(normalizeGrid(grid)).toEqual(normalizeGrid(theirs));
  });
});
