/**
 * File adapter: the review sheet ("审核结果") added to a copy of a workbook
 * (ExcelJS), the file counterpart of src/addin/reviewSheet.ts. One row per
 * finding (core/report reviewRows): project code and name, sheet, the cell
 * as an internal hyperlink to it, severity (filled in the palette's colour),
 * rule, message in Chinese and English. An Excel table with a filter,
 * frozen header, A4 landscape one page wide, header row repeated on every
 * printed page, page numbers in the footer. An existing "审核结果" sheet is
 * replaced. The other sheets' values are not touched.
 *
 * Hyperlinks are set as ExcelJS documents internal links
 * (`{ text: 'E12', hyperlink: "#'Sheet'!E12" }`), but ExcelJS 4 writes such a
 * link both as an external relationship and as a `location`, which Excel
 * joins into a broken target ("#Sheet2!A1##Sheet2!A1", exceljs#3027). The
 * written package is therefore patched afterwards to the form Excel itself
 * writes: `<hyperlink ref="E4" location="'Sheet'!E12" display="E12"/>`,
 * without a relationship.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CheckResult } from '../core/check';
import {
  REVIEW_COLUMNS,
  reviewRows,
  reviewRowValues,
  SEVERITY_LABEL,
  sheetRef,
  type ReviewRow,
} from '../core/report/rows';
import type { Repair } from './annotate';
import { SEVERITY_FILLS } from '../core/palette';
import { loadForEdit } from './writeFixed';
import { guardCopy } from './copyFidelity';

import { emptyRowValues, REVIEW_SHEET_NAME, reviewTitle } from '../core/report/reviewSheet';

// The review sheet's content (name, titles, time stamp, empty row) is the core's; both hosts lay it out.
export { REVIEW_SHEET_NAME } from '../core/report/reviewSheet';

export interface ReviewSheetOptions {
  /** Header and severity language (default zh); both messages are always listed. */
  lang?: 'zh' | 'en';
  /** Sheet name (default 审核结果). */
  sheetName?: string;
  /** Shown in the title block (default: now). */
  generatedAt?: Date;
  /** A name for the workbook, shown in the title block. */
  source?: string;
}

export interface ReviewSheetCopyResult {
  data: Uint8Array;
  /** Findings listed. */
  rows: number;
  repairs: Repair[];
}

/** Title rows above the table; the table's header is on row HEADER_ROW. */
export const HEADER_ROW = 3;

/** Column widths in characters, per REVIEW_COLUMNS (sum fits A4 landscape at fit-to-width). */
const WIDTHS = [6, 12, 22, 16, 8, 8, 26, 56, 48];

function uniqueTableName(workbook: ExcelJS.Workbook, base: string): string {
  const taken = new Set<string>();
  workbook.eachSheet((ws) => {
    for (const t of ws.getTables() as unknown as { name?: string }[])
      if (t?.name) taken.add(t.name.toLowerCase());
  });
  if (!taken.has(base.toLowerCase())) return base;
  for (let k = 2; ; k++) if (!taken.has(`${base}${k}`.toLowerCase())) return `${base}${k}`;
}

/** Adds (or replaces) the review sheet in a loaded workbook; returns the sheet and the rows listed. */
export function addReviewSheet(
  workbook: ExcelJS.Workbook,
  result: CheckResult,
  options: ReviewSheetOptions = {},
): { sheet: ExcelJS.Worksheet; rows: ReviewRow[] } {
  const lang = options.lang ?? 'zh';
  const name = options.sheetName ?? REVIEW_SHEET_NAME;
  const old = workbook.getWorksheet(name);
  if (old) workbook.removeWorksheet(old.id);
  const ws = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0, activeCell: `A${HEADER_ROW + 1}` }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: lang === 'zh' ? '&C第 &P 页，共 &N 页' : '&CPage &P of &N' },
  });

  const rows = reviewRows(result);
  const [title, subtitle] = reviewTitle(result, lang, options.generatedAt ?? new Date(), options.source);
  ws.getCell('A1').value = title;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = subtitle;
  ws.getCell('A2').font = { size: 10, color: { argb: 'FF595959' } };
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  const values = rows.length > 0 ? rows.map((r) => reviewRowValues(r, lang)) : [emptyRowValues()];
  ws.addTable({
    name: uniqueTableName(workbook, 'KPIReview'),
    ref: `A${HEADER_ROW}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: REVIEW_COLUMNS.map((c) => ({ name: c[lang], filterButton: true })),
    rows: values,
  });

  const cellCol = REVIEW_COLUMNS.findIndex((c) => c.key === 'cell') + 1;
  const sevCol = REVIEW_COLUMNS.findIndex((c) => c.key === 'severity') + 1;
  const wrapCols = new Set(
    ['tableName', 'message', 'messageEn'].map((k) => REVIEW_COLUMNS.findIndex((c) => c.key === k) + 1),
  );
  for (let i = 0; i < values.length; i++) {
    const row = ws.getRow(HEADER_ROW + 1 + i);
    for (let c = 1; c <= REVIEW_COLUMNS.length; c++) {
      row.getCell(c).alignment = { vertical: 'top', wrapText: wrapCols.has(c) };
    }
    const r = rows[i];
    if (!r) continue;
    const link = row.getCell(cellCol);
    link.value = {
      text: r.cell,
      hyperlink: `#${sheetRef(r.sheet, r.cell)}`,
      tooltip: `${r.sheet}!${r.cell}`,
    };
    link.font = { color: { argb: 'FF0563C1' }, underline: true };
    const sev = row.getCell(sevCol);
    sev.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILLS[r.severity].argb } };
    sev.value = SEVERITY_LABEL[r.severity][lang];
  }
  ws.getRow(HEADER_ROW).font = { bold: true };
  return { sheet: ws, rows };
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e];
  });
}

function encodeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The package path of the sheet named `name` ("xl/worksheets/sheet3.xml"), or null. */
async function sheetPart(zip: JSZip, name: string): Promise<string | null> {
  const wbXml = await zip.file('xl/workbook.xml')?.async('string');
  const relsXml = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (!wbXml || !relsXml) return null;
  let rid: string | undefined;
  for (const tag of wbXml.match(/<sheet\b[^>]*>/g) ?? []) {
    if (decodeXml(attr(tag, 'name') ?? '') === name) rid = attr(tag, 'r:id');
  }
  if (!rid) return null;
  for (const tag of relsXml.match(/<Relationship\b[^>]*>/g) ?? []) {
    if (attr(tag, 'Id') !== rid) continue;
    const target = attr(tag, 'Target') ?? '';
    return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  }
  return null;
}

/**
 * Rewrites the internal hyperlinks of sheet `name` to Excel's own form
 * (`location`, no relationship). Links whose relationship target starts
 * with '#' are internal.
 */
export async function nativeInternalLinks(data: Uint8Array, name: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const part = await sheetPart(zip, name);
  if (!part) return data;
  const relsPath = part.replace(/([^/]+)$/, '_rels/$1.rels');
  const sheetXml = await zip.file(part)?.async('string');
  const relsXml = await zip.file(relsPath)?.async('string');
  if (!sheetXml || !relsXml) return data;
  const internal = new Map<string, string>(); // rId → location without '#'
  for (const tag of relsXml.match(/<Relationship\b[^>]*>/g) ?? []) {
    const target = decodeXml(attr(tag, 'Target') ?? '');
    const id = attr(tag, 'Id');
    if (id && target.startsWith('#') && /\/hyperlink$/.test(attr(tag, 'Type') ?? ''))
      internal.set(id, target.slice(1));
  }
  if (internal.size === 0) return data;
  const patched = sheetXml.replace(/<hyperlink\b[^>]*?\/>/g, (tag) => {
    const rid = attr(tag, 'r:id');
    const location = rid ? internal.get(rid) : undefined;
    if (location === undefined) return tag;
    const ref = attr(tag, 'ref') ?? '';
    const tooltip = attr(tag, 'tooltip');
    const display = /!\$?([A-Z]+\$?\d+)$/.exec(location)?.[1]?.replace(/\$/g, '');
    return `<hyperlink ref="${ref}" location="${encodeAttr(location)}"${display ? ` display="${encodeAttr(display)}"` : ''}${tooltip !== undefined ? ` tooltip="${tooltip}"` : ''}/>`;
  });
  const rels = relsXml.replace(/<Relationship\b[^>]*>/g, (tag) =>
    internal.has(attr(tag, 'Id') ?? '') ? '' : tag,
  );
  zip.file(part, patched);
  zip.file(relsPath, rels);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A copy of `original` with the review sheet of `result` added (or replaced), as .xlsx bytes. */
export async function writeReviewSheetCopy(
  original: Uint8Array | ArrayBuffer,
  result: CheckResult,
  options: ReviewSheetOptions = {},
): Promise<ReviewSheetCopyResult> {
  const { workbook, repairs } = await loadForEdit(original);
  const { rows } = addReviewSheet(workbook, result, options);
  const out = await workbook.xlsx.writeBuffer();
  const data = out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
  const linked = await nativeInternalLinks(data, options.sheetName ?? REVIEW_SHEET_NAME);
  guardCopy(original instanceof Uint8Array ? original : new Uint8Array(original), linked, {
    addedSheets: [options.sheetName ?? REVIEW_SHEET_NAME],
  });
  return { data: linked, rows: rows.length, repairs };
}
