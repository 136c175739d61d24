/**
 * The grid model: what every host adapter (Office.js, SheetJS, ExcelJS) hands
 * to the core. Values stay as the workbook holds them (numbers stay numbers)
 * and carry their number format, so 0.85 formatted `0%` reads as 85%.
 */

export type CellValue = string | number | boolean | null;

/** A merged area, 0-based, inclusive, in sheet coordinates. */
export interface MergedRange {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface SheetGrid {
  name: string;
  /** Row-major values; `values[i][j]` is the cell at sheet row `top + i`, column `left + j`. Ragged rows allowed. */
  values: CellValue[][];
  /** Number formats parallel to `values` (may be missing, ragged or sparse). */
  formats?: (string | null | undefined)[][];
  /** Sheet row (0-based) of `values[0]`; default 0. */
  top?: number;
  /** Sheet column (0-based) of `values[i][0]`; default 0. */
  left?: number;
  merges: MergedRange[];
  /** True when the host could not report merged areas (the reader then carries levels down). */
  mergesUnknown?: boolean;
  /** The sheet is hidden ('hidden') or very hidden ('veryHidden': only VBA can show it); unset when visible. */
  hidden?: 'hidden' | 'veryHidden';
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

/** Excel's sheet size: a cell beyond it is not one Excel wrote. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** A cell position in sheet coordinates (0-based). */
export interface CellPos {
  row: number;
  col: number;
}

export function columnName(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a 0-based position. */
export function a1(row: number, col: number): string {
  return columnName(col) + String(row + 1);
}

/** 0-based position of an A1 address (with or without `$`), or null. */
export function parseA1(addr: string): CellPos | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(addr.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function rangeA1(r: MergedRange): string {
  return `${a1(r.r1, r.c1)}:${a1(r.r2, r.c2)}`;
}

export function parseRangeA1(addr: string): MergedRange | null {
  const [a, b] = addr.split(':');
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  if (!p || !q) return null;
  return {
    r1: Math.min(p.row, q.row),
    c1: Math.min(p.col, q.col),
    r2: Math.max(p.row, q.row),
    c2: Math.max(p.col, q.col),
  };
}
