/**
 * The checker as the pane uses it: the core's checkWorkbook and the rule
 * registry, loaded on demand (a chunk of its own, fetched after first render)
 * so the pane paints before the rules are parsed.
 */
import type { CheckResult } from '../core/check';
import type { WorkbookGrid } from '../core/grid';
import type { Rule } from '../core/rules/types';

export interface CheckEngine {
  check(wb: WorkbookGrid): CheckResult;
  rules: readonly Rule[];
}

export type EngineLoader = () => Promise<CheckEngine>;

let loading: Promise<CheckEngine> | null = null;

/** Loads the core once; later calls share the same promise. A failed load may be retried. */
export const loadEngine: EngineLoader = () => {
  loading ??= Promise.all([
    import(/* webpackChunkName: "core" */ '../core/check'),
    import(/* webpackChunkName: "core" */ '../core/rules/registry'),
  ]).then(
    ([core, registry]) => ({ check: (wb: WorkbookGrid) => core.checkWorkbook(wb), rules: registry.allRules }),
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
};
