/**
 * The check pool: files checked in worker processes, `jobs` at a time, each
 * worker with a heap limit and each file with a time limit. Processes rather
 * than worker_threads: a V8 fatal error (a string over V8's limit while
 * inflating a zip bomb aborts the whole process, worker threads included)
 * or a native crash then ends that worker only. Results are handed
 * to `emit` in input order, one at a time (the next only after the previous
 * one's write has finished), and at most `window` files are checked ahead of
 * the one being written, so memory stays flat however many files there are.
 *
 * A file that exhausts a worker's heap, crashes it or runs past the time
 * limit becomes that file's fatal error ("文件过大或已损坏…"); its worker is
 * ended and replaced, and the next file is checked.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import { fork, type ChildProcess } from 'child_process';
import type { CheckOptions } from '../core/check';
import type { Profile } from '../core/profile';
import { MSG } from './messages';
import type { FileReport } from './report';

export interface PoolOptions {
  jobs: number;
  profile: Profile;
  /** Heap limit per worker (old generation), in MB. */
  memoryMb: number;
  /** Time limit per file, in ms. */
  timeoutMs: number;
  /** Carry each table's indicators back (kpicheck report). */
  extract?: boolean;
  /** How many files may be checked ahead of the next one to emit (default 4 × jobs). */
  window?: number;
  /** The worker script (default: checkWorker.js beside this module, or the built one). */
  workerFile?: string;
  /**
   * A single .xlsx/.xlsm file up to this size (bytes) is checked in this process, without a
   * worker: a fork costs a second node start and module load, and the reader's own limits
   * (inflated sizes, ratios, cell addresses) already refuse the files that could exhaust memory.
   * 0: always a worker.
   */
  inProcessUpTo?: number;
  /**
   * Seams into the core's check (a sheet reader, the rules; tests inject failing ones).
   * Functions do not cross into a worker, so with seams the files are checked in this
   * process, one at a time, without the memory and time limits.
   */
  seams?: CheckOptions;
}

/** The compiled worker: beside this file when running from dist/, else dist/cli/ of the package. */
function workerScript(): string {
  const beside = path.join(__dirname, 'checkWorker.js');
  if (fs.existsSync(beside)) return beside;
  return path.join(__dirname, '..', '..', 'dist', 'cli', 'checkWorker.js');
}

interface Task {
  index: number;
  timer: NodeJS.Timeout;
  /** Why the worker was stopped, when the pool stopped it. */
  stopped?: 'timeout' | 'memory';
  /** The worker's error event, if any. */
  failure?: Error;
}

interface Slot {
  worker: ChildProcess;
  task?: Task;
}

const WATCHDOG_MS = 100;

/**
 * A zip container (.xlsx, .xlsm) of at most `limit` bytes. Those are read by the zip reader's own
 * checks (sizes, ratios, CRC-32) and SheetJS's XML parser; legacy formats (.xls, .et) go through
 * SheetJS's binary parsers, which a damaged file can send into a loop: they stay in a worker
 * with its time limit. A file that cannot be read goes to the worker too, which reports why.
 */
