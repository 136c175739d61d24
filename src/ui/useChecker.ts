/**
 * Runs a check: in the web page host.checkFile (reads the file again, reads and
 * checks in a Web Worker, with progress); elsewhere host.read() →
 * core.checkWorkbook. Only the newest run's result lands (a live-mode run
 * started later wins over an older one); a failed run keeps the previous
 * result on screen and reports the error. The grid read is kept for the sheet
 * picture, with what was checked (the file now, or the copy read earlier).
 */
import { startTransition, useCallback, useRef, useState } from 'react';
import type { CheckResult } from '../core/check';
import type { WorkbookGrid } from '../core/grid';
import type { Profile } from '../core/profile';
import type { CheckedFile, WorkbookHost } from '../host/types';
import type { CheckEngine, EngineLoader } from './engine';
import { errorText, type NewNotice } from './notices';

export interface CheckProgressState {
  stage: 'read' | 'check';
  sheets?: number;
}

export interface CheckState {
  result: CheckResult | null;
  engine: CheckEngine | null;
  checking: boolean;
  checkedAt: Date | null;
  /** The grid checked (for the sheet picture). */
  grid: WorkbookGrid | null;
  /** Web page: what was checked and when it was read. */
  from: CheckedFile['from'] | null;
  readAt: Date | null;
  progress: CheckProgressState | null;
}

export function useChecker(
  loadEngine: EngineLoader,
  notify: (n: NewNotice) => void,
  profile?: Profile | null,
) {
  const [state, setState] = useState<CheckState>({
    result: null,
    engine: null,
    checking: false,
    checkedAt: null,
    grid: null,
    from: null,
    readAt: null,
    progress: null,
  });
  const runId = useRef(0);

  const check = useCallback(
    async (host: WorkbookHost): Promise<CheckResult | null> => {
      const id = ++runId.current;
      setState((s) => ({ ...s, checking: true, progress: null }));
      let stage: 'read' | 'check' = 'check';
      try {
        const engine = await loadEngine();
        stage = 'read';
        let done: Omit<CheckState, 'engine' | 'checking' | 'checkedAt' | 'progress'>;
        if (host.checkFile) {
          const r = await host.checkFile(profile ?? undefined, (p) => {
            stage = p.stage;
            if (id === runId.current) setState((s) => ({ ...s, progress: p }));
          });
          done = { result: r.result, grid: r.grid, from: r.from, readAt: r.readAt };
        } else {
          const grid = await host.read();
          stage = 'check';
          done = { result: engine.check(grid, profile ?? undefined), grid, from: null, readAt: null };
        }
        // A transition: React renders a big result in slices, yielding to the page between them.
        if (id === runId.current)
          startTransition(() =>
            setState({ ...done, engine, checking: false, checkedAt: new Date(), progress: null }),
          );
        return done.result;
      } catch (err) {
        if (id === runId.current) setState((s) => ({ ...s, checking: false, progress: null }));
        const failed = (err as { stage?: unknown })?.stage ?? stage;
        notify({
          intent: 'error',
          key: 'check',
          // Names the file: the one open before stays open (and on screen) when a new one fails.
          title: (t) => `${failed === 'read' ? t.readError : t.checkError} · ${host.title()}`,
          body: errorText(err),
        });
        return null;
      }
    },
    [loadEngine, notify, profile],
  );

  return { ...state, check };
}
