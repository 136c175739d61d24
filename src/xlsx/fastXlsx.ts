/**
 * A lean reader for the common .xlsx: worksheets of values, shared or inline
 * strings, number formats and merged areas — what the core reads, and the
 * same grid SheetJS's parse gives through readGrid's conversion, in a fraction
 * of its time (no cell objects, one pass over each sheet's XML).
 *
 * It reads only what it fully understands. Anything else — a chart or macro
 * sheet, a prefixed namespace, a date-typed or rich-value cell, an address out
 * of Excel's range, truncated XML, a part it cannot find — gives null, and the
 * caller reads the file with SheetJS, errors and all. test/xlsx/fastXlsx.test.ts
 * holds the two readers to the same grid on every workbook of the corpora.
 */
import {
  MAX_COLS,
  MAX_ROWS,
  parseRangeA1,
  type CellValue,
  type MergedRange,
  type SheetGrid,
  type WorkbookGrid,
} from '../core/grid';
import type { ZipParts } from './zipParts';

/** Excel's built-in number formats as SheetJS names them (its SSF table). */
const BUILTIN: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'm/d/yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  56: '"上午/下午 "hh"時"mm"分"ss"秒 "',
};

const decoder = new TextDecoder('utf-8');

function text(zip: ZipParts, name: string): string | null {
  const data = zip.parts.get(name.toLowerCase());
  if (!data) return null;
  // A UTF-16 part (rare writers): left to SheetJS.
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) return null;
  return decoder.decode(data);
}

const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([\da-fA-F]+));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ESCAPED_CHAR = /_x([\da-fA-F]{4})_/g;

/** XML text to a string: entities, and Excel's _xHHHH_ escapes. */
function unescape(s: string): string {
  if (s.includes('&'))
    s = s.replace(ENTITY, (_m, name: string, dec: string, hex: string) =>
      name ? NAMED[name] : String.fromCodePoint(dec ? Number(dec) : parseInt(hex, 16)),
    );
  if (s.includes('_x'))
    s = s.replace(ESCAPED_CHAR, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return s;
}

function attr(tag: string, name: string): string | null {
  const i = tag.indexOf(` ${name}="`);
  if (i < 0) return null;
  const start = i + name.length + 3;
  const end = tag.indexOf('"', start);
  return end < 0 ? null : tag.slice(start, end);
}

/**
 * The 0-based column of a cell reference ("AB12") on the given 0-based row, or -1 when the
 * reference is not of that row. core/grid's parseA1 reads any A1 form with a regular expression;
 * this runs once per cell of every sheet, so it reads the one form cells carry.
 */
function cellColumn(ref: string, row: number): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else break;
  }
  if (i === 0 || i === ref.length || i > 3) return -1;
  const r = Number(ref.slice(i));
  if (!Number.isInteger(r) || r < 1 || r - 1 !== row) return -1;
  return col - 1;
}

/** The texts of every <t> of an <si> or <is>, phonetic runs (<rPh>) left out. */
function runsText(xml: string): string {
  let out = '';
  const clean = xml.includes('<rPh') ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  const re = /<t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/t>)/g;
  for (let m = re.exec(clean); m; m = re.exec(clean)) out += m[1] ?? '';
  // Excel's line break written as _x000D_ before the newline reads as one newline (as SheetJS has it).
  return unescape(out).replace(/\r\n/g, '\n');
}

function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  const re = /<si>([\s\S]*?)<\/si>|<si\/>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1] === undefined ? '' : runsText(m[1]));
  return out;
}

/** Number format of each cellXfs entry (by index), as SheetJS reports it. */
function cellFormats(xml: string): (string | null)[] | null {
  const custom = new Map<number, string>();
  const nf = /<numFmt\s[^>]*>/g;
  for (let m = nf.exec(xml); m; m = nf.exec(xml)) {
    const id = Number(attr(m[0], 'numFmtId'));
    const code = attr(m[0], 'formatCode');
    if (!Number.isInteger(id) || code === null) return null;
    custom.set(id, unescape(code));
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml);
  if (!xfs) return [];
  const out: (string | null)[] = [];
  const xf = /<xf\b[^>]*>/g;
  for (let m = xf.exec(xfs[1]); m; m = xf.exec(xfs[1])) {
    const id = Number(attr(m[0], 'numFmtId') ?? 0);
    const fmt = custom.get(id) ?? BUILTIN[id];
    // A format id SheetJS maps through its locale table: left to SheetJS.
    if (fmt === undefined) return null;
    out.push(fmt === 'General' || fmt.toLowerCase() === 'general' || fmt === '' ? null : fmt);
  }
  return out;
}

/**
 * CELL_PATTERN: /<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)|<row\b([^>]*)>|<\/sheetData>/g, the elements the
 * sheet scan reads; sheet() matches them by hand, in the same way.
 */
function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
  );
}
/**
 * The text of a cell's <v> (empty for <v/>), or null when it has none: what
 * /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>|<v\s*\/>/ finds, read by hand (no match array per cell).
 */
