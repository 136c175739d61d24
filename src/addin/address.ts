/**
 * Address helpers for the Office.js adapter: Excel hands back addresses such as
 * "'Sheet 1'!B3:F20", "Sheet1!A1", "项目表!$A$1:$F$101", "Sheet1!3:5" (entire
 * rows) or "Sheet1!C:D" (entire columns). The grid model wants 0-based
 * rectangles, so these are turned into `MergedRange`s here.
 */
import { a1, MAX_COLS, MAX_ROWS, rangeA1, type MergedRange } from '../core/grid';

/** Splits "'It''s'!A1:B2" into the unquoted sheet name ("It's") and the reference ("A1:B2"). */
export function splitSheetAddress(address: string): { sheet: string | null; ref: string } {
  const text = address.trim();
  // A reference never contains '!', a sheet name may: split at the last one.
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheet: null, ref: text };
  let sheet = text.slice(0, bang).trim();
  if (sheet.length >= 2 && sheet.startsWith("'") && sheet.endsWith("'"))
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: text.slice(bang + 1).trim() };
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

type End = { row: number | null; col: number | null };

/** One end of a reference: "B3", "$B$3", "B" (whole column) or "3" (whole row). */
function parseEnd(text: string): End | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(text.trim());
  if (!m || (!m[1] && !m[2])) return null;
  const col = m[1] ? columnIndex(m[1]) : null;
  const row = m[2] ? Number(m[2]) - 1 : null;
  if ((row !== null && (row < 0 || row >= MAX_ROWS)) || (col !== null && (col < 0 || col >= MAX_COLS)))
    return null;
  return { row, col };
}

/** A reference without sheet ("B3:F20", "A1", "3:5", "C:D") as a 0-based rectangle, or null. */
export function parseRef(ref: string): MergedRange | null {
  const parts = ref.split(':');
  if (parts.length > 2) return null;
  const p = parseEnd(parts[0]);
  const q = parts.length === 2 ? parseEnd(parts[1]) : p;
  if (!p || !q) return null;
  // Both ends must be the same kind: cell:cell, row:row or column:column.
  const kind = (e: End) => (e.row !== null && e.col !== null ? 'cell' : e.row !== null ? 'row' : 'col');
  if (kind(p) !== kind(q) || (parts.length === 1 && kind(p) !== 'cell')) return null;
  const r1 = p.row ?? 0;
  const r2 = q.row ?? MAX_ROWS - 1;
  const c1 = p.col ?? 0;
  const c2 = q.col ?? MAX_COLS - 1;
  return { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
}

/** "'Sheet 1'!B3:F20" → { sheet: 'Sheet 1', range: {r1: 2, c1: 1, r2: 19, c2: 5} }; null if it is not one rectangle. */
export function parseSheetAddress(address: string): { sheet: string | null; range: MergedRange } | null {
  if (hasUnquotedComma(address)) return null; // several areas ("Sheet1!A1:B2,Sheet1!C3")
  const { sheet, ref } = splitSheetAddress(address);
  const range = parseRef(ref);
  return range ? { sheet, range } : null;
}

function hasUnquotedComma(text: string): boolean {
  let quoted = false;
  for (const ch of text) {
    if (ch === "'")
      quoted = !quoted; // a doubled quote toggles twice
    else if (ch === ',' && !quoted) return true;
  }
  return false;
}

/** The sheet name as it may appear before '!': always quoted, inner quotes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A1 reference of a rectangle ("B3" for one cell, "B3:F20" otherwise). */
export function refOf(r: MergedRange): string {
  return r.r1 === r.r2 && r.c1 === r.c2 ? a1(r.r1, r.c1) : rangeA1(r);
}

/** Entire rows r1..r2 (0-based, inclusive) as an Excel reference ("4:9"). */
export function rowsRef(r1: number, r2: number): string {
  return `${r1 + 1}:${r2 + 1}`;
}

/** Normalises a cell reference the way findings and saved marks compare them: "$b$3" → "B3"; null if not one cell. */
export function normalizeCellRef(ref: string): string | null {
  const r = parseRef(ref);
  return r && r.r1 === r.r2 && r.c1 === r.c2 ? a1(r.r1, r.c1) : null;
}
