/**
 * Builds sheets for tests from rows of cells. A cell string may carry a merge
 * spec: "产出指标@4x1" merges 4 rows by 1 column from that cell.
 */
import type { CellValue, MergedRange, SheetGrid, WorkbookGrid } from '../../src/core/grid';

export type CellSpec = CellValue | undefined;

export interface SheetSpec {
  name?: string;
  rows: CellSpec[][];
  /** Extra merges (A1 ranges). */
  merges?: string[];
  /** Number format per A1 cell. */
  formats?: Record<string, string>;
  /** Drop every merge (a host that cannot report merges, or a sheet laid out without them). */
  noMerges?: boolean;
}

const MERGE = /@(\d+)x(\d+)$/;

export function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters) c = c * 26 + ch.charCodeAt(0) - 64;
  return c - 1;
}

export function rangeOf(a1: string): MergedRange {
  const [a, b] = a1.split(':');
  const p = /^([A-Z]+)(\d+)$/.exec(a)!;
  const q = /^([A-Z]+)(\d+)$/.exec(b ?? a)!;
  return { r1: Number(p[2]) - 1, c1: colIndex(p[1]), r2: Number(q[2]) - 1, c2: colIndex(q[1]) };
}

export function sheet(spec: SheetSpec): SheetGrid {
  const merges: MergedRange[] = [];
  const values: CellValue[][] = spec.rows.map((row, r) =>
    row.map((cell, c) => {
      if (typeof cell === 'string') {
        const m = MERGE.exec(cell);
        if (m) {
          const h = Number(m[1]);
          const w = Number(m[2]);
          if (h > 1 || w > 1) merges.push({ r1: r, c1: c, r2: r + h - 1, c2: c + w - 1 });
          return cell.slice(0, m.index);
        }
      }
      return cell === undefined ? null : cell;
    }),
  );
  for (const m of spec.merges ?? []) merges.push(rangeOf(m));
  const formats: (string | null)[][] = values.map((row) => row.map(() => null));
  for (const [addr, f] of Object.entries(spec.formats ?? {})) {
    const r = rangeOf(addr);
    while (formats.length <= r.r1) formats.push([]);
    formats[r.r1][r.c1] = f;
  }
  return {
    name: spec.name ?? 'Sheet1',
    values,
    formats,
    merges: spec.noMerges ? [] : merges,
    mergesUnknown: spec.noMerges || undefined,
  };
}

export function workbook(...sheets: SheetSpec[]): WorkbookGrid {
  return { sheets: sheets.map((s, i) => sheet({ name: s.name ?? `Sheet${i + 1}`, ...s })) };
}
