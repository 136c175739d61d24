/**
 * Runs check jobs in a Web Worker (check.worker.ts, a chunk of its own that
 * bundles SheetJS and the core). One worker serves the page; a job waits for
 * the one before it. Only the page's entry imports this module (webpack
 * resolves the worker's URL); the tests run the job in their own thread.
 */
import type { Table } from '../core/model';
import type { Profile } from '../core/profile';
import {
  CheckJobError,
  type CheckJobResult,
  type CheckProgress,
  type JobError,
  unpackGrid,
} from './jobMessages';
import type { CheckRunner } from './fileHost';

interface Reply {
  id: number;
  tables?: Table[];
  progress?: CheckProgress;
  done?: CheckJobResult;
  error?: JobError;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<
  number,
  {
    resolve(r: CheckJobResult): void;
    reject(e: unknown): void;
    progress?(p: CheckProgress): void;
    tables: Table[];
  }
>();

function start(): Worker {
  const w = new Worker(
    // @ts-expect-error -- import.meta is module syntax: webpack bundles this as a module, tsconfig.json checks as CommonJS
    new URL(/* webpackChunkName: "check-worker" */ './check.worker.ts', import.meta.url),
  );
  w.onmessage = (e: MessageEvent<Reply>) => {
    const job = pending.get(e.data.id);
    if (!job) return;
    if (e.data.progress) job.progress?.(e.data.progress);
    else if (e.data.tables) job.tables.push(...e.data.tables);
    else {
      pending.delete(e.data.id);
      performance.mark?.('kpi-worker-done');
      if (e.data.done)
        job.resolve({
          grid: unpackGrid(e.data.done.grid),
          result: { ...e.data.done.result, tables: job.tables },
        });
      else job.reject(new CheckJobError(e.data.error ?? { message: 'worker failed', stage: 'check' }));
    }
  };
  w.onerror = (e) => {
    // The worker itself failed (its script did not load): every waiting job fails; the next starts a new one.
    for (const job of pending.values()) job.reject(new Error(e.message || 'worker failed'));
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return w;
}

export const workerChecker: CheckRunner = (bytes, name, profile?: Profile, progress?) =>
  new Promise<CheckJobResult>((resolve, reject) => {
    worker ??= start();
    const id = nextId++;
    pending.set(id, { resolve, reject, progress, tables: [] });
    worker.postMessage({ id, bytes, name, profile });
  });
