/**
 * Live check (Excel only): while enabled, subscribes to host.onChanged and
 * calls `recheck` once edits have paused for `delayMs`. A host that cannot
 * subscribe (older Excel) reports through `onFailed`.
 */
import { useEffect, useRef } from 'react';
import type { WorkbookHost } from '../host/types';
import { canNotifyChanges } from './hostCapabilities';

export const LIVE_DEBOUNCE_MS = 800;

export function useLiveCheck(
  host: WorkbookHost | null,
  enabled: boolean,
  recheck: () => void,
  onFailed: (err: unknown) => void,
  delayMs = LIVE_DEBOUNCE_MS,
) {
  const latest = useRef({ recheck, onFailed });
  useEffect(() => {
    latest.current = { recheck, onFailed };
  });

  useEffect(() => {
    if (!enabled || !canNotifyChanges(host)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let unsubscribe: (() => void | Promise<void>) | undefined;
    const onChanged = () => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current.recheck(), delayMs);
    };
    Promise.resolve()
      .then(() => host.onChanged(onChanged))
      .then(
        (off) => {
          if (typeof off !== 'function') return;
          if (stopped) void Promise.resolve(off()).catch(() => undefined);
          else unsubscribe = off;
        },
        (err: unknown) => {
          if (!stopped) latest.current.onFailed(err);
        },
      );
    return () => {
      stopped = true;
      clearTimeout(timer);
      if (unsubscribe) void Promise.resolve(unsubscribe()).catch(() => undefined);
    };
  }, [host, enabled, delayMs]);
}
