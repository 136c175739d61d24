/**
 * Light or dark: the Office theme's body background where the host gives one
 * (Office.context.officeTheme, passed in by the entry), else the system's
 * prefers-color-scheme, followed live.
 */
import { useEffect, useState } from 'react';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** True for a dark colour (#rrggbb / #rgb), null when it cannot be read. */
export function isDarkColor(color: string | undefined): boolean | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((color ?? '').trim());
  if (!m) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

function systemDark(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia(DARK_QUERY).matches
  );
}

export function useDarkMode(officeBackground?: string): boolean {
  const fromOffice = isDarkColor(officeBackground);
  const [system, setSystem] = useState(systemDark);
  useEffect(() => {
    if (fromOffice !== null || typeof window.matchMedia !== 'function') return;
    const mq = window.matchMedia(DARK_QUERY);
    const onChange = () => setSystem(mq.matches);
    mq.addEventListener?.('change', onChange);
    return () => mq.removeEventListener?.('change', onChange);
  }, [fromOffice]);
  return fromOffice ?? system;
}
