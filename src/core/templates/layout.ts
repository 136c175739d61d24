/**
 * The pure layout function: a template definition (and optionally a fill)
 * in, a neutral sheet model out (values, number formats, style rectangles,
 * merges, validations, column widths, row heights, print setup). Hosts render
 * the model; nothing here knows about ExcelJS or Office.js.
 *
 * Layout, top to bottom: the title (merged across the table), the header
 * block rows of the definition, the grid's header row, then one block per
 * 一级 with its 二级 items. A 二级 gets max(its skeleton rows, the indicators
 * the fill gives it) rows; 一级 and 二级 cells are merged vertically over
 * their rows.
 */
import type { CellValue, MergedRange, SheetGrid } from '../grid';
import { a1 } from '../grid';
import type { ColumnRole } from '../model';
import type { Level1Name, Level2Name } from '../vocabulary/levels';
import {
  BASIS_LIST,
  NATURE_LIST,
  STYLE_TABLE,
  UNIT_LIST,
  defaultBudgetYear,
  templateDefinition,
} from './definitions';
import type {
  CellStyleName,
  FilledIndicator,
  LayoutOptions,
  ModelValue,
  SkeletonLevel1,
  TemplateDefinition,
  TemplateKind,
  TemplateLayoutInfo,
  TemplateSheet,
  ValidationModel,
} from './types';
import { isFormula } from './types';

const GRID_STYLE: Partial<Record<ColumnRole, CellStyleName>> = {
  level1: 'level',
  level2: 'level',
  level3: 'body',
  description: 'body',
};

/** Characters Excel forbids in sheet names. */
const BAD_SHEET_CHARS = /[\\/?*:[\]]/g;

/** A valid Excel sheet name (at most 31 characters, no \ / ? * : [ ]). */
export function safeSheetName(name: string): string {
  const s = name
    .replace(BAD_SHEET_CHARS, ' ')
    .replace(/^'+|'+$/g, '')
    .trim();
  return (s || 'Sheet').slice(0, 31);
}

