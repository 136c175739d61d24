/**
 * Reads the header block above a grid: label/value pairs beside or below
 * their labels, the spending plan, the money unit, the budget year, a title.
 */
import type { CellRead, Field, PlanPoint } from '../model';
import {
  ANNUAL_MONEY_MARKERS,
  DEPARTMENT_MARKERS,
  PERIOD_MONEY_MARKERS,
  GROUP_LABELS,
  MONEY_UNIT_LABELS,
  fieldKeyOf,
  planMonthOf,
} from '../vocabulary/fields';
import { bracketed, halfWidth, normCore } from '../vocabulary/normalize';
import type { SheetView } from './sheetView';

export interface HeaderBlock {
  fields: Field[];
  plan: PlanPoint[];
  planLabel: CellRead | null;
  moneyUnit: string | null;
  year: number | null;
  title: CellRead | null;
  department: boolean;
  /** First row holding anything. */
  firstRow: number | null;
  minCol: number | null;
  maxCol: number | null;
}

const MONEY_UNITS = ['亿元', '万元', '千元', '元'];
const TASK_HEADERS = ['任务名称', '主要内容', '年度主要任务', '主要任务', '任务', '序号'] as const;
const UNIT_LINE = /(?:金额|资金)?单位[:：]\s*(亿元|万元|千元|元)/;
const YEAR = /((?:19|20)\d{2})\s*年/;
const YEAR_LABELLED = /年度\s*[:：]\s*((?:19|20)\d{2})/;

function isLabelCore(core: string): boolean {
  return (
    !!fieldKeyOf(core) ||
    planMonthOf(core) !== null ||
    (GROUP_LABELS as readonly string[]).includes(core) ||
    (MONEY_UNIT_LABELS as readonly string[]).includes(core)
  );
}

function moneyUnitIn(texts: string[]): string | null {
  for (const t of texts) for (const u of MONEY_UNITS) if (t === u) return u;
  return null;
}

/** Splits "项目名称：某某" into a label and the inline value, when the prefix is a known label. */
function inlineLabel(text: string): { core: string; rest: string } | null {
  // "  其中: 一般公共预算:1873.66万元": the 其中 lead-in is not the label.
  const t = halfWidth(text).replace(/^[\s\u3000]*其中\s*[:：,，]?\s*/, '');
  const i = t.search(/[:：]/);
  if (i <= 0 || i > 16) return null;
  const core = normCore(t.slice(0, i));
  if (!fieldKeyOf(core) && !(MONEY_UNIT_LABELS as readonly string[]).includes(core)) return null;
  return { core, rest: t.slice(i + 1).trim() };
}

