/**
 * The in-memory workbook behind the RichApi backend (richApi.ts): what Excel
 * holds and the adapter can observe. Sheets (id, name, visibility,
 * protection), cells (value, number format, fill with its theme tint), merged
 * areas, notes, threaded comments, custom XML parts, and the state Excel can
 * be in (a cell being edited). Built from .xlsx bytes (SheetJS) or a spec.
 *
 * Kept free of Node and jest so the same code answers the client in Chromium
 * (test-excel/).
 */
import * as XLSX from '@e965/xlsx';
import type { CellValue, MergedRange, SheetGrid } from '../../../src/core/grid';
import { parseRef } from '../../../src/addin/address';

export interface Fill {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}

/** What Excel reports for a cell without fill. */
export const NO_FILL: Readonly<Fill> = Object.freeze({
  color: '#FFFFFF',
  pattern: 'None',
  patternColor: '#000000',
  tintAndShade: 0,
  patternTintAndShade: 0,
});

export interface Cell {
  v: CellValue;
  z: string;
  fill: Fill;
}

export interface Sheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  cells: Map<string, Cell>;
  merges: MergedRange[];
  /** Notes by A1 ("B3"). A cell has a note or a threaded comment, never both. */
  notes: Map<string, string>;
  /** Last row (0-based) carrying formatting only, e.g. a style applied to whole columns: counts in getUsedRange(false). */
  formattedTo?: { r: number; c: number };
  /** Formats written other than number format and fill ("font.bold", "wrapText", …), by cellKey. */
  styles?: Map<string, Record<string, unknown>>;
  /** Column widths set, in points, by column index. */
  columnWidths?: Map<number, number>;
  /** Row heights set, in points, by row index. */
  rowHeights?: Map<number, number>;
  /** Data validation by range, as set (rule, errorAlert, prompt, ignoreBlanks). */
  validations?: { range: MergedRange; [prop: string]: unknown }[];
  /** Formulas written, by cellKey (the cell's value is what Excel shows). */
  formulas?: Map<string, string>;
  /** Range.hyperlink by cellKey. */
  hyperlinks?: Map<string, Record<string, unknown>>;
  /** freezePanes.freezeRows(n). */
  frozenRows?: number;
  /** pageLayout and its headers and footers, as set (camelCase keys). */
  pageLayout?: Record<string, unknown>;
}

/** An Excel table (ListObject). */
export interface Table {
  id: string;
  sheetId: string;
  address: string;
  hasHeaders: boolean;
  style: string;
}

export interface Comment {
  id: string;
  sheetId: string;
  cell: string;
  content: string;
  replies: { id: string; content: string }[];
}

export interface Part {
  id: string;
  namespace: string;
  xml: string;
}

export interface CellSpec {
  v?: CellValue;
  z?: string;
  fill?: Partial<Fill>;
}

export interface SheetSpec {
  name: string;
  id?: string;
  visibility?: Sheet['visibility'];
  protected?: boolean;
  values?: CellValue[][];
  formats?: (string | null | undefined)[][];
  top?: number;
  left?: number;
  cells?: Record<string, CellSpec>;
  merges?: MergedRange[];
  notes?: Record<string, string>;
  formattedTo?: { r: number; c: number };
}

export const cellKey = (r: number, c: number) => `${r},${c}`;

export function normColor(c: string): string {
  const s = c.trim().toUpperCase();
  return s.startsWith('#') ? s : `#${s}`;
}

export class Workbook {
  sheets: Sheet[] = [];
  parts: Part[] = [];
  comments: Comment[] = [];
  tables: Table[] = [];
  /** Workbook structure protection: sheets cannot be added, deleted or renamed. */
  structureProtected = false;
  selection: { sheetId: string; rect: MergedRange } | null = null;
  activeSheetId: string | null = null;
  /** The officer is typing in a cell: requests without delayForCellEdit fail. */
  cellEditMode = false;
  private seq = 0;

