/**
 * What the reader makes of a sheet: tables with a header block and one or
 * more indicator grids. Positions are 0-based sheet coordinates.
 */
import type { CellValue, MergedRange } from './grid';

/** One cell as the reader saw it. */
export interface CellRead {
  row: number;
  col: number;
  /** The value as the workbook holds it. */
  value: CellValue;
  /** Number format, if any. */
  format?: string;
  /** Display text (percent formats applied, trimmed of nothing). */
  text: string;
  /** True when the cell holds nothing but white space (set by the reader). */
  blank?: boolean;
}

export type FieldKey =
  'code' | 'name' | 'department' | 'total' | 'source' | 'purpose' | 'goal' | 'periodGoal' | 'period' | 'plan';

/** A label/value pair of the header block. */
export interface Field {
  key: FieldKey;
  /** The label as written. */
  label: string;
  labelCell: CellRead;
  /** The value cell; null when the label has no value cell at all. */
  value: CellRead | null;
  /** For `source`: which source (财政拨款, 其他资金, …); for others undefined. */
  sub?: string;
  /** Money unit stated in the label ("项目资金（万元）"), if any. */
  unit?: string;
}

export interface PlanPoint {
  /** Month the cumulative share is due by (3, 6, 9, 10, 12 …). */
  month: number;
  label: CellRead;
  value: CellRead | null;
}

export type ColumnRole =
  | 'level1'
  | 'level2'
  | 'level3'
  | 'description'
  | 'nature'
  | 'operator'
  | 'value'
  | 'unit'
  | 'basis'
  | 'weight'
  | 'actual'
  | 'score';

export interface IndicatorRow {
  row: number;
  /** Level names as they apply to this row (merged or carried down), with the cell they come from. */
  level1: CellRead | null;
  level2: CellRead | null;
  /** Canonical level names (from the vocabulary), or null when unknown/empty. */
  level1Std: string | null;
  level2Std: string | null;
  /** True when this row's own level cell starts the level (not merged/carried from above). */
  level1Own: boolean;
  level2Own: boolean;
  name: CellRead | null;
  description: CellRead | null;
  nature: CellRead | null;
  /** The operator cell (≥, =, ≤ …) where the grid has a column of its own for it (指标方向 | 目标值 | 计量单位). */
  operator?: CellRead | null;
  value: CellRead | null;
  unit: CellRead | null;
  basis: CellRead | null;
  weight: CellRead | null;
}

export type GridKind = 'annual' | 'period';

/** Why a column got its role: its header word, a second header row, its cells, or a column shared with the half beside it. */
export type RoleSource = 'header' | 'subheader' | 'content' | 'shared';

export interface ColumnNote {
  role: ColumnRole;
  col: number;
  source: RoleSource;
  /** The header text (or, for content, what the cells hold). */
  word: string;
}

export interface RowNote {
  row: number;
  /** Why, in English; `whyZh` in Chinese. */
  why: string;
  whyZh: string;
}

/** The reader's decisions about one grid, for `kpicheck explain` and the pane's "how this table was read". */
export interface GridNotes {
  columns: ColumnNote[];
  kind: { en: string; zh: string };
  /** The row that ended the grid, or null when the sheet ended. */
  end: RowNote | null;
  /** Rows inside the grid's extent not read as indicators. */
  skipped: RowNote[];
}

export interface IndicatorGrid {
  kind: GridKind;
  /** First and last header rows (two-row headers span two). */
  headerTop: number;
  headerBottom: number;
  columns: Partial<Record<ColumnRole, number>>;
  /** Header cell per role, for reporting "missing" findings at the header. */
  headerCells: Partial<Record<ColumnRole, CellRead>>;
  rows: IndicatorRow[];
  /** Extent of the grid, header included. */
  range: MergedRange;
  /** True for the second value column of a grid that carries two (long-term and annual) over the same rows: structure rules skip it. */
  sharesRows?: boolean;
  /** How the reader decided (column roles, kind, where the grid ends). */
  notes?: GridNotes;
}

export type Framework = '2015' | '2021';

/**
 * One row of a department's goal list (序号 | 分项 | 绩效目标 | 绩效指标): the
 * indicator is a sentence that must still name a measurable target.
 */
export interface GoalListItem {
  row: number;
  /** 序号 cell ((一), 1 …), if the list has that column. */
  seq: CellRead | null;
  /** 分项 (the item), if the list has that column. */
  item: CellRead | null;
  goal: CellRead | null;
  indicator: CellRead | null;
}

/** A department's goal list read as one table (no indicator grid). */
export interface GoalList {
  headerRow: number;
  /** Header cells: 绩效目标 and 绩效指标 always, 序号 and 分项 when present. */
  headerCells: { seq?: CellRead; item?: CellRead; goal: CellRead; indicator: CellRead };
  items: GoalListItem[];
}

export interface Table {
  sheet: string;
  range: MergedRange;
  kind: 'project' | 'department';
  framework: Framework;
  /**
   * False for forms with no level columns (指标 | 权重 | 计量单位 | 指标性质 | 指标值): the framework is
   * unknown, level rules stay off and value rules run. Undefined means true.
   */
  levelsKnown?: boolean;
  /** A self-evaluation table (年度指标值 beside 实际完成值 / 分值 / 得分): only its target column is read as values. */
  selfEvaluation?: boolean;
  /** Satisfaction placed as a 二级 under 效益 (older forms). */
  legacySatisfaction: boolean;
  year: number | null;
  /** Money unit stated for the table ("单位：万元"), or null. */
  moneyUnit: string | null;
  title: CellRead | null;
  fields: Field[];
  plan: PlanPoint[];
  /** The label cell of the spending plan, if present. */
  planLabel: CellRead | null;
  grids: IndicatorGrid[];
  /** A department's goal list (序号 | 分项 | 绩效目标 | 绩效指标), when the table is one. */
  goalList?: GoalList;
}

export function field(t: Table, key: FieldKey): Field | undefined {
  return t.fields.find((f) => f.key === key);
}
