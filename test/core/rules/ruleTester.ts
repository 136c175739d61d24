/**
 * A rule tester after ESLint's RuleTester, plus small builders of seed-style
 * tables, so that each rule's test reads as a list of valid and invalid cases:
 *
 *   ruleTester(placeholder).run({
 *     valid: [{ name: '≥95% 不是占位符', workbook: projectTable({ rows: [...] }) }],
 *     invalid: [{ name: '≥**% 是占位符', workbook: projectTable({ rows: [...] }),
 *                 findings: [{ cell: 'E7', messageId: 'placeholder' }] }],
 *   });
 *
 * Each case is read with readWorkbook and checked by that one rule only
 * (runRules(tables, wb, profile, [rule])). A valid case must give no finding; an
 * invalid case exactly the findings listed (cell and message id, and severity /
 * data / fix where given), as ESLint's RuleTester does. Every finding must carry
 * a message id the rule declares, a Chinese message and an English one.
 *
 * Layouts (A1 addresses, 1-based rows as Excel shows them):
 *
 * projectTable (the seed's layout, six columns A–F, more with extraColumns):
 *   1  项目编码 | code | 预算项目名称 | name
 *   2  项目资金主要用途 | purpose
 *   3  资金支出计划（%） | 3月底 | 6月底 | 10月底 | 12月底
 *   4                   | B4    | C4    | D4     | E4       (the plan values)
 *   5  绩效目标 | goal
 *  (6  实施期绩效目标 | periodGoal — only when periodGoal is given; everything below moves down one row)
 *   6  一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 | 指标值确定依据 | extra…
 *   7… indicator rows: A 一级 (merged down over its rows), B 二级, C 三级, D 描述, E 指标值, F 依据
 *
 * projectTable2021 (seven columns A–G):
 *   1  title (2023年度项目支出绩效目标表)
 *   2                                              G2 单位：万元
 *   3  项目名称 | name (B:D) | 项目编码 | code (F:G)
 *   4  主管部门 | department (B:G)
 *   5  年度资金总额 | total | 其中：财政拨款 | 80 | 其他资金 | 20
 *   6  资金支出计划（%） | 3月底 | 6月底 | 10月底 | 12月底
 *   7                   | B7 | C7 | D7 | E7
 *   8  年度绩效目标 | goal
 *   9  一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 指标值确定依据
 *  10… indicator rows: A 一级, B 二级, C 三级, D 性质, E 值, F 单位, G 依据
 */
import type { CellValue, MergedRange, SheetGrid, WorkbookGrid } from '../../../src/core/grid';
import { a1, parseA1, parseRangeA1 } from '../../../src/core/grid';
import type { Finding, Severity } from '../../../src/core/findings';
import type { Table } from '../../../src/core/model';
import type { Profile } from '../../../src/core/profile';
import { defaultProfile } from '../../../src/core/profile';
import { readWorkbook } from '../../../src/core/reader/readWorkbook';
import { runRules } from '../../../src/core/rules/run';
import type { Rule } from '../../../src/core/rules/types';

// ---------------------------------------------------------------------------
// Cells and sheets
// ---------------------------------------------------------------------------

/** A cell as a builder takes it: a plain value, or a value with its number format. */
export type Cell = CellValue | undefined | { v: CellValue; z: string };

/** A number shown with a percent format (0.85 → 85%). */
export function pct(v: number, z = '0%'): Cell {
  return { v, z };
}

function isFormatted(c: Cell): c is { v: CellValue; z: string } {
  return typeof c === 'object' && c !== null;
}

/** Where things landed in a built table (1-based Excel rows, column letters). */
export interface Layout {
  /** Excel row of the grid's header row. */
  headerRow: number;
  /** Excel row of the first indicator row. */
  firstRow: number;
  /** Column letter per header label ("指标值" → "E"). */
  col: Record<string, string>;
  /** A1 address of indicator row `i` (0-based) in the column headed `header`. */
  cell(i: number, header: string): string;
}

export type BuiltSheet = SheetGrid & { layout?: Layout };

class SheetBuilder {
  readonly values: CellValue[][] = [];
  readonly formats: (string | null)[][] = [];
  readonly merges: MergedRange[] = [];

