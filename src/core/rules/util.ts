/** Shared helpers for rule modules: filled indicators, parsed values, amounts. */
import { remembered } from '../memo';
import type { CellRead, IndicatorGrid, IndicatorRow, Table } from '../model';
import { MAX_COLS } from '../grid';
import { parseValue, readUnit } from '../value/parseValue';
import type { Operator, ParsedValue } from '../value/types';
import { PREFIX_OPERATORS } from '../value/vocabulary';
import { normCore } from '../vocabulary/normalize';

/**
 * Parsed values by cell text. A workbook repeats the same values thousands of times (100%, ≥95%,
 * 按时完成, 万元), and a text's reading depends on nothing else (a number format matters for numbers
 * only), so each distinct text is parsed once. The results are shared: callers copy before they
 * change one (`{ ...p }`).
 */
const parsedText = remembered((text) => parseValue(text), { maxLength: 300, maxEntries: 50000 });
const PARSED_MAX = 50000;

/** Numbers by number format, then value. */
const PARSED_NUMBER = new Map<string, Map<number, ParsedValue>>();

function parsedNumber(n: number, format: string): ParsedValue {
  let byValue = PARSED_NUMBER.get(format);
  if (!byValue) {
    if (PARSED_NUMBER.size >= 1000) PARSED_NUMBER.clear();
    PARSED_NUMBER.set(format, (byValue = new Map()));
  }
  let p = byValue.get(n);
  if (!p) {
    p = parseValue(n, format || null);
    if (byValue.size >= PARSED_MAX) byValue.clear();
    byValue.set(n, p);
  }
  return p;
}

/** Parsed value of a cell. */
export function parsed(cell: CellRead | null | undefined): ParsedValue {
  if (!cell) return parseValue(null);
  const v = cell.value;
  if (typeof v === 'number') return parsedNumber(v, cell.format ?? '');
  return typeof v === 'string' ? parsedText(v) : parseValue(v, cell.format ?? null);
}

/** A number key for a sheet position. */
function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}

/**
 * A test that holds the first time it sees a sheet cell: rules that reach a table's cells through
 * several roles (a grid and a second value column over the same rows) look at each cell once.
 */
export function onceEach(): (cell: { row: number; col: number }) => boolean {
  const seen = new Set<number>();
  return (cell) => {
    const k = cellKey(cell.row, cell.col);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  };
}

/**
 * A row's value with the 度量单位 column's unit when the value carries none
 * (grids whose value cell holds only the number: "90" | "%").
 */
export function parsedWithUnit(r: IndicatorRow): ParsedValue {
  const p = withOperator(parsed(r.value), r);
  if (p.kind !== 'number' || p.unit || p.num === undefined || isBlank(r.unit)) return p;
  const u = readUnit(r.unit!.text);
  if (!u) return p;
  const out: ParsedValue = { ...p, unit: u.canonical, unitCategory: u.category };
  if (u.wanFactor !== undefined) out.wan = p.num * u.wanFactor;
  return out;
}

/** Operator words and symbols, as the value parser knows them (指标方向 and 指标性质 columns). */
const OPERATOR_TABLE: ReadonlyMap<string, Operator> = new Map(PREFIX_OPERATORS);

/** A bare number with the operator of the row's own operator column (指标方向 = | 目标值 8). */
function withOperator(p: ParsedValue, r: IndicatorRow): ParsedValue {
  if (p.kind !== 'number' || p.op || !r.operator || isBlank(r.operator)) return p;
  const op = OPERATOR_TABLE.get(normCore(r.operator.text));
  return op ? { ...p, op } : p;
}

export function isBlank(cell: CellRead | null | undefined): boolean {
  if (!cell) return true;
  if (cell.blank !== undefined) return cell.blank;
  const v = cell.value;
  if (v === null || v === '') return true;
  if (typeof v !== 'string') return cell.text === '';
  // Most cells are not padded: only trim when the ends could be white space.
  const first = v.charCodeAt(0);
  const last = v.charCodeAt(v.length - 1);
  return first > 32 && first !== 0x3000 && last > 32 && last !== 0x3000 ? false : v.trim() === '';
}

