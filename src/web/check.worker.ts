/**
 * The Web Worker that reads and checks a workbook off the page's thread, so
 * the page never freezes on a big file. Messages: in { id, bytes, name,
 * profile }; out { id, progress } …, then { id, done } or { id, error }.
 */
import type { Profile } from '../core/profile';
import { jobError, runCheckJob } from './checkJob';

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
    scope.postMessage({ id, done });
  } catch (err) {
    scope.postMessage({ id, error: jobError(err, stage) });
  }
};
