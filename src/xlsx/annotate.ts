/**
 * File adapter (write side): an annotated copy of a workbook, with ExcelJS.
 * Each cell a finding points at gets the fill of its most severe finding and
 * a note listing every finding on it: what a mark writes is the core's
 * (core/marks/cellMarks, as in the add-in), and a note the cell already had
 * stays below it. Cell values are never touched. Browser-safe: no Node imports.
 *
 * ExcelJS cannot load every workbook (exceljs#2797: comments written by
 * openpyxl, whose parts and absolute relationship targets it does not
 * expect). Repairs, tried in order, each reported in `repairs`:
 *  1. rename comment / VML parts to ExcelJS's names, make targets relative,
 *     and store plain comment text as runs (nothing lost); done up front
 *     whenever a sheet has comments, since ExcelJS would otherwise load them
 *     without their text;
 *  2. remove the legacy comments and their VML drawings (the file's own notes
 *     are lost in the copy);
 *  3. rebuild the workbook with SheetJS (values, number formats and merges
 *     kept; fonts, borders and fills are not); also how .xls files are handled.
 * The copy is always .xlsx.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type * as XLSX from '@e965/xlsx/dist/xlsx.core.min';
import { sheetjs } from './sheetjs';
import type { Finding } from '../core/findings';
import { composeNote, groupFindings, NOTE_ORIGINAL_SEPARATOR, type MarkLang } from '../core/marks/cellMarks';
import { SEVERITY_FILLS } from '../core/palette';
import { readErrors } from './errors';
import { inspectZip, sniffContainer } from './container';
import { assertCopyable, guardCopy } from './copyFidelity';

export { SEVERITY_FILLS } from '../core/palette';

export type RepairKind = 'comments-normalised' | 'comments-removed' | 'rebuilt';

export interface Repair {
  kind: RepairKind;
  messageZh: string;
  messageEn: string;
}

export interface AnnotateOptions {
  /** Language of the notes: Chinese (default), English, or both (Chinese first). */
  lang?: MarkLang;
}

export interface AnnotateResult {
  data: Uint8Array;
  /** What had to be done to the file for ExcelJS to load it (empty when nothing). */
  repairs: Repair[];
  /** Cells filled and noted. */
  marked: number;
}

const REPAIRS: Record<RepairKind, Omit<Repair, 'kind'>> = {
  'comments-normalised': {
    messageZh: '原文件的批注格式不标准（如 openpyxl 生成的文件），已转换为标准格式；批注内容保留。',
    messageEn:
      "The file's comments were stored in a non-standard way (as openpyxl writes them); they were converted, and their text kept.",
  },
  'comments-removed': {
    messageZh: '原文件的批注无法读取，标注副本中已移除原有批注（单元格的值不变）。',
    messageEn:
      "The file's own comments could not be read and were left out of the annotated copy (cell values unchanged).",
  },
  rebuilt: {
    messageZh:
      '已将文件转换为 .xlsx 后再写副本：只保留了值、数字格式和合并单元格；字体、边框、底色、原有批注、数据验证、条件格式、超链接、冻结窗格、页面设置、图片、图表、表格和宏都未保留。',
    messageEn:
      'The file was converted to .xlsx before the copy was written: only values, number formats and merged cells are kept; fonts, borders, fills, its own notes, data validation, conditional formats, hyperlinks, frozen panes, page setup, pictures, charts, tables and macros are not.',
  },
};

/** An annotated copy of `original` (values unchanged), as .xlsx bytes. */
export async function annotateCopy(
  original: Uint8Array,
  findings: readonly Finding[],
  options: AnnotateOptions = {},
): Promise<Uint8Array> {
  return (await annotateCopyWithReport(original, findings, options)).data;
}

export async function annotateCopyWithReport(
  original: Uint8Array | ArrayBuffer,
  findings: readonly Finding[],
  options: AnnotateOptions = {},
): Promise<AnnotateResult> {
  const bytes = original instanceof Uint8Array ? original : new Uint8Array(original);
  const result = await annotateUnguarded(bytes, findings, options);
  // A copy never holds less than the input: refused, with the list, when it would.
  guardCopy(bytes, result.data);
  return result;
}