/** A row that carries an indicator: a name or a value. */
export function isFilled(r: IndicatorRow): boolean {
  return !isBlank(r.name) || !isBlank(r.value);
}

/** Grids whose rows structure rules look at (a second value column over the same rows is skipped). */
export function structuralGrids(t: Table): readonly IndicatorGrid[] {
  // Most tables have no such column: their own list, without a copy per rule.
  for (const g of t.grids) if (g.sharesRows) return t.grids.filter((x) => !x.sharesRows);
  return t.grids;
}

/** The nature column says 定性 (qualitative). */
export function isQualitativeNature(r: IndicatorRow): boolean {
  const t = r.nature ? normCore(r.nature.text) : '';
  return t.includes('定性');
}

/** 指标性质 column read as an operator or a kind. */
export function natureOf(r: IndicatorRow): {
  kind: 'qualitative' | 'quantitative' | 'none' | 'other';
  op?: string;
} {
  if (!r.nature || isBlank(r.nature)) return { kind: 'none' };
  const t = normCore(r.nature.text);
  if (t.includes('定性')) return { kind: 'qualitative' };
  const op = OPERATOR_TABLE.get(t);
  if (op) return { kind: 'quantitative', op };
  if (t.includes('定量')) return { kind: 'quantitative' };
  if (t.includes('不适用')) return { kind: 'other' };
  return { kind: 'other' };
}

/** The 一级 cell of a level within a grid (the first row whose 一级 is `level1`). */
export function level1Cell(grid: IndicatorGrid, level1: string): CellRead | null {
  for (const r of grid.rows) if (r.level1Std === level1 && r.level1) return r.level1;
  return null;
}

/** Where to report something about a grid as a whole: its 一级 header cell, else any header cell. */
export function gridHeaderCell(grid: IndicatorGrid): { row: number; col: number } {
  const h =
    grid.headerCells.level1 ?? grid.headerCells.level2 ?? grid.headerCells.level3 ?? grid.headerCells.value;
  return h ? { row: h.row, col: h.col } : { row: grid.headerTop, col: grid.range.c1 };
}

const MONEY_FACTOR: Record<string, number> = { 亿元: 10000, 万元: 1, 千元: 0.1, 元: 0.0001 };

/** An amount cell in 万元: its own unit, else the label's, else the table's, else 万元 for plain numbers. */
export function amountWan(cell: CellRead | null, unit: string | null | undefined): number | null {
  if (!cell || isBlank(cell)) return null;
  const p = parsed(cell);
  if (p.kind !== 'number' || p.num === undefined || p.num2 !== undefined) return null;
  if (p.unit) return p.unitCategory === 'money' && p.wan !== undefined ? p.wan : null;
  const f = MONEY_FACTOR[unit ?? '万元'];
  return f === undefined ? null : p.num * f;
}

export function moneyFactor(unit: string): number | undefined {
  return MONEY_FACTOR[unit];
}

/** A money unit stated in brackets of a name or description ("（万元）"). */
export function bracketMoneyUnit(text: string | undefined): string | null {
  if (!text) return null;
  const m = /[(（]\s*(亿元|万元|千元|元)\s*[)）]/.exec(text);
  return m ? m[1] : null;
}

/** Rounded for messages. */
export function fmt(n: number): string {
  return String(Math.round(n * 10000) / 10000);
}

export const RATE_WORDS = ['率', '满意度', '占比', '比例', '比重', '覆盖面', '达标', '完成度', '百分比'];

export function isRateName(name: string): boolean {
  return RATE_WORDS.some((w) => name.includes(w));
}

export function isSatisfaction(r: IndicatorRow): boolean {
  const name = r.name ? normCore(r.name.text) : '';
  if (/不满意|投诉|差评/.test(name)) return false;
  return name.includes('满意') || (r.level2Std === '服务对象满意度指标' && !name);
}
