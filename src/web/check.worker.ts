/**
 * The Web Worker that reads and checks a workbook off the page's thread, so
 * the page never freezes on a big file. Messages: in { id, bytes, name,
 * profile }; out { id, progress } …, { id, tables } … (in order), then { id, done }
 * (its result's tables empty: the pieces before are they) or { id, error }.
 */
import type { Profile } from '../core/profile';
import { runCheckJob } from './checkJob';
import { jobError, packGrid } from './jobMessages';

const TABLES_PER_MESSAGE = 8;

interface Request {
  id: number;
  bytes: Uint8Array;
  name: string;
  profile?: Profile;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<Request>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (e) => {
  const { id, bytes, name, profile } = e.data;
  let stage: 'read' | 'check' = 'read';
  try {
    const done = runCheckJob(bytes, name, profile, (progress) => {
      stage = progress.stage;
      scope.postMessage({ id, progress });
    });
    // The tables go in small messages: the page reads each in a task of its own, so no one
    // task holds the page for long (a thousand tables in one message: about a second).
    const { tables, ...rest } = done.result;
    for (let i = 0; i < tables.length; i += TABLES_PER_MESSAGE)
      scope.postMessage({ id, tables: tables.slice(i, i + TABLES_PER_MESSAGE) });
    scope.postMessage({ id, done: { grid: packGrid(done.grid), result: { ...rest, tables: [] } } });
  } catch (err) {
    scope.postMessage({ id, error: jobError(err, stage) });
  }
};