/** The annotated copy without the fidelity check (the fixed and review copies check their own result). */
export async function annotateUnguarded(
  original: Uint8Array | ArrayBuffer,
  findings: readonly Finding[],
  options: AnnotateOptions = {},
): Promise<AnnotateResult> {
  const bytes = original instanceof Uint8Array ? original : new Uint8Array(original);
  // The same container checks as reading (a truncated zip can hang SheetJS); FileReadError if bad.
  if (bytes.length === 0) throw readErrors.empty();
  if (sniffContainer(bytes, '') === 'zip') inspectZip(bytes);
  assertCopyable(bytes);
  const { workbook, repairs } = await loadWithRepairs(bytes);
  const marked = mark(workbook, findings, options.lang ?? 'zh');
  const out = await workbook.xlsx.writeBuffer();
  const data = out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
  return { data, repairs: repairs.map((kind) => ({ kind, ...REPAIRS[kind] })), marked };
}

async function tryLoad(data: Uint8Array): Promise<ExcelJS.Workbook | null> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
    saneDates(wb);
    return wb;
  } catch {
    return null;
  }
}

/**
 * Document-property dates ExcelJS cannot write back (an empty or invalid
 * creation date reads as Invalid Date and would end in a RangeError): left out
 * of the copy's properties.
 */
export function saneDates(wb: ExcelJS.Workbook): void {
  const props = wb as unknown as Record<string, unknown>;
  for (const k of ['created', 'modified', 'lastPrinted']) {
    const d = props[k];
    if (d !== undefined && !(d instanceof Date && Number.isFinite(d.getTime()))) props[k] = undefined;
  }
}

async function loadWithRepairs(
  bytes: Uint8Array,
): Promise<{ workbook: ExcelJS.Workbook; repairs: RepairKind[] }> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    // Comments ExcelJS would crash on, or load without their text, are rewritten first.
    const normalised = await rewriteComments(bytes, false);
    const wb = await tryLoad(normalised ?? bytes);
    if (wb) return { workbook: wb, repairs: normalised ? ['comments-normalised'] : [] };
    const stripped = await rewriteComments(bytes, true);
    const wb2 = stripped && (await tryLoad(stripped));
    if (wb2) return { workbook: wb2, repairs: ['comments-removed'] };
  }
  const rebuilt = rebuildWithSheetJS(bytes);
  const wb = await tryLoad(rebuilt);
  if (!wb) throw readErrors.corrupt('ExcelJS could not load the workbook, even rebuilt');
  return { workbook: wb, repairs: ['rebuilt'] };
}

const REL_COMMENTS = /\/relationships\/comments$/;
const REL_VML = /\/relationships\/vmlDrawing$/;