  /** Appends a row (0-based index returned). */
  row(cells: Cell[]): number {
    const r = this.values.length;
    this.values.push([]);
    this.formats.push([]);
    cells.forEach((c, j) => this.set(r, j, c));
    return r;
  }

  set(r: number, c: number, cell: Cell): void {
    while (this.values.length <= r) {
      this.values.push([]);
      this.formats.push([]);
    }
    const row = this.values[r];
    const frow = this.formats[r];
    while (row.length <= c) row.push(null);
    while (frow.length <= c) frow.push(null);
    if (isFormatted(cell)) {
      row[c] = cell.v;
      frow[c] = cell.z;
    } else {
      row[c] = cell === undefined ? null : cell;
    }
  }

  merge(r1: number, c1: number, r2: number, c2: number): void {
    if (r1 === r2 && c1 === c2) return;
    this.merges.push({ r1, c1, r2, c2 });
  }

  /** Overwrites cells by A1 address. */
  apply(set: Record<string, Cell> | undefined): void {
    for (const [addr, cell] of Object.entries(set ?? {})) {
      const p = parseA1(addr);
      if (!p) throw new Error(`bad address "${addr}"`);
      this.set(p.row, p.col, cell);
    }
  }

  build(name: string, mergesUnknown = false): SheetGrid {
    const width = Math.max(0, ...this.values.map((r) => r.length));
    const values = this.values.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
    const formats = this.formats.map((r) => [...r, ...Array<string | null>(width - r.length).fill(null)]);
    return mergesUnknown
      ? { name, values, formats, merges: [], mergesUnknown: true }
      : { name, values, formats, merges: [...this.merges] };
  }
}

/**
 * A sheet from raw rows, for odd layouts: `rawSheet([['项目名称', 'x'], …], { merges: ['A7:A9'] })`.
 * Cells may be `{ v, z }` for a value with a number format.
 */
export function rawSheet(
  rows: Cell[][],
  opts: { name?: string; merges?: string[]; mergesUnknown?: boolean } = {},
): BuiltSheet {
  const b = new SheetBuilder();
  for (const r of rows) b.row(r);
  for (const m of opts.merges ?? []) {
    const range = parseRangeA1(m);
    if (!range) throw new Error(`rawSheet: bad merge "${m}"`);
    b.merge(range.r1, range.c1, range.r2, range.c2);
  }
  return b.build(opts.name ?? 'Sheet1', opts.mergesUnknown);
}

/** A table with a long-term grid (实施期绩效指标) above its annual grid (年度绩效指标), on a sheet naming 2023. */
export function periodAndAnnual(period: string[], annual: string[]) {
  const grid = (v: string[]) => [
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '培训人数', v[0]],
    [null, '质量指标', '培训合格率', v[1]],
    [null, '时效指标', '完成时间', v[2]],
    ['效益指标', '社会效益指标', '参训人员就业率', v[3]],
    ['满意度指标', '服务对象满意度指标', '参训人员满意度', v[4]],
  ];
  return rawSheet(
    [
      ['项目名称', '职业技能培训'],
      ['项目编码', '102001001'],
      ['实施期绩效目标', '三年内培训1500人次。'],
      ['年度绩效目标', '培训500人次。'],
      ['实施期绩效指标'],
      ...grid(period),
      ['年度绩效指标'],
      ...grid(annual),
    ],
    { name: '2023年项目支出', merges: ['A7:A9', 'A14:A16'] },
  );
}

/**
 * Several tables on one sheet, one below the other with `gap` empty rows
 * between (as in the seed, where tables start at rows 1, 18, 35 …). The sheet
 * takes the first one's name. Tables must start at row 1, column A.
 */
export function stack(sheets: SheetGrid[], opts: { name?: string; gap?: number } = {}): BuiltSheet {
  const gap = opts.gap ?? 2;
  const values: CellValue[][] = [];
  const formats: (string | null | undefined)[][] = [];
  const merges: MergedRange[] = [];
  sheets.forEach((s, i) => {
    if (i > 0)
      for (let k = 0; k < gap; k++) {
        values.push([]);
        formats.push([]);
      }
    const top = values.length;
    s.values.forEach((r, j) => {
      values.push([...r]);
      formats.push([...(s.formats?.[j] ?? [])]);
    });
    for (const m of s.merges) merges.push({ r1: m.r1 + top, c1: m.c1, r2: m.r2 + top, c2: m.c2 });
  });
  return { name: opts.name ?? sheets[0]?.name ?? 'Sheet1', values, formats, merges };
}