/** Lays out a template (by kind or definition) as a sheet model. */
export function layoutTemplate(
  template: TemplateKind | TemplateDefinition,
  options: LayoutOptions = {},
): TemplateSheet {
  const def = typeof template === 'string' ? templateDefinition(template) : template;
  const year = options.year ?? defaultBudgetYear();
  const fill = options.fill ?? {};
  const fieldValues = fill.fields ?? {};
  const width = def.columns.length;

  const cells = new Map<string, ModelValue>();
  const fmt = new Map<string, string>();
  const styles: TemplateSheet['styles'] = [];
  const merges: MergedRange[] = [];
  const rowHeights: (number | null)[] = [];
  const validations: ValidationModel[] = [];
  const fields: TemplateLayoutInfo['fields'] = {};
  const put = (r: number, c: number, v: ModelValue) => {
    if (v !== null && v !== undefined && v !== '') cells.set(`${r},${c}`, v);
  };
  const rect = (r1: number, c1: number, r2: number, c2: number): MergedRange => ({ r1, c1, r2, c2 });
  const area = (r: MergedRange, style: CellStyleName) => {
    styles.push({ range: r, style });
    if (r.r2 > r.r1 || r.c2 > r.c1) merges.push(r);
  };

  // Title.
  let row = 0;
  put(row, 0, def.title.replace('{year}', String(year)));
  area(rect(0, 0, 0, width - 1), 'title');
  rowHeights[0] = def.titleHeight;
  row++;

  // Header block: cells left to right, skipping columns covered by a cell of an earlier row.
  const covered = new Set<string>();
  const sums: { r: number; c: number; of: readonly string[] }[] = [];
  const headerTop = row;
  for (const hr of def.header) {
    rowHeights[row] = hr.height ?? null;
    let c = 0;
    for (const cell of hr.cells) {
      while (covered.has(`${row},${c}`)) c++;
      const span = Math.max(1, cell.span ?? 1);
      const rows = Math.max(1, cell.rows ?? 1);
      if (c + span > width)
        throw new Error(`template ${def.kind}: header row ${row - headerTop + 1} is wider than the grid`);
      const r = rect(row, c, row + rows - 1, c + span - 1);
      for (let i = r.r1; i <= r.r2; i++)
        for (let j = r.c1; j <= r.c2; j++) if (i > row) covered.add(`${i},${j}`);
      if (cell.text !== undefined) {
        put(row, c, cell.text);
        area(r, cell.style ?? 'label');
      } else if (cell.field !== undefined) {
        fields[cell.field] = { row, col: c };
        if (cell.sumOf) sums.push({ r: row, c, of: cell.sumOf });
        else put(row, c, fieldValues[cell.field] ?? null);
        if (cell.format) fmt.set(`${row},${c}`, cell.format);
        area(r, cell.style ?? 'input');
        if (cell.validation === 'share') {
          validations.push({
            range: rect(row, c, row, c),
            rule: { type: 'decimal', min: 0, max: 1 },
            errorStyle: 'stop',
            prompt: {
              title: '资金支出计划',
              text: '填写截至该时点的累计支出比例（0%～100%），12月底应为100%。',
            },
            error: { title: '比例超出范围', text: '累计支出比例应在 0% 到 100% 之间。' },
          });
        }
      }
      c += span;
    }
    row++;
  }
  // Totals: the sum of their fields, blank while every field is blank (so an empty template reads "missing").
  for (const s of sums) {
    const refs = s.of
      .map((f) => fields[f])
      .filter((p): p is { row: number; col: number } => !!p)
      .map((p) => a1(p.row, p.col));
    const nums = s.of.map((f) => fieldValues[f]).filter((v): v is number => typeof v === 'number');
    const list = refs.join(',');
    const formula = `IF(COUNT(${list})=0,"",SUM(${list}))`;
    put(
      s.r,
      s.c,
      nums.length
        ? { formula, result: Math.round(nums.reduce((a, b) => a + b, 0) * 1e8) / 1e8 }
        : { formula },
    );
  }

  // Grid header.
  const columns: Partial<Record<ColumnRole, number>> = {};
  def.columns.forEach((col, c) => {
    columns[col.role] = c;
    put(row, c, col.header);
  });
  styles.push({ range: rect(row, 0, row, width - 1), style: 'header' }); // one style rectangle, not a merge
  rowHeights[row] = def.gridHeaderHeight;
  const gridHeaderRow = row;
  row++;

  // Grid: one block per 一级, one item per 二级.
  const gridFirstRow = row;
  const blocks: TemplateLayoutInfo['blocks'] = [];
  const skeleton = withFill(def.skeleton, fill.indicators ?? []);
  const l1c = columns.level1;
  const l2c = columns.level2;
  for (const l1 of skeleton) {
    const l1Top = row;
    for (const item of l1.items) {
      const own = (fill.indicators ?? []).filter((x) => x.level1 === l1.level1 && x.level2 === item.level2);
      const n = Math.max(1, item.rows, own.length);
      if (l2c !== undefined) {
        put(row, l2c, item.level2);
        if (n > 1) merges.push(rect(row, l2c, row + n - 1, l2c));
      }
      own.forEach((ind, i) => writeIndicator(row + i, ind));
      blocks.push({ level1: l1.level1, level2: item.level2, r1: row, r2: row + n - 1 });
      row += n;
    }
    if (l1c !== undefined) {
      put(l1Top, l1c, l1.level1);
      if (row - 1 > l1Top) merges.push(rect(l1Top, l1c, row - 1, l1c));
    }
  }
  const gridLastRow = row - 1;
  def.columns.forEach((col, c) =>
    styles.push({
      range: rect(gridFirstRow, c, gridLastRow, c),
      style: GRID_STYLE[col.role] ?? 'bodyCenter',
    }),
  );

  function writeIndicator(r: number, ind: FilledIndicator): void {
    const set = (role: ColumnRole, v: CellValue | undefined) => {
      const c = columns[role];
      if (c !== undefined && v !== undefined) put(r, c, v);
    };
    set('level3', ind.name);
    set('description', ind.description);
    set('nature', ind.nature);
    set('value', ind.value);
    set('unit', ind.unit);
    set('weight', ind.weight);
    set('basis', ind.basis);
    if (ind.valueFormat && columns.value !== undefined) fmt.set(`${r},${columns.value}`, ind.valueFormat);
  }

  // Drop-downs over the grid's rows.
  const gridRange = (c: number) => rect(gridFirstRow, c, gridLastRow, c);
  if (columns.nature !== undefined) {
    validations.push({
      range: gridRange(columns.nature),
      rule: { type: 'list', items: NATURE_LIST },
      errorStyle: 'stop',
      prompt: { title: '指标性质', text: '定量指标选运算符（≥ ＞ ＝ ＜ ≤），无法量化的选“定性”。' },
      error: { title: '指标性质', text: '请从下拉列表中选择：≥、＞、＝、＜、≤ 或 定性。' },
    });
  }
  if (columns.unit !== undefined) {
    validations.push({
      range: gridRange(columns.unit),
      rule: { type: 'list', items: UNIT_LIST },
      errorStyle: 'information',
      prompt: { title: '度量单位', text: '选择或填写指标值的单位；定性指标不填。' },
      error: { title: '度量单位', text: '该单位不在常用列表中；如确需使用，请点“确定”。' },
    });
  }
  if (columns.basis !== undefined) {
    validations.push({
      range: gridRange(columns.basis),
      rule: { type: 'list', items: BASIS_LIST },
      errorStyle: 'warning',
      prompt: { title: '指标值确定依据', text: '选择计划标准、行业标准、历史标准或其他标准。' },
      error: {
        title: '指标值确定依据',
        text: '建议从下拉列表中选择：计划标准、行业标准、历史标准或其他标准。',
      },
    });
  }

  const rowCount = row;
  const values: ModelValue[][] = [];
  const formats: (string | null)[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const vr: ModelValue[] = [];
    const fr: (string | null)[] = [];
    for (let c = 0; c < width; c++) {
      vr.push(cells.get(`${r},${c}`) ?? null);
      fr.push(fmt.get(`${r},${c}`) ?? null);
    }
    values.push(vr);
    formats.push(fr);
    if (rowHeights[r] === undefined) rowHeights[r] = null;
  }

  return {
    kind: def.kind,
    framework: def.framework,
    year,
    name: safeSheetName(options.sheetName ?? def.sheetName.replace('{year}', String(year))),
    rowCount,
    colCount: width,
    values,
    formats,
    styles,
    styleTable: STYLE_TABLE,
    merges,
    columnWidths: def.columns.map((c) => c.width),
    rowHeights,
    validations,
    print: {
      paper: 'A4',
      orientation: def.orientation,
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: { first: gridHeaderRow, last: gridHeaderRow },
      printArea: rect(0, 0, rowCount - 1, width - 1),
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      centerHorizontally: true,
    },
    layout: { fields, gridHeaderRow, gridFirstRow, gridLastRow, columns, blocks },
  };
}

