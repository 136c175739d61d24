/**
 * A worker process of the check pool (pool.ts): first receives its setup
 * (the profile), then `{index, file}` per file, and answers `{index, report}`.
 * Runs with a heap limit set by the pool; a file that exhausts it, or crashes
 * V8, ends this process only, and the pool reports that file and starts
 * another worker.
 */
import type { Profile } from '../core/profile';
import { checkFile } from './checkFile';
import { tuneV8ForShortRun } from './v8Flags';

// The CLI's V8 setting for a one-run process, as the CLI itself applies it (KPICHECK_V8_DEFAULTS, inherited
// from the CLI's environment, leaves V8 at its defaults here too). At run time, not on the command line:
// a Node whose V8 no longer knows the setting would refuse to start a worker given it there.
tuneV8ForShortRun();

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
