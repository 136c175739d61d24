/**
 * The live check through Microsoft's Office.js client: after an edit, the
 * change event's sheet is read again in one sync and the rest comes from the
 * last read; the grid is the one a full read gives.
 */
import { testExcel } from './excel/officeClient';
import { tableSheet } from './fixtures';
import { ExcelHost } from '../../src/addin/excelHost';
import { FULL_SUPPORT } from '../../src/addin/apiSupport';
import { cellKey, ensureCell } from './excel/workbook';
import { checkWorkbook } from '../../src/core/check';

function setup(sheets = 20) {
  const x = testExcel(Array.from({ length: sheets }, (_, i) => tableSheet(`项目${i + 1}`, 60, 8, 5)));
  const host = new ExcelHost({ run: x.run, runIn: x.runIn, api: FULL_SUPPORT, ownWriteGraceMs: 0 });
  return { x, host };
}

describe('live check', () => {
  test('one edit: one read sync, only that sheet read, the same grid as a full read', async () => {
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
    expect(x.syncs.reduce((n, s) => n + s.cells, 0) - cellsBefore).toBeLessThanOrEqual(60 * 8);
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
});
