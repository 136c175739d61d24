/**
 * File adapter (read side): workbook bytes → the core's WorkbookGrid, with
 * SheetJS. Runs in Node and in the browser (the web page): no Node imports.
 *
 * Values stay as the workbook holds them: numbers stay numbers (dates are
 * serial numbers with their date format), strings stay strings (rich text as
 * plain text), booleans stay booleans, formula cells give their cached value,
 * error cells their text ('#DIV/0!'). An empty string (a formula giving "")
 * reads as an empty cell.
 */
import type * as XLSX from '@e965/xlsx/dist/xlsx.core.min';
import { sheetjs } from './sheetjs';
import {
  MAX_COLS,
  MAX_ROWS,
  type CellValue,
  type MergedRange,
  type SheetGrid,
  type WorkbookGrid,
} from '../core/grid';
import { inspectZip, sniffContainer } from './container';
import { FileReadError, isFileReadError, readErrors } from './errors';
import { readZipParts, type ZipLimits, type ZipParts } from './zipParts';
import { checkPackage } from './packageCheck';
import { fastWorkbookGrid } from './fastXlsx';
import { IGNORES_NAMESPACE, parseIgnores, withIgnoreEntries, type IgnoreEntry } from '../core/ignores';

/** The property streams \x05SummaryInformation and \x05DocumentSummaryInformation of an OLE file. */
const SUMMARY_STREAM = new RegExp(`^${String.fromCharCode(5)}(document)?summaryinformation$`, 'i');

export { FileReadError } from './errors';

/** Largest file read by default (bytes). Budget workbooks are a few MB at most. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export interface ReadOptions extends ZipLimits {
  /** Size limit in bytes; default MAX_FILE_BYTES. */
  maxBytes?: number;
  /** false: read an .xlsx with SheetJS even where the lean reader (fastXlsx.ts) could. */
  lean?: boolean;
}

/** Tuned for speed: no styles, no formula text, no formatted text; number formats kept. */
const PARSE_OPTIONS: XLSX.ParsingOptions = {
  type: 'array',
  dense: true,
  cellNF: true,
  cellDates: false,
  cellText: false,
  cellHTML: false,
  cellFormula: false,
  cellStyles: false,
  sheetStubs: false,
  bookVBA: false,
};

/** SheetJS keeps error cells as BIFF codes when it does not format text. */
const ERROR_TEXT: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

export function readWorkbookBytes(
  data: Uint8Array | ArrayBuffer,
  fileName?: string,
  options: ReadOptions = {},
): WorkbookGrid {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const limit = options.maxBytes ?? MAX_FILE_BYTES;
  if (bytes.length === 0) throw readErrors.empty();
  if (bytes.length > limit) throw readErrors.tooLarge(bytes.length, limit);
  const container = sniffContainer(bytes, extensionOf(fileName));
  let zip: ZipParts | undefined;
  if (container === 'zip') {
    inspectZip(bytes);
    zip = readZipParts(bytes, options);
    checkPackage(zip);
  }

  // The common .xlsx through the lean reader; anything it leaves (null) goes to SheetJS.
  const fast = zip && options.lean !== false ? leanGrid(zip) : null;
  if (fast) {
    const ignores = ignoresPart(zip!);
    return ignores ? withIgnoreEntries(fast, ignores) : fast;
  }

  let wb: XLSX.WorkBook;
  try {
    wb = zip ? parseVerifiedZip(zip) : parseLegacy(bytes);
  } catch (e) {
    throw explainParseError(e, bytes, container);
  }
  if (!wb.SheetNames || wb.SheetNames.length === 0) throw readErrors.corrupt('workbook has no sheets');
  try {
    const states = (wb.Workbook?.Sheets ?? []) as { Hidden?: number }[];
    const grid: WorkbookGrid = {
      sheets: wb.SheetNames.map((name, i) => {
        const grid = sheetGrid(name, wb.Sheets[name]);
        const hidden = states[i]?.Hidden;
        if (hidden === 1) grid.hidden = 'hidden';
        else if (hidden === 2) grid.hidden = 'veryHidden';
        return grid;
      }),
    };
    const ignores = zip ? ignoresPart(zip) : null;
    return ignores ? withIgnoreEntries(grid, ignores) : grid;
  } catch (e) {
    throw isFileReadError(e)
      ? e
      : e instanceof RangeError
        ? readErrors.outOfMemory(String(e))
        : readErrors.corrupt(String(e));
  }
}