/** A workbook of sheets (two sheets with the same name get a suffix). */
export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  const seen = new Set<string>();
  return {
    sheets: sheets.map((s) => {
      let name = s.name;
      for (let i = 2; seen.has(name); i++) name = `${s.name}${i}`;
      seen.add(name);
      return name === s.name ? s : { ...s, name };
    }),
  };
}

// ---------------------------------------------------------------------------
// Seed-style project tables
// ---------------------------------------------------------------------------

/** One indicator row, cells in header order. '' (or undefined) in a level column continues the level above (merged). */
export type IndicatorRowCells = Cell[];

export const HEADER_2015 = [
  '一级指标',
  '二级指标',
  '三级指标',
  '绩效指标描述',
  '指标值',
  '指标值确定依据',
] as const;
export const HEADER_2021 = [
  '一级指标',
  '二级指标',
  '三级指标',
  '指标性质',
  '指标值',
  '度量单位',
  '指标值确定依据',
] as const;

/** A complete, clean 2015 grid (产出 with 数量/质量/时效/成本, 效益, 满意度). */
export const ROWS_2015: IndicatorRowCells[] = [
  ['产出指标', '数量指标', '培训人数', '年度培训人数', '≥500人', '计划标准'],
  ['', '质量指标', '培训合格率', '考核合格人数占参训人数的比例', '≥95%', '行业标准'],
  ['', '时效指标', '培训完成时间', '全部培训完成的时间', '12月底前', '计划标准'],
  ['', '成本指标', '人均培训成本', '人均培训费用', '≤800元', '历史标准'],
  ['效益指标', '社会效益指标', '参训人员就业率', '参训人员半年内就业的比例', '≥80%', '历史标准'],
  ['满意度指标', '服务对象满意度指标', '参训人员满意度', '问卷调查满意的比例', '≥90%', '行业标准'],
];

/** A complete, clean 2021 grid (产出, 成本 一级, 效益, 满意度) with 指标性质 and 度量单位. */
export const ROWS_2021: IndicatorRowCells[] = [
  ['产出指标', '数量指标', '培训人数', '≥', '500', '人', '计划标准'],
  ['', '质量指标', '培训合格率', '≥', '95', '%', '行业标准'],
  ['', '时效指标', '培训完成时限', '≤', '12', '月', '计划标准'],
  ['成本指标', '经济成本指标', '人均培训成本', '≤', '800', '元', '历史标准'],
  ['效益指标', '社会效益指标', '参训人员就业率', '≥', '80', '%', '历史标准'],
  ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥', '90', '%', '行业标准'],
];

export interface ProjectTableOptions {
  /** Sheet name (default 项目支出绩效目标表, as in the seed; put a year in it to give the table a budget year). */
  sheet?: string;
  code?: Cell;
  name?: Cell;
  purpose?: Cell;
  /** The four cumulative shares for 3月底, 6月底, 10月底, 12月底; numbers get the format '0%', strings stay strings, '' is blank. */
  plan?: Cell[];
  /** Month labels of the plan (default 3月底 6月底 10月底 12月底). */
  planLabels?: string[];
  goal?: Cell;
  /** Adds a 实施期绩效目标 row under 绩效目标 (the grid moves down one row). */
  periodGoal?: Cell;
  /** Indicator rows in header order; default: a clean grid of `framework`. */
  rows?: IndicatorRowCells[];
  /** Header labels (default: the seed's six). */
  header?: string[];
  /** Extra header labels appended to the right (权重, 指标性质 …); rows carry their cells after the six. */
  extraColumns?: string[];
  /** Which default rows to use when `rows` is not given. */
  framework?: '2015' | '2021';
  /** Lay the sheet out without merges (levels carried down by the reader). */
  noMerges?: boolean;
  /** Cells to overwrite after the layout, by A1 address: `{ E8: '≥**%' }`. */
  set?: Record<string, Cell>;
}

