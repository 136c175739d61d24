import { testExcel, type TestExcel } from './excel/officeClient';
import type { SheetSpec } from './excel/workbook';
import { tableSheet } from './fixtures';
import { ExcelHost } from '../../src/addin/excelHost';
import { detectApiSupport, FULL_SUPPORT, officeIsSetSupported } from '../../src/addin/apiSupport';
import type { WorkbookHost } from '../../src/host/types';

type FakeExcel = TestExcel;
const fakeExcel = (specs: SheetSpec[]) => testExcel(specs);

function host(fake: FakeExcel, now = () => 0, api = FULL_SUPPORT) {
  return new ExcelHost({
    run: fake.run,
    runIn: fake.runIn,
    api,
    now,
    ownWriteGraceMs: 1000,
  });
}

const finding = (sheet: string, cell: string) => {
  const col = cell.charCodeAt(0) - 65;
  const row = Number(cell.slice(1)) - 1;
  return {
    rule: 'r',
    messageId: 'm',
    severity: 'error' as const,
    sheet,
    cell,
    row,
    col,
    text: { zh: '问题', en: 'problem' },
    table: 0,
  };
};

describe('ExcelHost', () => {
  test('is a WorkbookHost of kind excel; reads in 2 syncs', async () => {
    const fake = fakeExcel([tableSheet('A', 20), tableSheet('B', 20)]);
    const h: WorkbookHost = host(fake);
    expect(h.kind).toBe('excel');
    const grid = await h.read();
    expect(grid.sheets.map((s) => s.name)).toEqual(['A', 'B']);
    expect(grid.sheets[0].merges.length).toBeGreaterThan(0);
    expect(fake.syncCount).toBe(2);
  });

  test('select activates the sheet and selects the cell in one sync', async () => {
    const fake = fakeExcel([tableSheet('A', 5), tableSheet('B', 5)]);
    await host(fake).select('B', 'C4');
    expect(fake.syncCount).toBe(1);
    expect(fake.wb.activeSheetId).toBe(fake.wb.mustSheet('B').id);
    expect(fake.wb.selection).toEqual({
      sheetId: fake.wb.mustSheet('B').id,
      rect: { r1: 3, c1: 2, r2: 3, c2: 2 },
    });
  });

  test('select on a hidden sheet fails with a message in both languages', async () => {
    const fake = fakeExcel([tableSheet('A', 5), tableSheet('藏', 5, 8, 5, { visibility: 'Hidden' })]);
    await expect(host(fake).select('藏', 'A1')).rejects.toThrow(/无法定位.*Cannot go to/);
  });

  test('title comes from the options, else a default', () => {
    expect(new ExcelHost({ title: '预算.xlsx' }).title()).toBe('预算.xlsx');
    expect(new ExcelHost().title()).toMatch(/工作簿/);
  });

  describe('onChanged', () => {
    test('reports user edits, not the pane’s own writes, and stops after unsubscribe', async () => {
      let clock = 0;
      const fake = fakeExcel([tableSheet('A', 10)]);
      const h = host(fake, () => clock);
      const seen: unknown[] = [];
      const off = await h.onChanged((c) => seen.push(c));
      expect(fake.backend.eventRegistrations).toBe(1);
      const sheetId = fake.wb.mustSheet('A').id;

      await fake.fireChanged({ worksheetId: sheetId, address: 'B2' });
      expect(seen).toEqual([{ worksheetId: sheetId, address: 'B2' }]);

      // An event while the pane writes is its own.
      fake.backend.beforeRequest = () => void fake.fireChanged({ worksheetId: sheetId, address: 'Z99' });
      await h.highlight([finding('A', 'C3')]);
      fake.backend.beforeRequest = null;
      await new Promise((r) => setTimeout(r, 5));
      expect(seen).toHaveLength(1);

      // Just after: an event on a cell the pane wrote is its own; another cell is the user's.
      await fake.fireChanged({ worksheetId: sheetId, address: 'C3' });
      expect(seen).toHaveLength(1);
      await fake.fireChanged({ worksheetId: sheetId, address: 'A!D4' });
      expect(seen).toHaveLength(2);
      clock = 5000;
      await fake.fireChanged({ worksheetId: sheetId, address: 'C3' });
      expect(seen).toHaveLength(3);

      await off();
      expect(fake.backend.eventRegistrations).toBe(0);
      await fake.fireChanged({ worksheetId: sheetId, address: 'B2' });
      expect(seen).toHaveLength(3);
    });

    test('with ExcelApi 1.7 only, one handler per sheet', async () => {
      const fake = fakeExcel([tableSheet('A', 3), tableSheet('B', 3)]);
      const off = await host(fake, () => 0, { ...FULL_SUPPORT, collectionEvents: false }).onChanged(
        () => undefined,
      );
      expect(fake.backend.eventRegistrations).toBe(2);
      await off();
      expect(fake.backend.eventRegistrations).toBe(0);
    });

    test('without events the live check is refused with a message', async () => {
      const fake = fakeExcel([tableSheet('A', 3)]);
      await expect(
        host(fake, () => 0, { ...FULL_SUPPORT, collectionEvents: false, sheetEvents: false }).onChanged(
          () => undefined,
        ),
      ).rejects.toThrow(/实时检查.*live check/);
    });
  });
});

describe('API set detection', () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  test('asks Office.context.requirements', () => {
    const supported = new Set(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10']);
    const isSetSupported = jest.fn((name: string, v: string) => name === 'ExcelApi' && supported.has(v));
    (globalThis as { Office?: unknown }).Office = { context: { requirements: { isSetSupported } } };
    expect(detectApiSupport()).toEqual({
      merges: false,
      fillPattern: true,
      notes: false,
      comments: true,
      collectionEvents: true,
      sheetEvents: true,
    });
    expect(isSetSupported).toHaveBeenCalledWith('ExcelApi', '1.13');
    expect(isSetSupported).toHaveBeenCalledWith('ExcelApi', '1.18');
  });

  test('outside Office nothing optional is assumed', () => {
    expect(officeIsSetSupported('ExcelApi', '1.1')).toBe(false);
    expect(Object.values(detectApiSupport()).some(Boolean)).toBe(false);
  });
});
