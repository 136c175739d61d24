/**
 * A worker process of the check pool (pool.ts): first receives its setup
 * (the profile), then `{index, file}` per file, and answers `{index, report}`.
 * Runs with a heap limit set by the pool; a file that exhausts it, or crashes
 * V8, ends this process only, and the pool reports that file and starts
 * another worker.
 */
import type { Profile } from '../core/profile';
import { checkFile } from './checkFile';

interface Setup {
  profile: Profile;
  extract: boolean;
}

let setup: Setup | undefined;
const send = process.send?.bind(process);

if (send) {
  process.on('message', (m: { setup?: Setup; index?: number; file?: string }) => {
    if (m.setup) {
      setup = m.setup;
      return;
    }
    if (m.index === undefined || m.file === undefined || !setup) return;
    const index = m.index;
    checkFile(m.file, setup.profile, { extract: setup.extract }).then(
      (report) => send({ index, report }),
      (e: unknown) => send({ index, crash: e instanceof Error ? e.message : String(e) }),
    );
  });
  // The pool ends this process when it is done; a closed channel means the pool is gone.
  process.on('disconnect', () => process.exit(0));
}
