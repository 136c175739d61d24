/**
 * Fuzz: byte- and XML-mutated workbooks, each read and checked in a worker
 * thread with a memory limit and a time limit. No exception other than a
 * FileReadError escapes the reader, nothing hangs or crashes the worker, and
 * no file whose zip parts fail their CRC-32 (checked here independently, with
 * Node's zlib) is read as if it were sound.
 *
 * Uses the built reader (dist/, made by `npm run build:cli`, which `npm test`
 * runs first). FUZZ_CASES sets the number of cases (default 300; `npm run
 * fuzz` runs 3000), FUZZ_SEED the first seed.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { Worker } from 'worker_threads';
import { mutateBytes, mutateXml, rng } from './fuzz/mutate';

const ROOT = path.join(__dirname, '../..');
const SHARED = path.join(ROOT, '../shared');
const SEEDS = [
  path.join(SHARED, 'fixtures/seed-projects-2023.xlsx'),
  path.join(SHARED, 'hostile/all.xlsx'),
  path.join(SHARED, 'hostile/macro.xlsm'),
  path.join(SHARED, 'fixtures/third-party/seed-saved-as-xls-97.xls'),
].filter((f) => fs.existsSync(f));

const CASES = Number(process.env.FUZZ_CASES ?? 300);
const FIRST_SEED = Number(process.env.FUZZ_SEED ?? 1);
const CASE_MS = 20_000;
const LIMITS = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 };

type Outcome =
  | { status: 'read'; tables: number; findings: number }
  | { status: 'refused'; code: string; part?: string }
  | { status: 'threw'; error: string }
  | { status: 'crashed'; error: string }
  | { status: 'timeout' };

/** Does any part of the zip fail to inflate or fail its CRC-32? 'unknown' when even the directory cannot be walked. */
function crcVerdict(b: Buffer): 'bad' | 'ok' | 'unknown' {
  try {
    let eocd = -1;
    for (let i = b.length - 22; i >= 0 && i >= b.length - 22 - 0xffff; i--)
      if (b.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    if (eocd < 0) return 'unknown';
    const count = b.readUInt16LE(eocd + 10);
    let p = b.readUInt32LE(eocd + 16);
    for (let k = 0; k < count; k++) {
      if (b.readUInt32LE(p) !== 0x02014b50) return 'unknown';
      const method = b.readUInt16LE(p + 10);
      const crc = b.readUInt32LE(p + 16);
      const csize = b.readUInt32LE(p + 20);
      const nameLen = b.readUInt16LE(p + 28);
      const local = b.readUInt32LE(p + 42);
      if (b.readUInt32LE(local) !== 0x04034b50) return 'unknown';
      const data = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
      const raw = b.subarray(data, data + csize);
      let out: Buffer;
      try {
        out = method === 0 ? raw : zlib.inflateRawSync(raw, { maxOutputLength: 256 * 1024 * 1024 });
      } catch {
        return 'bad';
      }
      if (zlib.crc32(out) !== crc) return 'bad';
      p += 46 + nameLen + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
    }
    return 'ok';
  } catch {
    return 'unknown';
  }
}

class Pool {
  private worker: Worker | null = null;
  private next = 0;

  private spawn(): Worker {
    return new Worker(path.join(__dirname, 'fuzz/worker.js'), { resourceLimits: LIMITS });
  }

  run(bytes: Uint8Array, name: string): Promise<Outcome> {
    const w = (this.worker ??= this.spawn());
    const id = this.next++;
    return new Promise<Outcome>((resolve) => {
      const done = (o: Outcome, kill: boolean) => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        if (kill) {
          this.worker = null;
          void w.terminate();
        }
        resolve(o);
      };
      const onMessage = (m: Outcome & { id: number }) => {
        if (m.id === id) done(m, false);
      };
      const onError = (e: Error) => done({ status: 'crashed', error: String(e) }, true);
      const onExit = (code: number) => done({ status: 'crashed', error: `worker exited with ${code}` }, true);
      const timer = setTimeout(() => done({ status: 'timeout' }, true), CASE_MS);
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      w.postMessage({ id, bytes, name });
    });
  }

  async close(): Promise<void> {
    if (this.worker) await this.worker.terminate();
    this.worker = null;
  }
}

jest.setTimeout(Math.max(120_000, CASES * 2_000));

describe('fuzz: mutated workbooks', () => {
  const pool = new Pool();
  afterAll(() => pool.close());

  it(`${CASES} cases: no escape, no hang, no crash, no CRC failure read as sound`, async () => {
    expect(SEEDS.length).toBeGreaterThan(0);
    const sources = SEEDS.map((f) => ({ name: path.basename(f), bytes: new Uint8Array(fs.readFileSync(f)) }));
    const problems: string[] = [];
    const tally: Record<string, number> = {};
    for (let k = 0; k < CASES; k++) {
      const seed = FIRST_SEED + k;
      const r = rng(seed);
      const src = sources[k % sources.length];
      const isZip = src.bytes[0] === 0x50;
      const byXml = isZip && k % 2 === 1;
      let bytes: Uint8Array;
      let what: string;
      if (byXml) {
        const m = mutateXml(src.bytes, r);
        bytes = m.bytes;
        what = `xml ${m.part}`;
      } else {
        bytes = mutateBytes(src.bytes, r);
        what = 'bytes';
      }
      const crc = isZip && !byXml ? crcVerdict(Buffer.from(bytes)) : 'ok';
      const out = await pool.run(bytes, src.name);
      const label = `${out.status}${out.status === 'refused' ? ':' + out.code : ''}`;
      tally[label] = (tally[label] ?? 0) + 1;
      const where = `seed ${seed} (${src.name}, ${what})`;
      if (out.status === 'threw' || out.status === 'crashed')
        problems.push(`${where}: ${out.status} ${out.error}`);
      else if (out.status === 'timeout') problems.push(`${where}: no answer in ${CASE_MS} ms`);
      else if (crc === 'bad' && out.status === 'read')
        problems.push(`${where}: a part fails its CRC-32, yet the file was read (${out.tables} tables)`);
    }
    if (process.env.FUZZ_VERBOSE) console.log(tally);
    // The mix is real: some mutated files are refused as damaged, some still read.
    expect(tally['refused:corrupt'] ?? 0).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
