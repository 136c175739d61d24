/**
 * Finds indicator grids on a sheet by their header rows and reads their rows,
 * following merged 一级/二级 cells and carrying levels down where a sheet has
 * no merges.
 */
import type { CellRead, ColumnRole, GridKind, IndicatorGrid, IndicatorRow } from '../model';
import {
  ANNUAL_GRID_LABELS,
  PERIOD_GRID_LABELS,
  PERIOD_HEADER_WORDS,
  SUBHEADER_SYNONYMS,
  headerRole,
} from '../vocabulary/headers';
import { END_OF_GRID_PREFIXES, fieldKeyOf } from '../vocabulary/fields';
import { level1Of, level2Of } from '../vocabulary/levels';
import type { SheetView } from './sheetView';

interface HeaderScan {
  roles: Map<number, ColumnRole>;
  valueCols: number[];
}

const ROLE_ORDER: ColumnRole[] = [
  'level1',
  'level2',
  'level3',
  'description',
  'nature',
  'value',
  'unit',
  'basis',
  'weight',
  'actual',
  'score',
];
const SUB_INDEX = new Map<string, ColumnRole>();
for (const [role, words] of Object.entries(SUBHEADER_SYNONYMS) as [ColumnRole, readonly string[]][])
  for (const w of words) SUB_INDEX.set(w, role);
const TOTAL_ROW = new Set(['合计', '小计', '总计', '总分', '合计分值', '分值合计', '权重合计', '合计(分)']);

/** Roles of the cells of one row (using the text of merged anchors in the same or the row above). */
function scanRow(v: SheetView, r: number): HeaderScan {
  const roles = new Map<number, ColumnRole>();
  const valueCols: number[] = [];
  for (let c = v.left, end = v.rowColEnd(r); c < end; c++) {
    const a = v.anchor(r, c);
    if (a.row < r - 1) continue;
    if (a.col !== c && a.row === r) continue; // horizontally merged: the role belongs to the anchor column
    const core = v.core(a.row, a.col);
    if (!core || core.length > 20) continue;
    let role = headerRole(core);
    if (!role) continue;
    // 三级指标 | 指标内容: the second name-like column describes the indicator.
    if (role === 'level3' && hasRole(roles, 'level3') && !hasRole(roles, 'description')) role = 'description';
    if (role === 'value') valueCols.push(c);
    else if (!hasRole(roles, role)) roles.set(c, role);
  }
  for (const c of valueCols) roles.set(c, 'value');
  return { roles, valueCols };
}

function hasRole(roles: Map<number, ColumnRole>, role: ColumnRole): boolean {
  for (const r of roles.values()) if (r === role) return true;
  return false;
}

export function isHeaderRow(v: SheetView, r: number): boolean {
  const i = r - v.top;
  let known = v.headerRowCache[i];
  if (known === undefined) {
    known = headerRowUncached(v, r);
    if (i >= 0) v.headerRowCache[i] = known;
  }
  return known;
}

function headerRowUncached(v: SheetView, r: number): boolean {
  // Cheap pre-check: a header row names 指标 somewhere.
  let any = false;
  for (let c = v.left, end = v.rowColEnd(r); c < end && !any; c++) {
    const a = v.anchor(r, c);
    if (a.row < r - 1) continue;
    const t = v.core(a.row, a.col);
    if (t.includes('指标') || t === '一级' || t === '二级' || t === '三级') any = true;
  }
  if (!any) return false;
  const s = scanRow(v, r);
  const set = new Set(s.roles.values());
  return (set.has('level1') || set.has('level2')) && (set.has('level3') || set.has('value')) && set.size >= 3;
}

export interface FoundGrid {
  grids: IndicatorGrid[];
  /** Last sheet row of the grid. */
  lastRow: number;
}

/** Every grid on the sheet, top to bottom. */
export function findGrids(v: SheetView): FoundGrid[] {
  const out: FoundGrid[] = [];
  let r = v.top;
  while (r < v.rowEnd) {
    if (!isHeaderRow(v, r)) {
      r++;
      continue;
    }
    const found = readGridAt(v, r);
    out.push(found);
    r = Math.max(found.lastRow + 1, r + 1);
  }
  return out;
}

