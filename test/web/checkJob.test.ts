import * as fs from 'fs';
import * as path from 'path';
import { serialize } from 'v8';
import { runCheckJob } from '../../src/web/checkJob';
import { packGrid, unpackGrid } from '../../src/web/jobMessages';

const LAST_CELL = path.resolve(__dirname, '../../../shared/hostile/20c-last-cell-XFD1048576.xlsx');
const SAMPLE = path.resolve(__dirname, '../../samples/seed-projects-2023.xlsx');

describe('the grid the worker posts to the page', () => {
  const hasLastCell = fs.existsSync(LAST_CELL);
  (hasLastCell ? test : test.skip)(
    'a sheet with one value in XFD1048576 crosses as the rows that hold something, and comes back whole',
    () => {
      const { grid } = runCheckJob(new Uint8Array(fs.readFileSync(LAST_CELL)), '20c.xlsx', undefined);
      const tall = grid.sheets.find((s) => s.values.length > 1_000_000);
      expect(tall).toBeDefined();
      const packed = packGrid(grid);
      // The structured clone a worker message makes is V8's serializer: holes are not written.
      expect(serialize(packed).length).toBeLessThan(serialize(grid).length / 20);
      const back = unpackGrid(structuredClone(packed));
      expect(back.sheets.map((s) => s.values.length)).toEqual(grid.sheets.map((s) => s.values.length));
      const sheet = back.sheets[grid.sheets.indexOf(tall!)];
      expect(sheet.values[500_000]).toEqual([]);
      expect(sheet.values[sheet.values.length - 1]).toEqual(tall!.values[tall!.values.length - 1]);
      expect(sheet.formats?.length).toBe(tall!.formats?.length);
    },
  );

  test('an ordinary workbook comes back equal', () => {
    const { grid } = runCheckJob(new Uint8Array(fs.readFileSync(SAMPLE)), 'seed.xlsx', undefined);
    expect(unpackGrid(structuredClone(packGrid(grid)))).toEqual(grid);
  });
});
