/**
 * V8 settings for a checking process, which lives for one run.
 *
 * A run is mostly first runs of the reader's and the rules' functions. V8 optimizes the hot ones on
 * background threads, and by default inlines what they call: a rule's `check` then takes 20–50 ms
 * to optimize, and a 1,000-table check queued about 1.6 s of optimizing work, on threads that share
 * the machine's cores with the check itself (two on a typical office or CI machine). Without
 * inlining, optimized code comes sooner and costs a fraction of that; the check of 1,000 tables
 * took about 15% less time, 100 tables about 5% less, and 5,000 tables the same
 * (docs/benchmarks.md). Set before the checker's code runs hot: at the CLI's start and at the start
 * of each of the pool's worker processes. Only this compiler setting is changed at run time:
 * V8 reads it when it starts an optimizing job; settings of the heap or the collector must not be
 * changed in a running process.
 */
import * as v8 from 'v8';

export const SHORT_RUN_V8_FLAGS: readonly string[] = ['--no-turbo-inlining'];

/** Applies SHORT_RUN_V8_FLAGS to this process (a no-op when KPICHECK_V8_DEFAULTS is set, for comparisons). */
export function tuneV8ForShortRun(env: Record<string, string | undefined> = process.env): void {
  if (env.KPICHECK_V8_DEFAULTS) return;
  for (const flag of SHORT_RUN_V8_FLAGS) {
    try {
      v8.setFlagsFromString(flag);
    } catch {
      // A runtime that refuses changes (flags frozen) checks at its default speed: never a reason to
      // stop. (A V8 that does not know a flag does not throw: it prints a warning and goes on.)
    }
  }
}
