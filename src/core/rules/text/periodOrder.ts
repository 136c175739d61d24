import type { CellRead } from '../../model';
import type { Text } from '../../text';
import type { Rule } from '../types';
import { CELL } from '../cellLabels';
import { remembered } from '../../memo';
import { isBlank } from '../util';

interface YMD {
  y: number;
  m: number;
  d: number;
}

/** A date as written: 2023年7月(1日), 2023.07(.01), 2023/7/1, 2023-07-01, 202307. */
const DATE =
  /((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月?(?:\s*(\d{1,2})\s*日?)?|[./．](\d{1,2})(?:[./．](\d{1,2}))?|-(\d{1,2})-(\d{1,2})|(0[1-9]|1[0-2])(?!\d)|年)?/g;
const BETWEEN = /^\s*(?:至|到|—{1,2}|-{1,2}|~|～|－|–|〜|一)\s*$/;

/** The two ends of a range written in a text, or null. */
export function dateRange(text: string): { start: YMD; end: YMD; startText: string; endText: string } | null {
  const found: { at: number; len: number; v: YMD; text: string }[] = [];
  for (const m of text.matchAll(DATE)) {
    const y = Number(m[1]);
    const mo = Number(m[2] ?? m[4] ?? m[6] ?? m[8] ?? 0);
    const d = Number(m[3] ?? m[5] ?? m[7] ?? 0);
    if (mo > 12 || d > 31) return null;
    found.push({ at: m.index!, len: m[0].length, v: { y, m: mo, d }, text: m[0] });
  }
  if (found.length !== 2) return null;
  const [a, b] = found;
  if (!BETWEEN.test(text.slice(a.at + a.len, b.at))) return null;
  return { start: a.v, end: b.v, startText: a.text.trim(), endText: b.text.trim() };
}

/** dateRange per text (values repeat across tables; the result is read, never changed). */
const rangeOf = remembered(dateRange);

const PERIOD: Text = { zh: '项目期', en: 'project period' };

function before(end: YMD, start: YMD): boolean {
  if (end.y !== start.y) return end.y < start.y;
  if (!end.m || !start.m) return false;
  if (end.m !== start.m) return end.m < start.m;
  if (!end.d || !start.d) return false;
  return end.d < start.d;
}

/** A project period or a pair of dates that ends before it starts. */
export const periodOrder: Rule = {
  id: 'text/period-order',
  defaultSeverity: 'error',
  description: { zh: '起止时间颠倒', en: 'A period that ends before it starts' },
  explain: {
    zh: '项目期、实施期或指标值里的起止时间，结束时间不能早于开始时间（如“2023.07-2022.12”）；多半是年份或月份写错。',
    en: 'A project period or a date range in a value cannot end before it starts (2023.07-2022.12); usually a year or month is mistyped.',
  },
  messages: {
    reversed: {
      zh: '{{what}}“{{value}}”的结束时间 {{end}} 早于开始时间 {{start}}；请核对年份和月份。',
      en: 'The {{what}} "{{value}}" ends ({{end}}) before it starts ({{start}}); check the year and month.',
    },
  },
  check({ table, report }) {
    const look = (cell: CellRead | null, what: Text) => {
      if (!cell || isBlank(cell) || typeof cell.value !== 'string') return;
      const r = rangeOf(cell.value);
      if (!r || !before(r.end, r.start)) return;
      report({
        at: { row: cell.row, col: cell.col },
        messageId: 'reversed',
        data: { what, value: cell.value.trim(), end: r.endText, start: r.startText },
      });
    };
    for (const f of table.fields) if (f.key === 'period') look(f.value, PERIOD);
    for (const g of table.grids) for (const r of g.rows) if (!isBlank(r.name)) look(r.value, CELL.value);
  },
};
