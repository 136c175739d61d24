/**
 * Runs a check: host.read() → core.checkWorkbook → result. Only the newest
 * run's result lands (a live-mode run started later wins over an older one);
 * a failed run keeps the previous result on screen and reports the error.
 */
import { useCallback, useRef, useState } from 'react';
import type { CheckResult } from '../core/check';
import type { WorkbookHost } from '../host/types';
import type { CheckEngine, EngineLoader } from './engine';
import { errorText, type NewNotice } from './notices';

export interface CheckState {
  result: CheckResult | null;
  engine: CheckEngine | null;
  checking: boolean;
  checkedAt: Date | null;
}

export function useChecker(loadEngine: EngineLoader, notify: (n: NewNotice) => void) {
  const [state, setState] = useState<CheckState>({
    result: null,
    engine: null,
    checking: false,
    checkedAt: null,
  });
  const runId = useRef(0);

  const check = useCallback(
    async (host: WorkbookHost): Promise<CheckResult | null> => {
      const id = ++runId.current;
      setState((s) => ({ ...s, checking: true }));
      let stage: 'read' | 'check' = 'check';
      try {
        const engine = await loadEngine();
        stage = 'read';
        const grid = await host.read();
        stage = 'check';
        const result = engine.check(grid);
        if (id === runId.current) setState({ result, engine, checking: false, checkedAt: new Date() });
        return result;
      } catch (err) {
        if (id === runId.current) setState((s) => ({ ...s, checking: false }));
        notify({
          intent: 'error',
          title: (t) => (stage === 'read' ? t.readError : t.checkError),
          body: errorText(err),
        });
        return null;
      }
    },
    [loadEngine, notify],
  );

  return { ...state, check };
}
