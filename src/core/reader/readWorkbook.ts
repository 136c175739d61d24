/**
 * Turns a workbook grid into tables: every indicator grid on every sheet with
 * the header block above it. Never throws on a strange sheet: a sheet that
 * cannot be read gives no tables, and `onSheetError` hears why.
 */
import type { SheetGrid, WorkbookGrid } from '../grid';
import type { Framework, IndicatorGrid, Table } from '../model';
import { LEVEL2_2021_ONLY } from '../vocabulary/levels';
import { readDeptGoals } from './deptGoals';
import { findGrids } from './findGrids';
import { readHeaderBlock } from './headerBlock';
import { SheetView } from './sheetView';

export interface ReadOptions {
  /** Force a framework instead of detecting it per table. */
  framework?: 'auto' | Framework;
  /** Called when reading a sheet throws (that sheet gives no tables; the others are still read). */
  onSheetError?: (sheet: string, error: unknown) => void;
  /** Reads one sheet (default: readSheet); a seam for tests. */
  readSheet?: SheetReader;
}

export type SheetReader = (sheet: SheetGrid, options: ReadOptions) => Table[];

export function readWorkbook(wb: WorkbookGrid, options: ReadOptions = {}): Table[] {
  const tables: Table[] = [];
  const sheets = wb && Array.isArray(wb.sheets) ? wb.sheets : [];
  const read = options.readSheet ?? readSheet;
  for (const sheet of sheets) {
    const name = typeof sheet?.name === 'string' ? sheet.name : '';
    let found: Table[];
    try {
      found = read(sheet, options);
    } catch (error) {
      // A sheet the reader cannot make sense of gives no tables rather than stopping the others.
      options.onSheetError?.(name, error);
      continue;
    }
    tables.push(...found);
    try {
      tables.push(...readDeptGoals(sheet, found));
    } catch (error) {
      // The goal-list reader failing leaves the grid tables standing, and says so.
      options.onSheetError?.(name, error);
    }
  }
  return tables;
}

const SHEET_YEAR = /((?:19|20)\d{2})/;

