/**
 * A cell selected in Excel: ExcelHost.onSelectionChanged through Microsoft's
 * client, the event sent by the in-memory Excel as Excel sends it (event
 * type 14 to the collection's handlers, or to the sheet's own on ExcelApi 1.7).
 */
import { testExcel } from './excel/officeClient';
import { tableSheet } from './fixtures';
import { ExcelHost } from '../../src/addin/excelHost';
import { FULL_SUPPORT } from '../../src/addin/apiSupport';

const setup = (api = FULL_SUPPORT) => {
  const fake = testExcel([tableSheet('A', 5), tableSheet('表二', 5)]);
  const host = new ExcelHost({ run: fake.run, runIn: fake.runIn, api, now: () => 0 });
  return { fake, host };
};

describe('ExcelHost.onSelectionChanged', () => {
  test('reports the sheet and the cell selected (a range: its top-left cell), until removed', async () => {
    const { fake, host } = setup();
    await host.read();
    const seen: { sheet: string; cell: string }[] = [];
    const off = await host.onSelectionChanged((at) => seen.push(at));
    expect(fake.backend.selectionRegistrations).toBe(1);
    expect(fake.backend.eventRegistrations).toBe(0);
    const id = fake.wb.mustSheet('表二').id;
    await fake.fireSelectionChanged({ worksheetId: id, address: 'E7' });
    await fake.fireSelectionChanged({ worksheetId: id, address: 'C3:D9' });
    expect(seen).toEqual([
      { sheet: '表二', cell: 'E7' },
      { sheet: '表二', cell: 'C3' },
    ]);
    expect(fake.wb.selection).toEqual({ sheetId: id, rect: { r1: 2, c1: 2, r2: 8, c2: 3 } });
    await off();
    expect(fake.backend.selectionRegistrations).toBe(0);
    await fake.fireSelectionChanged({ worksheetId: id, address: 'A1' });
    expect(seen).toHaveLength(2);
  });

  test('before any read, the sheet name is asked of Excel', async () => {
    const { fake, host } = setup();
    const seen: { sheet: string; cell: string }[] = [];
    await host.onSelectionChanged((at) => seen.push(at));
    await fake.fireSelectionChanged({ worksheetId: fake.wb.mustSheet('A').id, address: 'B2' });
    for (let i = 0; i < 5 && !seen.length; i++) await new Promise((r) => setTimeout(r, 5));
    expect(seen).toEqual([{ sheet: 'A', cell: 'B2' }]);
  });

  test('ExcelApi 1.7: one handler per sheet; none at all: a message in both languages', async () => {
    const { fake, host } = setup({ ...FULL_SUPPORT, collectionEvents: false });
    await host.read();
    const seen: { sheet: string; cell: string }[] = [];
    const off = await host.onSelectionChanged((at) => seen.push(at));
    expect(fake.backend.selectionRegistrations).toBe(2);
    await fake.fireSelectionChanged({ worksheetId: fake.wb.mustSheet('A').id, address: 'D4' });
    expect(seen).toEqual([{ sheet: 'A', cell: 'D4' }]);
    await off();
    expect(fake.backend.selectionRegistrations).toBe(0);

    const old = setup({ ...FULL_SUPPORT, collectionEvents: false, sheetEvents: false });
    await expect(old.host.onSelectionChanged(() => undefined)).rejects.toThrow(/ExcelApi 1\.7/);
  });
});