export function readHeaderBlock(
  v: SheetView,
  r1: number,
  r2: number,
  gridC1: number,
  gridC2: number,
): HeaderBlock {
  const out: HeaderBlock = {
    fields: [],
    plan: [],
    planLabel: null,
    moneyUnit: null,
    year: null,
    title: null,
    department: false,
    firstRow: null,
    minCol: null,
    maxCol: null,
  };
  const cEnd = Math.max(gridC2, Math.min(v.colEnd - 1, gridC2 + 4));
  const cStart = v.left;
  // Which rows are label rows (every non-empty cell after the first label is a label): their values sit below.
  const labelRow = new Set<number>();
  for (let r = r1; r < r2; r++) {
    let labels = 0;
    let others = 0;
    let seenLabel = false;
    let valuesBelow = 0;
    for (let c = cStart; c <= cEnd; c++) {
      if (!v.isOwn(r, c) || v.isEmpty(r, c)) continue;
      if (isLabelCore(v.core(r, c))) {
        labels++;
        seenLabel = true;
        if (ownValueAt(v, v.mergeBottom(r, c) + 1, c, r2)) valuesBelow++;
      } else if (seenLabel) others++;
    }
    // A row of labels whose empty value slots sit beside them is not a label row: the row below must hold values under them.
    if (labels >= 2 && others === 0 && valuesBelow * 2 >= labels) labelRow.add(r);
  }

  // Rows heading a task list (部门整体: 任务名称 | 主要内容 | 预算金额) hold column headers, not fields.
  const taskRow = new Set<number>();
  for (let r = r1; r < r2; r++)
    for (let c = cStart; c <= cEnd; c++)
      if ((TASK_HEADERS as readonly string[]).includes(v.core(r, c))) taskRow.add(r);

  const used = new Set<number>();
  const keyOf = (r: number, c: number) => r * 20000 + c;
  for (let r = r1; r < r2; r++) {
    for (let c = cStart; c <= cEnd; c++) {
      if (!v.isOwn(r, c) || v.isEmpty(r, c)) continue;
      out.firstRow ??= r;
      out.minCol = Math.min(out.minCol ?? c, c);
      out.maxCol = Math.max(out.maxCol ?? c, v.mergeRight(r, c));
      const text = v.text(r, c);
      const core = v.core(r, c);
      if (!out.year && text.includes('年')) {
        const half = halfWidth(text);
        const y = YEAR.exec(half) ?? YEAR_LABELLED.exec(half);
        if (y && (/年度|绩效目标|申报表|审批表|信息表/.test(text) || text.length <= 12))
          out.year = Number(y[1]);
        // "预算年度 | 2024": the year in the cell beside its label.
        if (!out.year && (core === '预算年度' || core === '年度')) {
          const next = v.text(r, v.mergeRight(r, c) + 1).trim();
          if (/^(?:19|20)\d{2}$/.test(next)) out.year = Number(next);
        }
      }
      if (
        !out.title &&
        text.length <= 60 &&
        /绩效目标表|申报表|审批表|绩效信息表|绩效目标/.test(text) &&
        !fieldKeyOf(core)
      )
        out.title = v.read(r, c);
      if (core.includes('整体') && DEPARTMENT_MARKERS.some((m) => core.includes(m))) out.department = true;
      if (!out.moneyUnit && text.length <= 20 && text.includes('单位')) {
        const unitLine = UNIT_LINE.exec(v.label(r, c));
        if (unitLine) out.moneyUnit = unitLine[1];
      }

      if (used.has(keyOf(r, c)) || taskRow.has(r)) continue;
      const inline = text.length <= 200 && /[:：]/.test(text) ? inlineLabel(text) : null;
      let key = fieldKeyOf(core);
      if (!key && inline) {
        const k2 = fieldKeyOf(inline.core);
        if (k2) {
          out.fields.push({
            key: k2,
            label: text,
            labelCell: v.read(r, c),
            value: inline.rest ? { ...v.read(r, c), value: inline.rest, text: inline.rest } : null,
            sub: k2 === 'source' ? inline.core : undefined,
            unit: moneyUnitIn(bracketed(text)) ?? undefined,
          });
          continue;
        }
      }
      const isGroup = (GROUP_LABELS as readonly string[]).includes(core);
      if (isGroup) {
        out.moneyUnit ??= moneyUnitIn(bracketed(text));
      }
      if (!key && !isGroup) continue;
      // The value: the next cell to the right that is not a label, else the cell below (label rows), else the adjacent empty cell.
      const right = v.mergeRight(r, c) + 1;
      let value: CellRead | null = null;
      for (let cc = right; cc <= cEnd; cc++) {
        if (!v.isOwn(r, cc)) continue;
        if (v.isEmpty(r, cc)) continue;
        // "政府性基金拨款: | 项目支出:2985.5万元": the next cell is another label with its own amount.
        if (!isLabelCore(v.core(r, cc)) && !(/[:：]\s*$/.test(text) && INLINE_PAIR.test(v.text(r, cc))))
          value = v.read(r, cc);
        break;
      }
      if (isGroup) {
        // A group label's own value is an amount ("项目资金 | 500"), not the column heads beside it.
        if (!value || !isAmountLike(value)) continue;
        key = 'total';
      }
      if (key === 'plan') {
        out.planLabel = v.read(r, c);
        continue;
      }
      if (!value) value = valueBesideOrBelow(v, r, c, right, r2, cEnd, labelRow.has(r), used, keyOf);
      if (value) used.add(keyOf(value.row, value.col));
      const sub = key === 'source' ? core : undefined;
      out.fields.push({
        key: key!,
        label: text,
        labelCell: v.read(r, c),
        value,
        sub,
        unit: moneyUnitIn(bracketed(text)) ?? undefined,
      });
    }
  }

  for (const f of out.fields)
    if ((f.key === 'total' || f.key === 'source') && f.unit === undefined)
      f.unit = headingUnit(v, f, r1) ?? undefined;
  pickAnnualMoney(out);
  readPlan(v, r1, r2, cStart, cEnd, out);
  return out;
}

