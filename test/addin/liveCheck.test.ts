/**
 * The live check through Microsoft's Office.js client: after an edit, the
 * change event's rows are read again in one sync and the rest comes from the
 * last read; the grid is the one a full read gives, and the pane's checker
 * (core liveChecker) finds what a full check of a full read finds.
 */
import { testExcel } from './excel/officeClient';
import { tableSheet } from './fixtures';
import { ExcelHost } from '../../src/addin/excelHost';
import { FULL_SUPPORT } from '../../src/addin/apiSupport';
import { cellKey, ensureCell } from './excel/workbook';
import { checkWorkbook } from '../../src/core/check';
import { liveChecker } from '../../src/core/recheck';
import { seedBytes, sheetsFromXlsx } from './fixtures';

function setup(sheets = 20) {
  const x = testExcel(Array.from({ length: sheets }, (_, i) => tableSheet(`项目${i + 1}`, 60, 8, 5)));
  const host = new ExcelHost({ run: x.run, runIn: x.runIn, api: FULL_SUPPORT, ownWriteGraceMs: 0 });
  return { x, host };
}

describe('live check', () => {
  test('one edit: one read sync, only that row read, the same grid as a full read', async () => {
    const { x, host } = setup();
    await host.read();
    let calls = 0;
    const off = await host.onChanged(() => calls++);
    const sheet = x.wb.mustSheet('项目7');
    ensureCell(sheet, 4, 2).v = '改过的指标值';
    await x.fireChanged({ worksheetId: sheet.id, address: '项目7!C5' });
    expect(calls).toBe(1);

    const before = x.syncCount;
    const cellsBefore = x.syncs.reduce((n, s) => n + s.cells, 0);
    const grid = await host.read();
    expect(x.syncCount - before).toBe(1);
    expect(x.syncs.reduce((n, s) => n + s.cells, 0) - cellsBefore).toBe(8);
    expect(grid.sheets[6].values[4][2]).toBe('改过的指标值');

    const full = await new ExcelHost({ run: x.run, api: FULL_SUPPORT }).read();
    expect(grid).toEqual(full);
    expect(checkWorkbook(grid).findings).toEqual(checkWorkbook(full).findings);
    await off();
  });

  test('a renamed or added sheet makes the next read a full one', async () => {
    const { x, host } = setup(3);
    await host.read();
    await host.onChanged(() => undefined);
    const s2 = x.wb.mustSheet('项目2');
    s2.name = '改名';
    await x.fireChanged({ worksheetId: s2.id, address: '改名!A1' });
    const grid = await host.read();
    expect(grid.sheets.map((s) => s.name)).toEqual(['项目1', '改名', '项目3']);
    x.wb.addSheet(tableSheet('新表', 10));
    await x.fireChanged({ worksheetId: s2.id, address: '改名!A1' });
    expect((await host.read()).sheets.map((s) => s.name)).toEqual(['项目1', '改名', '项目3', '新表']);
    // Without a change event the last read is not trusted: a full read.
    const before = x.syncCount;
    await host.read();
    expect(x.syncCount - before).toBe(2);
    expect(x.wb.mustSheet('项目1').cells.get(cellKey(0, 0))?.v).toBe('一级指标0');
  });

  test('rows inserted, cells typed below the used range, the last row cleared: each grid equals a full read', async () => {
    const { x, host } = setup(3);
    await host.read();
    await host.onChanged(() => undefined);
    const sheet = x.wb.mustSheet('项目2');
    const full = () => new ExcelHost({ run: x.run, api: FULL_SUPPORT }).read();

    // A row inserted: the rows below move, so the sheet is read whole.
    await x.run(async (context) => {
      context.workbook.worksheets.getItem('项目2').getRange('10:10').insert('Down');
      await context.sync();
    });
    await x.fireChanged({ worksheetId: sheet.id, address: '10:10', changeType: 'RowInserted' });
    expect(await host.read()).toEqual(await full());

    // Typed two rows under the used range: it grows, the rows between come back empty.
    ensureCell(sheet, 62, 3).v = '备注';
    await x.fireChanged({ worksheetId: sheet.id, address: 'D63' });
    let before = x.syncCount;
    const grown = await host.read();
    expect(x.syncCount - before).toBe(1);
    expect(grown).toEqual(await full());

    // Cleared again: the used range shrinks back.
    sheet.cells.delete(cellKey(62, 3));
    await x.fireChanged({ worksheetId: sheet.id, address: 'D63' });
    before = x.syncCount;
    const again = await host.read();
    expect(x.syncCount - before).toBe(1);
    expect(again).toEqual(await full());
  });

  test('the pane’s checker after edits on the seed workbook finds what a full check finds', async () => {
    const x = testExcel(sheetsFromXlsx(seedBytes()));
    const host = new ExcelHost({ run: x.run, runIn: x.runIn, api: FULL_SUPPORT, ownWriteGraceMs: 0 });
    const check = liveChecker();
    check(await host.read());
    await host.onChanged(() => undefined);
    const sheet = x.wb.mustSheet('项目支出绩效目标表');
    for (const [r, c, v] of [
      [40, 4, '≥95%'],
      [18, 1, '902000001'],
      [33, 0, '说明'],
    ] as const) {
      ensureCell(sheet, r, c).v = v;
      await x.fireChanged({ worksheetId: sheet.id, address: `${String.fromCharCode(65 + c)}${r + 1}` });
      const before = x.syncCount;
      const grid = await host.read();
      expect(x.syncCount - before).toBe(1);
      const fullGrid = await new ExcelHost({ run: x.run, api: FULL_SUPPORT }).read();
      expect(check(grid)).toEqual(checkWorkbook(fullGrid));
    }
  });
});
