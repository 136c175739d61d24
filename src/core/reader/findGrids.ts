/**
 * Finds indicator grids on a sheet by their header rows and reads their rows,
 * following merged 一级/二级 cells and carrying levels down where a sheet has
 * no merges.
 */
import type {
  CellRead,
  ColumnRole,
  GridKind,
  IndicatorGrid,
  IndicatorRow,
  RoleSource,
  RowNote,
} from '../model';
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
import {
  confirmByContent,
  contentValueColumns,
  shiftNestedLevels,
  valueColsOver,
  yearSubRole,
} from './columnContent';
import { ROLE_ORDER, columnNotes, kindNote } from './gridNotes';
import { halfKind, splitHalves } from './halves';

interface HeaderScan {
  roles: Map<number, ColumnRole>;
  valueCols: number[];
  /** Every column with a role, left to right, repeats included (halves side by side). */
  all: { c: number; role: ColumnRole }[];
}

const SUB_INDEX = new Map<string, ColumnRole>();
for (const [role, words] of Object.entries(SUBHEADER_SYNONYMS) as [ColumnRole, readonly string[]][])
  for (const w of words) SUB_INDEX.set(w, role);
const TOTAL_ROW = new Set(['合计', '小计', '总计', '总分', '合计分值', '分值合计', '权重合计', '合计(分)']);

/** Roles of the cells of one row (using the text of merged anchors in the same or the row above). */
function scanRow(v: SheetView, r: number): HeaderScan {
  const roles = new Map<number, ColumnRole>();
  const valueCols: number[] = [];
  const all: { c: number; role: ColumnRole }[] = [];
  for (let c = v.left, end = v.rowColEnd(r); c < end; c++) {
    const a = v.anchor(r, c);
    if (a.row < r - 1) continue;
    if (a.col !== c && a.row === r) continue; // horizontally merged: the role belongs to the anchor column
    const core = v.core(a.row, a.col);
    if (!core || core.length > 20) continue;
    let role = headerRole(core) ?? (core === '级指标' ? lostDigitRole(v, r, c, all) : null);
    if (!role) continue;
    // 三级指标 | 指标内容: the second name-like column describes the indicator (unless a new half starts).
    const last = all[all.length - 1];
    if (
      role === 'level3' &&
      hasRole(roles, 'level3') &&
      !hasRole(roles, 'description') &&
      last?.role !== 'level2'
    )
      role = 'description';
    all.push({ c, role });
    if (role === 'value') valueCols.push(c);
    else if (!hasRole(roles, role)) roles.set(c, role);
  }
  for (const c of valueCols) roles.set(c, 'value');
  return { roles, valueCols, all };
}

/** "级指标", a header cell that lost its 一/二/三: the level its neighbours leave for it. */
function lostDigitRole(
  v: SheetView,
  r: number,
  c: number,
  before: { c: number; role: ColumnRole }[],
): ColumnRole | null {
  const prev = before[before.length - 1]?.role;
  if (prev === 'level1') return 'level2';
  if (prev === 'level2') return 'level3';
  const next = c + 1 < v.colEnd ? headerRole(v.core(v.anchor(r, c + 1).row, v.anchor(r, c + 1).col)) : null;
  if (next === 'level2') return 'level1';
  if (next === 'level3') return 'level2';
  return null;
}

function hasRole(roles: Map<number, ColumnRole>, role: ColumnRole): boolean {
  for (const r of roles.values()) if (r === role) return true;
  return false;
}

export function isHeaderRow(v: SheetView, r: number): boolean {
  const i = r - v.top;
  if (i < 0 || i >= v.headerRowCache.length) return headerRowUncached(v, r);
  let known = v.headerRowCache[i];
  if (known === 0) v.headerRowCache[i] = known = headerRowUncached(v, r) ? 2 : 1;
  return known === 2;
}

