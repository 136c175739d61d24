/**
 * Read access to one sheet of the grid model in sheet coordinates, with the
 * merge map and cached normalised text the reader matches on.
 */
import type { CellValue, MergedRange, SheetGrid } from '../grid';
import type { CellRead } from '../model';
import { normCore, normLabel } from '../vocabulary/normalize';

const PERCENT_FORMAT = /%/;

/** Display text of a value as the user sees it (percent formats applied). */
export function displayText(v: CellValue, format?: string | null): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return String(v);
    if (format && PERCENT_FORMAT.test(format) && !/"[^"]*%[^"]*"/.test(format)) {
      const pct = Math.round(v * 100 * 1e8) / 1e8;
      return `${pct}%`;
    }
    return String(Math.round(v * 1e10) / 1e10);
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

export class SheetView {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  /** One past the last sheet row / column holding data. */
  readonly rowEnd: number;
  readonly colEnd: number;
  readonly merges: readonly MergedRange[];
  readonly mergesUnknown: boolean;
  private readonly grid: SheetGrid;
  /** Covered cell key → its merge. */
  /** Merges covering each row (index: row - top), for anchor look-ups. */
  private readonly mergesOnRow: (MergedRange[] | undefined)[] = [];
  /** normCore per cell, row-major like the values (filled lazily). */
  private readonly coreCache: (string | undefined)[][] = [];
  /** Whether a row is a grid header row, by row - top: 0 not known yet, 1 no, 2 yes (filled lazily by the reader). */
  readonly headerRowCache: Uint8Array;

  constructor(grid: SheetGrid) {
    this.grid = grid;
    this.name = String(grid.name ?? '');
    this.top = Math.max(0, Math.floor(grid.top ?? 0)) || 0;
    this.left = Math.max(0, Math.floor(grid.left ?? 0)) || 0;
    const values = Array.isArray(grid.values) ? grid.values : [];
    let width = 0;
    for (const row of values) if (Array.isArray(row) && row.length > width) width = row.length;
    this.rowEnd = this.top + values.length;
    this.headerRowCache = new Uint8Array(values.length);
    this.colEnd = this.left + width;
    this.mergesUnknown = !!grid.mergesUnknown;
    const merges: MergedRange[] = [];
    for (const m of Array.isArray(grid.merges) ? grid.merges : []) {
      if (!m || ![m.r1, m.c1, m.r2, m.c2].every((n) => Number.isInteger(n) && n >= 0)) continue;
      if (m.r2 < m.r1 || m.c2 < m.c1) continue;
      const area = (m.r2 - m.r1 + 1) * (m.c2 - m.c1 + 1);
      if (area > 200000) continue; // a whole-column merge: covers nothing the reader needs
      merges.push(m);
      for (let r = Math.max(m.r1, this.top); r <= m.r2 && r < this.rowEnd; r++)
        (this.mergesOnRow[r - this.top] ??= []).push(m);
    }
    this.merges = merges;
  }

  value(row: number, col: number): CellValue {
    const r = this.grid.values[row - this.top];
    if (!Array.isArray(r)) return null;
    const v = r[col - this.left];
    if (v === undefined || v === null) return null;
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
  }

  /**
   * One past the last column of `row` that holds a value or lies in a merge: scans of a row stop
   * there, so a sheet with one far cell (XFD1048576) costs its cells, not rows × widest row.
   */
  rowColEnd(row: number): number {
    const r = this.grid.values[row - this.top];
    let end = this.left + (Array.isArray(r) ? r.length : 0);
    const list = this.mergesOnRow[row - this.top];
    if (list) for (const m of list) if (m.c2 + 1 > end) end = m.c2 + 1;
    return Math.min(end, this.colEnd);
  }

  format(row: number, col: number): string | undefined {
    const f = this.grid.formats?.[row - this.top]?.[col - this.left];
    return f && f !== 'General' ? f : undefined;
  }

  text(row: number, col: number): string {
    return displayText(this.value(row, col), this.format(row, col));
  }

  /** Trimmed text is empty. */
  isEmpty(row: number, col: number): boolean {
    const v = this.value(row, col);
    if (v === null || v === '') return true;
    return typeof v === 'string' && v.trim() === '';
  }

  /** Nothing but white space in columns `from`..`to` of `row`. */
  isRowEmpty(row: number, from: number, to: number): boolean {
    for (let c = from; c <= to; c++) if (!this.isEmpty(row, c)) return false;
    return true;
  }

  /** normCore of the cell's text (cached). */
  core(row: number, col: number): string {
    const i = row - this.top;
    const j = col - this.left;
    if (i < 0 || j < 0) return '';
    let cached = this.coreCache[i];
    if (!cached) cached = this.coreCache[i] = [];
    let c = cached[j];
    if (c === undefined) {
      const v = this.value(row, col);
      c = v === null ? '' : typeof v === 'string' ? normCore(v) : normCore(String(v));
      cached[j] = c;
    }
    return c;
  }

  label(row: number, col: number): string {
    return normLabel(this.text(row, col));
  }

  mergeOf(row: number, col: number): MergedRange | undefined {
    const list = this.mergesOnRow[row - this.top];
    if (!list) return undefined;
    // An index loop: this runs for nearly every cell the reader looks at.
    for (let i = 0; i < list.length; i++) {
      const m = list[i];
      if (col >= m.c1 && col <= m.c2) return m;
    }
    return undefined;
  }

  /** The cell whose value shows at (row, col): the merge's top-left, or the cell itself. */
  /** The cell is not inside another cell's merge (it is alone, or a merge's top-left). */
  isOwn(row: number, col: number): boolean {
    const m = this.mergeOf(row, col);
    return !m || (m.r1 === row && m.c1 === col);
  }

  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.mergeOf(row, col);
    return m ? { row: m.r1, col: m.c1 } : { row, col };
  }

  read(row: number, col: number): CellRead {
    const value = this.value(row, col);
    const format = this.format(row, col);
    const text = displayText(value, format);
    return {
      row,
      col,
      value,
      format,
      text,
      blank: value === null || (typeof value === 'string' && text.trim() === ''),
    };
  }

  /** Last column of the merge starting at (row, col), or col. */
  mergeRight(row: number, col: number): number {
    const m = this.mergeOf(row, col);
    return m && m.r1 === row && m.c1 === col ? m.c2 : col;
  }

  mergeBottom(row: number, col: number): number {
    const m = this.mergeOf(row, col);
    return m && m.r1 === row && m.c1 === col ? m.r2 : row;
  }
}
