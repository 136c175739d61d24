/**
 * File adapter (template side): renders a template sheet model
 * (src/core/templates) into an ExcelJS workbook: values and formulas, number
 * formats, fonts / alignment / borders / fills, merged cells, column widths
 * and row heights, drop-down validations, and print setup (A4, fit to one
 * page wide, the grid's header row repeated on every page). Browser-safe: no
 * Node imports.
 *
 * The 2021 total is a formula without a cached value in a blank template
 * (`IF(COUNT(…)=0,"",SUM(…))`): the checker reads it as empty ("missing"),
 * and the workbook asks Excel to recalculate on opening (fullCalcOnLoad), so
 * the total shows as soon as the sources are typed in.
 */
import ExcelJS from 'exceljs';
import { columnName } from '../core/grid';
import type { CellStyle, TemplateSheet, ValidationModel } from '../core/templates/types';
import { isFormula } from '../core/templates/types';

const PAPER_A4 = 9;

function argb(hex: string): string {
  return 'FF' + hex.replace('#', '').toUpperCase();
}

function applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  // Fresh objects per cell: ExcelJS shares style objects among cells that were never styled apart.
  cell.font = { name: s.font.name, size: s.font.size, bold: !!s.font.bold };
  cell.alignment = { horizontal: s.hAlign, vertical: s.vAlign, wrapText: s.wrap };
  if (s.border) {
    const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
    cell.border = { top: { ...thin }, bottom: { ...thin }, left: { ...thin }, right: { ...thin } };
  }
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
}

function validationOf(v: ValidationModel): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: v.errorStyle,
    ...(v.error ? { errorTitle: v.error.title, error: v.error.text } : {}),
    ...(v.prompt ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.text } : {}),
  };
  if (v.rule.type === 'list') return { type: 'list', formulae: [`"${v.rule.items.join(',')}"`], ...common };
  return { type: 'decimal', operator: 'between', formulae: [v.rule.min, v.rule.max], ...common };
}

function uniqueName(workbook: ExcelJS.Workbook, name: string): string {
  const taken = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = name.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Adds one template sheet to `workbook` (its name made unique) and returns it. */
export function addTemplateSheet(workbook: ExcelJS.Workbook, sheet: TemplateSheet): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(uniqueName(workbook, sheet.name));

  sheet.columnWidths.forEach((w, c) => {
    ws.getColumn(c + 1).width = w;
  });
  sheet.rowHeights.forEach((h, r) => {
    if (h !== null) ws.getRow(r + 1).height = h;
  });

  for (let r = 0; r < sheet.rowCount; r++) {
    for (let c = 0; c < sheet.colCount; c++) {
      const v = sheet.values[r][c];
      const f = sheet.formats[r][c];
      if (v === null && !f) continue;
      const cell = ws.getCell(r + 1, c + 1);
      if (isFormula(v))
        cell.value =
          v.result === undefined
            ? ({ formula: v.formula } as ExcelJS.CellFormulaValue)
            : { formula: v.formula, result: v.result };
      else if (v !== null) cell.value = v;
      if (f) cell.numFmt = f;
    }
  }

  for (const { range, style } of sheet.styles) {
    const s = sheet.styleTable[style];
    for (let r = range.r1; r <= range.r2; r++)
      for (let c = range.c1; c <= range.c2; c++) applyStyle(ws.getCell(r + 1, c + 1), s);
  }
  for (const m of sheet.merges) ws.mergeCells(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);

  for (const v of sheet.validations) {
    const dv = validationOf(v);
    for (let r = v.range.r1; r <= v.range.r2; r++)
      for (let c = v.range.c1; c <= v.range.c2; c++) ws.getCell(r + 1, c + 1).dataValidation = { ...dv };
  }

  const p = sheet.print;
  ws.pageSetup = {
    paperSize: PAPER_A4 as ExcelJS.PaperSize,
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight,
    horizontalCentered: p.centerHorizontally,
    // ExcelJS puts a "$" before each end ("$" + "A$1"): give it "A$1:H$30" for an absolute "$A$1:$H$30".
    printArea: `${columnName(p.printArea.c1)}$${p.printArea.r1 + 1}:${columnName(p.printArea.c2)}$${p.printArea.r2 + 1}`,
    printTitlesRow: `${p.titleRows.first + 1}:${p.titleRows.last + 1}`,
    margins: { ...p.margins },
  };
  return ws;
}

/** A new workbook holding the template sheets. */
export function templateWorkbook(sheets: TemplateSheet | readonly TemplateSheet[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '绩效目标表审核 (KPI Sheet Checker)';
  // Formula cells are written without cached values where none is known: Excel computes them on opening.
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const s of Array.isArray(sheets) ? sheets : [sheets as TemplateSheet]) addTemplateSheet(workbook, s);
  return workbook;
}

/** The template sheets as .xlsx bytes. */
export async function writeTemplateBuffer(
  sheets: TemplateSheet | readonly TemplateSheet[],
): Promise<Uint8Array> {
  const buf = await templateWorkbook(sheets).xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
