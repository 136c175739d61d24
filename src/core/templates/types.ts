/**
 * Templates of 绩效目标表 as data, and the neutral "sheet model" the layout
 * function makes of them. The model says what a host must write (values,
 * number formats, styles, merges, validations, column widths, print setup)
 * without naming a host: the ExcelJS writer (src/xlsx/writeTemplate.ts) and
 * the Office.js insert (src/addin/insertTemplate.ts) both render it.
 *
 * Host-agnostic: no ExcelJS, Office.js or Node imports here.
 */
import type { Text } from '../text';
import type { CellValue, MergedRange } from '../grid';
import type { ColumnRole, Framework } from '../model';
import type { Level1Name, Level2Name } from '../vocabulary/levels';

export type TemplateKind = 'project-2015' | 'project-2021' | 'department';

export const TEMPLATE_KINDS: readonly TemplateKind[] = ['project-2015', 'project-2021', 'department'];

export function isTemplateKind(x: unknown): x is TemplateKind {
  return typeof x === 'string' && (TEMPLATE_KINDS as readonly string[]).includes(x);
}

// ---------------------------------------------------------------------------
// Styles
// ---------------------------------------------------------------------------

export type CellStyleName =
  'title' | 'label' | 'input' | 'inputCenter' | 'subLabel' | 'header' | 'level' | 'body' | 'bodyCenter';

export interface CellStyle {
  font: { name: string; size: number; bold?: boolean };
  hAlign: 'left' | 'center' | 'right';
  vAlign: 'top' | 'middle' | 'bottom';
  wrap: boolean;
  /** Thin black border on every side. */
  border: boolean;
  /** Solid fill, "#RRGGBB". */
  fill?: string;
}

// ---------------------------------------------------------------------------
// The sheet model (what the layout function returns)
// ---------------------------------------------------------------------------

/** A formula cell, written without the leading "=". `result` is the cached value, when known. */
export interface FormulaValue {
  formula: string;
  result?: number | string;
}

export type ModelValue = CellValue | FormulaValue;

export function isFormula(v: ModelValue | undefined): v is FormulaValue {
  return typeof v === 'object' && v !== null && typeof (v as FormulaValue).formula === 'string';
}

export type ValidationRule =
  /** One of the listed values (an in-cell drop-down). */
  | { type: 'list'; items: readonly string[] }
  /** A decimal number between min and max (inclusive). */
  | { type: 'decimal'; min: number; max: number };

export interface ValidationModel {
  range: MergedRange;
  rule: ValidationRule;
  /** stop: only valid input; warning: asks before accepting; information: tells and accepts. */
  errorStyle: 'stop' | 'warning' | 'information';
  /** Shown when the cell is selected (Chinese: the sheet is a Chinese form). */
  prompt?: { title: string; text: string };
  /** Shown on invalid input. */
  error?: { title: string; text: string };
}

export interface PrintModel {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Pages wide (1) and tall (0 = as many as needed). */
  fitToWidth: number;
  fitToHeight: number;
  /** Rows (0-based, inclusive) repeated at the top of every printed page: the grid's header. */
  titleRows: { first: number; last: number };
  printArea: MergedRange;
  /** Inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  centerHorizontally: boolean;
}

/** Where the layout put things, for hosts and tests (0-based sheet positions). */
export interface TemplateLayoutInfo {
  /** Cell of each header field by its id (code, name, goal, plan3 …). */
  fields: Record<string, { row: number; col: number }>;
  gridHeaderRow: number;
  gridFirstRow: number;
  gridLastRow: number;
  /** Column of each grid role. */
  columns: Partial<Record<ColumnRole, number>>;
  /** Rows of each 二级 block (and the 一级 it belongs to). */
  blocks: { level1: Level1Name; level2: Level2Name; r1: number; r2: number }[];
}

/** One sheet of a template, laid out: everything a host writes, in sheet coordinates from A1. */
export interface TemplateSheet {
  kind: TemplateKind;
  framework: Framework;
  year: number;
  /** Suggested sheet name (a host makes it unique). */
  name: string;
  rowCount: number;
  colCount: number;
  /** rowCount × colCount values; null = empty. */
  values: ModelValue[][];
  /** rowCount × colCount number formats; null = General. */
  formats: (string | null)[][];
  /** Style rectangles, applied in order (later ones win). Every cell of the table has one. */
  styles: { range: MergedRange; style: CellStyleName }[];
  /** The style table the names refer to. */
  styleTable: Readonly<Record<CellStyleName, CellStyle>>;
  merges: MergedRange[];
  /** Column widths in Excel's character units. */
  columnWidths: number[];
  /** Row heights in points; null = the host's default. */
  rowHeights: (number | null)[];
  validations: ValidationModel[];
  print: PrintModel;
  layout: TemplateLayoutInfo;
}

// ---------------------------------------------------------------------------
// Template definitions (data)
// ---------------------------------------------------------------------------

/** One column of the indicator grid. */
export interface GridColumnDef {
  role: ColumnRole;
  header: string;
  /** Excel character units. */
  width: number;
}

/** A cell of the header block. Cells are placed left to right, skipping cells covered by an earlier cell's `rows`. */
export interface HeaderCellDef {
  /** Fixed text (a label or a sub-label). */
  text?: string;
  /** A value the user fills: its id in `TemplateFill.fields`. */
  field?: string;
  /** Columns spanned (default 1). */
  span?: number;
  /** Rows spanned (default 1). */
  rows?: number;
  /** Default: 'label' for text, 'input' for fields. */
  style?: CellStyleName;
  /** Number format of a field cell. */
  format?: string;
  /** A total over other fields: the sum of their cells, left blank while they are all blank. */
  sumOf?: readonly string[];
  /** A validation of the field cell. */
  validation?: 'share';
}

export interface HeaderRowDef {
  /** Points; default: the host's. */
  height?: number;
  cells: readonly HeaderCellDef[];
}

export interface SkeletonLevel2 {
  level2: Level2Name;
  /** Empty rows the blank template gives this 二级 (at least 1). */
  rows: number;
}

export interface SkeletonLevel1 {
  level1: Level1Name;
  items: readonly SkeletonLevel2[];
}

export interface TemplateDefinition {
  kind: TemplateKind;
  framework: Framework;
  tableKind: 'project' | 'department';
  label: Text;
  description: Text;
  /** Sheet name; "{year}" is replaced by the budget year. */
  sheetName: string;
  /** Title above the table; "{year}" is replaced by the budget year. */
  title: string;
  titleHeight: number;
  orientation: 'portrait' | 'landscape';
  columns: readonly GridColumnDef[];
  header: readonly HeaderRowDef[];
  gridHeaderHeight: number;
  skeleton: readonly SkeletonLevel1[];
}

// ---------------------------------------------------------------------------
// Fills: values put into a template (the sample fill, library indicators)
// ---------------------------------------------------------------------------

/** One indicator row of a filled grid; only the columns the grid has are written. */
export interface FilledIndicator {
  level1: Level1Name;
  level2: Level2Name;
  name: string;
  description?: string;
  nature?: string;
  value: CellValue;
  /** Number format of the value cell. */
  valueFormat?: string;
  unit?: string;
  weight?: number;
  basis?: string;
}

export interface TemplateFill {
  /** Header field values by field id. */
  fields?: Record<string, CellValue>;
  indicators?: readonly FilledIndicator[];
}

export interface LayoutOptions {
  /** Budget year; default `defaultBudgetYear()`. */
  year?: number;
  fill?: TemplateFill;
  /** Sheet name instead of the definition's. */
  sheetName?: string;
}