function smallZip(file: string, limit: number): boolean {
  let fd: number | undefined;
  try {
    const st = fs.statSync(file);
    if (!st.isFile() || st.size > limit || st.size < 4) return false;
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(4);
    fs.readSync(fd, head, 0, 4, 0);
    return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function rssReadable(): boolean {
  return process.platform === 'linux' && fs.existsSync(`/proc/${process.pid}/status`);
}

/** Resident memory of a process in MB (Linux /proc), 0 when it cannot be read. */
function residentMb(pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

export class PoolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PoolError';
  }
}

export function checkAll(
  files: readonly string[],
  options: PoolOptions,
  emit: (report: FileReport, index: number) => Promise<void> | void,
): Promise<void> {
  const n = files.length;
  if (n === 0) return Promise.resolve();
  if (options.seams) return checkInProcess(files, options, options.seams, emit);
  if (n === 1 && (options.inProcessUpTo ?? 0) > 0 && smallZip(files[0], options.inProcessUpTo!))
    return checkInProcess(files, options, {}, emit);
  // Many files: the main process only hands them out and writes results. Keep V8's young
  // generation at its starting size, or it grows with the number of files (16 MB at 2,000
  // files, garbage only) and the peak memory with it.
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  const jobs = Math.max(1, Math.min(options.jobs, n));
  const window = Math.max(jobs, options.window ?? jobs * 4);
  const script = options.workerFile ?? workerScript();
  if (!fs.existsSync(script))
    return Promise.reject(new PoolError(`worker script not found: ${script} (run npm run build:cli)`));

  return new Promise<void>((resolve, reject) => {
    const done = new Map<number, FileReport>();
    const slots: Slot[] = [];
    let next = 0; // next index to emit
    let dispatched = 0;
    let pumping = false;
    let finished = false;

    /** Ends every worker and waits for them (up to 2 s), so none outlives the run and their time is counted. */
    const finish = (err?: unknown) => {
      if (finished) return;
      finished = true;
      if (watchdog) clearInterval(watchdog);
      const exits = slots.map(
        (s) =>
          new Promise<void>((done) => {
            if (s.task) clearTimeout(s.task.timer);
            if (s.worker.exitCode !== null || s.worker.signalCode !== null) return done();
            s.worker.once('exit', () => done());
            s.worker.kill();
          }),
      );
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((done) => (timer = setTimeout(done, 2000)));
      void Promise.race([Promise.all(exits), grace]).then(() => {
        clearTimeout(timer);
        if (err) reject(err);
        else resolve();
      });
    };

    const fatal = (index: number, code: string, t: { zh: string; en: string }): FileReport => ({
      file: files[index],
      error: { code, text: t },
      result: null,
    });

    const spawn = (): Slot => {
      const slot = {} as Slot;
      const worker = fork(script, [], {
        // A 2 MB young generation: V8 otherwise grows it with the files a worker has checked
        // (peak memory 1.3× at 2,000 files against 200), for no gain in speed (scripts/bench-folder.js).
        // (The worker applies the CLI's compiler setting itself, at run time: v8Flags.ts.)
        execArgv: [`--max-old-space-size=${options.memoryMb}`, '--max-semi-space-size=2'],
        serialization: 'advanced',
        // A library's console output, or V8's fatal-error dump, must not mix into the report.
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
      let lastWords = '';
      worker.stderr?.on('data', (d: Buffer) => {
        lastWords = (lastWords + d.toString('utf8')).slice(-2000);
      });
      worker.send({ setup: { profile: options.profile, extract: Boolean(options.extract) } });
      worker.on('message', (m: { index: number; report?: FileReport; crash?: string }) => {
        const task = slot.task;
        if (!task || task.index !== m.index) return;
        clearTimeout(task.timer);
        slot.task = undefined;
        const t = MSG.internalError(m.crash ?? '');
        done.set(m.index, m.report ?? fatal(m.index, 'internal', t));
        feed(slot);
        void pump();
      });
      worker.on('error', (e: Error) => {
        if (slot.task) slot.task.failure = e;
      });
      worker.on('exit', () => {
        if (finished) return;
        const task = slot.task;
        slot.task = undefined;
        if (task) {
          clearTimeout(task.timer);
          const why =
            task.stopped === 'timeout'
              ? MSG.fileTimeout(options.timeoutMs / 1000)
              : task.stopped === 'memory' ||
                  /heap out of memory|Reached heap limit|allocation failed/i.test(lastWords)
                ? MSG.fileOutOfMemory(options.memoryMb)
                : MSG.fileCrashed(task.failure?.message ?? '');
          done.set(task.index, fatal(task.index, task.stopped === 'timeout' ? 'timeout' : 'too-large', why));
        }
        // Replace the worker, keeping its place in the pool.
        const i = slots.indexOf(slot);
        if (i >= 0) {
          try {
            slots[i] = spawn();
          } catch (e) {
            finish(e);
            return;
          }
          feed(slots[i]);
        }
        void pump();
      });
      slot.worker = worker;
      return slot;
    };

    const feed = (slot: Slot) => {
      if (finished || slot.task || dispatched >= n || dispatched - next >= window) return;
      const index = dispatched++;
      const task: Task = {
        index,
        timer: setTimeout(() => {
          task.stopped = 'timeout';
          slot.worker.kill();
        }, options.timeoutMs),
      };
      slot.task = task;
      slot.worker.send({ index, file: files[index] });
    };

    const pump = async () => {
      if (pumping || finished) return;
      pumping = true;
      try {
        while (done.has(next)) {
          const r = done.get(next)!;
          done.delete(next);
          await emit(r, next);
          next++;
          for (const s of slots) feed(s);
        }
      } catch (e) {
        finish(e);
        return;
      } finally {
        pumping = false;
      }
      if (next === n) finish();
    };

    // The heap limit does not cover memory outside V8's heap (a zip bomb inflated into one
    // buffer): where the system tells (Linux), a worker whose resident memory passes the
    // limit is stopped too.
    const watchdog = rssReadable()
      ? setInterval(() => {
          for (const s of slots) {
            const pid = s.worker.pid;
            if (!s.task || s.task.stopped || pid === undefined) continue;
            if (residentMb(pid) > options.memoryMb) {
              s.task.stopped = 'memory';
              s.worker.kill('SIGKILL');
            }
          }
        }, WATCHDOG_MS)
      : undefined;
    watchdog?.unref();

    try {
      for (let i = 0; i < jobs; i++) slots.push(spawn());
    } catch (e) {
      finish(e);
      return;
    }
    for (const s of slots) feed(s);
  });
}

/** The same results, checked here in order (for seams that cannot be sent to a worker). */
async function checkInProcess(
  files: readonly string[],
  options: PoolOptions,
  seams: CheckOptions,
  emit: (report: FileReport, index: number) => Promise<void> | void,
): Promise<void> {
  // Loaded here only: the parent process otherwise never loads the checker (start-up time).
  const { checkFile } = await import('./checkFile');
  for (let i = 0; i < files.length; i++)
    await emit(await checkFile(files[i], options.profile, { extract: options.extract, seams }), i);
}
