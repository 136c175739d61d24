/** Amounts of a table in 万元: the total field, the sources, the budget named in text, money-valued indicators. */
import type { CellRead, Field, IndicatorRow, Table } from '../../model';
import { normCore } from '../../vocabulary/normalize';
import { amountWan, bracketMoneyUnit, isBlank, moneyFactor, parsed } from '../util';

export interface Amount {
  wan: number;
  cell: CellRead;
  label: string;
}

const TEXT_BUDGET =
  /(预算数|预算金额|预算资金|年度预算|预算|资金总额|安排资金|项目资金|总投资)\s*(?:为|是|共|共计|合计|约|:|：)?\s*(\d[\d,，]*(?:\.\d+)?)\s*(亿元|万元|千元|元)/;

function fieldUnit(f: Field, t: Table): string | null {
  return f.unit ?? t.moneyUnit ?? null;
}

/** Per-table memo: three rules ask for the same amounts. */
function memo<T>(cache: WeakMap<Table, T>, t: Table, f: (t: Table) => T): T {
  if (cache.has(t)) return cache.get(t)!;
  const v = f(t);
  cache.set(t, v);
  return v;
}
const TOTALS = new WeakMap<Table, Amount | null>();
const SOURCES = new WeakMap<Table, (Amount & { sub: string })[]>();
const TEXTS = new WeakMap<Table, Amount | null>();

export function totalAmount(t: Table): Amount | null {
  return memo(TOTALS, t, totalAmountOf);
}

export function sourceAmounts(t: Table): (Amount & { sub: string })[] {
  return memo(SOURCES, t, sourceAmountsOf);
}

/** The budget named in a sentence ("预算数 5851万元。用于…"). */
export function textBudget(t: Table): Amount | null {
  return memo(TEXTS, t, textBudgetOf);
}

function totalAmountOf(t: Table): Amount | null {
  for (const f of t.fields) {
    if (f.key !== 'total' || isBlank(f.value)) continue;
    const wan = amountWan(f.value, fieldUnit(f, t));
    if (wan !== null) return { wan, cell: f.value!, label: f.label.replace(/\s+/g, '') };
  }
  return null;
}

function sourceAmountsOf(t: Table): (Amount & { sub: string })[] {
  const out: (Amount & { sub: string })[] = [];
  for (const f of t.fields) {
    if (f.key !== 'source' || isBlank(f.value)) continue;
    const wan = amountWan(f.value, fieldUnit(f, t));
    if (wan !== null) out.push({ wan, cell: f.value!, label: f.label.replace(/\s+/g, ''), sub: f.sub ?? '' });
  }
  return out;
}

function textBudgetOf(t: Table): Amount | null {
  for (const f of t.fields) {
    if (!['purpose', 'goal', 'periodGoal', 'name', 'total'].includes(f.key) || isBlank(f.value)) continue;
    const text = f.value!.text;
    if (typeof f.value!.value === 'number') continue;
    const m = TEXT_BUDGET.exec(text.replace(/\s+/g, ''));
    if (!m) continue;
    const num = Number(m[2].replace(/[,，]/g, ''));
    const factor = moneyFactor(m[3]);
    if (!Number.isFinite(num) || factor === undefined) continue;
    return { wan: num * factor, cell: f.value!, label: m[0] };
  }
  return null;
}

/** The money a row's value names, in 万元 (own unit, else a unit in brackets of name/description, else none). */
export function rowMoney(r: IndicatorRow, _t: Table): number | null {
  if (isBlank(r.value)) return null;
  const p = parsed(r.value);
  if (p.kind !== 'number' || p.num === undefined || p.num2 !== undefined) return null;
  if (p.unit) return p.unitCategory === 'money' && p.wan !== undefined ? p.wan : null;
  const unit = bracketMoneyUnit(r.name?.text) ?? bracketMoneyUnit(r.description?.text) ?? unitColumn(r);
  if (!unit) return null;
  return amountWan(r.value, unit);
}

function unitColumn(r: IndicatorRow): string | null {
  const u = r.unit ? normCore(r.unit.text) : '';
  return moneyFactor(u) !== undefined ? u : null;
}

const SAME_MONEY = /总额|规模|总量|资金|预算|金额|投入|总投资/;

/** A 数量 indicator whose name or description says it is the project's money. */
export function namesTheBudget(r: IndicatorRow): boolean {
  if (r.level2Std !== '数量指标') return false;
  const text = `${r.name?.text ?? ''}${r.description?.text ?? ''}`;
  return SAME_MONEY.test(text);
}

const PER_UNIT =
  /人均|亩均|户均|场均|次均|件均|平均|单价|单位成本|每(?:人|亩|户|场|次|件|公里|平方米|个|吨|年|月|天)|[/／](?:人|亩|户|场|次|件|公里|平方米|个|吨|年|月|天)/;

/** An amount per person, per mu, per km …: never meant to equal the project's money. */
export function isPerUnit(r: IndicatorRow): boolean {
  return PER_UNIT.test(
    `${r.name?.text ?? ''}|${r.description?.text ?? ''}|${r.value?.text ?? ''}|${r.unit?.text ?? ''}`,
  );
}

export function isCostRow(r: IndicatorRow): boolean {
  return r.level1Std === '成本指标' || r.level2Std === '成本指标' || r.level2Std === '经济成本指标';
}

/** Two amounts differ by a factor of 10,000 (元 written where 万元 was meant, or the reverse). */
export function isUnitSlip(a: number, b: number): boolean {
  if (a <= 0 || b <= 0) return false;
  const r = a > b ? a / b : b / a;
  return Math.abs(r / 10000 - 1) < 0.001;
}

export function differs(a: number, b: number, tol: number): boolean {
  return Math.abs(a - b) > tol + 1e-9;
}