/** The lean reader's grid, or null (it never throws: a surprise there is SheetJS's to judge). */
function leanGrid(zip: ZipParts): WorkbookGrid | null {
  try {
    return fastWorkbookGrid(zip);
  } catch {
    return null;
  }
}

/**
 * The ignore entries the pane keeps in a custom XML part (core/ignores.ts),
 * as Excel saves it: customXml/itemN.xml, UTF-8 or UTF-16 with its BOM.
 * Null when the package has none.
 */
function ignoresPart(zip: ZipParts): IgnoreEntry[] | null {
  for (const [key, data] of zip.parts) {
    if (!/^customxml\/item\d*\.xml$/.test(key)) continue;
    const utf16 =
      data[0] === 0xff && data[1] === 0xfe
        ? 'utf-16le'
        : data[0] === 0xfe && data[1] === 0xff
          ? 'utf-16be'
          : null;
    const text = new TextDecoder(utf16 ?? 'utf-8').decode(data);
    if (!text.includes(IGNORES_NAMESPACE)) continue;
    const entries = parseIgnores(text);
    if (entries) return entries;
  }
  return null;
}

/** SheetJS's zip container shape: the verified parts, so nothing is inflated twice. */
function parseVerifiedZip(zip: ZipParts): XLSX.WorkBook {
  const FullPaths: string[] = [];
  const FileIndex: { name: string; type: number; content: Uint8Array; size: number }[] = [];
  for (const [key, content] of zip.parts) {
    const name = zip.names.get(key) ?? key;
    FullPaths.push(name);
    FileIndex.push({ name: name.replace(/^.*\//, ''), type: 2, content, size: content.length });
  }
  const parseZip = (
    sheetjs() as unknown as { parse_zip: (z: unknown, o: XLSX.ParsingOptions) => XLSX.WorkBook }
  ).parse_zip;
  return parseZip({ FullPaths, FileIndex }, { ...PARSE_OPTIONS });
}

/**
 * A legacy (.xls) workbook. SheetJS skips a record it does not know with a
 * console message and reads on; it knows every BIFF record, so an unknown one
 * means the stream's bytes were damaged, and the rest of the sheet is noise.
 */
function parseLegacy(bytes: Uint8Array): XLSX.WorkBook {
  const unknown: string[] = [];
  const saved = console.error;
  console.error = (...args: unknown[]) => {
    const m = /Missing Info for XLS Record (0x[0-9a-f]+)/i.exec(String(args[0]));
    if (m) unknown.push(m[1]);
    else saved(...args);
  };
  let wb: XLSX.WorkBook;
  try {
    const cfb = sheetjs().CFB.read(bytes, { type: 'array' }) as unknown as {
      FileIndex: { name: string; size: number; content?: Uint8Array }[];
    };
    const names = new Set(cfb.FileIndex.map((f) => String(f.name).toLowerCase()));
    if (names.has('encryptedpackage') || names.has('encryptioninfo')) throw readErrors.encrypted('cfb');
    // Document properties are not needed, and a damaged property count makes SheetJS loop for
    // minutes (it reads up to 2³² entries): those streams are left out.
    for (const f of cfb.FileIndex)
      if (SUMMARY_STREAM.test(String(f.name))) {
        f.size = 0;
        f.content = new Uint8Array(0);
      }
    const book = cfb.FileIndex.find((f) => /^(workbook|book)$/i.test(String(f.name)));
    if (book?.content) checkBiffRecords(book.content);
    const parseCfb = (
      sheetjs() as unknown as { parse_xlscfb: (c: unknown, o: XLSX.ParsingOptions) => XLSX.WorkBook }
    ).parse_xlscfb;
    wb = parseCfb(cfb, { ...PARSE_OPTIONS });
  } finally {
    console.error = saved;
  }
  if (unknown.length)
    throw readErrors.damagedPart(
      'Workbook',
      ` 数据流中有无法识别的记录（${unknown[0]}），内容已被改动`,
      `stream holds a record no Excel writes (${unknown[0]}); its bytes were changed`,
      `biff: unknown records ${unknown.slice(0, 5).join(',')}`,
    );
  return wb;
}

/**
 * The BIFF record stream's framing: a record that runs past the stream's end,
 * or an EXTERNSHEET record too short to hold its count (SheetJS then reads
 * NaN as the count and loops forever), is damage.
 */
function checkBiffRecords(b: Uint8Array): void {
  const damaged = (why: string) =>
    readErrors.damagedPart(
      'Workbook',
      ' 数据流的记录结构已损坏',
      'stream has damaged record framing',
      `biff: ${why}`,
    );
  let p = 0;
  while (p + 4 <= b.length) {
    const type = b[p] | (b[p + 1] << 8);
    const size = b[p + 2] | (b[p + 3] << 8);
    if (p + 4 + size > b.length) {
      // Trailing zero padding is not a record.
      if (type === 0 && size === 0) break;
      throw damaged(`record 0x${type.toString(16)} at ${p} runs past the end`);
    }
    if (type === 0x0017 && size < 2) throw damaged(`EXTERNSHEET at ${p} of ${size} bytes`);
    p += 4 + size;
  }
}

function extensionOf(fileName?: string): string {
  if (!fileName) return '';
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

function explainParseError(e: unknown, bytes: Uint8Array, container: 'zip' | 'cfb'): FileReadError {
  if (isFileReadError(e)) return e;
  const msg = errorText(e);
  if (/password|encrypt/i.test(msg)) return readErrors.encrypted(msg);
  if (e instanceof RangeError || /allocation failed|out of memory|invalid (array|string) length/i.test(msg))
    return readErrors.outOfMemory(msg);
  if (container === 'cfb') {
    const streams = cfbStreamNames(bytes);
    if (streams) {
      if (streams.has('encryptioninfo') || streams.has('encryptedpackage')) return readErrors.encrypted(msg);
      if (streams.has('worddocument'))
        return readErrors.notExcel('Word 文档（.doc）', 'a Word document (.doc)', msg);
      if (streams.has('powerpoint document'))
        return readErrors.notExcel('PowerPoint 演示文稿（.ppt）', 'a PowerPoint presentation (.ppt)', msg);
      if (!streams.has('workbook') && !streams.has('book'))
        return readErrors.notExcel(
          '不含工作簿的 Office 复合文档',
          'an Office compound file with no workbook in it',
          msg,
        );
    }
  }
  return readErrors.corrupt(msg);
}

/** Lower-cased stream names of an OLE2/CFB container, or null when even the container cannot be read. */
function cfbStreamNames(bytes: Uint8Array): Set<string> | null {
  try {
    const cfb = sheetjs().CFB.read(bytes, { type: 'array' }) as { FileIndex: { name: string }[] };
    return new Set(cfb.FileIndex.map((f) => String(f.name).toLowerCase()));
  } catch {
    return null;
  }
}

const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];
const EMPTY_FORMATS: (string | null)[] = Object.freeze([]) as unknown as (string | null)[];

/** Calls `fn` for each present cell of a row; a row longer than Excel allows is walked by its keys. */
function eachCell(
  row: (SheetCell | undefined)[],
  fn: (cell: SheetCell | undefined, c: number) => void,
): void {
  if (row.length <= 65536) {
    row.forEach(fn);
    return;
  }
  for (const key of Object.keys(row)) {
    const c = Number(key);
    if (Number.isInteger(c)) fn(row[c], c);
  }
}

function encodeCell(r: number, c: number): string {
  let col = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    col = String.fromCharCode(65 + ((n - 1) % 26)) + col;
  return col + String(r + 1);
}

interface SheetCell {
  t: string;
  v?: unknown;
  w?: string;
  z?: string | number;
}

function cellValue(c: SheetCell): CellValue {
  switch (c.t) {
    case 'n':
      return typeof c.v === 'number' ? c.v : null;
    case 's': {
      const s = c.v == null ? '' : String(c.v);
      return s === '' ? null : s;
    }
    case 'b':
      return Boolean(c.v);
    case 'e':
      return c.w ?? ERROR_TEXT[c.v as number] ?? '#ERROR!';
    case 'd':
      return c.v instanceof Date ? dateToSerial(c.v) : typeof c.v === 'string' ? c.v : null;
    default:
      return null; // 'z' stubs
  }
}

/** Excel serial (1900 system) of a Date read in local time, as SheetJS makes them. */
function dateToSerial(d: Date): number {
  const utc = Date.UTC(
    d.getFullYear(),
    d.getMonth(),
    d.getDate(),
    d.getHours(),
    d.getMinutes(),
    d.getSeconds(),
    d.getMilliseconds(),
  );
  return (utc - Date.UTC(1899, 11, 30)) / 86400000;
}

function cellFormat(c: SheetCell): string | null {
  const z = c.z;
  if (z == null || typeof z !== 'string' || z === '' || z === 'General' || z.toLowerCase() === 'general')
    return null;
  return z;
}

function sheetGrid(name: string, ws: XLSX.WorkSheet | undefined): SheetGrid {
  const merges: MergedRange[] = ((ws?.['!merges'] ?? []) as XLSX.Range[])
    .map((m) => ({
      r1: Math.min(m.s.r, m.e.r),
      c1: Math.min(m.s.c, m.e.c),
      r2: Math.min(MAX_ROWS - 1, Math.max(m.s.r, m.e.r)),
      c2: Math.min(MAX_COLS - 1, Math.max(m.s.c, m.e.c)),
    }))
    .filter((m) => m.r1 >= 0 && m.c1 >= 0 && m.r1 < MAX_ROWS && m.c1 < MAX_COLS);
  const rows = ws ? denseRows(ws) : [];

  // Bounds of the cells that hold something, so offset sheets are not padded. Only rows and cells
  // that exist are visited (holes are skipped), so the cost follows the cells, not the sheet's extent.
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  const filled: number[] = [];
  // Object.keys, not forEach: forEach tests every index up to the length (10⁸ for a cell at row 10⁸).
  for (const key of Object.keys(rows)) {
    const r = Number(key);
    const row = rows[r];
    if (!Array.isArray(row) || !Number.isInteger(r)) continue;
    eachCell(row, (cell, c) => {
      if (!cell || cellValue(cell) === null) return;
      if (r >= MAX_ROWS || c >= MAX_COLS) throw readErrors.cellOutOfRange(name, encodeCell(r, c));
      if (filled[filled.length - 1] !== r) filled.push(r);
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
    });
  }
  if (bottom < 0) return { name, values: [], top: 0, left: 0, merges };

  // Empty rows share one frozen array: a sheet with one far cell costs one pointer per row.
  const values: CellValue[][] = new Array<CellValue[]>(bottom - top + 1).fill(EMPTY_ROW);
  let formats: (string | null)[][] | undefined;
  for (const r of filled) {
    const row = rows[r];
    const out: CellValue[] = [];
    let fmtRow: (string | null)[] | undefined;
    row.forEach((cell, c) => {
      if (!cell || c < left) return;
      const v = cellValue(cell);
      if (v === null) return;
      while (out.length < c - left) out.push(null);
      out.push(v);
      const f = cellFormat(cell);
      if (f !== null) {
        if (!formats) formats = [];
        if (!fmtRow) fmtRow = formats[r - top] = [];
        fmtRow[c - left] = f;
      }
    });
    values[r - top] = out;
  }
  const grid: SheetGrid = { name, values, top, left, merges };
  if (formats) {
    for (let i = 0; i < values.length; i++) if (!formats[i]) formats[i] = EMPTY_FORMATS;
    grid.formats = formats;
  }
  return grid;
}

/** Rows of cells from a dense sheet, or built from a sparse one (chart sheets, odd writers). */
function denseRows(ws: XLSX.WorkSheet): (SheetCell | undefined)[][] {
  const dense = (ws as { '!data'?: (SheetCell | undefined)[][] })['!data'];
  if (dense) return dense;
  const ref = ws['!ref'];
  if (!ref) return [];
  const rows: (SheetCell | undefined)[][] = [];
  for (const key of Object.keys(ws)) {
    if (key[0] === '!') continue;
    const { r, c } = sheetjs().utils.decode_cell(key);
    (rows[r] ??= [])[c] = (ws as unknown as Record<string, SheetCell>)[key];
  }
  return rows;
}