/** Resolves a relationship target against the folder of its source part. */
function resolveTarget(sourceDir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = sourceDir.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

/**
 * Rewrites worksheet comments the way ExcelJS reads them: parts named
 * xl/commentsN.xml and xl/drawings/vmlDrawingN.vml with relative targets, and
 * plain `<text><t>` bodies as runs (ExcelJS reads only `<r>` runs and would
 * drop the text). With `remove`, drops the parts and their references instead.
 * Null when nothing needed changing.
 */
async function rewriteComments(bytes: Uint8Array, remove: boolean): Promise<Uint8Array | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return null;
  }
  const renames = new Map<string, string>(); // old part path → new part path ('' = removed)
  const used = new Set(Object.keys(zip.files));
  const fresh = (make: (k: number) => string): string => {
    for (let k = 1; ; k++) {
      const p = make(k);
      if (!used.has(p)) {
        used.add(p);
        return p;
      }
    }
  };
  let changed = false;
  for (const relPath of Object.keys(zip.files)) {
    const m = /^xl\/worksheets\/_rels\/([^/]+)\.rels$/.exec(relPath);
    if (!m) continue;
    const sheetPath = `xl/worksheets/${m[1]}`;
    let xml = await zip.file(relPath)!.async('string');
    const removedIds: string[] = [];
    xml = xml.replace(/<Relationship\b[^>]*?\/>/g, (tag) => {
      const type = attr(tag, 'Type') ?? '';
      const target = attr(tag, 'Target');
      const isComments = REL_COMMENTS.test(type);
      const isVml = REL_VML.test(type);
      if ((!isComments && !isVml) || !target) return tag;
      const part = resolveTarget('xl/worksheets', target);
      if (remove) {
        renames.set(part, '');
        removedIds.push(attr(tag, 'Id') ?? '');
        changed = true;
        return '';
      }
      let next = renames.get(part);
      if (next === undefined) {
        const canonical = isComments
          ? /^xl\/comments\d+\.xml$/.test(part)
          : /^xl\/drawings\/vmlDrawing\d+\.vml$/.test(part);
        next = canonical
          ? part
          : isComments
            ? fresh((k) => `xl/comments${k}.xml`)
            : fresh((k) => `xl/drawings/vmlDrawing${k}.vml`);
        renames.set(part, next);
      }
      const rel = next.startsWith('xl/drawings/')
        ? `../drawings/${next.slice('xl/drawings/'.length)}`
        : `../${next.slice('xl/'.length)}`;
      if (rel === target && next === part) return tag;
      changed = true;
      return tag.replace(/\bTarget="[^"]*"/, `Target="${rel}"`);
    });
    zip.file(relPath, xml);
    if (removedIds.length && zip.file(sheetPath)) {
      let sheet = await zip.file(sheetPath)!.async('string');
      for (const id of removedIds)
        sheet = sheet.replace(new RegExp(`<legacyDrawing\\b[^>]*"${id}"[^>]*/>`, 'g'), '');
      zip.file(sheetPath, sheet);
    }
  }
  for (const [from, to] of renames) {
    const f = zip.file(from);
    if (!f || to === '') {
      if (f) zip.remove(from);
      continue;
    }
    let content: string | Uint8Array = await f.async('uint8array');
    if (/\.xml$/.test(to)) {
      const xml = await f.async('string');
      const runs = xml.replace(/<text>(\s*)<t\b([^>]*)>([\s\S]*?)<\/t>/g, '<text>$1<r><t$2>$3</t></r>');
      if (runs !== xml) {
        content = runs;
        changed = true;
      }
    }
    if (to !== from) zip.remove(from);
    if (to !== from || typeof content === 'string') zip.file(to, content);
  }
  if (!changed) return null;
  const ct = zip.file('[Content_Types].xml');
  if (ct) {
    let xml = await ct.async('string');
    xml = xml.replace(/<Override\b[^>]*?\/>/g, (tag) => {
      const name = (attr(tag, 'PartName') ?? '').replace(/^\//, '');
      const to = renames.get(name);
      if (to === undefined || to === name) return tag;
      return to === '' ? '' : tag.replace(/\bPartName="[^"]*"/, `PartName="/${to}"`);
    });
    zip.file('[Content_Types].xml', xml);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The workbook rewritten as .xlsx by SheetJS: values, formulas, number formats, merges, widths. */
function rebuildWithSheetJS(bytes: Uint8Array): Uint8Array {
  let wb: XLSX.WorkBook;
  try {
    wb = sheetjs().read(bytes, { type: 'array', cellNF: true, cellDates: false, cellStyles: true });
  } catch (e) {
    throw readErrors.corrupt(e instanceof Error ? e.message : String(e));
  }
  const out = sheetjs().write(wb, {
    type: 'array',
    bookType: 'xlsx',
    cellStyles: true,
    compression: true,
  }) as ArrayBuffer;
  return new Uint8Array(out);
}

/** Fills and notes the cells (core/marks/cellMarks: what a mark writes); returns how many cells were marked. */
function mark(workbook: ExcelJS.Workbook, findings: readonly Finding[], lang: MarkLang): number {
  // Findings on cells of one merged area go to its top-left cell: the adapter reads where that is.
  const placed: Finding[] = [];
  for (const f of findings) {
    if (!f.cell) continue;
    const ws = workbook.getWorksheet(f.sheet);
    if (!ws) continue;
    let cell: ExcelJS.Cell;
    try {
      cell = ws.getCell(f.cell.replace(/\$/g, '').toUpperCase());
    } catch {
      continue;
    }
    const master = cell.isMerged ? cell.master : cell;
    placed.push(master === cell ? f : { ...f, cell: master.address });
  }
  let marked = 0;
  for (const m of groupFindings(placed, lang)) {
    const cell = workbook.getWorksheet(m.sheet)!.getCell(m.cell);
    // A fresh style object: ExcelJS shares one style object among the cells
    // loaded with the same style, so `cell.fill = …` would paint them all.
    cell.style = {
      ...cell.style,
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILLS[m.severity].argb } },
    };
    cell.note = withExistingNote(cell.note, m.text);
    marked++;
  }
  return marked;
}

/** The mark's text, then the cell's own note below the separator (core composeNote, as the add-in writes it). */
function withExistingNote(
  existing: string | ExcelJS.Comment | undefined,
  ours: string,
): string | ExcelJS.Comment {
  if (!existing) return ours;
  if (typeof existing === 'string') return composeNote(ours, existing);
  const texts = existing.texts ?? [];
  return { ...existing, texts: [{ text: `${ours}${NOTE_ORIGINAL_SEPARATOR}` }, ...texts] };
}
