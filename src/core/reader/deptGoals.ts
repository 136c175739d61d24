/**
 * A department's goal list read as a department table: a header row
 * 序号 | 分项 | 绩效目标 | 绩效指标 (the 序号 or 分项 column may be missing), one
 * row per goal with its indicator written as a sentence ("…评审率 100%。"),
 * and the overall goal (总体绩效目标) labelled above it. The list has no
 * indicator grid; rules read `table.goalList`.
 */
import type { CellValue, MergedRange, SheetGrid } from '../grid';
import type { CellRead, Field, GoalList, GoalListItem, Table } from '../model';
import { normCore, normLabel } from '../vocabulary/normalize';

const GOAL_HEADERS = new Set(['绩效目标', '分项绩效目标', '年度绩效目标', '工作目标', '目标']);
const INDICATOR_HEADERS = new Set([
  '绩效指标',
  '分项绩效指标',
  '年度绩效指标',
  '衡量指标',
  '考核指标',
  '指标',
]);
const ITEM_HEADERS = new Set(['分项', '分项名称', '项目', '重点任务', '工作任务', '任务', '重点工作']);
const SEQ_HEADERS = new Set(['序号', '编号']);
/** Header words of an indicator grid: a row with these is a grid, not a goal list. */
const GRID_WORDS = /一级指标|二级指标|三级指标|指标值|目标值|指标名称/;
/** Labels of the overall goal above the list. */
const OVERALL_GOAL = /^(?:部门)?(?:整体|总体|年度)?(?:总体)?(?:绩效)?目标$/;

interface Cells {
  at(r: number, c: number): CellRead | null;
  /** The merge covering (r, c), if any. */
  mergeAt(r: number, c: number): MergedRange | undefined;
  rowEnd: number;
  colEnd: number;
  top: number;
  left: number;
}

function text(v: CellValue, format?: string | null): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    if (format && /%/.test(format)) return `${Math.round(v * 100 * 1e8) / 1e8}%`;
    return String(Math.round(v * 1e10) / 1e10);
  }
  return String(v);
}

function view(sheet: SheetGrid): Cells {
  const top = Math.max(0, Math.floor(sheet.top ?? 0)) || 0;
  const left = Math.max(0, Math.floor(sheet.left ?? 0)) || 0;
  const values = Array.isArray(sheet.values) ? sheet.values : [];
  let width = 0;
  for (const row of values) if (Array.isArray(row) && row.length > width) width = row.length;
  const merges = (Array.isArray(sheet.merges) ? sheet.merges : []).filter(
    (m) => m && m.r2 >= m.r1 && m.c2 >= m.c1 && (m.r2 - m.r1 + 1) * (m.c2 - m.c1 + 1) <= 200000,
  );
  return {
    top,
    left,
    rowEnd: top + values.length,
    colEnd: left + width,
    at(r, c) {
      const row = values[r - top];
      if (!Array.isArray(row)) return null;
      const v = row[c - left];
      if (v === null || v === undefined) return null;
      const format = sheet.formats?.[r - top]?.[c - left] ?? undefined;
      const t = text(v, format);
      return { row: r, col: c, value: v, text: t, blank: t.trim() === '', ...(format ? { format } : {}) };
    },
    mergeAt(r, c) {
      return merges.find((m) => r >= m.r1 && r <= m.r2 && c >= m.c1 && c <= m.c2);
    },
  };
}

function filled(c: CellRead | null): c is CellRead {
  return !!c && !c.blank;
}

interface Header {
  row: number;
  seq?: number;
  item?: number;
  goal: number;
  indicator: number;
}

/** Cheap pre-test: a header row has two short cells with 标 (目标, 指标). */
function mayBeHeader(sheet: SheetGrid, v: Cells, r: number): boolean {
  const row = sheet.values[r - v.top];
  if (!Array.isArray(row)) return false;
  let n = 0;
  for (let i = 0; i < row.length; i++) {
    const x = row[i];
    if (typeof x === 'string' && x.length <= 24 && x.includes('标') && ++n >= 2) return true;
  }
  return false;
}

function headerAt(v: Cells, r: number): Header | null {
  const roles: Partial<Record<'seq' | 'item' | 'goal' | 'indicator', number>> = {};
  let others = 0;
  for (let c = v.left; c < v.colEnd; c++) {
    const cell = v.at(r, c);
    if (!filled(cell) || typeof cell.value !== 'string') {
      if (filled(cell)) return null; // a number in a header row: not a header
      continue;
    }
    const raw = normLabel(cell.text);
    if (GRID_WORDS.test(raw)) return null;
    const t = normCore(cell.text);
    if (SEQ_HEADERS.has(t) && roles.seq === undefined) roles.seq = c;
    else if (ITEM_HEADERS.has(t) && roles.item === undefined) roles.item = c;
    else if (GOAL_HEADERS.has(t) && roles.goal === undefined) roles.goal = c;
    else if (INDICATOR_HEADERS.has(t) && roles.indicator === undefined) roles.indicator = c;
    else if (++others > 1) return null;
  }
  const { goal, indicator } = roles;
  if (goal === undefined || indicator === undefined || indicator <= goal) return null;
  if (roles.seq === undefined && roles.item === undefined) return null;
  return { row: r, goal, indicator, seq: roles.seq, item: roles.item };
}

/** A cell's own value; 'covered' when a merge from a column to its left covers it (a caption or a note row). */
function ownCell(v: Cells, r: number, c: number): CellRead | null | 'covered' {
  const m = v.mergeAt(r, c);
  if (m && m.c1 < c) return 'covered';
  if (m && m.r1 < r) return v.at(m.r1, m.c1); // merged down from the row above: the same text
  return v.at(r, c);
}

