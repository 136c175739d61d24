/**
 * Reads every sheet of the open workbook (hidden and very hidden ones too)
 * into the core's grid model: values as Excel holds them, number formats,
 * merged areas, with `top`/`left` at the used range's corner.
 *
 * Round trips. Office.js cannot list a collection's items before a sync, and
 * the used range is a method, not a property, so one sync must name the
 * sheets before anything per sheet can be asked:
 *
 *   sync 1  worksheets (names)
 *   sync 2  per sheet: used range address, and the values + number formats +
 *           merged areas of the used range's first rows (a "window")
 *   sync 3+ only when a used range is larger than its window: the rest, in
 *           row blocks, as many blocks per sync as the budget allows
 *
 * The budget exists because Excel on the web caps one request/response at
 * 5 MB and a range read at 5,000,000 cells ("Resource limits and performance
 * optimization for Office Add-ins"). The 5 MB cap is per round trip, so
 * blocks queued into the same sync add up; they are therefore packed into
 * syncs of at most `maxCellsPerSync` cells (default 100,000: about 40 bytes of
 * JSON per cell of value + format, under 5 MB). The window of each sheet is
 * sized from the same budget (budget / sheets / assumed 32 columns): a
 * workbook of budget tables (a few hundred rows by 10-20 columns per sheet)
 * is read in exactly 2 syncs whatever the number of sheets up to about 20 at
 * 150 rows each, 100 sheets at 30 rows each; larger used ranges cost one
 * sync more per 100,000 cells.
 *
 * Merged areas: Range.getMergedAreasOrNullObject (ExcelApi 1.13) "fails to
 * return the result" when a range holds more than 512 merged areas, and it
 * reports only areas whose top-left cell lies in the range (office-js#3611).
 * So merges are asked per band of `mergeBlockRows` entire rows (default 200):
 * every area is reported exactly once, by the band holding its top-left cell,
 * and a band of 200 rows rarely holds 512 areas. If a sync that asked for
 * merges still fails, the bands are made smaller and the sync retried; at one
 * row per band the sheet is returned with `mergesUnknown: true` (the core
 * then carries levels down) instead of failing the read.
 *
 * Null objects are never chained: the window is the intersection of an
 * entire-rows range (never null) with `getUsedRange(true)` (never null: A1 on
 * an empty sheet), so no method is called on an object that may be null.
 * The used range is the values-only one: formatting (a fill or border to the
 * last row) does not make a sheet "used".
 *
 * Errors: a size error halves the budget and retries; the merged-areas
 * failure (over 512 areas in a band) makes the bands smaller; every other
 * error (InvalidOperationInCellEditMode, ItemNotFound, ...) is passed on.
 */
import { MAX_ROWS, type CellValue, type MergedRange, type SheetGrid, type WorkbookGrid } from '../core/grid';
import { parseSheetAddress, refOf, rowsRef } from './address';
import { detectApiSupport } from './apiSupport';

export interface ReadOptions {
  /** Ask for merged areas (ExcelApi 1.13). Default: what the running Excel supports. */
  merges?: boolean;
  /** Cells of values + formats per sync (Excel on the web: 5 MB per response). */
  maxCellsPerSync?: number;
  /** Cells per range read (Excel: 5,000,000). */
  maxCellsPerRange?: number;
  /** Entire rows per getMergedAreasOrNullObject call (Excel: at most 512 areas per call). */
  mergeBlockRows?: number;
  /** Columns assumed when sizing each sheet's first window before its used range is known. */
  assumedColumns?: number;
  /** Failed syncs retried with smaller pieces before the error is passed on. */
  maxRetries?: number;
  /** Told the worksheet ids, in the order of the grid's sheets (for the live check's re-reads). */
  onSheetIds?: (ids: string[]) => void;
}

export const READ_DEFAULTS: Required<Omit<ReadOptions, 'merges' | 'onSheetIds'>> = {
  maxCellsPerSync: 100_000,
  maxCellsPerRange: 5_000_000,
  mergeBlockRows: 200,
  assumedColumns: 32,
  maxRetries: 16,
};

/** Error codes Excel uses when a request or response is too large. */
const SIZE_ERROR_CODES = new Set([
  'ResponsePayloadSizeLimitExceeded',
  'RequestPayloadSizeLimitExceeded',
  'PayloadTooLarge',
  'RangeExceedsLimit',
  'OperationCellsExceedLimit',
]);

