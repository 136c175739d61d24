/**
 * Inserts indicators from the library as rows of the indicator grid around
 * the selection, keeping the merged 一级/二级 cells right.
 *
 * Where the rows go. The grid is found with the core reader on a read of the
 * selected sheet: the grid whose rows (or header) hold the selected row, else
 * the grid of the table the selection is in. Each indicator goes under its
 * own 二级 (placed for the table's framework: a library cost indicator is
 * 产出/成本指标 in a 2015 table, 成本/经济成本指标 in a 2021 one) when the
 * grid has that 二级, else under the selected 二级; with `target: 'selection'`
 * all go under the selected 二级. Empty rows of that 二级 (no name, value or
 * description) are filled first; the rest are inserted as entire rows below
 * its last row (`Range.insert(Excel.InsertShiftDirection.down)`), bottom-most
 * 二级 first so that positions computed before the batch stay right.
 *
 * What is written: the 三级 name, the description (where the grid has the
 * column), the 指标性质 and 度量单位 (where it has those columns), and the
 * value as a placeholder carrying operator and unit ("≥__%", "__（如：年底前）"):
 * value/placeholder flags it until the officer writes the figure. 依据 and
 * 权重 are left to the officer. The value cells get the General format (a new
 * row copies the format of the row above, which may be a percent).
 *
 * Merges. When the sheet merges its level cells, the 一级 and 二级 cells (and
 * any label column merged over the 二级, such as 年度绩效指标) are unmerged and
 * merged again over their new extent, whether or not Excel extended them on
 * insert; one-row horizontal merges of the 二级's last row are repeated on the
 * new rows. A sheet that does not merge its levels (the reader carries names
 * down) gets empty level cells in the new rows, which read the same.
 *
 * Round trips: 2 syncs (read, write) whatever the number of indicators; 3
 * when asking for merged areas fails (more than 512 of them) and the read is
 * repeated without them. Merged areas need ExcelApi 1.13; without it the
 * level cells of new rows are left empty (carried down) and no merge is made.
 */
import type { CellValue, MergedRange, SheetGrid } from '../core/grid';
import type { IndicatorGrid, IndicatorRow, Table } from '../core/model';
import { readSheet } from '../core/reader/readWorkbook';
import { indicatorCells, placeIndicator } from '../core/library/search';
import type { LibraryIndicator } from '../core/library/types';
import type { Level1Name, Level2Name } from '../core/vocabulary/levels';
import { parseSheetAddress, refOf, rowsRef } from './address';
import { detectApiSupport, officeIsSetSupported, type IsSetSupported } from './apiSupport';

export interface InsertIndicatorsOptions {
  /** Ask for merged areas (ExcelApi 1.13); default: what the running Excel supports. */
  merges?: boolean;
  isSetSupported?: IsSetSupported;
  /** 'own-level' (default): each under its own 二级 when the grid has it, else the selected one; 'selection': all under the selected 二级. */
  target?: 'own-level' | 'selection';
  /** 'placeholder' (default): "≥__%" for the officer to fill; 'sample': the library's sample value. */
  value?: 'placeholder' | 'sample';
}

export interface InsertedRow {
  id: string;
  /** 0-based sheet row, after all insertions. */
  row: number;
  level1: Level1Name;
  level2: Level2Name;
}

export interface InsertIndicatorsResult {
  sheet: string;
  rows: InsertedRow[];
  /** Rows inserted into the sheet. */
  inserted: number;
  /** Empty rows of a 二级 that were filled instead. */
  reused: number;
  /** Level cells merged over the new rows (false when the sheet does not merge them or merges are unknown). */
  merged: boolean;
  /** Indicators left out: no 二级 of theirs in the grid and no 二级 selected. */
  skipped: string[];
}

export type InsertIndicatorsErrorCode = 'nothing-chosen' | 'no-grid' | 'no-level';

