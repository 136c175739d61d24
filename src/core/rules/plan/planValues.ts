/** The spending plan's cumulative shares, in percent. */
import type { PlanPoint, Table } from '../../model';
import { isBlank, parsed } from '../util';

export interface PlanValue {
  point: PlanPoint;
  /** Cumulative share in percent, or null when blank or unreadable. */
  pct: number | null;
  blank: boolean;
}

export function planValues(t: Table): PlanValue[] {
  const raw = t.plan.map((point) => {
    const blank = isBlank(point.value);
    const p = blank ? null : parsed(point.value);
    return { point, p, blank };
  });
  // Plain numbers: shares (0.3) when every plain number is at most 1, else percents (30).
  const plain = raw.filter((x) => x.p?.kind === 'number' && !x.p.unit).map((x) => x.p!.num!);
  const asShare = plain.length > 0 && plain.every((n) => n <= 1);
  return raw.map(({ point, p, blank }) => {
    if (!p || p.kind !== 'number' || p.num === undefined) return { point, pct: null, blank };
    if (p.unit === '%') return { point, pct: p.num, blank };
    if (p.unit) return { point, pct: null, blank };
    return { point, pct: asShare ? Math.round(p.num * 100 * 1e8) / 1e8 : p.num, blank };
  });
}
