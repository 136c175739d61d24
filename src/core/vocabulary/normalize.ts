/** Text normalisation used for matching labels and level names. */

import { halfWidth } from '../width';
import { remembered } from '../memo';

export { halfWidth };

// Workbooks repeat the same labels and level names thousands of times.
const labelRemembered = remembered(normLabelUncached);
const coreRemembered = remembered(normCoreUncached);

const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const ENUM_PREFIX =
  /^(?:[一二三四五六七八九十]+[、.．]|\(?[一二三四五六七八九十]+\)|\d+[、.．)](?!\d)|\(\d+\))/;
const REQUIRED_MARK = /^[*＊★]+|[*＊★]+$/g;
const TRAILING_COLON = /[:：]+$/;

/** Collapse for matching: half-width, no spaces or line breaks, no enumerator prefix, no required-mark stars, no trailing colon. */
export function normLabel(s: string): string {
  return labelRemembered(s);
}

function normLabelUncached(s: string): string {
  let t = halfWidth(s).replace(SPACES, '');
  t = t.replace(REQUIRED_MARK, '').replace(TRAILING_COLON, '');
  t = t.replace(ENUM_PREFIX, '');
  return t;
}

const BRACKETED = /\([^()]*\)|（[^（）]*）|【[^【】]*】|\[[^\]]*\]/g;

/** normLabel without bracketed parts ("指标值(含单位)" → "指标值"); also drops a leading 其中. */
export function normCore(s: string): string {
  return coreRemembered(s);
}

function normCoreUncached(s: string): string {
  let t = normLabel(s)
    .replace(BRACKETED, '')
    .replace(/[()（）]/g, '');
  t = t.replace(/^其中[:：,，]?/, '');
  return t.replace(TRAILING_COLON, '');
}

/** Contents of brackets in a label ("项目资金（万元）" → ["万元"]). */
export function bracketed(s: string): string[] {
  const out: string[] = [];
  const re = /[(（【[]([^()（）【】[\]]*)[)）】\]]/g;
  let m: RegExpExecArray | null;
  const t = halfWidth(s);
  while ((m = re.exec(t))) out.push(m[1].replace(SPACES, ''));
  return out;
}

/** Levenshtein distance, small strings only. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  if (!m) return n;
  if (!n) return m;
  let prev = new Array<number>(n + 1);
  let cur = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[n];
}