/** Merges one level column over runs of '' below a name, within `within` runs (the 一级 block) when given. */
function levelRuns(rows: IndicatorRowCells[], col: number, within?: number[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let i = 0; i < rows.length; i++) {
    const v = rows[i][col];
    const cont =
      (v === '' || v === undefined) && start >= 0 && (within === undefined || within[i] === within[start]);
    if (cont) continue;
    if (start >= 0) runs.push([start, i - 1]);
    start = v === '' || v === undefined ? -1 : i;
  }
  if (start >= 0) runs.push([start, rows.length - 1]);
  return runs;
}

function writeGrid(
  b: SheetBuilder,
  header: string[],
  rows: IndicatorRowCells[],
  noMerges: boolean,
): { headerRow: number; firstRow: number } {
  const headerRow = b.row(header);
  const firstRow = headerRow + 1;
  rows.forEach((r) => b.row(r));
  if (!noMerges) {
    const l1 = header.indexOf('一级指标');
    const l2 = header.indexOf('二级指标');
    // Which 一级 block each row is in (二级 merges stay inside it).
    const block: number[] = [];
    let cur = -1;
    rows.forEach((r, i) => {
      const v = l1 >= 0 ? r[l1] : undefined;
      if (v !== '' && v !== undefined) cur = i;
      block.push(cur);
    });
    if (l1 >= 0) for (const [s, e] of levelRuns(rows, l1)) b.merge(firstRow + s, l1, firstRow + e, l1);
    if (l2 >= 0) for (const [s, e] of levelRuns(rows, l2, block)) b.merge(firstRow + s, l2, firstRow + e, l2);
  }
  return { headerRow, firstRow };
}

function layoutOf(header: string[], headerRow: number, firstRow: number): Layout {
  const col: Record<string, string> = {};
  header.forEach((h, j) => (col[h] = a1(0, j).replace(/\d+$/, '')));
  return {
    headerRow: headerRow + 1,
    firstRow: firstRow + 1,
    col,
    cell(i: number, h: string): string {
      const j = header.indexOf(h);
      if (j < 0) throw new Error(`layout.cell: no column "${h}"`);
      return a1(firstRow + i, j);
    },
  };
}

function planCell(v: Cell): Cell {
  return typeof v === 'number' ? pct(v) : v;
}

/** A seed-style project table (2015 layout: 一级|二级|三级|描述|指标值|依据) on its own sheet. */
export function projectTable(opts: ProjectTableOptions = {}): BuiltSheet {
  const header = [...(opts.header ?? HEADER_2015), ...(opts.extraColumns ?? [])];
  const rows = opts.rows ?? (opts.framework === '2021' ? ROWS_2021_SEED_STYLE : ROWS_2015);
  const width = Math.max(header.length, 6);
  const last = width - 1;
  const b = new SheetBuilder();
  const has = (k: keyof ProjectTableOptions) => Object.prototype.hasOwnProperty.call(opts, k);

  b.row([
    '项目编码',
    has('code') ? opts.code : '102001001',
    '预算项目名称',
    has('name') ? opts.name : '职业技能培训',
  ]);
  b.merge(0, 3, 0, last);
  b.row(['项目资金\n主要用途', has('purpose') ? opts.purpose : '预算数 50万元。用于开展职业技能培训。']);
  b.merge(1, 1, 1, last);
  const labels = opts.planLabels ?? ['3月底', '6月底', '10月底', '12月底'];
  const plan = opts.plan ?? [0.1, 0.4, 0.7, 1];
  b.row(['资金支出\n计划（%）', ...labels]);
  b.row([null, ...plan.map(planCell)]);
  b.merge(2, 0, 3, 0);
  const lastPlanCol = labels.length;
  if (lastPlanCol < last) {
    b.merge(2, lastPlanCol, 2, last);
    b.merge(3, lastPlanCol, 3, last);
  }
  b.row(['绩效目标', has('goal') ? opts.goal : '完成500人次职业技能培训，提高参训人员就业能力。']);
  b.merge(4, 1, 4, last);
  if (has('periodGoal')) {
    const r = b.row(['实施期绩效目标', opts.periodGoal]);
    b.merge(r, 1, r, last);
  }
  const { headerRow, firstRow } = writeGrid(b, header, rows, !!opts.noMerges);
  b.apply(opts.set);
  const sheet: BuiltSheet = b.build(opts.sheet ?? '项目支出绩效目标表', false);
  sheet.layout = layoutOf(header, headerRow, firstRow);
  return sheet;
}