const WHITE = /\s/;

function valueText(body: string): string | null {
  for (let i = body.indexOf('<v'); i >= 0; i = body.indexOf('<v', i + 1)) {
    const c = body.charCodeAt(i + 2);
    const space = i + 2 < body.length && WHITE.test(body[i + 2]);
    if (c === 62 /* > */ || space) {
      const gt = c === 62 ? i + 2 : body.indexOf('>', i + 3);
      const end = gt < 0 ? -1 : body.indexOf('</v>', gt + 1);
      if (end >= 0) return body.slice(gt + 1, end);
    }
    // <v/>, <v />: no text.
    let j = i + 2;
    while (j < body.length && WHITE.test(body[j])) j++;
    if (body.charCodeAt(j) === 47 /* / */ && body.charCodeAt(j + 1) === 62 /* > */) return '';
  }
  return null;
}

function sheet(
  name: string,
  xml: string,
  sst: string[] | null,
  formatOf: (string | null)[],
): SheetGrid | null {
  if (/<\w+:worksheet\b/.test(xml.slice(0, 2000))) return null; // prefixed elements
  const open = xml.indexOf('<sheetData');
  if (open < 0) return null;
  if (!xml.includes('</worksheet>')) return null; // truncated
  // Rows by sheet row, columns by sheet column (the offsets of the used range are taken at the end):
  // no object per cell, and no second pass over the cells.
  const rowsAt: (CellValue[] | undefined)[] = [];
  let formatsAt: ((string | null)[] | undefined)[] | undefined;
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  if (!xml.startsWith('<sheetData/>', open)) {
    let row = -1;
    let col = -1;
    let closed = false;
    // A hand-written scan of the elements the sheet data holds (<row …>, <c …/>, <c …>…</c>,
    // </sheetData>), with the same matching as the pattern CELL_PATTERN describes: no match
    // array and no group strings per cell.
    for (let pos = open; ;) {
      const lt = xml.indexOf('<', pos);
      if (lt < 0) break;
      pos = lt + 1;
      const next = xml.charCodeAt(lt + 1);
      if (next === 47 /* / */) {
        if (xml.startsWith('</sheetData>', lt)) {
          closed = true;
          break;
        }
        continue;
      }
      if (next === 114 /* r */ && xml.startsWith('row', lt + 1) && !isWordChar(xml.charCodeAt(lt + 4))) {
        const gt = xml.indexOf('>', lt + 4);
        if (gt < 0) continue;
        pos = gt + 1;
        const r = attr(xml.slice(lt + 4, gt), 'r');
        row = r === null ? row + 1 : Number(r) - 1;
        if (!Number.isInteger(row) || row < 0 || row >= MAX_ROWS) return null;
        col = -1;
        continue;
      }
      if (next !== 99 /* c */ || isWordChar(xml.charCodeAt(lt + 2))) continue;
      const gt = xml.indexOf('>', lt + 2);
      if (gt < 0) continue;
      const selfClosing = gt - 1 >= lt + 2 && xml.charCodeAt(gt - 1) === 47; /* / */
      let tag: string;
      let body = '';
      if (selfClosing) {
        tag = xml.slice(lt + 2, gt - 1);
        pos = gt + 1;
      } else {
        const close = xml.indexOf('</c>', gt + 1);
        if (close < 0) continue;
        tag = xml.slice(lt + 2, gt);
        body = xml.slice(gt + 1, close);
        pos = close + 4;
      }
      if (tag.includes(' vm=') || tag.includes(' cm=')) return null; // rich values, cell metadata
      if (row < 0) return null; // a cell outside any row: malformed, left to SheetJS
      const ref = attr(tag, 'r');
      if (ref !== null) {
        col = cellColumn(ref, row);
        if (col < 0) return null;
      } else col++;
      if (col < 0 || col >= MAX_COLS) return null;
      if (selfClosing) continue; // a styled empty cell
      const t = attr(tag, 't') ?? 'n';
      let v: CellValue;
      if (t === 'inlineStr') {
        const is = /<is>([\s\S]*?)<\/is>/.exec(body);
        v = is ? runsText(is[1]) : null;
      } else {
        const raw = valueText(body);
        if (raw === null) continue; // no value (a stub)
        if (t === 'n') {
          if (raw === '') continue;
          v = Number(raw);
          if (!Number.isFinite(v) || /[^\d.eE+-]/.test(raw.trim())) return null;
        } else if (t === 's') {
          const i = Number(raw);
          if (!sst || !Number.isInteger(i) || i < 0 || i >= sst.length) return null;
          v = sst[i];
        } else if (t === 'str') v = unescape(raw).replace(/\r\n/g, '\n');
        else if (t === 'b') v = raw === '1' || raw === 'true';
        else if (t === 'e') v = unescape(raw);
        else return null; // 'd' and anything else
      }
      if (v === null || v === '') continue;
      const s = attr(tag, 's');
      let f: string | null = null;
      if (s !== null) {
        const i = Number(s);
        if (!Number.isInteger(i) || i < 0) return null;
        if (i < formatOf.length) f = formatOf[i];
        else if (i > 0) return null;
      }
      let out = rowsAt[row];
      if (!out) out = rowsAt[row] = [];
      if (col < out.length) return null; // cells out of order: left to SheetJS
      while (out.length < col) out.push(null);
      out.push(v);
      if (f !== null) ((formatsAt ??= [])[row] ??= [])[col] = f;
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (col < left) left = col;
    }
    if (!closed) return null;
  }

  const merges: MergedRange[] = [];
  const mc = /<mergeCell\s[^>]*>/g;
  for (let m = mc.exec(xml); m; m = mc.exec(xml)) {
    const ref = attr(m[0], 'ref');
    if (!ref) return null;
    const range = parseRangeA1(ref);
    if (!range) return null;
    merges.push({ ...range, r2: Math.min(MAX_ROWS - 1, range.r2), c2: Math.min(MAX_COLS - 1, range.c2) });
  }

  if (bottom < 0) return { name, values: [], top: 0, left: 0, merges };
  // Empty rows share one frozen array, as readGrid's conversion does.
  const values: CellValue[][] = new Array<CellValue[]>(bottom - top + 1).fill(EMPTY_ROW);
  let formats: (string | null)[][] | undefined;
  for (let r = top; r <= bottom; r++) {
    const out = rowsAt[r];
    if (out) values[r - top] = left ? out.slice(left) : out;
    const f = formatsAt?.[r];
    if (f) {
      formats ??= [];
      if (left) {
        const shifted: (string | null)[] = [];
        f.forEach((x, c) => (shifted[c - left] = x));
        formats[r - top] = shifted;
      } else formats[r - top] = f;
    }
  }
  const grid: SheetGrid = { name, values, top, left, merges };
  if (formats) {
    for (let i = 0; i < values.length; i++) if (!formats[i]) formats[i] = EMPTY_FORMATS;
    grid.formats = formats;
  }
  return grid;
}