function headerRowUncached(v: SheetView, r: number): boolean {
  // Cheap pre-check: a header row has three cells with a header word (every role scanRow gives
  // comes from one), while indicator rows, whose level names say 指标 too, have none or one.
  let words = 0;
  for (let c = v.left, end = v.rowColEnd(r); c < end && words < 3; c++) {
    const m = v.mergeOf(r, c);
    if (m && m.r1 < r - 1) continue;
    const t = m ? v.core(m.r1, m.c1) : v.core(r, c);
    if (t && (headerRole(t) !== null || t === '级指标')) words++;
  }
  if (words < 3) return false;
  const s = scanRow(v, r);
  const set = new Set(s.roles.values());
  if ((set.has('level1') || set.has('level2')) && (set.has('level3') || set.has('value')) && set.size >= 3)
    return true;
  // A form with no level columns: 指标 | 权重 | 计量单位 | 指标性质 | 指标值.
  return (
    set.has('level3') &&
    set.has('value') &&
    ['unit', 'nature', 'weight', 'basis', 'description'].filter((x) => set.has(x as ColumnRole)).length >=
      1 &&
    set.size >= 3
  );
}

/** Header words found on a row that is not a header row (a near miss, for `explain`), or null. */
export function nearMissHeader(v: SheetView, r: number): { col: number; role: ColumnRole }[] | null {
  if (isHeaderRow(v, r)) return null;
  const s = scanRow(v, r);
  if (s.roles.size < 2) return null;
  return s.all.map((x) => ({ col: x.c, role: x.role }));
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

function scanOfGroup(
  group: { c: number; role: ColumnRole }[],
  shared: { c: number; role: ColumnRole }[],
): HeaderScan {
  const roles = new Map<number, ColumnRole>();
  const valueCols: number[] = [];
  const own = new Set(group.map((x) => x.role));
  for (const x of [...shared.filter((y) => !own.has(y.role)), ...group]) {
    if (x.role === 'value') valueCols.push(x.c);
    else if (!hasRole(roles, x.role)) roles.set(x.c, x.role);
  }
  for (const c of valueCols) roles.set(c, 'value');
  return { roles, valueCols, all: group };
}

function readGridAt(v: SheetView, top: number): FoundGrid {
  const scan = scanRow(v, top);
  const halves = splitHalves(scan.all);
  if (halves.length < 2) return readGroup(v, top, scan, v.left, v.colEnd - 1);
  const shared = halves[0].filter((x) => x.role === 'level1');
  const grids: IndicatorGrid[] = [];
  let lastRow = top;
  const named = halves.map((h) => halfKind(v, top, h));
  const kinds = [...named];
  // Unlabelled halves: the last is the annual one, those before it the period ones.
  if (!kinds.includes('annual')) kinds[kinds.length - 1] = 'annual';
  for (let i = 0; i < halves.length; i++) {
    const lo = halves[i][0].c;
    const hi = i + 1 < halves.length ? halves[i + 1][0].c - 1 : v.colEnd - 1;
    const f = readGroup(v, top, scanOfGroup(halves[i], shared), lo, hi);
    const kind = kinds[i] === 'annual' && kinds.indexOf('annual') === i ? 'annual' : 'period';
    for (const g of f.grids) {
      if (g.sharesRows) continue;
      g.kind = kind;
      const zh = kind === 'annual' ? '年度' : '中长期';
      if (g.notes)
        g.notes.kind = named[i]
          ? {
              en: `${kind}: one of ${halves.length} halves side by side, named by its header or the heading over it`,
              zh: `${zh}：并排的 ${halves.length} 组之一，由表头或上方标题确定`,
            }
          : {
              en: `${kind}: one of ${halves.length} unlabelled halves side by side (the last is the annual one)`,
              zh: `${zh}：并排的 ${halves.length} 组之一，未标明（最后一组为年度）`,
            };
    }
    grids.push(...f.grids);
    lastRow = Math.max(lastRow, f.lastRow);
  }
  return { grids, lastRow };
}

function readGroup(v: SheetView, top: number, scan: HeaderScan, lo: number, hi: number): FoundGrid {
  const columns: Partial<Record<ColumnRole, number>> = {};
  for (const [c, role] of scan.roles) if (role !== 'value' && columns[role] === undefined) columns[role] = c;
  let valueCols = [...scan.valueCols];
  let bottom = top;
  const how = new Map<number, RoleSource>();
  for (const c of [...(columns.level1 !== undefined ? [columns.level1] : [])])
    if (!scan.all.some((x) => x.c === c)) how.set(c, 'shared');

  // A two-row header: 指标值 over 符号 | 值 | 单位, or 指标值 over 年度 | 中长期.
  const next = top + 1;
  if (next < v.rowEnd && !isIndicatorRow(v, next, columns.level1, columns.level2)) {
    const sub = new Map<number, ColumnRole>();
    const subValue: number[] = [];
    for (let c = Math.max(v.left, lo), end = Math.min(v.rowColEnd(next), hi + 1); c < end; c++) {
      const a = v.anchor(next, c);
      if (a.row !== next || a.col !== c) continue;
      const core = v.core(next, c);
      if (!core) continue;
      const role =
        SUB_INDEX.get(core) ??
        headerRole(core) ??
        (core.length <= 8 && valueColsOver(v, top, scan.valueCols, c) ? yearSubRole(core) : null);
      if (!role) continue;
      if (role === 'value') subValue.push(c);
      else sub.set(c, role);
    }
    // Year columns under one value head (2023年 | 2024年): the latest year is the target, the others are history.
    const years = [...sub.keys(), ...subValue]
      .map((c) => ({ c, y: /^((?:19|20)\d{2})年?度?/.exec(v.core(next, c)) }))
      .filter((x) => x.y && valueColsOver(v, top, scan.valueCols, x.c));
    if (years.length >= 2) {
      const latest = years.reduce((a, b) => (Number(b.y![1]) > Number(a.y![1]) ? b : a));
      for (const x of years) {
        const i = subValue.indexOf(x.c);
        if (i >= 0) subValue.splice(i, 1);
        sub.set(x.c, 'actual');
      }
      sub.delete(latest.c);
      subValue.push(latest.c);
    }
    if (sub.size + subValue.length > 0) {
      bottom = next;
      for (const c of [...sub.keys(), ...subValue]) how.set(c, 'subheader');
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

  const nextHeader = (r: number) => isHeaderRow(v, r);
  confirmByContent(v, top, bottom, scan, columns, valueCols, how, nextHeader);
  shiftNestedLevels(v, bottom, columns, how, nextHeader);
  if (columns.level3 === undefined && valueCols.length) {
    // 一级 | 二级 | 绩效指标 | 指标值: the one headed column between the levels and the value holds the names.
    const from = Math.max(columns.level2 ?? -1, columns.level1 ?? -1);
    const taken = new Set(Object.values(columns));
    const between: number[] = [];
    if (from >= 0)
      for (let c = from + 1; c < valueCols[0]; c++)
        if (!taken.has(c) && v.isOwn(top, c) && !v.isEmpty(top, c)) between.push(c);
    if (between.length === 1) {
      columns.level3 = between[0];
      how.set(between[0], 'content');
    }
  }
  const extraValues: number[] = [];
  if (!valueCols.length) {
    // No 指标值 head: columns right of the names whose cells hold values (one per village, per site) are the values.
    const found = contentValueColumns(v, top, bottom, lo, hi, columns, nextHeader);
    for (const c of found) how.set(c, 'content');
    valueCols = found.slice(0, 1);
    extraValues.push(...found.slice(1));
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
  const rowNotes: { end: RowNote | null; skipped: RowNote[] } = { end: null, skipped: [] };
  const rows = readRows(v, bottom + 1, c1, c2, columns, valueCols, rowNotes);
  let lastRow = rows.length ? rows[rows.length - 1].row : bottom;
  const range = { r1: top, c1, r2: lastRow, c2 };

  const valueKinds = valueCols.map((c) => ({ c, kind: valueColumnKind(v, top, bottom, c) }));
  const grids: IndicatorGrid[] = [];
  const make = (
    c: number | undefined,
    kind: GridKind,
    shares: boolean,
    part: { rows: IndicatorRow[]; range: IndicatorGrid['range']; notes: typeof rowNotes } = {
      rows,
      range,
      notes: rowNotes,
    },
  ): IndicatorGrid => ({
    kind,
    headerTop: top,
    headerBottom: bottom,
    columns: c === undefined ? { ...columns } : { ...columns, value: c },
    headerCells:
      c === undefined
        ? headerCells
        : { ...headerCells, value: v.read(v.anchor(bottom, c).row, v.anchor(bottom, c).col) },
    rows: c === undefined ? part.rows : part.rows.map((row) => ({ ...row, value: v.read(row.row, c) })),
    range: part.range,
    sharesRows: shares || undefined,
    notes: {
      columns: columnNotes(v, top, bottom, c === undefined ? columns : { ...columns, value: c }, how),
      kind: kindNote(kind, shares),
      end: part.notes.end,
      skipped: part.notes.skipped,
    },
  });
  const annual = valueKinds.filter((x) => x.kind === 'annual');
  const period = valueKinds.filter((x) => x.kind === 'period');
  if (annual.length && period.length) {
    grids.push(make(annual[0].c, 'annual', false));
    grids.push(make(period[0].c, 'period', true));
  } else {
    const first = valueKinds[0];
    // Sections stacked under one header, each named down a label column (实施期绩效指标 …, 年度绩效指标 …):
    // a grid each, of the kind its label names.
    let at = rowNotes.end ? sectionAfter(v, rowNotes.end.row, c1, c2) : null;
    const sectionNote = (k: GridKind) => ({
      en: `${k}: a section under the same header, named by its label`,
      zh: `${k === 'annual' ? '年度' : '中长期'}：同一表头下的一部分，由其标签确定`,
    });
    const kind: GridKind = at
      ? (sectionKindAt(v, bottom + 1, c1) ?? 'period')
      : first?.kind === 'period'
        ? 'period'
        : (hint ?? 'annual');
    grids.push(make(first?.c, kind, false));
    for (const c of extraValues) grids.push(make(c, kind, true));
    if (at) grids[0].notes!.kind = sectionNote(kind);
    while (at) {
      const notes: typeof rowNotes = { end: null, skipped: [] };
      const part = readRows(v, at.row, c1, c2, columns, valueCols, notes);
      if (!part.length) break;
      const r2 = part[part.length - 1].row;
      const grid = make(first?.c, at.kind, false, { rows: part, range: { r1: at.row, c1, r2, c2 }, notes });
      grid.notes!.kind = sectionNote(at.kind);
      grids.push(grid);
      lastRow = r2;
      at = notes.end ? sectionAfter(v, notes.end.row, c1, c2) : null;
    }
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
  notes?: { end: RowNote | null; skipped: RowNote[] },
): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  const l1c = columns.level1;
  const l2c = columns.level2;
  let prevL1: CellRead | null = null;
  let prevL2: CellRead | null = null;
  const gridTop = start;
  for (let r = start; r < v.rowEnd; r++) {
    if (r > start && sectionKindAt(v, r, c1)) {
      if (notes) notes.end = { row: r, why: END_REASONS.section.en, whyZh: END_REASONS.section.zh };
      break;
    }
    const ends = endsGrid(v, r, c1, c2, gridTop, columns, valueCols[0]);
    if (ends) {
      // A blank row or two inside a grid (a stray empty row, a sheet without merges): go on when the
      // next filled row is plainly another indicator row of this grid (a standard level name in a level column).
      const next = v.isRowEmpty(r, c1, c2) ? nextIndicatorRow(v, r + 1, c1, c2, columns) : -1;
      if (next <= r) {
        if (notes) notes.end = { row: r, why: END_REASONS[ends].en, whyZh: END_REASONS[ends].zh };
        break;
      }
      if (notes)
        for (let k = r; k < next; k++)
          notes.skipped.push({
            row: k,
            why: 'empty row inside the grid',
            whyZh: '表格中间的空行',
          });
      r = next - 1;
      continue;
    }
    if (isHeaderRow(v, r)) {
      if (notes) notes.end = { row: r, why: END_REASONS.header.en, whyZh: END_REASONS.header.zh };
      break;
    }

    const lvl = (c: number | undefined, prev: CellRead | null): { cell: CellRead | null; own: boolean } => {
      if (c === undefined) return { cell: null, own: false };
      const m = v.mergeOf(r, c);
      const aRow = m ? m.r1 : r;
      const aCol = m ? m.c1 : c;
      if (aRow === r) {
        if (!v.isEmpty(r, aCol)) return { cell: v.read(r, aCol), own: true };
        // An empty cell of its own: the name above carries down (sheets without merges, hosts that cannot report them).
        if (aCol === c) return { cell: prev, own: false };
      }
      if (aRow !== r && aRow >= gridTop && !v.isEmpty(aRow, aCol))
        return { cell: v.read(aRow, aCol), own: false };
      if (aRow !== r && aRow >= gridTop) return { cell: null, own: false };
      return { cell: prev, own: false };
    };
    const l1 = lvl(l1c, prevL1);
    // A new 一级 resets the 二级 carried from above.
    const l2 = lvl(l2c, l1.own ? null : prevL2);
    const cell = (role: ColumnRole): CellRead | null =>
      roleCell(v, r, role === 'value' ? valueCols[0] : columns[role]);
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
      operator: columns.operator === undefined ? undefined : cell('operator'),
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

/** A grid cell of a row: null without a column; empty when a merge from another cell covers it. */
function roleCell(v: SheetView, r: number, c: number | undefined): CellRead | null {
  if (c === undefined) return null;
  const read = v.read(r, c);
  return v.isOwn(r, c) ? read : { ...read, value: null, text: '', blank: true };
}

/** Sign-off and stamp cells under a table: 填表人, 审核意见, (盖章), 年 月 日. */
const SIGN_OFF =
  /盖章|签字|签章|^年月日$|^\d{4}年月日$|填表人|填报人|审核人|审核意见|经办人|联系电话|负责人[:：]?$/;

/** Why a row ends a grid, in English and Chinese (for `explain`). */
export const END_REASONS = {
  blank: { en: 'an empty row', zh: '空行' },
  field: { en: 'a header-block label (another table starts)', zh: '表头字段标签（下一张表开始）' },
  total: { en: 'a total row (合计/总分)', zh: '合计/总分行' },
  signOff: {
    en: 'a sign-off row (填表人, 审核意见, 盖章, 年 月 日)',
    zh: '签署行（填表人、审核意见、盖章、年月日）',
  },
  note: { en: 'a note or instruction row (注, 说明, 备注)', zh: '注释或填表说明行' },
  spanning: {
    en: 'one cell spanning the grid (a caption or a note)',
    zh: '横跨整个表格的单元格（标题或注释）',
  },
  nextLabel: { en: 'a label naming the next grid', zh: '下一组指标的标签' },
  nextHeader: { en: 'a caption right above another header row', zh: '另一表头行之前的标题' },
  header: { en: 'another header row', zh: '另一表头行' },
  section: {
    en: 'a label starting another section under the same header (年度绩效指标)',
    zh: '同一表头下另一部分的标签（如“年度绩效指标”）',
  },
} as const;
export type EndReason = keyof typeof END_REASONS;

function endsGrid(
  v: SheetView,
  r: number,
  c1: number,
  c2: number,
  gridTop: number,
  columns: Partial<Record<ColumnRole, number>> = {},
  valueCol?: number,
): EndReason | null {
  let own = 0;
  let covered = false;
  let first: { c: number; core: string } | null = null;
  const start = Math.max(v.left, c1 - 1);
  for (let c = start; c <= c2; c++) {
    // The merge's top-left, read without an object per cell (this runs for every row of every grid).
    const m = v.mergeOf(r, c);
    if (m && m.r1 !== r) {
      if (m.r1 >= gridTop && c >= c1) covered = true;
      continue;
    }
    if (m && m.c1 !== c) {
      // A cell merged in from further left (总分 merged from a label column across a spacer column):
      // its text is the row's first word.
      if (!first && m.c1 < start && !v.isEmpty(r, m.c1)) first = { c: m.c1, core: v.core(r, m.c1) };
      continue;
    }
    if (v.isEmpty(r, c)) continue;
    if (c >= c1) own++;
    if (!first) first = { c, core: v.core(r, c) };
  }
  if (!own && !covered) return 'blank';
  if (!first) return null;
  const t = first.core;
  // A row that fits the grid (a name in the name column and a value in the value column) is an indicator
  // whatever its words: 审核准确率, 说明会召开次数.
  const fits =
    columns.level3 !== undefined &&
    valueCol !== undefined &&
    first.c >= columns.level3 &&
    !v.isEmpty(r, columns.level3) &&
    v.isOwn(r, valueCol) &&
    !v.isEmpty(r, valueCol);
  if (fits) return null;
  if (fieldKeyOf(t)) return 'field';
  if (TOTAL_ROW.has(t)) return 'total';
  if (SIGN_OFF.test(t)) return 'signOff';
  if (END_OF_GRID_PREFIXES.some((p) => t.startsWith(p)) && !level1Of(t) && !level2Of(t))
    return /^(?:填|审核|联系|制表|单位负责人|财务负责人|负责人|日期|经办人|分管领导)/.test(t)
      ? 'signOff'
      : 'note';
  if (own <= 3)
    for (let c = first.c + 1; c <= c2; c++)
      if (v.isOwn(r, c) && SIGN_OFF.test(v.core(r, c))) return 'signOff';
  // One cell spanning the whole grid: a note or a title, not an indicator.
  if (own === 1 && v.mergeRight(r, first.c) >= c2 && first.c <= c1 && !level1Of(t)) return 'spanning';
  // A label naming the next grid ("年度绩效指标"), or any lone non-level text right above another header.
  if (
    own <= 1 &&
    ((PERIOD_GRID_LABELS as readonly string[]).includes(t) ||
      (ANNUAL_GRID_LABELS as readonly string[]).includes(t))
  )
    return 'nextLabel';
  if (own <= 1 && !level1Of(t) && !level2Of(t) && r + 1 < v.rowEnd && isHeaderRow(v, r + 1))
    return 'nextHeader';
  return null;
}

/**
 * The kind a section label names when one starts on row `r` left of column `c1`: 实施期绩效指标 and
 * 年度绩效指标 down a label column, each over its own rows under one header row.
 */
function sectionKindAt(v: SheetView, r: number, c1: number): GridKind | null {
  for (let c = v.left; c < c1; c++) {
    if (!v.isOwn(r, c) || v.isEmpty(r, c)) continue;
    const t = v.core(r, c);
    if ((PERIOD_GRID_LABELS as readonly string[]).includes(t)) return 'period';
    if ((ANNUAL_GRID_LABELS as readonly string[]).includes(t)) return 'annual';
  }
  return null;
}

/** The next section's first row and kind, where a grid ended at row `r`: there, or after one or two empty rows. */
function sectionAfter(
  v: SheetView,
  r: number,
  c1: number,
  c2: number,
): { row: number; kind: GridKind } | null {
  for (let k = r; k < Math.min(v.rowEnd, r + 3); k++) {
    const kind = sectionKindAt(v, k, c1);
    if (kind) return { row: k, kind };
    if (!v.isRowEmpty(k, c1, c2)) return null;
  }
  return null;
}

/** A cell of its own with text on row `r` left of column `c1`. */
function labelLeftOf(v: SheetView, r: number, c1: number): boolean {
  for (let c = v.left; c < c1; c++) if (v.isOwn(r, c) && !v.isEmpty(r, c)) return true;
  return false;
}

/** The first filled row from `r` (at most two blank rows on) when it names a known 一级 or 二级, or -1. */
function nextIndicatorRow(
  v: SheetView,
  r: number,
  c1: number,
  c2: number,
  columns: Partial<Record<ColumnRole, number>>,
): number {
  // A label starting left of the grid (年度绩效指标 down a label column) opens another section.
  if (labelLeftOf(v, r - 1, c1)) return -1;
  for (let k = r; k < Math.min(v.rowEnd, r + 2); k++) {
    if (labelLeftOf(v, k, c1)) return -1;
    if (v.isRowEmpty(k, c1, c2)) continue;
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