  constructor(specs: SheetSpec[] = []) {
    for (const s of specs) this.addSheet(s);
  }

  newId(prefix: string): string {
    this.seq += 1;
    return `{${prefix}-${String(this.seq).padStart(4, '0')}}`;
  }

  sheet(key: string): Sheet | undefined {
    return (
      this.sheets.find((s) => s.id === key) ??
      this.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase())
    );
  }

  mustSheet(key: string): Sheet {
    const s = this.sheet(key);
    if (!s) throw new Error(`no sheet ${key}`);
    return s;
  }

  addSheet(spec: SheetSpec): Sheet {
    const sheet: Sheet = {
      id: spec.id ?? this.newId('sheet'),
      name: spec.name,
      visibility: spec.visibility ?? 'Visible',
      protected: !!spec.protected,
      cells: new Map(),
      merges: (spec.merges ?? []).map((m) => ({ ...m })),
      notes: new Map(Object.entries(spec.notes ?? {})),
      formattedTo: spec.formattedTo,
    };
    const top = spec.top ?? 0;
    const left = spec.left ?? 0;
    (spec.values ?? []).forEach((row, i) =>
      row.forEach((v, j) => {
        const z = spec.formats?.[i]?.[j] ?? 'General';
        if (v === null && z === 'General') return;
        const cell = ensureCell(sheet, top + i, left + j);
        cell.v = v;
        cell.z = z;
      }),
    );
    for (const [ref, c] of Object.entries(spec.cells ?? {})) {
      const r = parseRef(ref) as MergedRange;
      const cell = ensureCell(sheet, r.r1, r.c1);
      if (c.v !== undefined) cell.v = c.v;
      if (c.z !== undefined) cell.z = c.z;
      if (c.fill)
        cell.fill = { ...NO_FILL, ...c.fill, ...(c.fill.color ? { color: normColor(c.fill.color) } : {}) };
    }
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  /** A deep copy of everything a user can see, to prove a workbook is exactly as it was. */
  snapshot(): string {
    return JSON.stringify({
      sheets: this.sheets.map((s) => ({
        id: s.id,
        name: s.name,
        cells: [...s.cells].filter(([, c]) => !isBlankCell(c)).sort(([a], [b]) => (a < b ? -1 : 1)),
        merges: [...s.merges].sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1),
        notes: [...s.notes].sort(),
      })),
      comments: this.comments
        .map((c) => ({
          sheetId: c.sheetId,
          cell: c.cell,
          content: c.content,
          replies: c.replies.map((r) => r.content),
        }))
        .sort((a, b) => (a.sheetId + a.cell < b.sheetId + b.cell ? -1 : 1)),
    });
  }

  snapshotValues(): Record<string, Record<string, [CellValue, string]>> {
    const out: Record<string, Record<string, [CellValue, string]>> = {};
    for (const s of this.sheets) {
      const cells: Record<string, [CellValue, string]> = {};
      for (const [k, c] of s.cells) if (c.v !== null || c.z !== 'General') cells[k] = [c.v, c.z];
      out[s.id] = cells;
    }
    return out;
  }

  /** A sheet as the core's grid, from A1 to its last value (what a file adapter hands over). */
  grid(name: string): SheetGrid {
    const ws = this.mustSheet(name);
    let rows = 0;
    let cols = 0;
    for (const [k, c] of ws.cells) {
      if (c.v === null) continue;
      const [r, col] = k.split(',').map(Number);
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, col + 1);
    }
    const values: CellValue[][] = [];
    const formats: (string | null)[][] = [];
    for (let r = 0; r < rows; r++) {
      values.push([]);
      formats.push([]);
      for (let c = 0; c < cols; c++) {
        const cell = ws.cells.get(cellKey(r, c));
        values[r].push(cell ? cell.v : null);
        formats[r].push(cell && cell.z !== 'General' ? cell.z : null);
      }
    }
    return { name: ws.name, values, formats, merges: ws.merges.map((m) => ({ ...m })) };
  }

  fill(sheet: string, ref: string): Fill {
    const r = parseRef(ref) as MergedRange;
    return { ...(this.mustSheet(sheet).cells.get(cellKey(r.r1, r.c1))?.fill ?? NO_FILL) };
  }

  note(sheet: string, ref: string): string | undefined {
    return this.mustSheet(sheet).notes.get(ref);
  }

  commentAt(sheet: string, ref: string): Comment | undefined {
    const s = this.mustSheet(sheet);
    return this.comments.find((c) => c.sheetId === s.id && c.cell === ref);
  }
}

