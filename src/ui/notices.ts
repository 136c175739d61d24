/** Messages shown in the MessageBar stack: kept until dismissed, rendered in the current language. */
import type { Lang, Messages } from './messages';

export type NoticeIntent = 'error' | 'warning' | 'success' | 'info';

export interface Notice {
  id: number;
  intent: NoticeIntent;
  title: (t: Messages) => string;
  /** Detail text per language (an error's own message, a host's reason). */
  body?: Record<Lang, string>;
  /** A notice with a key replaces an older one with the same key, and is dismissed once its cause is resolved. */
  key?: string;
}

export type NewNotice = Omit<Notice, 'id'>;

/**
 * An error's own message in both languages. The project's errors carry
 * messageEn (and FileReadError messageZh, its `message` being both joined).
 */
export function errorText(err: unknown): Record<Lang, string> {
  if (typeof err === 'object' && err !== null && 'message' in err) {
    const e = err as { message?: unknown; messageZh?: unknown; messageEn?: unknown };
    const text = (v: unknown) => (typeof v === 'string' && v ? v : null);
    const zh = text(e.messageZh) ?? String(e.message ?? '');
    return { zh, en: text(e.messageEn) ?? zh };
  }
  const s = String(err);
  return { zh: s, en: s };
}
