import { useCallback, useRef, useState } from 'react';
import type { NewNotice, Notice } from './notices';

/** A stack of notices; new ones go on top, none is replaced. */
export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);
  const push = useCallback((n: NewNotice) => {
    const id = nextId.current++;
    setNotices((list) => [{ ...n, id }, ...list]);
  }, []);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  return { notices, push, dismiss };
}