const INLINE_PAIR = /^[\s\u3000]*[^\d\s:：][^:：]{0,15}[:：]/;
const AMOUNT_LIKE = /^[-+]?\d[\d,，]*(?:\.\d+)?\s*(?:亿元|万元|千元|元|万)?$/;

function isAmountLike(c: CellRead): boolean {
  if (typeof c.value === 'number') return true;
  return AMOUNT_LIKE.test(halfWidth(c.text).trim());
}

/**
 * The money unit a heading declares for an amount: the column head above the value
 * ("年初安排金额(万元)"), else the block label left of the row ("资金情况(万元)", "投入目标\n(万元)").
 * The nearer, more specific heading wins over a sheet-wide "单位：元".
 */
function headingUnit(v: SheetView, f: Field, r1: number): string | null {
  if (f.value) {
    for (let r = f.value.row - 1; r >= Math.max(r1, f.value.row - 6); r--) {
      const a = v.anchor(r, f.value.col);
      if (v.isEmpty(a.row, a.col)) continue;
      const u = moneyUnitIn(bracketed(v.text(a.row, a.col)));
      if (u) return u;
      if (!isLabelCore(v.core(a.row, a.col)) && !/金额|资金|预算|数/.test(v.text(a.row, a.col))) break;
    }
  }
  for (let c = f.labelCell.col - 1; c >= v.left; c--) {
    const a = v.anchor(f.labelCell.row, c);
    if (v.isEmpty(a.row, a.col)) continue;
    const u = moneyUnitIn(bracketed(v.text(a.row, a.col)));
    if (u) return u;
  }
  return null;
}

/**
 * Side-by-side money blocks (中期资金总额 | 年度资金总额, each with its own 其中 lines): the annual
 * total goes first and only the sources in its column are its sources.
 */
function pickAnnualMoney(out: HeaderBlock): void {
  const totals = out.fields.filter((f) => f.key === 'total');
  if (!totals.length) return;
  const sources = out.fields.filter((f) => f.key === 'source');
  const cols = new Set(sources.map((s) => s.labelCell.col));
  if (totals.length < 2 && cols.size < 2) return;
  const marked = (f: Field, words: readonly string[]) => words.some((w) => normCore(f.label).includes(w));
  const annual =
    totals.find((t) => marked(t, ANNUAL_MONEY_MARKERS) && !marked(t, PERIOD_MONEY_MARKERS)) ??
    totals.find((t) => !marked(t, PERIOD_MONEY_MARKERS)) ??
    totals[0];
  const col = annual.labelCell.col;
  const own = sources.filter((s) => s.labelCell.col === col);
  const keep = new Set<Field>(own.length && cols.size > 1 ? own : sources);
  const fields = out.fields.filter((f) => f.key !== 'source' || keep.has(f));
  // The annual total takes the first total's place (rules read the first), the rest keeps its order.
  const i = fields.indexOf(totals[0]);
  const j = fields.indexOf(annual);
  if (i !== j) [fields[i], fields[j]] = [fields[j], fields[i]];
  out.fields = fields;
}