const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];
const EMPTY_FORMATS: (string | null)[] = Object.freeze([]) as unknown as (string | null)[];

function relTargets(xml: string, base: string): Map<string, { type: string; target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  const re = /<Relationship\s[^>]*>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const id = attr(m[0], 'Id');
    const type = attr(m[0], 'Type') ?? '';
    const target = attr(m[0], 'Target');
    if (!id || target === null || attr(m[0], 'TargetMode') === 'External') continue;
    const path = target.startsWith('/') ? target.slice(1) : base + target;
    out.set(id, { type: type.slice(type.lastIndexOf('/') + 1), target: unescape(path) });
  }
  return out;
}

/** The workbook's grid, or null when the package holds anything this reader leaves to SheetJS. */
export function fastWorkbookGrid(zip: ZipParts): WorkbookGrid | null {
  const root = text(zip, '_rels/.rels');
  if (!root) return null;
  const doc = [...relTargets(root, '').values()].find((r) => r.type === 'officeDocument');
  if (!doc || doc.target.toLowerCase() !== 'xl/workbook.xml') return null;
  const wbXml = text(zip, 'xl/workbook.xml');
  const relsXml = text(zip, 'xl/_rels/workbook.xml.rels');
  if (!wbXml || !relsXml || /<\w+:workbook\b/.test(wbXml.slice(0, 2000))) return null;
  const rels = relTargets(relsXml, 'xl/');

  const sstRel = [...rels.values()].find((r) => r.type === 'sharedStrings');
  let sst: string[] | null = null;
  if (sstRel) {
    const xml = text(zip, sstRel.target);
    if (xml === null || !xml.includes('</sst>')) return null;
    sst = sharedStrings(xml);
  }
  const stylesRel = [...rels.values()].find((r) => r.type === 'styles');
  let formatOf: (string | null)[] = [];
  if (stylesRel) {
    const xml = text(zip, stylesRel.target);
    if (xml === null) return null;
    const f = cellFormats(xml);
    if (!f) return null;
    formatOf = f;
  }

  const sheets: SheetGrid[] = [];
  const re = /<sheet\s[^>]*>/g;
  for (let m = re.exec(wbXml); m; m = re.exec(wbXml)) {
    const tag = m[0];
    const name = attr(tag, 'name');
    const rid = /\s[\w]+:id="([^"]*)"/.exec(tag)?.[1];
    const rel = rid ? rels.get(rid) : undefined;
    if (name === null || !rel || rel.type !== 'worksheet') return null;
    const xml = text(zip, rel.target);
    if (xml === null) return null;
    const grid = sheet(unescape(name), xml, sst, formatOf);
    if (!grid) return null;
    const state = attr(tag, 'state');
    if (state === 'hidden') grid.hidden = 'hidden';
    else if (state === 'veryHidden') grid.hidden = 'veryHidden';
    else if (state !== null && state !== 'visible') return null;
    sheets.push(grid);
  }
  return sheets.length ? { sheets } : null;
}
