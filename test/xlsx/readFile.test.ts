import * as fs from 'fs';
import * as path from 'path';
import { readWorkbookFile, useNativeInflate } from '../../src/xlsx/readFile';
import { FileReadError, readWorkbookBytes } from '../../src/xlsx/readGrid';
import { allFixtures, SEED, tempDir, writeBadFiles } from './files';

describe('readWorkbookFile', () => {
  const dir = tempDir('readfile');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(allFixtures())('reads %s like readWorkbookBytes does', async (file) => {
    expect(await readWorkbookFile(file)).toEqual(readWorkbookBytes(fs.readFileSync(file), file));
  });

  it('reports a missing file', async () => {
    await expect(readWorkbookFile(path.join(dir, 'nope.xlsx'))).rejects.toMatchObject({
      code: 'not-found',
      name: 'FileReadError',
    });
  });

  it('reports a directory', async () => {
    const e = await readWorkbookFile(dir).catch((x) => x);
    expect(e).toBeInstanceOf(FileReadError);
    expect(e.code).toBe('not-excel');
    expect(e.message).toContain('文件夹');
    expect(e.message).toContain('folder');
  });

  it('checks the size before reading', async () => {
    await expect(readWorkbookFile(SEED, { maxBytes: 1024 })).rejects.toMatchObject({ code: 'too-large' });
  });

  it('reports every bad file with its code', async () => {
    for (const f of writeBadFiles(dir)) {
      await expect(readWorkbookFile(f.path)).rejects.toMatchObject({ code: f.code });
    }
  });

  it('fails fast on a damaged deflate stream (native inflate), where SheetJS alone would loop', async () => {
    useNativeInflate();
    const seed = Buffer.from(fs.readFileSync(SEED));
    // Overwrite the middle of the first compressed part with noise.
    let s = 7;
    for (let i = 0; i < 20; i++) {
      s = (s * 1103515245 + 12345) & 0x7fffffff;
      const p = s % seed.length;
      s = (s * 1103515245 + 12345) & 0x7fffffff;
      seed[p] = s & 255;
    }
    const p = path.join(dir, 'noise.xlsx');
    fs.writeFileSync(p, seed);
    const started = Date.now();
    await expect(readWorkbookFile(p)).rejects.toMatchObject({ code: 'corrupt' });
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('useNativeInflate', () => {
  it('leaves SheetJS able to write compressed workbooks too', () => {
    useNativeInflate();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const XLSX = require('@e965/xlsx') as typeof import('@e965/xlsx');
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['项目编码', '102001001']]), 'S');
    const bytes = new Uint8Array(
      XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer,
    );
    expect(readWorkbookBytes(bytes).sheets[0].values).toEqual([['项目编码', '102001001']]);
  });
});