export function isBlankCell(c: Cell): boolean {
  return c.v === null && c.z === 'General' && c.fill.pattern === 'None';
}

export function ensureCell(sheet: Sheet, r: number, c: number): Cell {
  let cell = sheet.cells.get(cellKey(r, c));
  if (!cell) sheet.cells.set(cellKey(r, c), (cell = { v: null, z: 'General', fill: { ...NO_FILL } }));
  return cell;
}

/** The value Office.js reports for a SheetJS cell (errors as their text, dates as serial numbers). */
function officeValue(cell: XLSX.CellObject | undefined): CellValue {
  if (!cell || cell.t === 'z') return null;
  if (cell.t === 'e') return cell.w ?? '#N/A';
  const v = cell.v;
  if (v instanceof Date) return v.toISOString();
  return v === undefined || v === '' ? null : (v as CellValue);
}

/** Sheet specs from .xlsx bytes read with SheetJS: hidden state, values, number formats, solid fills, merges, notes. */
export function specsFromXlsx(bytes: Uint8Array): SheetSpec[] {
  const wb = XLSX.read(bytes, { cellNF: true, cellStyles: true });
  return wb.SheetNames.map((name, i) => {
    const ws = wb.Sheets[name];
    const cells: Record<string, CellSpec> = {};
    const notes: Record<string, string> = {};
    for (const k of Object.keys(ws)) {
      if (k.startsWith('!')) continue;
      const c = ws[k] as XLSX.CellObject & { s?: { patternType?: string; fgColor?: { rgb?: string } } };
      const v = officeValue(c);
      const z = typeof c.z === 'string' ? c.z : 'General';
      const spec: CellSpec = {};
      if (v !== null || z !== 'General') Object.assign(spec, { v, z });
      const rgb = c.s?.fgColor?.rgb;
      if (c.s?.patternType === 'solid' && rgb) spec.fill = { color: `#${rgb.slice(-6)}`, pattern: 'Solid' };
      if (Object.keys(spec).length > 0) cells[k] = spec;
      const note = c.c?.map((x) => x.t).join('\n');
      if (note) notes[k] = note;
    }
    const hidden = wb.Workbook?.Sheets?.[i]?.Hidden;
    return {
      name,
      visibility: hidden === 2 ? 'VeryHidden' : hidden === 1 ? 'Hidden' : 'Visible',
      cells,
      notes,
      merges: (ws['!merges'] ?? []).map((m) => ({ r1: m.s.r, c1: m.s.c, r2: m.e.r, c2: m.e.c })),
    };
  });
}

/** The user's selection of `address` ("C5" or "C5:D7") on a sheet, as Workbook.selection holds it. */
export function selectInWorkbook(wb: Workbook, worksheetId: string, address: string): void {
  const rect = parseRef(address.replace(/^.*!/, ''));
  if (rect) wb.selection = { sheetId: worksheetId, rect };
}

/**
 * The RichApi message Excel sends when the selection changes (event type 14),
 * addressed to the worksheet collection's handlers and to the sheet's own.
 */
export function selectionMessage(args: { worksheetId: string; address: string }) {
  const message = JSON.stringify({ address: args.address, worksheetId: args.worksheetId });
  return {
    entries: ['Workbook', args.worksheetId].map((targetId) => ({
      messageCategory: 65536,
      messageType: 14,
      targetId,
      message,
    })),
  };
}
