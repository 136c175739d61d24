/**
 * Column roles confirmed by what the cells hold: header words are evidence, the cells decide (an
 * operator column, a 类型 column of 二级 names, value columns with no 指标值 head, levels nested one
 * deeper, year columns under one value head).
 */
import type { ColumnRole, RoleSource } from '../model';
import { OPERATOR_CELL } from '../vocabulary/headers';
import { level1Of, level2Of } from '../vocabulary/levels';
import type { SheetView } from './sheetView';
import { halfWidth } from '../width';

/**
 * True at a row where another grid's header starts: a column's cells are read down to there, so
 * the tables stacked below never vote on this one's columns.
 */
export type RowStop = (row: number) => boolean;
const NEVER: RowStop = () => false;

const VALUE_CELL =
  /^(?:[≥≤><=＞＜＝≧≦]|>=|<=)?\s*[-+]?\d[\d,，]*(?:\.\d+)?\s*(?:%|％|[\u4e00-\u9fa5a-zA-Z/]{0,6})$/;

/** Columns right of the name columns, with a header of their own but no role, whose cells are values. */
export function contentValueColumns(
  v: SheetView,
  top: number,
  bottom: number,
  lo: number,
  hi: number,
  columns: Partial<Record<ColumnRole, number>>,
  stop: RowStop = NEVER,
): number[] {
  const after = Math.max(columns.level3 ?? -1, columns.description ?? -1);
  if (after < 0) return [];
  const taken = new Set(Object.values(columns));
  const out: number[] = [];
  for (let c = after + 1; c <= Math.min(hi, v.colEnd - 1); c++) {
    if (c < lo || taken.has(c) || !v.isOwn(top, c) || v.isEmpty(top, c)) continue;
    let n = 0;
    let values = 0;
    for (let r = bottom + 1; r < v.rowEnd && n < 30 && r < bottom + 60; r++) {
      if (r > bottom + 1 && stop(r)) break;
      if (v.isEmpty(r, c) || !v.isOwn(r, c)) continue;
      n++;
      const x = v.value(r, c);
      if (typeof x === 'number' || VALUE_CELL.test(halfWidth(v.text(r, c)).trim())) values++;
    }
    if (n && values * 10 >= n * 8) out.push(c);
  }
  return out;
}

/** A sub-header cell under a value head: 本年预期 is the target, 上年实际 the history, a year either. */
export function yearSubRole(core: string): ColumnRole | null {
  if (/^(?:19|20)\d{2}年?度?/.test(core)) return /实际|完成/.test(core) ? 'actual' : 'value';
  if (/上年|去年|前年|以前年度|基期/.test(core)) return 'actual';
  if (/本年|当年|预期|预计|目标|计划/.test(core)) return 'value';
  return null;
}

/** The column sits under one of the header's value heads (merged over several sub-columns). */
export function valueColsOver(v: SheetView, top: number, valueCols: number[], c: number): boolean {
  return valueCols.some((vc) => c >= vc && c <= v.mergeRight(top, vc));
}

/**
 * 实施效果 | 产出指标 | 数量指标 | 名称 (forms that nest the levels one deeper): when the 二级 column holds 一级
 * names and the 三级 column holds 二级 names, every level moves one column right.
 */
export function shiftNestedLevels(
  v: SheetView,
  bottom: number,
  columns: Partial<Record<ColumnRole, number>>,
  how: Map<number, RoleSource>,
  stop: RowStop = NEVER,
): void {
  const l2 = columns.level2;
  const l3 = columns.level3;
  if (l2 === undefined || l3 === undefined || columns.description === undefined) return;
  const a = columnContent(v, bottom + 1, l2, stop);
  if (!a.n || a.l1 * 10 < a.n * 6) return;
  const b = columnContent(v, bottom + 1, l3, stop);
  if (!b.n || b.l2 * 10 < b.n * 6) return;
  columns.level1 = l2;
  columns.level2 = l3;
  columns.level3 = columns.description;
  delete columns.description;
  for (const c of [l2, l3, columns.level3]) how.set(c, 'content');
}

/** Shares of a column's body cells (up to 40 filled ones) that are operators, 二级 names or 一级 names. */
function columnContent(
  v: SheetView,
  from: number,
  c: number,
  stop: RowStop,
): { n: number; ops: number; l2: number; l1: number } {
  const out = { n: 0, ops: 0, l2: 0, l1: 0 };
  for (let r = from; r < v.rowEnd && out.n < 40 && r < from + 80; r++) {
    if (r > from && stop(r)) break;
    if (v.isEmpty(r, c) || !v.isOwn(r, c)) continue;
    const t = v.core(r, c);
    out.n++;
    if (OPERATOR_CELL.test(t)) out.ops++;
    else if (level2Of(t)) out.l2++;
    else if (level1Of(t)) out.l1++;
  }
  return out;
}

/**
 * Header words are evidence, the cells decide: of the 性质/方向/类型 columns, one holding operators is the
 * operator column (指标性质 正向 | 指标方向 = | 目标值 | 计量单位), one holding 二级 names is the 二级 column
 * (指标类型 数量指标), whatever their headers say.
 */
export function confirmByContent(
  v: SheetView,
  top: number,
  bottom: number,
  scan: { all: { c: number; role: ColumnRole }[] },
  columns: Partial<Record<ColumnRole, number>>,
  valueCols: number[],
  how: Map<number, RoleSource>,
  stop: RowStop = NEVER,
): void {
  const natureCols = scan.all.filter((x) => x.role === 'nature' && !valueCols.includes(x.c)).map((x) => x.c);
  if (columns.nature !== undefined && !natureCols.includes(columns.nature)) natureCols.push(columns.nature);
  for (const c of natureCols) {
    const k = columnContent(v, bottom + 1, c, stop);
    if (!k.n) continue;
    if (k.ops * 10 >= k.n * 7 && columns.operator === undefined) {
      columns.operator = c;
      how.set(c, 'content');
      // The only 性质 column holds operators: it stays the nature column too (rules read operators there).
      if (natureCols.length > 1 && columns.nature === c) {
        const other = natureCols.find((x) => x !== c);
        if (other !== undefined) columns.nature = other;
      }
    } else if (k.l2 * 10 >= k.n * 6 && columns.level2 === undefined) {
      columns.level2 = c;
      how.set(c, 'content');
      if (columns.nature === c) delete columns.nature;
    }
  }
  if (columns.nature === undefined) {
    const rest = natureCols.find((c) => c !== columns.operator && c !== columns.level2);
    if (rest !== undefined) columns.nature = rest;
  }
}