const ERROR_TEXT: Record<InsertIndicatorsErrorCode, { zh: string; en: string }> = {
  'nothing-chosen': { zh: '没有选择要插入的指标。', en: 'No indicator was chosen.' },
  'no-grid': {
    zh: '请先在工作表中选中绩效指标表（一级、二级、三级指标所在的表格）中的一个单元格。',
    en: 'Select a cell of an indicator grid (the 一级/二级/三级 table) first.',
  },
  'no-level': {
    zh: '请选中要插入指标的二级指标所在行的单元格。',
    en: 'Select a cell in the row of the 二级 the indicators should go under.',
  },
};

export class InsertIndicatorsError extends Error {
  readonly messageZh: string;
  readonly messageEn: string;
  constructor(readonly code: InsertIndicatorsErrorCode) {
    super(ERROR_TEXT[code].en);
    this.name = 'InsertIndicatorsError';
    this.messageZh = ERROR_TEXT[code].zh;
    this.messageEn = ERROR_TEXT[code].en;
  }
}

interface SheetRead {
  name: string;
  ws: Excel.Worksheet;
  selection: MergedRange;
  grid: SheetGrid;
}

function toCell(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/** Sync 1 (2 when the merged areas cannot be had): the selection, and the used range of its sheet. */
async function readSelectedSheet(context: Excel.RequestContext, merges: boolean): Promise<SheetRead> {
  for (let withMerges = merges; ; withMerges = false) {
    const sel = context.workbook.getSelectedRange();
    sel.load('address');
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a navigation property: a proxy, nothing is read
    const ws = sel.worksheet;
    ws.load('name');
    const used = ws.getUsedRange();
    used.load('address,values,numberFormat');
    let areas: Excel.RangeAreas | null = null;
    if (withMerges) {
      areas = used.getMergedAreasOrNullObject();
      areas.load('areas/items/address');
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- at most twice: with merged areas, then without
      await context.sync();
    } catch (e) {
      if (withMerges) continue; // most likely more than 512 merged areas: read again without them
      throw e;
    }
    const s = parseSheetAddress(sel.address);
    const u = parseSheetAddress(used.address);
    if (!s || !u) throw new InsertIndicatorsError('no-grid');
    const list: MergedRange[] = [];
    if (areas && !areas.isNullObject)
      for (const item of areas.areas.items) {
        const p = parseSheetAddress(item.address);
        if (p && (p.range.r2 > p.range.r1 || p.range.c2 > p.range.c1)) list.push(p.range);
      }
    const grid: SheetGrid = {
      name: ws.name,
      values: (used.values as unknown[][]).map((row) => row.map(toCell)),
      formats: (used.numberFormat as unknown[][]).map((row) =>
        row.map((f) => (typeof f === 'string' && f !== 'General' ? f : null)),
      ),
      top: u.range.r1,
      left: u.range.c1,
      merges: list,
    };
    if (!withMerges) grid.mergesUnknown = true;
    return { name: ws.name, ws, selection: s.range, grid };
  }
}

/** The grid the selection is in (rows or header), else the first grid of the table the selection is in. */
function gridAt(tables: Table[], row: number): { table: Table; grid: IndicatorGrid } | null {
  for (const table of tables)
    for (const grid of table.grids) {
      if (grid.sharesRows) continue;
      if (row >= grid.headerTop && row <= grid.range.r2) return { table, grid };
    }
  for (const table of tables)
    if (row >= table.range.r1 && row <= table.range.r2) {
      const grid = table.grids.find((g) => !g.sharesRows);
      if (grid) return { table, grid };
    }
  return null;
}

const isBlank = (c: { text: string } | null) => !c || c.text.trim() === '';

/** A row with nothing of its own in the data columns. */
function isFree(r: IndicatorRow): boolean {
  return (
    isBlank(r.name) && isBlank(r.value) && isBlank(r.description) && isBlank(r.nature) && isBlank(r.unit)
  );
}

interface Block {
  level1: Level1Name;
  level2: Level2Name;
  rows: IndicatorRow[];
  items: LibraryIndicator[];
}

/** Adds the chosen indicators to the grid around the selection (2 syncs). */
export async function insertIndicators(
  context: Excel.RequestContext,
  indicators: readonly LibraryIndicator[],
  options: InsertIndicatorsOptions = {},
): Promise<InsertIndicatorsResult> {
  if (!indicators.length) throw new InsertIndicatorsError('nothing-chosen');
  const mergesWanted =
    options.merges ?? detectApiSupport(options.isSetSupported ?? officeIsSetSupported).merges;
  const read = await readSelectedSheet(context, mergesWanted);
  const tables = readSheet(read.grid);
  const found = gridAt(tables, read.selection.r1);
  if (!found) throw new InsertIndicatorsError('no-grid');
  const { table, grid } = found;
  const cols = grid.columns;
  if (cols.level3 === undefined || cols.value === undefined) throw new InsertIndicatorsError('no-grid');

  // The rows of each 二级 (contiguous runs of the grid's rows with the same 一级 and 二级).
  const rowsOf = (l1: string, l2: string) =>
    grid.rows.filter((r) => r.level1Std === l1 && r.level2Std === l2);
  const selectedRow = grid.rows.find((r) => r.row === read.selection.r1);
  const selected =
    selectedRow?.level1Std && selectedRow.level2Std
      ? { level1: selectedRow.level1Std as Level1Name, level2: selectedRow.level2Std as Level2Name }
      : null;

  const blocks = new Map<string, Block>();
  const skipped: string[] = [];
  for (const ind of indicators) {
    const own = placeIndicator(ind, table.framework);
    let place: { level1: Level1Name; level2: Level2Name } | null = null;
    if (options.target !== 'selection' && rowsOf(own.level1, own.level2).length) place = own;
    else if (selected) place = selected;
    if (!place) {
      skipped.push(ind.id);
      continue;
    }
    const key = `${place.level1}|${place.level2}`;
    let b = blocks.get(key);
    if (!b) {
      // The run of rows of that 二级; the one holding the selection when the 二级 is the selected one.
      const near = place === selected ? read.selection.r1 : undefined;
      blocks.set(key, (b = { ...place, rows: runOf(rowsOf(place.level1, place.level2), near), items: [] }));
    }
    b.items.push(ind);
  }
  if (!blocks.size) throw new InsertIndicatorsError('no-level');

  const merges = [...read.grid.merges];
  const usesMerges =
    !read.grid.mergesUnknown &&
    merges.some(
      (m) =>
        m.r2 > m.r1 &&
        m.r1 >= grid.headerTop &&
        m.r2 <= grid.range.r2 &&
        (m.c1 === cols.level1 || m.c1 === cols.level2),
    );
  const shape = { nature: cols.nature !== undefined, unit: cols.unit !== undefined };
  const mode = options.value ?? 'placeholder';

  const ws = read.ws;
  const written: (InsertedRow & { mark: number })[] = [];
  const insertions: { at: number; n: number }[] = [];
  // The merged areas as they stand in the sheet while the batch is built (Excel's insert rules, then ours).
  let state = merges.map((m) => ({ ...m }));
  let inserted = 0;
  let reused = 0;

  // Bottom-most 二级 first: an insertion only moves rows below it, which are done by then.
  const ordered = [...blocks.values()].sort(
    (a, b) => b.rows[b.rows.length - 1].row - a.rows[a.rows.length - 1].row,
  );
  for (const b of ordered) {
    const first = b.rows[0].row;
    const last = b.rows[b.rows.length - 1].row;
    const targets = b.rows
      .filter(isFree)
      .map((r) => r.row)
      .slice(0, b.items.length);
    reused += targets.length;
    const n = b.items.length - targets.length;
    if (n > 0) {
      const at = last + 1;
      // The level cell's merged area over `first`; else the cell itself when the level starts on `first`.
      const areaAt = (c: number | undefined, own: boolean): MergedRange | null => {
        if (c === undefined) return null;
        return (
          state.find((m) => m.c1 <= c && m.c2 >= c && m.r1 <= first && m.r2 >= first) ??
          (own ? { r1: first, c1: c, r2: first, c2: c } : null)
        );
      };
      const want: MergedRange[] = [];
      if (usesMerges) {
        const l2 = areaAt(cols.level2, b.rows[0].level2Own);
        const l1 = areaAt(cols.level1, b.rows[0].level1Own);
        if (l2) want.push({ ...l2, r1: first, r2: Math.max(l2.r2, last) + n });
        if (l1) want.push({ ...l1, r2: Math.max(l1.r2, last) + n });
        // Label columns merged over the whole 二级 (e.g. 年度绩效指标 left of the grid).
        const leftOfLevels = Math.min(cols.level1 ?? Infinity, cols.level2 ?? Infinity);
        for (const m of state)
          if (m.c2 < leftOfLevels && m.r1 <= first && m.r2 >= last) want.push({ ...m, r2: m.r2 + n });
      }
      const rowMerges = usesMerges ? state.filter((m) => m.r1 === last && m.r2 === last && m.c2 > m.c1) : [];

      ws.getRange(rowsRef(at, at + n - 1)).insert('Down' as Excel.InsertShiftDirection.down);
      state = state.map((m) =>
        m.r1 >= at ? { ...m, r1: m.r1 + n, r2: m.r2 + n } : m.r2 >= at ? { ...m, r2: m.r2 + n } : m,
      );
      insertions.push({ at, n });
      inserted += n;
      for (let i = 0; i < n; i++) targets.push(at + i);

      for (const w of want) {
        const range = ws.getRange(refOf(w));
        range.unmerge();
        range.merge(false);
        state = state.filter((m) => !overlaps(m, w)).concat([{ ...w }]);
      }
      // One-row horizontal merges of the 二级's last row (a name or description spanning two columns) repeated on the new rows.
      for (const m of rowMerges)
        for (let i = 0; i < n; i++) {
          const w = { r1: at + i, c1: m.c1, r2: at + i, c2: m.c2 };
          ws.getRange(refOf(w)).merge(false);
          state.push(w);
        }
    }
    const mark = insertions.length;
    b.items.forEach((ind, i) => {
      const r = targets[i];
      const cells = indicatorCells(ind, shape, mode);
      const put = (c: number | undefined, v: CellValue | undefined, general = false) => {
        if (c === undefined || v === undefined) return;
        const range = ws.getRange(refOf({ r1: r, c1: c, r2: r, c2: c }));
        if (general) range.numberFormat = [['General']];
        range.values = [[v === null ? '' : v]];
      };
      put(cols.level3, ind.name);
      put(cols.description, ind.description);
      put(cols.nature, cells.nature ?? null);
      put(cols.value, cells.value, true);
      put(cols.unit, cells.unit ?? '');
      written.push({ id: ind.id, row: r, level1: b.level1, level2: b.level2, mark });
    });
  }
  await context.sync();

  // Final rows: the insertions made after a row was written (above it) moved it down.
  const rows: InsertedRow[] = written
    .map(({ mark, ...w }) => {
      let row = w.row;
      for (const ins of insertions.slice(mark)) if (ins.at <= row) row += ins.n;
      return { ...w, row };
    })
    .sort((a, b) => a.row - b.row);
  return { sheet: read.name, rows, inserted, reused, merged: usesMerges && inserted > 0, skipped };
}

function overlaps(a: MergedRange, b: MergedRange): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

/** A run of consecutive rows (a 二级 is one block): the one holding `near`, else the first. */
function runOf(rows: IndicatorRow[], near?: number): IndicatorRow[] {
  const runs: IndicatorRow[][] = [];
  for (const r of rows) {
    const cur = runs[runs.length - 1];
    if (cur && r.row === cur[cur.length - 1].row + 1) cur.push(r);
    else runs.push([r]);
  }
  return runs.find((run) => near !== undefined && run.some((r) => r.row === near)) ?? runs[0] ?? [];
}
