/**
 * Inserts a template (a sheet model from src/core/templates) as one new
 * worksheet of the open workbook: values and formulas, number formats,
 * fonts / fills / alignment / borders, merges, column widths and row
 * heights, drop-down validations, print setup; then activates it.
 *
 * Round trips: exactly 2 syncs, whatever the template's size.
 *   sync 1  the sheet names (to choose a name not taken: Office.js cannot
 *           list a collection before a sync)
 *   sync 2  everything else, queued in one batch
 *
 * Requirement sets: the manifest's ExcelApi 1.5 covers values, formats,
 * merges, column widths and row heights (1.2). Newer features are used when
 * the running Excel has them, else skipped and reported in `skipped`:
 *   1.8  data validation (the drop-downs)
 *   1.9  page layout (A4, orientation, fit to one page wide, print titles, print area)
 */
import { columnName, type MergedRange } from '../core/grid';
import type { CellStyle, TemplateSheet, ValidationModel } from '../core/templates/types';
import { isFormula } from '../core/templates/types';
import { officeIsSetSupported, type IsSetSupported } from './apiSupport';
import { refOf, rowsRef } from './address';

export interface InsertTemplateOptions {
  /** Office's requirement-set check (default: Office.context.requirements.isSetSupported). */
  isSetSupported?: IsSetSupported;
  /** Activate the new sheet (default true). */
  activate?: boolean;
}

export type SkippedFeature = 'validation' | 'pageLayout';

export interface InsertTemplateResult {
  /** Name of the new worksheet (the template's, made unique). */
  sheetName: string;
  /** Features the running Excel lacks, left out. */
  skipped: SkippedFeature[];
}

/** Points per Excel character-width unit (Calibri 11: 7 px per character + 5 px padding, 0.75 pt per px). */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** A sheet name not in `taken` (compared case-insensitively, as Excel does). */
export function uniqueSheetName(name: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = name.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const ERROR_STYLE = { stop: 'Stop', warning: 'Warning', information: 'Information' } as const;

function applyStyle(range: Excel.Range, rect: MergedRange, s: CellStyle): void {
  const f = range.format;
  f.font.name = s.font.name;
  f.font.size = s.font.size;
  f.font.bold = !!s.font.bold;
  f.horizontalAlignment = H_ALIGN[s.hAlign];
  f.verticalAlignment = V_ALIGN[s.vAlign];
  f.wrapText = s.wrap;
  if (s.fill) f.fill.color = s.fill;
  if (s.border) {
    const edges: Excel.BorderIndex[] = [
      'EdgeTop',
      'EdgeBottom',
      'EdgeLeft',
      'EdgeRight',
    ] as unknown as Excel.BorderIndex[];
    if (rect.r2 > rect.r1) edges.push('InsideHorizontal' as unknown as Excel.BorderIndex);
    if (rect.c2 > rect.c1) edges.push('InsideVertical' as unknown as Excel.BorderIndex);
    for (const e of edges) {
      const b = f.borders.getItem(e);
      b.style = 'Continuous' as Excel.BorderLineStyle.continuous;
      b.weight = 'Thin' as Excel.BorderWeight.thin;
      b.color = '#000000';
    }
  }
}

function applyValidation(range: Excel.Range, v: ValidationModel): void {
  const dv = range.dataValidation;
  dv.rule =
    v.rule.type === 'list'
      ? { list: { inCellDropDown: true, source: v.rule.items.join(',') } }
      : {
          decimal: {
            formula1: v.rule.min,
            formula2: v.rule.max,
            operator: 'Between' as Excel.DataValidationOperator.between,
          },
        };
  dv.ignoreBlanks = true;
  dv.errorAlert = {
    showAlert: true,
    style: ERROR_STYLE[v.errorStyle] as Excel.DataValidationAlertStyle,
    title: v.error?.title ?? '',
    message: v.error?.text ?? '',
  };
  if (v.prompt) dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.text };
}

/** A string Excel would take as a formula if written as a value. */
const FORMULA_LIKE = /^[=+\-@]/;