function itemAt(v: Cells, h: Header, r: number): GoalListItem | null {
  const goal = ownCell(v, r, h.goal);
  const indicator = ownCell(v, r, h.indicator);
  if (goal === 'covered' || indicator === 'covered') return null;
  if (!filled(goal) && !filled(indicator)) return null;
  const seq = h.seq === undefined ? null : ownCell(v, r, h.seq);
  const item = h.item === undefined ? null : ownCell(v, r, h.item);
  return {
    row: r,
    seq: seq === 'covered' ? null : seq,
    item: item === 'covered' ? null : item,
    goal: filled(goal) ? goal : null,
    indicator: filled(indicator)
      ? indicator
      : (indicator ?? { row: r, col: h.indicator, value: null, text: '', blank: true }),
  };
}

function isBlankRow(v: Cells, r: number): boolean {
  for (let c = v.left; c < v.colEnd; c++) if (filled(v.at(r, c))) return false;
  return true;
}

/**
 * Department goal lists on a sheet, as tables; `taken` are the tables the
 * grid reader found there (a list inside one of them is left to it).
 */
export function readDeptGoals(sheet: SheetGrid, taken: readonly Table[] = []): Table[] {
  return readLists(sheet, taken);
}

function readLists(sheet: SheetGrid, taken: readonly Table[]): Table[] {
  if (!sheet || !Array.isArray(sheet.values)) return [];
  const v = view(sheet);
  const name = String(sheet.name ?? '');
  const out: Table[] = [];
  let blockTop = v.top;
  // Rows inside the tables the grid reader found hold no list of their own: marked once, skipped.
  const inTable = new Uint8Array(Math.max(0, v.rowEnd - v.top));
  for (const t of taken)
    for (let r = Math.max(t.range.r1, v.top); r <= t.range.r2 && r < v.rowEnd; r++) inTable[r - v.top] = 1;
  for (let r = v.top; r < v.rowEnd; r++) {
    if (inTable[r - v.top] || !mayBeHeader(sheet, v, r)) continue;
    const h = headerAt(v, r);
    if (!h) continue;
    const items: GoalListItem[] = [];
    let last = r;
    for (let k = r + 1; k < v.rowEnd; k++) {
      const it = itemAt(v, h, k);
      if (it) {
        items.push(it);
        last = k;
        continue;
      }
      // One blank row inside the list is allowed when the list goes on after it.
      if (isBlankRow(v, k) && k + 1 < v.rowEnd && itemAt(v, h, k + 1) && !isBlankRow(v, k + 1)) continue;
      break;
    }
    if (items.length === 0) continue;
    const c1 = Math.min(h.seq ?? h.goal, h.item ?? h.goal, h.goal);
    const c2 = h.indicator;
    const above = readAbove(
      v,
      Math.max(blockTop, ...taken.filter((t) => t.range.r2 < r).map((t) => t.range.r2 + 1)),
      r,
    );
    const headerCell = (c: number | undefined) => (c === undefined ? undefined : (v.at(r, c) ?? undefined));
    const goalList: GoalList = {
      headerRow: r,
      headerCells: {
        goal: headerCell(h.goal)!,
        indicator: headerCell(h.indicator)!,
        ...(h.seq !== undefined ? { seq: headerCell(h.seq) } : {}),
        ...(h.item !== undefined ? { item: headerCell(h.item) } : {}),
      },
      items,
    };
    out.push({
      sheet: name,
      range: {
        r1: above.firstRow ?? r,
        c1: Math.min(c1, above.minCol ?? c1),
        r2: last,
        c2: Math.max(c2, above.maxCol ?? c2),
      },
      kind: 'department',
      framework: '2015',
      legacySatisfaction: false,
      year: above.year,
      moneyUnit: null,
      title: above.title,
      fields: above.fields,
      plan: [],
      planLabel: null,
      grids: [],
      goalList,
    });
    blockTop = last + 1;
    r = last;
  }
  return out;
}

interface Above {
  fields: Field[];
  title: CellRead | null;
  year: number | null;
  firstRow: number | null;
  minCol: number | null;
  maxCol: number | null;
}

/** The title and the overall goal above a list (rows `from` to `to - 1`). */
function readAbove(v: Cells, from: number, to: number): Above {
  const out: Above = { fields: [], title: null, year: null, firstRow: null, minCol: null, maxCol: null };
  const touch = (c: CellRead) => {
    out.firstRow = out.firstRow === null ? c.row : Math.min(out.firstRow, c.row);
    out.minCol = out.minCol === null ? c.col : Math.min(out.minCol, c.col);
    out.maxCol = out.maxCol === null ? c.col : Math.max(out.maxCol, c.col);
  };
  // Only the rows just above the list: stop at a blank gap of more than one row.
  let start = to;
  for (let r = to - 1, gap = 0; r >= from; r--) {
    if (isBlankRow(v, r)) {
      if (++gap > 1) break;
      continue;
    }
    gap = 0;
    start = r;
  }
  for (let r = start; r < to; r++) {
    const cells: CellRead[] = [];
    for (let c = v.left; c < v.colEnd; c++) {
      const cell = v.at(r, c);
      if (filled(cell)) cells.push(cell);
    }
    if (!cells.length) continue;
    const first = cells[0];
    if (cells.length >= 2 && typeof first.value === 'string' && OVERALL_GOAL.test(normCore(first.text))) {
      const value = cells[1];
      out.fields.push({ key: 'goal', label: first.text, labelCell: first, value });
      touch(first);
      touch(value);
    } else if (cells.length === 1 && !out.title && /目标|绩效/.test(first.text) && first.text.length <= 60) {
      out.title = first;
      touch(first);
    }
  }
  const y = out.title ? /((?:19|20)\d{2})/.exec(out.title.text) : null;
  out.year = y ? Number(y[1]) : null;
  return out;
}