/**
 * The failure of getMergedAreasOrNullObject over 512 areas. Excel reports it
 * at the call ("Range.getMergedAreasOrNullObject" in debugInfo.errorLocation);
 * any other failure of a sync that asked for merged areas (the officer typing
 * in a cell, a deleted sheet, a lost connection) is not this one and must
 * reach the officer rather than silently drop the merges.
 */
export function isMergedAreasLimitError(err: unknown): boolean {
  const e = err as { debugInfo?: { errorLocation?: unknown } } | null;
  const at = e?.debugInfo?.errorLocation;
  return typeof at === 'string' && /getMergedAreas/i.test(at);
}

export function isSizeLimitError(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  if (e && typeof e.code === 'string' && SIZE_ERROR_CODES.has(e.code)) return true;
  return (
    !!e && typeof e.message === 'string' && /payload.*(size|limit)|exceeds? (the )?limit/i.test(e.message)
  );
}

interface SheetRead {
  name: string;
  ws: Excel.Worksheet;
  /** Used range in sheet coordinates; null until sync 2 answers. */
  used: MergedRange | null;
  /** First sheet row of the used range not read yet. */
  next: number;
  /** Rows of the used range, indexed by sheet row - used.r1. */
  values: (CellValue[] | undefined)[];
  formats: (string[] | undefined)[];
  merges: Map<string, MergedRange>;
  mergesUnknown: boolean;
}

interface Batch {
  apply: (() => void)[];
  /** Sheets whose merged areas this batch asked for. */
  mergeSheets: Set<SheetRead>;
}

const pending = (s: SheetRead) => !s.used || s.next <= s.used.r2;