function readGridAt(v: SheetView, top: number): FoundGrid {
  const scan = scanRow(v, top);
  const columns: Partial<Record<ColumnRole, number>> = {};
  for (const [c, role] of scan.roles) if (role !== 'value' && columns[role] === undefined) columns[role] = c;
  let valueCols = [...scan.valueCols];
  let bottom = top;

  // A two-row header: 指标值 over 符号 | 值 | 单位, or 指标值 over 年度 | 中长期.
  const next = top + 1;
  if (next < v.rowEnd && !isIndicatorRow(v, next, columns.level1, columns.level2)) {
    const sub = new Map<number, ColumnRole>();
    const subValue: number[] = [];
    for (let c = v.left, end = v.rowColEnd(next); c < end; c++) {
      const a = v.anchor(next, c);
      if (a.row !== next || a.col !== c) continue;
      const core = v.core(next, c);
      if (!core) continue;
      const role = SUB_INDEX.get(core) ?? headerRole(core);
      if (!role) continue;
      if (role === 'value') subValue.push(c);
      else sub.set(c, role);
    }
    if (sub.size + subValue.length > 0) {
      bottom = next;
      for (const [c, role] of sub)
        if (columns[role] === undefined || valueCols.includes(c)) columns[role] = c;
      if (subValue.length) valueCols = subValue;
      valueCols = valueCols.filter((c) => !sub.has(c));
      if (!valueCols.length) {
        // 指标值 spanning 符号 | 值 | 单位 where only 符号 and 单位 are labelled: the unlabelled column is the value.
        const top0 = scan.valueCols[0];
        if (top0 !== undefined) {
          const right = v.mergeRight(top, top0);
          for (let c = top0; c <= right; c++) if (!sub.has(c)) valueCols.push(c);
          valueCols = valueCols.slice(0, 1);
        }
      }
    }
  }

  const roleCols = [...Object.values(columns), ...valueCols] as number[];
  let c1 = Math.min(...roleCols);
  let c2 = Math.max(...roleCols);
  for (const c of roleCols) c2 = Math.max(c2, v.mergeRight(top, c));
  if (columns.level1 !== undefined) c1 = Math.min(c1, columns.level1);

  const headerCells: Partial<Record<ColumnRole, CellRead>> = {};
  for (const role of ROLE_ORDER) {
    const c = role === 'value' ? valueCols[0] : columns[role];
    if (c === undefined) continue;
    const a = v.anchor(top, c);
    headerCells[role] = v.read(a.row, a.col);
  }

  const hint = gridKindHint(v, top, c1);
  const rows = readRows(v, bottom + 1, c1, c2, columns, valueCols);
  const lastRow = rows.length ? rows[rows.length - 1].row : bottom;
  const range = { r1: top, c1, r2: lastRow, c2 };

  const valueKinds = valueCols.map((c) => ({ c, kind: valueColumnKind(v, top, bottom, c) }));
  const grids: IndicatorGrid[] = [];
  const make = (c: number | undefined, kind: GridKind, shares: boolean): IndicatorGrid => ({
    kind,
    headerTop: top,
    headerBottom: bottom,
    columns: c === undefined ? { ...columns } : { ...columns, value: c },
    headerCells:
      c === undefined
        ? headerCells
        : { ...headerCells, value: v.read(v.anchor(bottom, c).row, v.anchor(bottom, c).col) },
    rows: c === undefined ? rows : rows.map((row) => ({ ...row, value: v.read(row.row, c) })),
    range,
    sharesRows: shares || undefined,
  });
  const annual = valueKinds.filter((x) => x.kind === 'annual');
  const period = valueKinds.filter((x) => x.kind === 'period');
  if (annual.length && period.length) {
    grids.push(make(annual[0].c, 'annual', false));
    grids.push(make(period[0].c, 'period', true));
  } else {
    const first = valueKinds[0];
    const kind: GridKind = first?.kind === 'period' ? 'period' : (hint ?? 'annual');
    grids.push(make(first?.c, kind, false));
  }
  return { grids, lastRow };
}

function valueColumnKind(v: SheetView, top: number, bottom: number, c: number): GridKind | null {
  for (let r = top; r <= bottom; r++) {
    const a = v.anchor(r, c);
    const core = v.core(a.row, a.col);
    if (PERIOD_HEADER_WORDS.some((w) => core.includes(w))) return 'period';
  }
  return 'annual';
}

/** A label column left of the grid, or a label row just above it, naming the grid's kind. */
function gridKindHint(v: SheetView, top: number, c1: number): GridKind | null {
  const cands: string[] = [];
  for (let c = v.left; c < c1; c++) {
    const a = v.anchor(top, c);
    cands.push(v.core(a.row, a.col));
  }
  for (let r = top - 1; r >= Math.max(v.top, top - 2); r--) {
    for (let c = v.left; c < Math.min(v.colEnd, c1 + 2); c++) if (!v.isEmpty(r, c)) cands.push(v.core(r, c));
  }
  for (const t of cands) {
    if ((PERIOD_GRID_LABELS as readonly string[]).includes(t)) return 'period';
    if ((ANNUAL_GRID_LABELS as readonly string[]).includes(t)) return 'annual';
  }
  return null;
}

/** A row whose level cells hold level names (an indicator row, not a sub-header). */
function isIndicatorRow(v: SheetView, r: number, c1?: number, c2?: number): boolean {
  for (const c of [c1, c2]) {
    if (c === undefined) continue;
    const a = v.anchor(r, c);
    if (a.row !== r) continue;
    const t = v.core(r, c);
    if (t && (level1Of(t) || level2Of(t))) return true;
  }
  return false;
}