/**
 * Queues the whole template into `ws` (no sync). Exposed for hosts that add
 * the sheet themselves; `insertTemplate` is the usual entry point.
 */
export function queueTemplate(
  ws: Excel.Worksheet,
  sheet: TemplateSheet,
  support: { validation: boolean; pageLayout: boolean },
): void {
  const all: MergedRange = { r1: 0, c1: 0, r2: sheet.rowCount - 1, c2: sheet.colCount - 1 };
  const whole = ws.getRange(refOf(all));

  // Number formats first: text-looking values that start like a formula are kept as text ("@").
  const formats: string[][] = sheet.formats.map((row, r) =>
    row.map((f, c) => {
      const v = sheet.values[r][c];
      if (typeof v === 'string' && FORMULA_LIKE.test(v)) return '@';
      return f ?? 'General';
    }),
  );
  whole.numberFormat = formats;
  whole.values = sheet.values.map((row) => row.map((v) => (v === null || isFormula(v) ? '' : v))) as (
    string | number | boolean
  )[][];
  for (let r = 0; r < sheet.rowCount; r++)
    for (let c = 0; c < sheet.colCount; c++) {
      const v = sheet.values[r][c];
      if (isFormula(v)) ws.getRange(refOf({ r1: r, c1: c, r2: r, c2: c })).formulas = [[`=${v.formula}`]];
    }

  for (const { range, style } of sheet.styles)
    applyStyle(ws.getRange(refOf(range)), range, sheet.styleTable[style]);
  for (const m of sheet.merges) ws.getRange(refOf(m)).merge(false);

  sheet.columnWidths.forEach((w, c) => {
    ws.getRange(`${columnName(c)}:${columnName(c)}`).format.columnWidth = widthToPoints(w);
  });
  sheet.rowHeights.forEach((h, r) => {
    if (h !== null) ws.getRange(rowsRef(r, r)).format.rowHeight = h;
  });

  if (support.validation) for (const v of sheet.validations) applyValidation(ws.getRange(refOf(v.range)), v);

  if (support.pageLayout) {
    const p = sheet.print;
    const pl = ws.pageLayout;
    pl.orientation = (p.orientation === 'landscape' ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
    pl.paperSize = 'A4' as Excel.PaperType;
    // Fit all columns on one page; the height follows the rows (office-js: only the width is set).
    pl.zoom = { horizontalFitToPages: p.fitToWidth };
    pl.centerHorizontally = p.centerHorizontally;
    pl.leftMargin = p.margins.left * 72;
    pl.rightMargin = p.margins.right * 72;
    pl.topMargin = p.margins.top * 72;
    pl.bottomMargin = p.margins.bottom * 72;
    pl.headerMargin = p.margins.header * 72;
    pl.footerMargin = p.margins.footer * 72;
    pl.setPrintTitleRows(`$${p.titleRows.first + 1}:$${p.titleRows.last + 1}`);
    pl.setPrintArea(refOf(p.printArea));
  }
}

/**
 * Adds `sheet` as a new worksheet (2 syncs). `context` is the request context
 * of an `Excel.run` batch.
 */
export async function insertTemplate(
  context: Excel.RequestContext,
  sheet: TemplateSheet,
  options: InsertTemplateOptions = {},
): Promise<InsertTemplateResult> {
  const isSet = options.isSetSupported ?? officeIsSetSupported;
  const support = { validation: isSet('ExcelApi', '1.8'), pageLayout: isSet('ExcelApi', '1.9') };

  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();

  const name = uniqueSheetName(
    sheet.name,
    sheets.items.map((s) => s.name),
  );
  const ws = sheets.add(name);
  queueTemplate(ws, sheet, support);
  if (options.activate !== false) ws.activate();
  await context.sync();

  const skipped: SkippedFeature[] = [];
  if (!support.validation) skipped.push('validation');
  if (!support.pageLayout) skipped.push('pageLayout');
  return { sheetName: name, skipped };
}
