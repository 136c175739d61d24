/**
 * The checker as the pane uses it: the core's check (recheck.ts: checkWorkbook,
 * re-checking only what changed since the last call) and the rule
 * registry, loaded on demand (a chunk of its own, fetched after first render)
 * so the pane paints before the rules are parsed.
 */
import type { CheckResult } from '../core/check';
import type { WorkbookGrid } from '../core/grid';
import type { Profile } from '../core/profile';
import type { Rule } from '../core/rules/types';

export interface CheckEngine {
  check(wb: WorkbookGrid, profile?: Profile): CheckResult;
  rules: readonly Rule[];
}

export type EngineLoader = () => Promise<CheckEngine>;

let loading: Promise<CheckEngine> | null = null;

/** Loads the core once; later calls share the same promise. A failed load may be retried. */
export const loadEngine: EngineLoader = () => {
  loading ??= Promise.all([
    import(/* webpackChunkName: "core" */ '../core/recheck'),
    import(/* webpackChunkName: "core" */ '../core/rules/registry'),
  ]).then(
    ([core, registry]) => ({
      // After an edit (the live check) only the tables the edit touched are checked again.
      check: core.liveChecker(),
      rules: registry.allRules,
    }),
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
};
