import { useCallback, useRef, useState } from 'react';
import type { NewNotice, Notice } from './notices';

/**
 * A stack of notices; new ones go on top. A notice with a key replaces the one
 * with the same key; `resolve(key)` dismisses it once its cause is gone;
 * `clearAll` starts over (a new file opened).
 */
export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);
  const push = useCallback((n: NewNotice) => {
    const id = nextId.current++;
    setNotices((list) => [{ ...n, id }, ...list.filter((x) => !n.key || x.key !== n.key)]);
  }, []);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const resolve = useCallback(
    (key: string) =>
      setNotices((list) => (list.some((n) => n.key === key) ? list.filter((n) => n.key !== key) : list)),
    [],
  );
  const clearAll = useCallback(() => setNotices((list) => (list.length ? [] : list)), []);
  return { notices, push, dismiss, resolve, clearAll };
}