/** The skeleton with the fill's extra levels added (a 二级 the skeleton lacks goes under its 一级; a missing 一级 at the end). */
function withFill(
  skeleton: readonly SkeletonLevel1[],
  indicators: readonly FilledIndicator[],
): SkeletonLevel1[] {
  const out = skeleton.map((l1) => ({ level1: l1.level1, items: l1.items.map((i) => ({ ...i })) }));
  for (const ind of indicators) {
    let l1 = out.find((x) => x.level1 === ind.level1);
    if (!l1) out.push((l1 = { level1: ind.level1 as Level1Name, items: [] }));
    if (!l1.items.some((i) => i.level2 === ind.level2))
      l1.items.push({ level2: ind.level2 as Level2Name, rows: 1 });
  }
  return out;
}

/**
 * The sheet model as the core's grid (what a host would read back): formula
 * cells give their cached result, or nothing when they have none.
 */
export function templateGrid(sheet: TemplateSheet): SheetGrid {
  const values: CellValue[][] = sheet.values.map((row) =>
    row.map((v) => {
      if (isFormula(v)) return v.result === undefined || v.result === '' ? null : v.result;
      return v;
    }),
  );
  return {
    name: sheet.name,
    values,
    formats: sheet.formats.map((r) => [...r]),
    merges: sheet.merges.map((m) => ({ ...m })),
  };
}
