/**
 * The check pool in isolation, with a stand-in worker (fixtures/fakeWorker.js):
 * a file that exhausts the heap, hangs, aborts or throws becomes that file's
 * fatal error, its worker is replaced and the next files are still checked;
 * results come in input order; no more than the window is checked ahead.
 */
import * as path from 'path';
import { checkAll, type PoolOptions } from '../../src/cli/pool';
import type { FileReport } from '../../src/cli/report';
import { defaultProfile } from '../../src/core/profile';

const FAKE = path.join(__dirname, 'fixtures', 'fakeWorker.js');

function options(o: Partial<PoolOptions> = {}): PoolOptions {
  return { jobs: 2, profile: defaultProfile(), memoryMb: 64, timeoutMs: 3000, workerFile: FAKE, ...o };
}

async function collect(files: string[], o: Partial<PoolOptions> = {}): Promise<FileReport[]> {
  const out: FileReport[] = [];
  await checkAll(files, options(o), (r, i) => {
    expect(i).toBe(out.length);
    out.push(r);
  });
  return out;
}

describe('check pool', () => {
  it('emits in input order whatever order the workers answer in', async () => {
    const files = Array.from({ length: 40 }, (_, i) => `f${i}.xlsx`);
    const out = await collect(files, { jobs: 3, window: 5 });
    expect(out.map((r) => r.file)).toEqual(files);
    expect(out.every((r) => r.error === null)).toBe(true);
  });

  it('reports a heap blow-up, a hang, an abort and a throw as those files, and checks the rest', async () => {
    const files = [
      'a.xlsx',
      'bomb.xlsx',
      'b.xlsx',
      'hang.xlsx',
      'c.xlsx',
      'abort.xlsx',
      'throw.xlsx',
      'd.xlsx',
    ];
    const out = await collect(files, { timeoutMs: 8000 });
    expect(out.map((r) => r.file)).toEqual(files);
    const byFile = Object.fromEntries(out.map((r) => [r.file, r.error]));
    for (const ok of ['a.xlsx', 'b.xlsx', 'c.xlsx', 'd.xlsx']) expect(byFile[ok]).toBeNull();
    expect(byFile['bomb.xlsx']).toMatchObject({ code: 'too-large' });
    expect(byFile['bomb.xlsx']!.text.zh).toMatch(/^文件过大或已损坏：检查时超出内存上限（64 MB）/);
    expect(byFile['bomb.xlsx']!.text.en).toMatch(/too large or damaged/);
    expect(byFile['hang.xlsx']).toMatchObject({ code: 'timeout' });
    expect(byFile['hang.xlsx']!.text.zh).toContain('8 秒');
    expect(byFile['abort.xlsx']).toMatchObject({ code: 'too-large' });
    expect(byFile['abort.xlsx']!.text.zh).toMatch(/^文件过大或已损坏/);
    expect(byFile['throw.xlsx']).toMatchObject({ code: 'internal' });
  }, 60000);

  it('with one worker, a file that kills it does not stop the files after it', async () => {
    const out = await collect(['bomb.xlsx', 'abort.xlsx', 'x.xlsx'], { jobs: 1 });
    expect(out.map((r) => r.error?.code ?? null)).toEqual(['too-large', 'too-large', null]);
  }, 60000);

  (process.platform === 'linux' ? it : it.skip)(
    'stops a worker whose memory outside the heap passes the limit (Linux)',
    async () => {
      const out = await collect(['buffers.xlsx', 'y.xlsx'], { jobs: 1, memoryMb: 200, timeoutMs: 20000 });
      expect(out[0].error).toMatchObject({ code: 'too-large' });
      expect(out[0].error!.text.zh).toContain('超出内存上限（200 MB）');
      expect(out[1].error).toBeNull();
    },
    60000,
  );

  it('refuses to start without its worker script', async () => {
    await expect(
      checkAll(['a.xlsx'], options({ workerFile: '/nonexistent/worker.js' }), () => undefined),
    ).rejects.toThrow(/worker script not found/);
  });

  describe('a single file', () => {
    const FIXTURES = path.join(__dirname, '../../../shared/fixtures');
    const seed = path.join(FIXTURES, 'seed-projects-2023.xlsx');
    const xls = path.join(FIXTURES, 'third-party', 'seed-saved-as-xls-97.xls');

    it('a small .xlsx is checked in this process (the stand-in worker would find nothing)', async () => {
      const [r] = await collect([seed], { inProcessUpTo: 8 << 20 });
      expect(r.result?.findings.length).toBeGreaterThan(0);
    });

    it('goes to a worker when in-process checking is off, when it is bigger, or when it is a legacy .xls', async () => {
      for (const o of [{}, { inProcessUpTo: 1000 }]) {
        const [r] = await collect([seed], o);
        expect(r.result?.findings).toEqual([]);
      }
      const [r] = await collect([xls], { inProcessUpTo: 8 << 20 });
      expect(r.result?.findings).toEqual([]);
    });
  });
});