/** 2021-framework rows in the seed's six columns (成本指标 as a 一级). */
export const ROWS_2021_SEED_STYLE: IndicatorRowCells[] = [
  ['产出指标', '数量指标', '培训人数', '年度培训人数', '≥500人', '计划标准'],
  ['', '质量指标', '培训合格率', '考核合格人数占参训人数的比例', '≥95%', '行业标准'],
  ['', '时效指标', '培训完成时间', '全部培训完成的时间', '12月底前', '计划标准'],
  ['成本指标', '经济成本指标', '人均培训成本', '人均培训费用', '≤800元', '历史标准'],
  ['效益指标', '社会效益指标', '参训人员就业率', '参训人员半年内就业的比例', '≥80%', '历史标准'],
  ['满意度指标', '服务对象满意度指标', '参训人员满意度', '问卷调查满意的比例', '≥90%', '行业标准'],
];

export interface ProjectTable2021Options {
  sheet?: string;
  title?: Cell;
  /** Money unit for "单位：…" in G2; null leaves G2 empty. */
  unit?: string | null;
  name?: Cell;
  code?: Cell;
  department?: Cell;
  total?: Cell;
  /** Up to two [label, amount] pairs right of the total (default 其中：财政拨款 80, 其他资金 20). */
  sources?: [string, Cell][];
  plan?: Cell[];
  goal?: Cell;
  rows?: IndicatorRowCells[];
  header?: string[];
  extraColumns?: string[];
  noMerges?: boolean;
  /** Cells to overwrite after the layout, by A1 address. */
  set?: Record<string, Cell>;
}

/** A 2021-style table: 指标性质 and 度量单位 columns, 年度资金总额 / 其中：财政拨款 / 其他资金, 单位：万元. */
export function projectTable2021(opts: ProjectTable2021Options = {}): BuiltSheet {
  const header = [...(opts.header ?? HEADER_2021), ...(opts.extraColumns ?? [])];
  const rows = opts.rows ?? ROWS_2021;
  const width = Math.max(header.length, 7);
  const last = width - 1;
  const has = (k: keyof ProjectTable2021Options) => Object.prototype.hasOwnProperty.call(opts, k);
  const b = new SheetBuilder();

  b.row([has('title') ? opts.title : '2023年度项目支出绩效目标表']);
  b.merge(0, 0, 0, last);
  const unit = has('unit') ? opts.unit : '万元';
  b.row([]);
  if (unit) b.set(1, last, `单位：${unit}`);
  b.row([
    '项目名称',
    has('name') ? opts.name : '职业技能培训',
    null,
    null,
    '项目编码',
    has('code') ? opts.code : '102002001',
  ]);
  b.merge(2, 1, 2, 3);
  b.merge(2, 5, 2, last);
  b.row(['主管部门', has('department') ? opts.department : '某区人力资源和社会保障局']);
  b.merge(3, 1, 3, last);
  const sources = opts.sources ?? [
    ['其中：财政拨款', 80],
    ['其他资金', 20],
  ];
  if (sources.length > 2) throw new Error('projectTable2021: at most two sources');
  const r5: Cell[] = ['年度资金总额', has('total') ? opts.total : 100];
  for (const [label, v] of sources) r5.push(label, v);
  b.row(r5);
  const plan = opts.plan ?? [0.1, 0.4, 0.7, 1];
  b.row(['资金支出计划（%）', '3月底', '6月底', '10月底', '12月底']);
  b.row([null, ...plan.map(planCell)]);
  b.merge(5, 0, 6, 0);
  b.merge(5, 4, 5, last);
  b.merge(6, 4, 6, last);
  b.row(['年度绩效目标', has('goal') ? opts.goal : '完成500人次职业技能培训，提高参训人员就业能力。']);
  b.merge(7, 1, 7, last);
  const { headerRow, firstRow } = writeGrid(b, header, rows, !!opts.noMerges);
  b.apply(opts.set);
  const sheet: BuiltSheet = b.build(opts.sheet ?? '项目支出绩效目标表', false);
  sheet.layout = layoutOf(header, headerRow, firstRow);
  return sheet;
}

// ---------------------------------------------------------------------------
// The tester
// ---------------------------------------------------------------------------