export function readSheet(sheet: SheetGrid, options: ReadOptions = {}): Table[] {
  if (!sheet || !Array.isArray(sheet.values)) return [];
  const v = new SheetView(sheet);
  const found = findGrids(v);
  const tables: Table[] = [];
  let prevEnd = v.top - 1;
  let sheetYear: number | null = null;
  const nameYear = SHEET_YEAR.exec(v.name);
  for (const f of found) {
    const g0 = f.grids[0];
    const block = readHeaderBlock(v, prevEnd + 1, g0.headerTop, g0.range.c1, g0.range.c2);
    const identifies =
      block.fields.some(
        (x) => x.key === 'code' || x.key === 'name' || x.key === 'department' || x.key === 'total',
      ) || block.plan.length > 0;
    const prev = tables[tables.length - 1];
    if (prev && !identifies) {
      const last = prev.grids[prev.grids.length - 1];
      if (
        block.firstRow === null &&
        sameColumns(last, g0) &&
        f.grids.length === 1 &&
        !last.sharesRows &&
        prev.grids.every((g) => !g.sharesRows)
      ) {
        // The header row repeated (a page break in an exported sheet): the same grid goes on.
        last.rows.push(...g0.rows);
        last.range = { ...last.range, r2: f.lastRow };
      } else {
        // A second grid of the same table: long-term and annual. Unlabelled, the first is the long-term one.
        const kindTaken = prev.grids.some((g) => g.kind === g0.kind && !g.sharesRows);
        if (kindTaken && g0.kind === 'annual' && !prev.grids.some((g) => g.kind === 'period'))
          for (const g of prev.grids) g.kind = 'period';
        prev.grids.push(...f.grids);
        prev.fields.push(...block.fields);
      }
      prev.range = { ...prev.range, r2: f.lastRow, c2: Math.max(prev.range.c2, g0.range.c2) };
      prevEnd = f.lastRow;
      continue;
    }
    if (block.year && sheetYear === null) sheetYear = block.year;
    let r1 = block.firstRow ?? g0.headerTop;
    // A title below other content (an allocation list, a notice) starts the table; what is above it is not part of it.
    const title = block.title;
    if (title && title.row > r1 && !block.fields.some((x) => x.labelCell.row < title.row)) {
      r1 = title.row;
      if (r1 - 1 > prevEnd && /^(?:附件|附表)\s*\d*[:：]?$/.test(firstText(v, r1 - 1))) r1--;
    }
    const c1 = Math.min(g0.range.c1, block.minCol ?? g0.range.c1);
    const c2 = Math.max(g0.range.c2, block.maxCol ?? g0.range.c2);
    tables.push({
      sheet: v.name,
      range: { r1, c1, r2: f.lastRow, c2 },
      kind: block.department ? 'department' : 'project',
      framework: '2015',
      legacySatisfaction: false,
      year: block.year ?? sheetYear ?? (nameYear ? Number(nameYear[1]) : null),
      moneyUnit: block.moneyUnit,
      title: block.title,
      fields: block.fields,
      plan: block.plan,
      planLabel: block.planLabel,
      grids: [...f.grids],
    });
    prevEnd = f.lastRow;
  }
  // A sheet-wide money unit or year stated once above the first table applies to all of them;
  // failing that, the one year the tables' own texts name ("2023年化解计划").
  const unit = tables.find((t) => t.moneyUnit)?.moneyUnit ?? null;
  sheetYear ??= textYear(tables);
  for (const t of tables) {
    t.moneyUnit ??= unit;
    t.year ??= sheetYear;
    t.framework =
      options.framework && options.framework !== 'auto' ? options.framework : detectFramework(t.grids);
    t.legacySatisfaction = isLegacySatisfaction(t.grids);
    t.levelsKnown = t.grids.some((g) => g.columns.level1 !== undefined || g.columns.level2 !== undefined);
    t.selfEvaluation = t.grids.some((g) => g.columns.actual !== undefined || g.columns.score !== undefined);
  }
  return tables;
}

/** 成本指标 as a 一级 (or a 2021-only 二级) means the 2021 framework. */
export function detectFramework(grids: IndicatorGrid[]): Framework {
  for (const g of grids)
    for (const r of g.rows) {
      if (r.level1Std === '成本指标') return '2021';
      if (r.level2Std && (LEVEL2_2021_ONLY as readonly string[]).includes(r.level2Std)) return '2021';
    }
  return '2015';
}

/** Satisfaction as a 二级 under 效益, and no 满意度 一级: the older form. */
function isLegacySatisfaction(grids: IndicatorGrid[]): boolean {
  let under = false;
  for (const g of grids)
    for (const r of g.rows) {
      if (r.level1Std === '满意度指标') return false;
      if (r.level1Std === '效益指标' && r.level2Std === '服务对象满意度指标') under = true;
    }
  return under;
}

const TEXT_YEAR = /((?:19|20)\d{2})\s*年/g;

function textYear(tables: Table[]): number | null {
  const counts = new Map<number, number>();
  for (const t of tables)
    for (const f of t.fields) {
      if (!['purpose', 'goal', 'name'].includes(f.key) || !f.value) continue;
      for (const m of f.value.text.matchAll(TEXT_YEAR))
        counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
    }
  // Only an unambiguous guess: texts naming several years ("2022年结转…2023年完成") give none.
  return counts.size === 1 ? [...counts.keys()][0] : null;
}

function firstText(v: SheetView, r: number): string {
  for (let c = v.left; c < v.colEnd; c++) if (!v.isEmpty(r, c)) return v.text(r, c).trim();
  return '';
}

function sameColumns(a: IndicatorGrid, b: IndicatorGrid): boolean {
  const ka = Object.entries(a.columns).sort().join();
  const kb = Object.entries(b.columns).sort().join();
  return ka === kb;
}