function readRows(
  v: SheetView,
  start: number,
  c1: number,
  c2: number,
  columns: Partial<Record<ColumnRole, number>>,
  valueCols: number[],
): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  const l1c = columns.level1;
  const l2c = columns.level2;
  let prevL1: CellRead | null = null;
  let prevL2: CellRead | null = null;
  const gridTop = start;
  for (let r = start; r < v.rowEnd; r++) {
    if (endsGrid(v, r, c1, c2, gridTop)) {
      // Blank rows inside a grid whose merges are unknown (or were never made): go on when the next
      // filled row is plainly another indicator row of this grid.
      const next =
        (v.mergesUnknown || !v.merges.length) && rowBlank(v, r, c1, c2)
          ? nextIndicatorRow(v, r + 1, c1, c2, columns)
          : -1;
      if (next <= r) break;
      r = next - 1;
      continue;
    }
    if (isHeaderRow(v, r)) break;

    const lvl = (c: number | undefined, prev: CellRead | null): { cell: CellRead | null; own: boolean } => {
      if (c === undefined) return { cell: null, own: false };
      const a = v.anchor(r, c);
      if (a.row === r) {
        if (!v.isEmpty(r, a.col)) return { cell: v.read(r, a.col), own: true };
        // An empty cell of its own: the name above carries down (sheets without merges, hosts that cannot report them).
        if (a.col === c) return { cell: prev, own: false };
      }
      if (a.row !== r && a.row >= gridTop && !v.isEmpty(a.row, a.col))
        return { cell: v.read(a.row, a.col), own: false };
      if (a.row !== r && a.row >= gridTop) return { cell: null, own: false };
      return { cell: prev, own: false };
    };
    const l1 = lvl(l1c, prevL1);
    // A new 一级 resets the 二级 carried from above.
    const l2 = lvl(l2c, l1.own ? null : prevL2);
    const cell = (role: ColumnRole): CellRead | null => {
      const c = role === 'value' ? valueCols[0] : columns[role];
      if (c === undefined) return null;
      const a = v.anchor(r, c);
      // Covered by a merge from another cell: the cell itself is empty.
      return a.row === r && a.col === c
        ? v.read(r, c)
        : { ...v.read(r, c), value: null, text: '', blank: true };
    };
    const name = cell('level3');
    rows.push({
      row: r,
      level1: l1.cell,
      level2: l2.cell,
      level1Std: l1.cell ? level1Of(l1.cell.text) : null,
      level2Std: l2.cell ? level2Of(l2.cell.text) : null,
      level1Own: l1.own,
      level2Own: l2.own,
      name,
      description: cell('description'),
      nature: cell('nature'),
      value: cell('value'),
      unit: cell('unit'),
      basis: cell('basis'),
      weight: cell('weight'),
    });
    prevL1 = l1.cell;
    prevL2 = l2.cell;
  }
  // Trailing rows with nothing of their own (a merge's tail) stay: they belong to the grid.
  return rows;
}

function endsGrid(v: SheetView, r: number, c1: number, c2: number, gridTop: number): boolean {
  let own = 0;
  let covered = false;
  let first: { c: number; core: string } | null = null;
  for (let c = Math.max(v.left, c1 - 1); c <= c2; c++) {
    const a = v.anchor(r, c);
    if (a.row !== r) {
      if (a.row >= gridTop && c >= c1) covered = true;
      continue;
    }
    if (a.col !== c) continue;
    if (v.isEmpty(r, c)) continue;
    if (c >= c1) own++;
    if (!first) first = { c, core: v.core(r, c) };
  }
  if (!own && !covered) return true;
  if (!first) return false;
  const t = first.core;
  if (fieldKeyOf(t)) return true;
  if (TOTAL_ROW.has(t)) return true;
  if (END_OF_GRID_PREFIXES.some((p) => t.startsWith(p)) && !level1Of(t) && !level2Of(t)) return true;
  // One cell spanning the whole grid: a note or a title, not an indicator.
  if (own === 1 && v.mergeRight(r, first.c) >= c2 && first.c <= c1 && !level1Of(t)) return true;
  // A label naming the next grid ("年度绩效指标"), or any lone non-level text right above another header.
  if (
    own <= 1 &&
    ((PERIOD_GRID_LABELS as readonly string[]).includes(t) ||
      (ANNUAL_GRID_LABELS as readonly string[]).includes(t))
  )
    return true;
  if (own <= 1 && !level1Of(t) && !level2Of(t) && r + 1 < v.rowEnd && isHeaderRow(v, r + 1)) return true;
  return false;
}

function rowBlank(v: SheetView, r: number, c1: number, c2: number): boolean {
  for (let c = c1; c <= c2; c++) if (!v.isEmpty(r, c)) return false;
  return true;
}

/** The first filled row from `r` (at most two blank rows on) when it names a known 一级 or 二级, or -1. */
function nextIndicatorRow(
  v: SheetView,
  r: number,
  c1: number,
  c2: number,
  columns: Partial<Record<ColumnRole, number>>,
): number {
  for (let k = r; k < Math.min(v.rowEnd, r + 2); k++) {
    if (rowBlank(v, k, c1, c2)) continue;
    if (isHeaderRow(v, k)) return -1;
    for (const c of [columns.level1, columns.level2]) {
      if (c === undefined || v.isEmpty(k, c)) continue;
      const t = v.core(k, c);
      if (level1Of(t) || level2Of(t)) return k;
    }
    return -1;
  }
  return -1;
}
