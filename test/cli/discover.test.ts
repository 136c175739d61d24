import * as fs from 'fs';
import * as path from 'path';
import { discoverFiles } from '../../src/cli/discover';
import { tempDir } from '../xlsx/files';

describe('discoverFiles', () => {
  const dir = tempDir('discover');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeAll(() => {
    const touch = (rel: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), 'x');
    };
    for (const f of [
      'b.xlsx',
      'a.XLS',
      'c.xlsm',
      'notes.txt',
      'd.csv',
      '~$b.xlsx',
      '.~lock.b.xlsx#',
      'sub/e.xlsx',
      'sub/deeper/f.xls',
      '.git/g.xlsx',
      'node_modules/h.xlsx',
      'empty/readme.md',
    ])
      touch(f);
    fs.symlinkSync(dir, path.join(dir, 'sub', 'loop')); // not followed
    fs.symlinkSync(path.join(dir, 'b.xlsx'), path.join(dir, 'sub', 'link.xlsx')); // followed
  });

  it('finds workbooks recursively, skipping lock files, dot-folders, node_modules and folder links', async () => {
    const { files, emptyFolders } = await discoverFiles([dir]);
    expect(files.map((f) => path.relative(dir, f))).toEqual([
      'a.XLS',
      'b.xlsx',
      'c.xlsm',
      'sub/deeper/f.xls',
      'sub/e.xlsx',
      'sub/link.xlsx',
    ]);
    expect(emptyFolders).toEqual([]);
  });

  it('keeps files as given, whatever their extension, and missing paths too', async () => {
    const txt = path.join(dir, 'notes.txt');
    const missing = path.join(dir, 'missing.xlsx');
    const { files } = await discoverFiles([txt, missing, path.join(dir, 'sub')]);
    expect(files).toEqual([
      txt,
      missing,
      path.join(dir, 'sub', 'deeper', 'f.xls'),
      path.join(dir, 'sub', 'e.xlsx'),
      path.join(dir, 'sub', 'link.xlsx'),
    ]);
  });

  it('lists a file once, and names folders with no workbook', async () => {
    const b = path.join(dir, 'b.xlsx');
    const { files, emptyFolders } = await discoverFiles([b, b, path.join(dir, 'empty')]);
    expect(files).toEqual([b]);
    expect(emptyFolders).toEqual([path.join(dir, 'empty')]);
  });
});