function toCell(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

function store(s: SheetRead, rect: MergedRange, values: unknown[][], formats: unknown[][]): void {
  const used = s.used as MergedRange;
  const width = used.c2 - used.c1 + 1;
  const offset = rect.c1 - used.c1;
  for (let i = 0; i < values.length; i++) {
    const row: CellValue[] = new Array(width).fill(null);
    const fmt: string[] = new Array(width).fill('General');
    const vr = values[i] ?? [];
    const fr = formats[i] ?? [];
    for (let j = 0; j < vr.length && offset + j < width; j++) {
      row[offset + j] = toCell(vr[j]);
      const f = fr[j];
      fmt[offset + j] = typeof f === 'string' ? f : f == null ? 'General' : String(f);
    }
    s.values[rect.r1 + i - used.r1] = row;
    s.formats[rect.r1 + i - used.r1] = fmt;
  }
}

/** Queues getMergedAreasOrNullObject for entire-row bands covering rows r1..r2; returns what applies the answers. */
function queueMerges(s: SheetRead, r1: number, r2: number, bandRows: number, batch: Batch): () => void {
  if (s.mergesUnknown) return () => undefined;
  batch.mergeSheets.add(s);
  const asked: Excel.RangeAreas[] = [];
  for (let a = r1; a <= r2; a += bandRows) {
    const areas = s.ws.getRange(rowsRef(a, Math.min(r2, a + bandRows - 1))).getMergedAreasOrNullObject();
    areas.load('areas/items/address');
    asked.push(areas);
  }
  return () => {
    for (const areas of asked) {
      if (areas.isNullObject) continue;
      for (const item of areas.areas.items) {
        const parsed = parseSheetAddress(item.address);
        if (!parsed) continue;
        const r = parsed.range;
        if (r.r1 === r.r2 && r.c1 === r.c2) continue;
        s.merges.set(`${r.r1},${r.c1},${r.r2},${r.c2}`, r);
      }
    }
  };
}

/* eslint-disable office-addins/call-sync-after-load, office-addins/call-sync-before-read -- the loads are read in batch.apply, which runs after the sync */
/** Queues the next round of reads for every sheet still pending, within the budget. */
function planBatch(
  sheets: SheetRead[],
  budget: number,
  maxPerRange: number,
  bandRows: number,
  assumedColumns: number,
): Batch {
  const batch: Batch = { apply: [], mergeSheets: new Set() };
  const unknown = sheets.filter((s) => !s.used);
  if (unknown.length > 0) {
    // Sync 2: used ranges and each sheet's window, sized so all windows together stay in budget.
    const share = Math.max(1, Math.floor(budget / unknown.length));
    const windowRows = Math.min(
      MAX_ROWS,
      Math.max(1, Math.floor(Math.min(share, maxPerRange) / assumedColumns)),
    );
    for (const s of unknown) {
      // Values only: a sheet formatted down to row 1,048,576 must not cost a read of a million empty rows.
      const used = s.ws.getUsedRange(true);
      used.load('address');
      const win = s.ws.getRange(rowsRef(0, windowRows - 1)).getIntersectionOrNullObject(used);
      win.load('address,values,numberFormat');
      const merges = queueMerges(s, 0, windowRows - 1, bandRows, batch);
      batch.apply.push(() => {
        const u = parseSheetAddress(used.address);
        if (!u)
          throw new Error(
            `无法识别工作表“${s.name}”的已用区域地址 / Unrecognised used range address: ${used.address}`,
          );
        s.used = u.range;
        s.next = Math.max(u.range.r1, windowRows);
        if (!win.isNullObject) {
          const w = parseSheetAddress(win.address);
          if (w) store(s, w.range, win.values, win.numberFormat);
        }
        merges();
      });
    }
    return batch;
  }
  // Sync 3+: the rest of each used range in row blocks.
  let left = budget;
  for (const s of sheets) {
    if (!pending(s)) continue;
    const used = s.used as MergedRange;
    const cols = used.c2 - used.c1 + 1;
    let cursor = s.next;
    while (cursor <= used.r2) {
      let rows = Math.floor(Math.min(left, maxPerRange) / cols);
      if (rows < 1) {
        if (batch.apply.length > 0) return batch;
        rows = 1; // a single row always goes, whatever the budget, so the read progresses
      }
      rows = Math.min(rows, used.r2 - cursor + 1);
      const rect: MergedRange = { r1: cursor, c1: used.c1, r2: cursor + rows - 1, c2: used.c2 };
      const block = s.ws.getRange(refOf(rect));
      block.load('values,numberFormat');
      const merges = queueMerges(s, rect.r1, rect.r2, bandRows, batch);
      batch.apply.push(() => {
        store(s, rect, block.values, block.numberFormat);
        s.next = rect.r2 + 1;
        merges();
      });
      left -= rows * cols;
      cursor = rect.r2 + 1;
    }
  }
  return batch;
}
/* eslint-enable office-addins/call-sync-after-load, office-addins/call-sync-before-read */

function toGrid(s: SheetRead): SheetGrid {
  const used = s.used as MergedRange;
  const width = used.c2 - used.c1 + 1;
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  for (let i = 0; i <= used.r2 - used.r1; i++) {
    values.push(s.values[i] ?? new Array(width).fill(null));
    formats.push(s.formats[i] ?? new Array(width).fill('General'));
  }
  const merges = [...s.merges.values()].sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
  const grid: SheetGrid =
    merges.length === 0 && values.every((row) => row.every((v) => v === null))
      ? { name: s.name, values: [], formats: [], top: 0, left: 0, merges: [] }
      : { name: s.name, values, formats, top: used.r1, left: used.c1, merges };
  if (s.mergesUnknown) grid.mergesUnknown = true;
  return grid;
}

/**
 * Reads the whole workbook. `context` is the request context of an
 * `Excel.run` batch; the function calls `context.sync()` itself (twice for
 * workbooks of ordinary size, see above).
 */
export async function readWorkbookGrid(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<WorkbookGrid> {
  const limits = { ...READ_DEFAULTS, ...stripUndefined(options) };
  const merges = options.merges ?? detectApiSupport().merges;

  const collection = context.workbook.worksheets;
  collection.load('items/name,items/id');
  await context.sync();
  options.onSheetIds?.(collection.items.map((ws) => ws.id));

  const sheets: SheetRead[] = collection.items.map((ws) => ({
    name: ws.name,
    ws,
    used: null,
    next: 0,
    values: [],
    formats: [],
    merges: new Map(),
    mergesUnknown: !merges,
  }));

  let budget = Math.max(1, limits.maxCellsPerSync);
  let bandRows = Math.max(1, limits.mergeBlockRows);
  let retries = 0;
  while (sheets.some(pending)) {
    const batch = planBatch(
      sheets,
      budget,
      Math.max(1, limits.maxCellsPerRange),
      bandRows,
      Math.max(1, limits.assumedColumns),
    );
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch sized by the cell budget (two for an ordinary workbook)
      await context.sync();
    } catch (err) {
      if (++retries > limits.maxRetries) throw err;
      if (isSizeLimitError(err) && budget > 1) {
        budget = Math.max(1, Math.floor(budget / 2));
        continue;
      }
      if (batch.mergeSheets.size > 0 && isMergedAreasLimitError(err)) {
        // A band with more than 512 merged areas: smaller bands, then no merges for these sheets.
        if (bandRows > 1) bandRows = Math.max(1, Math.floor(bandRows / 4));
        else for (const s of batch.mergeSheets) s.mergesUnknown = true;
        continue;
      }
      throw err;
    }
    for (const apply of batch.apply) apply();
  }
  return { sheets: sheets.map(toGrid) };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A sheet re-read by the live check: its grid, or null when it must be read the ordinary way. */
export interface SheetReread {
  /** Worksheet ids and names now, in order (to tell whether sheets were added, removed or renamed). */
  sheets: { id: string; name: string }[];
  grids: Map<string, SheetGrid>;
}

/**
 * The live check's read after an edit: the changed sheets (by worksheet id)
 * in ONE sync, with the list of sheets to prove nothing else moved. Each
 * sheet's values-only used range is read whole, and its merged areas in bands
 * of `mergeBlockRows` down to `rowsHint` rows (the used range's height known
 * from the last read, plus a margin). Null when that cannot be done in one
 * sync (a size or merged-areas failure, too many cells): the caller then
 * reads the workbook the ordinary way. Other errors are passed on.
 */
export async function rereadSheets(
  context: Excel.RequestContext,
  ids: readonly string[],
  options: ReadOptions & { rowsHint: number; merges: boolean },
): Promise<SheetReread | null> {
  const limits = { ...READ_DEFAULTS, ...stripUndefined(options) };
  const collection = context.workbook.worksheets;
  collection.load('items/name,items/id');
  const asked = ids.map((id) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(id);
    ws.load('name');
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('address,values,numberFormat');
    const bands: Excel.RangeAreas[] = [];
    if (options.merges) {
      const rows = Math.min(MAX_ROWS, Math.max(1, options.rowsHint));
      for (let a = 0; a < rows; a += limits.mergeBlockRows) {
        const areas = ws
          .getRange(rowsRef(a, Math.min(rows - 1, a + limits.mergeBlockRows - 1)))
          .getMergedAreasOrNullObject();
        areas.load('areas/items/address');
        bands.push(areas);
      }
    }
    return { id, ws, used, bands };
  });
  try {
    await context.sync();
  } catch (err) {
    if (isSizeLimitError(err) || isMergedAreasLimitError(err)) return null;
    throw err;
  }
  const grids = new Map<string, SheetGrid>();
  for (const a of asked) {
    if (a.ws.isNullObject) return null; // the sheet is gone
    const s: SheetRead = {
      name: a.ws.name,
      ws: a.ws,
      used: null,
      next: 0,
      values: [],
      formats: [],
      merges: new Map(),
      mergesUnknown: !options.merges,
    };
    if (a.used.isNullObject) {
      grids.set(a.id, { name: s.name, values: [], formats: [], top: 0, left: 0, merges: [] });
      continue;
    }
    const u = parseSheetAddress(a.used.address);
    if (!u) return null;
    if (u.range.r2 >= options.rowsHint) return null; // grew past the merge bands asked: read it the ordinary way
    s.used = u.range;
    store(s, u.range, a.used.values, a.used.numberFormat);
    for (const areas of a.bands) {
      if (areas.isNullObject) continue;
      for (const item of areas.areas.items) {
        const parsed = parseSheetAddress(item.address);
        if (!parsed) continue;
        const r = parsed.range;
        if (r.r1 === r.r2 && r.c1 === r.c2) continue;
        s.merges.set(`${r.r1},${r.c1},${r.r2},${r.c2}`, r);
      }
    }
    grids.set(a.id, toGrid(s));
  }
  return { sheets: collection.items.map((ws) => ({ id: ws.id, name: ws.name })), grids };
}

/** Rows of a sheet changed since `grid` was read (the live check after an edit). */
export interface RowsToReread {
  /** Worksheet id. */
  id: string;
  /** The sheet as last read. */
  grid: SheetGrid;
  /** Sheet rows (0-based, inclusive). */
  r1: number;
  r2: number;
}

/**
 * The live check's read after an edit of a few cells: only the changed rows
 * (the width of the sheet's used range) and their merged areas, for each
 * sheet in `parts`, in ONE sync with the list of sheets and the used ranges.
 * Each grid returned is the last one with those rows replaced: every other
 * row is the same array as before, so the core's re-check sees what changed.
 * Null when this cannot stand for a read of the sheet (the used range moved
 * sideways or up, an empty sheet, a sheet gone, any failure): the caller
 * then reads the sheets whole.
 */
export async function rereadRows(
  context: Excel.RequestContext,
  parts: readonly RowsToReread[],
  options: { merges: boolean },
): Promise<SheetReread | null> {
  const collection = context.workbook.worksheets;
  collection.load('items/name,items/id');
  const asked = parts.map((p) => {
    const top = p.grid.top ?? 0;
    const left = p.grid.left ?? 0;
    const width = p.grid.values[0]?.length ?? 0;
    const ws = context.workbook.worksheets.getItemOrNullObject(p.id);
    ws.load('name');
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('address');
    const rect: MergedRange = { r1: p.r1, c1: left, r2: p.r2, c2: left + Math.max(1, width) - 1 };
    const block = ws.getRange(refOf(rect));
    block.load('values,numberFormat');
    let areas: Excel.RangeAreas | null = null;
    if (options.merges && !p.grid.mergesUnknown) {
      areas = ws.getRange(rowsRef(p.r1, p.r2)).getMergedAreasOrNullObject();
      areas.load('areas/items/address');
    }
    return { p, top, left, width, ws, used, rect, block, areas };
  });
  try {
    await context.sync();
  } catch {
    return null; // the ordinary read says what is wrong, or succeeds
  }
  const grids = new Map<string, SheetGrid>();
  for (const a of asked) {
    if (a.ws.isNullObject || a.used.isNullObject || a.width === 0 || a.p.grid.values.length === 0)
      return null;
    const u = parseSheetAddress(a.used.address);
    if (!u || u.range.r1 !== a.top || u.range.c1 !== a.left || u.range.c2 !== a.left + a.width - 1)
      return null;
    // The used range may have grown or shrunk at the bottom: rows added as empty ones, or dropped.
    const height = u.range.r2 - a.top + 1;
    const values = a.p.grid.values.slice(0, height);
    const formats = (a.p.grid.formats ?? []).slice(0, height) as (string[] | undefined)[];
    while (values.length < height) values.push(new Array(a.width).fill(null));
    while (formats.length < height) formats.push(new Array(a.width).fill('General'));
    const s: SheetRead = {
      name: a.ws.name,
      ws: a.ws,
      used: u.range,
      next: 0,
      values,
      formats,
      merges: new Map(),
      mergesUnknown: !!a.p.grid.mergesUnknown,
    };
    const inUsed = Math.min(a.rect.r2, u.range.r2) - a.rect.r1 + 1;
    if (inUsed > 0) store(s, a.rect, a.block.values.slice(0, inUsed), a.block.numberFormat.slice(0, inUsed));
    let merges = a.p.grid.merges;
    if (a.areas && !a.areas.isNullObject) {
      merges = merges.filter((m) => m.r1 < a.p.r1 || m.r1 > a.p.r2);
      for (const item of a.areas.areas.items) {
        const parsed = parseSheetAddress(item.address);
        const r = parsed?.range;
        if (r && (r.r1 !== r.r2 || r.c1 !== r.c2)) merges.push(r);
      }
      merges.sort((x, y) => x.r1 - y.r1 || x.c1 - y.c1);
    } else if (a.areas) {
      merges = merges.filter((m) => m.r1 < a.p.r1 || m.r1 > a.p.r2);
    }
    const grid: SheetGrid = {
      ...a.p.grid,
      name: s.name,
      values: s.values as CellValue[][],
      formats: s.formats as string[][],
      merges,
    };
    grids.set(a.p.id, grid);
  }
  return { sheets: collection.items.map((ws) => ({ id: ws.id, name: ws.name })), grids };
}