/** Spending plan: a row of month labels with the cumulative shares below (or to the right). */
function readPlan(
  v: SheetView,
  r1: number,
  r2: number,
  cStart: number,
  cEnd: number,
  out: HeaderBlock,
): void {
  for (let r = r1; r < r2; r++) {
    const points: PlanPoint[] = [];
    for (let c = cStart; c <= cEnd; c++) {
      if (!v.isOwn(r, c) || v.isEmpty(r, c)) continue;
      const month = planMonthOf(v.core(r, c));
      if (month === null) continue;
      let value: CellRead | null = null;
      const below = v.mergeBottom(r, c) + 1;
      if (below < r2 && below < v.rowEnd && !v.isEmpty(below, c)) value = v.read(below, c);
      else if (c + 1 <= cEnd && !v.isEmpty(r, c + 1) && planMonthOf(v.core(r, c + 1)) === null)
        value = v.read(r, c + 1);
      else if (below < r2) value = v.read(below, c);
      points.push({ month, label: v.read(r, c), value });
    }
    if (points.length >= 2) {
      out.plan = points;
      if (!out.planLabel) {
        // The plan label sits left of the month row (often merged over the value row).
        for (let c = cStart; c < points[0].label.col; c++) {
          const a = v.anchor(r, c);
          if (!v.isEmpty(a.row, a.col)) out.planLabel = v.read(a.row, a.col);
        }
      }
      return;
    }
  }
}

/**
 * Where a label's value is when nothing but labels (or nothing) stands to its right:
 * under it in a row of labels; the empty cell beside it when the next thing to the right is another
 * label ("项目编码 | (empty) | 预算项目名称 | …"); else a value written under it.
 */
function valueBesideOrBelow(
  v: SheetView,
  r: number,
  c: number,
  right: number,
  r2: number,
  cEnd: number,
  inLabelRow: boolean,
  used: Set<number>,
  keyOf: (r: number, c: number) => number,
): CellRead | null {
  const below = v.mergeBottom(r, c) + 1;
  const belowOwn = below < r2 && v.anchor(below, c).row === below && v.anchor(below, c).col === c;
  const adjacentEmpty =
    right <= cEnd && v.anchor(r, right).row === r && v.anchor(r, right).col === right && v.isEmpty(r, right);
  if (inLabelRow && belowOwn && !isLabelCore(v.core(below, c))) {
    used.add(keyOf(below, c));
    return v.read(below, c);
  }
  // Merges unknown (a host that cannot report them): a label alone on its row with text alone under it
  // (not another label, a label with its amount, or the first cell of a row of headings) is a label over
  // its value ("年度目标" over the goal, both merged across in the workbook).
  if (
    adjacentEmpty &&
    v.mergesUnknown &&
    v.isRowEmpty(r, right, cEnd) &&
    ownValueAt(v, below, c, r2) &&
    v.isRowEmpty(below, c + 1, cEnd) &&
    !inlineLabel(v.text(below, c))
  ) {
    used.add(keyOf(below, c));
    return v.read(below, c);
  }
  // The empty slot beside the label is its value ("项目编码 | (empty) | 预算项目名称", "部门（单位）名称 | (empty)" above other text).
  if (adjacentEmpty) return v.read(r, right);
  // No slot beside it: a value written under the label.
  if (ownValueAt(v, below, c, r2)) {
    used.add(keyOf(below, c));
    return v.read(below, c);
  }
  return null;
}

/** A cell of its own (not inside another cell's merge) holding a non-label value, within the block. */
function ownValueAt(v: SheetView, row: number, col: number, r2: number): boolean {
  if (row >= r2) return false;
  const a = v.anchor(row, col);
  return a.row === row && a.col === col && !v.isEmpty(row, col) && !isLabelCore(v.core(row, col));
}
