/**
 * The zip reader with Node's zlib (what the CLI uses) and with the portable inflate (what the
 * browser uses) must read the same cells and refuse the same damaged files with the same words.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { readWorkbookBytes } from '../../src/xlsx/readGrid';
import { useNativeInflate } from '../../src/xlsx/readFile';
import { useNativeZip } from '../../src/xlsx/zipParts';

const SHARED = path.join(__dirname, '../../../shared');
const files = [
  ...fs
    .readdirSync(path.join(SHARED, 'hostile'))
    .filter((f) => /\.(xlsx|xlsm)$/.test(f))
    .map((f) => path.join(SHARED, 'hostile', f)),
  path.join(SHARED, 'fixtures', 'seed-projects-2023.xlsx'),
  ...fs
    .readdirSync(path.join(SHARED, 'realworld'))
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => path.join(SHARED, 'realworld', f)),
];

function outcome(bytes: Uint8Array, name: string): unknown {
  try {
    const wb = readWorkbookBytes(bytes, name);
    return { sheets: wb.sheets.map((s) => [s.name, s.values, s.merges]) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

afterAll(() => useNativeInflate());

describe('zip reader: native zlib and portable inflate agree', () => {
  it.each(files.map((f) => [path.basename(f), f]))('%s', (_name, file) => {
    const bytes = new Uint8Array(fs.readFileSync(file));
    useNativeInflate();
    const native = outcome(bytes, file);
    useNativeZip(null);
    const portable = outcome(bytes, file);
    expect(native).toEqual(portable);
  });

  it('uses the native inflate once the Node adapter asks for it', () => {
    const calls: number[] = [];
    useNativeZip({
      inflateRaw: (d, max) => {
        calls.push(max);
        return zlib.inflateRawSync(d, { maxOutputLength: Math.max(1, max) });
      },
    });
    readWorkbookBytes(new Uint8Array(fs.readFileSync(files[files.length - 1])));
    expect(calls.length).toBeGreaterThan(0);
  });
});
