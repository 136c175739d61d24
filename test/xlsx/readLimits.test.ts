/**
 * Reading with limits: damaged packages are errors naming the part, zip bombs
 * are refused while inflating, cell addresses beyond Excel's limits are
 * refused, and a sheet with one far cell costs its cells.
 */
import * as fs from 'fs';
import * as path from 'path';
import { zipSync, strToU8 } from 'fflate';
import { readWorkbookBytes, FileReadError } from '../../src/xlsx/readGrid';
import { crc32, readZipParts, zipEntries } from '../../src/xlsx/zipParts';
import { xmlLooksWhole } from '../../src/xlsx/packageCheck';
import { checkWorkbook } from '../../src/core/check';

const HOSTILE = path.join(__dirname, '../../../shared/hostile');
const hostile = (name: string) => new Uint8Array(fs.readFileSync(path.join(HOSTILE, name)));

function readError(bytes: Uint8Array, name = 'x.xlsx'): FileReadError {
  try {
    readWorkbookBytes(bytes, name);
  } catch (e) {
    expect(e).toBeInstanceOf(FileReadError);
    return e as FileReadError;
  }
  throw new Error('read did not fail');
}

describe('damaged packages are errors naming the part', () => {
  it.each([
    ['05a-deflate-flip-sheet.xlsx', /worksheets\/sheet\d+\.xml/],
    ['05b-deflate-flip-sst.xlsx', /sharedStrings\.xml/i],
    ['05e-deflate-onebit.xlsx', /worksheets\/sheet\d+\.xml/],
    ['05f-xml-truncated.xlsx', /worksheets\/sheet\d+\.xml/],
    ['05g-missing-sheet-part.xlsx', /worksheets\/sheet\d+\.xml/],
    ['30a-no-sst-part.xlsx', /sharedStrings\.xml/i],
  ])('%s', (file, part) => {
    const e = readError(hostile(file));
    expect(e.code).toBe('corrupt');
    expect(e.part).toMatch(part);
    expect(e.messageZh).toMatch(/^文件已损坏：/);
    expect(e.messageZh).toContain(e.part as string);
    expect(e.messageEn).toContain(e.part as string);
  });

  it.each([
    '04-truncated-half.xlsx',
    '04b-truncated-tail.xlsx',
    '05c-deflate-flip-start.xlsx',
    '05d-deflate-flip-workbook.xlsx',
  ])('%s', (file) => expect(readError(hostile(file)).code).toBe('corrupt'));

  it('a damaged legacy .xls is damage, not an empty workbook', () => {
    const e = readError(hostile('18-xls-mutated.xls'), '18.xls');
    expect(e.code).toBe('corrupt');
    expect(e.part).toBe('Workbook');
  });

  it('a one-byte change in any part fails its CRC-32, even in a part nobody parses', () => {
    const bytes = zipSync(
      {
        '[Content_Types].xml': strToU8('<Types/>'),
        'xl/media/image1.png': new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]),
      },
      { level: 0 },
    );
    const e = zipEntries(bytes).find((x) => x.name.endsWith('.png'))!;
    bytes[e.data + 3] ^= 0x01;
    expect(() => readZipParts(bytes)).toThrow(/CRC-32/);
  });

  it('crc32 matches the standard check value', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
  });
});

describe('zip bombs are refused while inflating', () => {
  it.each(['06a-zipbomb-1GB.xlsx', '06b-zipbomb-600MB.xlsx'])('%s', (file) => {
    const e = readError(hostile(file));
    expect(e.code).toBe('too-large');
    expect(e.messageZh).toMatch(/^文件过大：/);
  });

  it('a part whose declared size lies is stopped at the declared size', () => {
    const big = new Uint8Array(4 * 1024 * 1024); // zeros: deflates to a few KB
    const bytes = zipSync({ 'xl/worksheets/sheet1.xml': big });
    // Declare 1 KB in the central directory: inflating must stop there and call it damage.
    const e = zipEntries(bytes)[0];
    let p = bytes.length - 22;
    const cd = bytes[p + 16] | (bytes[p + 17] << 8) | (bytes[p + 18] << 16);
    p = cd + 24;
    bytes[p] = 0;
    bytes[p + 1] = 4;
    bytes[p + 2] = 0;
    bytes[p + 3] = 0;
    expect(e.usize).toBe(big.length);
    expect(() => readZipParts(bytes)).toThrow(/大小与记录不符/);
  });

  it('a package over the total cap is refused', () => {
    const bytes = zipSync({ 'a.xml': new Uint8Array(300_000), 'b.xml': new Uint8Array(300_000) });
    expect(() => readZipParts(bytes, { maxTotalBytes: 500_000 })).toThrow(/文件过大/);
    expect(() => readZipParts(bytes, { maxPartBytes: 200_000 })).toThrow(/文件过大/);
    expect(readZipParts(bytes).parts.size).toBe(2);
  });
});

describe('cell addresses', () => {
  it.each(['50-cellref-row1e7.xlsx', '50-cellref-row1e8.xlsx'])('%s: beyond Excel is refused', (file) => {
    const e = readError(hostile(file));
    expect(e.code).toBe('corrupt');
    expect(e.messageZh).toMatch(/超出 Excel 范围.*D10{7,8}/);
  });

  it('XFD1048576 is read, sparse, and its tables checked', () => {
    const grid = readWorkbookBytes(hostile('20c-last-cell-XFD1048576.xlsx'), '20c.xlsx');
    const sheet = grid.sheets.find((s) => s.values.length === 1048576)!;
    expect(sheet).toBeDefined();
    expect(sheet.values[1048575][16383]).toBe('末格');
    // Empty rows share one array: the grid does not cost rows × widest row.
    expect(new Set(sheet.values).size).toBeLessThan(200);
    const result = checkWorkbook(grid);
    expect(result.tables.length).toBeGreaterThan(0);
  });
});

describe('xmlLooksWhole', () => {
  const u8 = (s: string) => strToU8(s);
  it('whole parts', () => {
    expect(xmlLooksWhole(u8('<?xml version="1.0"?>\n<a:worksheet x="1"><b/></a:worksheet>\r\n'))).toBe(true);
    expect(xmlLooksWhole(u8('<Types/>'))).toBe(true);
    expect(xmlLooksWhole(u8('\ufeff<root></root>'))).toBe(true);
  });
  it('cut-off parts', () => {
    expect(xmlLooksWhole(u8('<?xml version="1.0"?><worksheet><sheetData><row>'))).toBe(false);
    expect(xmlLooksWhole(u8('<worksheet><b/></workshe'))).toBe(false);
    expect(xmlLooksWhole(u8(''))).toBe(false);
  });
});

describe('hidden sheets', () => {
  it('are read, and say they are hidden or very hidden', () => {
    const grid = readWorkbookBytes(hostile('27-hidden.xlsx'), '27.xlsx');
    const states = grid.sheets.map((s) => s.hidden ?? 'visible');
    expect(states).toContain('hidden');
    expect(states).toContain('veryHidden');
    expect(states).toContain('visible');
  });
});

describe('a smaller zip bomb', () => {
  it('is refused by its ratio before it is inflated', () => {
    const bytes = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(40 * 1024 * 1024) });
    expect(() => readZipParts(bytes)).toThrow(/压缩炸弹/);
  });
});
