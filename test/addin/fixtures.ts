/**
 * Workbooks for the adapter tests: the seed fixture read with SheetJS and
 * turned into sheet specs for the test Excel (./excel) (values as Office.js reports them), generated
 * budget-table sheets, and a normal form of a grid for comparing adapters.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as XLSX from '@e965/xlsx';
import { a1, type CellValue, type MergedRange, type SheetGrid, type WorkbookGrid } from '../../src/core/grid';
import type { SheetSpec as FakeSheetSpec } from './excel/workbook';

export const SEED_PATH = path.join(
  __dirname,
  '..',
  '..',
  '..',
  'shared',
  'fixtures',
  'seed-projects-2023.xlsx',
);

/** The value Office.js reports for a SheetJS cell (errors as their text, dates as serial numbers). */
function officeValue(cell: XLSX.CellObject | undefined): CellValue {
  if (!cell || cell.t === 'z') return null;
  if (cell.t === 'e') return cell.w ?? '#N/A';
  if (cell.t === 'd') return cell.v instanceof Date ? cell.v.toISOString() : String(cell.v);
  const v = cell.v;
  return v === undefined || v === '' ? null : (v as CellValue);
}

/** Reads an xlsx with SheetJS into fake-Excel sheet specs (hidden state, values, formats, merges). */
export function sheetsFromXlsx(bytes: Buffer): FakeSheetSpec[] {
  const wb = XLSX.read(bytes, { cellNF: true, cellStyles: true });
  return wb.SheetNames.map((name, i) => {
    const ws = wb.Sheets[name];
    const cells: FakeSheetSpec['cells'] = {};
    for (const k of Object.keys(ws)) {
      if (k.startsWith('!')) continue;
      const c = ws[k] as XLSX.CellObject;
      const v = officeValue(c);
      const z = typeof c.z === 'string' ? c.z : 'General';
      if (v === null && z === 'General') continue;
      cells[k] = { v, z };
    }
    const hidden = wb.Workbook?.Sheets?.[i]?.Hidden;
    return {
      name,
      visibility: hidden === 2 ? 'VeryHidden' : hidden === 1 ? 'Hidden' : 'Visible',
      cells,
      merges: (ws['!merges'] ?? []).map((m) => ({ r1: m.s.r, c1: m.s.c, r2: m.e.r, c2: m.e.c })),
    };
  });
}

/** The grid SheetJS gives for the same bytes (what a file adapter built on SheetJS reads). */
export function gridFromXlsx(bytes: Buffer): WorkbookGrid {
  const wb = XLSX.read(bytes, { cellNF: true });
  return {
    sheets: wb.SheetNames.map((name) => {
      const ws = wb.Sheets[name];
      const merges: MergedRange[] = (ws['!merges'] ?? []).map((m) => ({
        r1: m.s.r,
        c1: m.s.c,
        r2: m.e.r,
        c2: m.e.c,
      }));
      if (!ws['!ref']) return { name, values: [], merges };
      const rg = XLSX.utils.decode_range(ws['!ref']);
      const values: CellValue[][] = [];
      const formats: (string | null)[][] = [];
      for (let r = rg.s.r; r <= rg.e.r; r++) {
        const vr: CellValue[] = [];
        const fr: (string | null)[] = [];
        for (let c = rg.s.c; c <= rg.e.c; c++) {
          const cell = ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
          vr.push(officeValue(cell));
          fr.push(typeof cell?.z === 'string' ? cell.z : null);
        }
        values.push(vr);
        formats.push(fr);
      }
      return { name, values, formats, top: rg.s.r, left: rg.s.c, merges };
    }),
  };
}

export interface NormalSheet {
  name: string;
  /** Non-empty cells by A1: [value, number format]. */
  cells: Record<string, [CellValue, string]>;
  merges: string[];
  mergesUnknown: boolean;
}

/**
 * A grid reduced to what two adapters must agree on: each non-empty cell's
 * value and number format at its sheet position, and the merged areas.
 * (Where the used range starts and how many empty cells pad it may differ.)
 */
export function normalizeGrid(grid: WorkbookGrid): NormalSheet[] {
  return grid.sheets.map((s: SheetGrid) => {
    const top = s.top ?? 0;
    const left = s.left ?? 0;
    const cells: Record<string, [CellValue, string]> = {};
    s.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null || v === '') return;
        cells[a1(top + i, left + j)] = [v, s.formats?.[i]?.[j] ?? 'General'];
      }),
    );
    const merges = s.merges
      .filter((m) => m.r1 !== m.r2 || m.c1 !== m.c2)
      .map((m) => `${a1(m.r1, m.c1)}:${a1(m.r2, m.c2)}`)
      .sort();
    return { name: s.name, cells, merges, mergesUnknown: !!s.mergesUnknown };
  });
}

export function seedBytes(): Buffer {
  return fs.readFileSync(SEED_PATH);
}

/**
 * A budget-table-like sheet: `rows` rows of `cols` columns with Chinese text,
 * numbers, percentages (0.85 formatted 0%), and 一级/二级 cells merged down
 * in blocks of `block` rows.
 */
export function tableSheet(
  name: string,
  rows: number,
  cols = 8,
  block = 5,
  extra: Partial<FakeSheetSpec> = {},
): FakeSheetSpec {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    const vr: CellValue[] = [];
    const fr: (string | null)[] = [];
    for (let c = 0; c < cols; c++) {
      if (c < 2) {
        vr.push(r % block === 0 ? (c === 0 ? `一级指标${r}` : `二级指标${r}`) : null);
        fr.push(null);
      } else if (c === cols - 1) {
        vr.push(((r * 7) % 100) / 100);
        fr.push('0%');
      } else if (c % 3 === 0) {
        vr.push(r * 10 + c);
        fr.push('#,##0.00');
      } else {
        vr.push(r % 11 === 3 ? null : `指标${r}-${c}：≥${(r + c) % 97}%`);
        fr.push(null);
      }
    }
    values.push(vr);
    formats.push(fr);
  }
  const merges: MergedRange[] = [];
  const top = extra.top ?? 0;
  const left = extra.left ?? 0;
  for (let r = 0; r + 1 < rows; r += block) {
    const r2 = Math.min(rows - 1, r + block - 1);
    if (r2 > r)
      for (const c of [0, 1]) merges.push({ r1: top + r, c1: left + c, r2: top + r2, c2: left + c });
  }
  return { name, values, formats, merges, ...extra };
}