export type WorkbookInput = WorkbookGrid | SheetGrid | SheetGrid[];

export interface ExpectedFinding {
  /** A1 address of the cell the finding points at. */
  cell: string;
  /** Sheet of the finding (default: any). */
  sheet?: string;
  severity?: Severity;
  /** Which of the rule's messages (`rule.messages`) the finding carries. */
  messageId: string;
  /**
   * A piece of the Chinese message that comes from the report's data (a name, an amount): the
   * tester refuses a piece that is fixed text of the message, which `messageId` already asserts.
   */
  messageIncludes?: string;
  /** The fix's replacement text (`fix.to`); null: the finding must carry no fix. */
  fix?: string | null;
}

export interface ValidCase {
  /** The test's title. */
  name: string;
  workbook: WorkbookInput;
  /** Profile changes on top of the default. */
  profile?: (p: Profile) => void;
  /** How many tables the reader must find (default: at least one). */
  tables?: number;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
}

export interface RuleTests {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

function toWorkbook(w: WorkbookInput): WorkbookGrid {
  if (Array.isArray(w)) return workbook(...w);
  if ('sheets' in w) return w;
  return workbook(w);
}

const CJK = /[\u3400-\u9fff]/;

function describeFinding(f: Finding): string {
  return `${f.sheet}!${f.cell} ${f.severity} ${f.messageId}: ${f.text.zh}${f.fix ? ` [fix → ${JSON.stringify(f.fix.to)}]` : ''}`;
}

function describeExpected(e: ExpectedFinding): string {
  const parts = [`${e.sheet ? `${e.sheet}!` : ''}${e.cell}`, e.messageId];
  if (e.severity) parts.push(e.severity);
  if (e.messageIncludes) parts.push(`message ⊇ ${JSON.stringify(e.messageIncludes)}`);
  if (e.fix !== undefined) parts.push(e.fix === null ? 'no fix' : `fix → ${JSON.stringify(e.fix)}`);
  return parts.join(', ');
}

function matches(f: Finding, e: ExpectedFinding): boolean {
  if (f.cell !== e.cell) return false;
  if (f.messageId !== e.messageId) return false;
  if (e.sheet !== undefined && f.sheet !== e.sheet) return false;
  if (e.severity !== undefined && f.severity !== e.severity) return false;
  if (e.messageIncludes !== undefined && !f.text.zh.includes(e.messageIncludes)) return false;
  if (e.fix === null && f.fix) return false;
  if (typeof e.fix === 'string' && f.fix?.to !== e.fix) return false;
  return true;
}

/** Reads the workbook and runs `rule` alone; rule exceptions (which runRules swallows) are rethrown. */
export function runRule(
  rule: Rule,
  input: WorkbookInput,
  profileEdit?: (p: Profile) => void,
): { tables: Table[]; findings: Finding[] } {
  const wb = toWorkbook(input);
  const tables = readWorkbook(wb);
  const profile = defaultProfile();
  profileEdit?.(profile);
  const errors: unknown[] = [];
  const guarded: Rule = {
    ...rule,
    check: rule.check
      ? (ctx) => {
          try {
            rule.check!(ctx);
          } catch (e) {
            errors.push(e);
            throw e;
          }
        }
      : undefined,
    checkWorkbook: rule.checkWorkbook
      ? (ctx) => {
          try {
            rule.checkWorkbook!(ctx);
          } catch (e) {
            errors.push(e);
            throw e;
          }
        }
      : undefined,
  };
  const findings = runRules(tables, wb, profile, [guarded]);
  if (errors.length) throw errors[0];
  return { tables, findings };
}

/** The fixed text of a message: the pieces between its placeholders. */
function fixedPieces(template: string): string[] {
  return template.split(/\{\{\s*\w+\s*\}\}/);
}

/**
 * Refuses expected findings the rule cannot give: an id it does not declare, or a `messageIncludes`
 * that only repeats the message's fixed text (say `messageId` instead).
 */
export function checkExpected(rule: Rule, expected: readonly ExpectedFinding[]): void {
  for (const e of expected) {
    const template = Object.prototype.hasOwnProperty.call(rule.messages, e.messageId)
      ? rule.messages[e.messageId]
      : undefined;
    if (!template)
      throw new Error(
        `${rule.id} declares no message "${e.messageId}" (it has ${Object.keys(rule.messages).join(', ')})`,
      );
    const piece = e.messageIncludes;
    if (piece !== undefined && fixedPieces(template.zh).some((p) => p.includes(piece)))
      throw new Error(
        `messageIncludes ${JSON.stringify(piece)} is fixed text of message "${e.messageId}": the id asserts it`,
      );
  }
}

export function checkCommon(rule: Rule, c: ValidCase, tables: Table[], findings: Finding[]): void {
  if (c.tables !== undefined) {
    if (tables.length !== c.tables)
      throw new Error(`expected the reader to find ${c.tables} table(s), found ${tables.length}`);
  } else if (tables.length === 0) {
    throw new Error('the reader found no table in this workbook, so the case tests nothing');
  }
  for (const f of findings) {
    if (f.rule !== rule.id) throw new Error(`finding of another rule: ${f.rule}`);
    if (!Object.prototype.hasOwnProperty.call(rule.messages, f.messageId))
      throw new Error(`message id ${JSON.stringify(f.messageId)} is not declared by ${rule.id}`);
    if (!f.text.zh || !CJK.test(f.text.zh))
      throw new Error(`message is not Chinese: ${JSON.stringify(f.text.zh)}`);
    if (!f.text.en || !f.text.en.trim()) throw new Error(`English message is empty (${describeFinding(f)})`);
    if (!/^[A-Z]{1,3}[1-9]\d*$/.test(f.cell)) throw new Error(`bad cell address ${JSON.stringify(f.cell)}`);
    if (f.fix && (f.fix.cell !== f.cell || !f.fix.label.zh || !f.fix.label.en))
      throw new Error(`incomplete fix: ${JSON.stringify(f.fix)}`);
  }
}

/** Why `findings` are not exactly `expected` (each expected matching one finding, none left over), or null. */
export function diffFindings(findings: Finding[], expected: ExpectedFinding[]): string | null {
  const left = [...findings];
  const missing: ExpectedFinding[] = [];
  for (const e of expected) {
    const i = left.findIndex((f) => matches(f, e));
    if (i < 0) missing.push(e);
    else left.splice(i, 1);
  }
  if (!missing.length && !left.length) return null;
  return [
    missing.length ? `missing:\n  ${missing.map(describeExpected).join('\n  ')}` : '',
    left.length ? `unexpected:\n  ${left.map(describeFinding).join('\n  ')}` : '',
    `all findings:\n  ${findings.map(describeFinding).join('\n  ') || '(none)'}`,
  ]
    .filter(Boolean)
    .join('\n');
}

function title(kind: 'valid' | 'invalid', c: ValidCase | InvalidCase): string {
  if (kind === 'valid') return `${c.name} → no finding`;
  const fs = (c as InvalidCase).findings;
  return `${c.name} → ${fs.map((f) => `${f.cell} ${f.messageId}${f.severity ? ` (${f.severity})` : ''}`).join(', ')}`;
}

/** One jest `describe` per rule, one `it` per case. */
export function ruleTester(rule: Rule): { run(tests: RuleTests): void } {
  return {
    run(tests: RuleTests): void {
      describe(rule.id, () => {
        it(`has at least 2 valid and 2 invalid cases`, () => {
          expect(tests.valid.length).toBeGreaterThanOrEqual(2);
          expect(tests.invalid.length).toBeGreaterThanOrEqual(2);
        });
        describe('valid', () => {
          for (const c of tests.valid) {
            it(title('valid', c), () => {
              const { tables, findings } = runRule(rule, c.workbook, c.profile);
              checkCommon(rule, c, tables, findings);
              if (findings.length)
                throw new Error(`expected no finding, got:\n  ${findings.map(describeFinding).join('\n  ')}`);
            });
          }
        });
        describe('invalid', () => {
          for (const c of tests.invalid) {
            it(title('invalid', c), () => {
              if (!c.findings.length) throw new Error('an invalid case lists at least one finding');
              checkExpected(rule, c.findings);
              const { tables, findings } = runRule(rule, c.workbook, c.profile);
              checkCommon(rule, c, tables, findings);
              const diff = diffFindings(findings, c.findings);
              if (diff) throw new Error(diff);
            });
          }
        });
      });
    },
  };
}
