/** Halves side by side under one header row (中期 | 年度 name/value column groups). */
import type { ColumnRole, GridKind } from '../model';
import type { SheetView } from './sheetView';

/**
 * Splits a header row into name/value column groups: 一级 | 二级 | 三级 | 指标值 | 二级 | 三级 | 指标值 holds
 * two grids side by side (中期 and 年度 halves). A group ends where a new 二级 or 三级 column follows a
 * group that already has its name and value columns.
 */
export function splitHalves(all: { c: number; role: ColumnRole }[]): { c: number; role: ColumnRole }[][] {
  const groups: { c: number; role: ColumnRole }[][] = [];
  let cur: { c: number; role: ColumnRole }[] = [];
  for (const x of all) {
    if (
      (x.role === 'level2' || x.role === 'level3') &&
      cur.some((y) => y.role === 'value') &&
      cur.some((y) => y.role === 'level3')
    ) {
      groups.push(cur);
      cur = [];
    }
    cur.push(x);
  }
  if (cur.length) groups.push(cur);
  return groups;
}

const HALF_PERIOD = /中期|长期|实施期|中长期|滚动/;
const HALF_ANNUAL = /年度|当年|本年|年初/;

/** A half's kind from its own header words ("指标值(长期)"), else from the heading over its name column (中期目标 | 年度目标). */
export function halfKind(
  v: SheetView,
  top: number,
  group: { c: number; role: ColumnRole }[],
): GridKind | null {
  for (const x of group) {
    const t = v.label(v.anchor(top, x.c).row, v.anchor(top, x.c).col);
    if (HALF_PERIOD.test(t)) return 'period';
    if (HALF_ANNUAL.test(t)) return 'annual';
  }
  const name = group.find((x) => x.role === 'level3') ?? group.find((x) => x.role === 'level2');
  if (!name) return null;
  for (let r = top - 1; r >= Math.max(v.top, top - 6); r--) {
    const a = v.anchor(r, name.c);
    if (v.isEmpty(a.row, a.col)) continue;
    const t = v.label(a.row, a.col);
    if (t.length > 30) continue; // a goal text, not a heading
    if (HALF_PERIOD.test(t)) return 'period';
    if (HALF_ANNUAL.test(t)) return 'annual';
  }
  return null;
}
