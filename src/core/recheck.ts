/**
 * The live check's re-check: after an edit, only the tables the edit touches
 * are read and checked again; the others keep what the last check found.
 *
 * `checkWithMemo(grid)` is checkWorkbook (check.ts) that also keeps, per
 * table, what its per-table rules found. `recheck(memo, grid)` takes the
 * grid after the edit, finds the rows that changed (by comparing it with the
 * memo's grid: rows and merged areas that are the same objects, or hold the
 * same values, did not change), and per changed sheet:
 *
 * - reads again a window of the sheet around the changed rows: from the end
 *   of the second table above them to the end of the second table below; the
 *   table just above and the one just below must come out of that read
 *   exactly as before (they anchor the window: the reader cut the sheet at
 *   the same places), and every table of the sheet must still carry the same
 *   money unit and year (the reader spreads those over a sheet) — otherwise,
 *   or when the sheet has a department goal list, a reader failure or tables
 *   side by side, the whole sheet is read again;
 * - runs the per-table rules on the tables of the window only;
 *
 * then runs the workbook rules (duplicate codes, duplicate grids, copied
 * indicators: they compare tables with each other) on all tables, as the
 * full check does, and puts the findings together in the full check's order.
 * A changed ignore sheet, another profile or other rules, sheets added,
 * removed or renamed: a full check. The result equals checkWorkbook's on the
 * same grid (test/core/recheck.test.ts compares them on real workbooks).
 *
 * Host-free: the Office.js adapter re-reads only the changed cells and hands
 * over a grid that shares every other row with the last one.
 */
import type { CheckOptions, CheckResult } from './check';
import { ruleDiagnostic, sheetDiagnostic, type Diagnostic } from './diagnostics';
import type { Finding } from './findings';
import type { MergedRange, SheetGrid, WorkbookGrid } from './grid';
import { applyIgnores, isIgnoreSheet, readIgnores, withoutIgnoreSheet } from './ignores';
import type { Table } from './model';
import { defaultProfile, type Profile } from './profile';
import { readWorkbook } from './reader/readWorkbook';
import { allRules } from './rules/registry';
import { findingKey, runRules, sortFindings } from './rules/run';
import type { Rule } from './rules/types';

/** What one table's per-table rules gave. */
interface TablePart {
  table: Table;
  /** Findings with `table: 0`; renumbered when the result is put together. */
  findings: Finding[];
  errors: { rule: string; diagnostic: Diagnostic }[];
  /** The findings numbered for the table's place `at` in the last result (kept while it stays there). */
  numbered?: { at: number; findings: Finding[] };
}

/** A check with what a re-check reuses. Treat as opaque. */
export interface CheckMemo {
  readonly result: CheckResult;
  readonly grid: WorkbookGrid;
  readonly profile: Profile;
  readonly options: CheckOptions;
  /** Per sheet of the grid without the ignore sheet: its tables' parts, in order. */
  readonly sheets: SheetPart[];
}

interface SheetPart {
  grid: SheetGrid;
  tables: TablePart[];
  /** The reader failed on the sheet. */
  diagnostic: Diagnostic | null;
}

/** Rows changed on one sheet (0-based sheet rows, inclusive). */
export interface RowChange {
  sheet: number;
  r1: number;
  r2: number;
}

/** How the last re-check went (for tests and the benchmark). */
export interface RecheckStats {
  /** Tables read and checked again. */
  tablesRead: number;
  /** Sheets read whole again (a window could not be trusted). */
  wholeSheets: number;
  /** Everything checked again. */
  full: boolean;
  /** Milliseconds: finding the changed rows, reading and checking the tables again, the workbook rules and the rest. */
  ms?: { diff: number; tables: number; workbook: number; total: number };
}

const now = () => (typeof performance === 'object' ? performance.now() : Date.now());

interface RuleSets {
  all: readonly Rule[];
  table: Rule[];
  workbook: Rule[];
}

const ruleSetCache = new WeakMap<readonly Rule[], RuleSets>();

function ruleSets(rules: readonly Rule[]): RuleSets {
  let sets = ruleSetCache.get(rules);
  if (!sets) {
    sets = {
      all: rules,
      table: rules
        .filter((r) => r.check)
        .map((r) => (r.checkWorkbook ? { ...r, checkWorkbook: undefined } : r)),
      workbook: rules.filter((r) => r.checkWorkbook).map((r) => (r.check ? { ...r, check: undefined } : r)),
    };
    ruleSetCache.set(rules, sets);
  }
  return sets;
}

function checkTable(table: Table, wb: WorkbookGrid, profile: Profile, sets: RuleSets): TablePart {
  const errors: TablePart['errors'] = [];
  const findings = runRules([table], wb, profile, sets.table, {
    onRuleError: (rule, error, sheet) =>
      errors.push({ rule, diagnostic: ruleDiagnostic(rule, sheet ?? null, error) }),
  });
  return { table, findings, errors };
}

function readSheetTables(
  sheet: SheetGrid,
  profile: Profile,
  options: CheckOptions,
): { tables: Table[]; diagnostic: Diagnostic | null } {
  let diagnostic: Diagnostic | null = null;
  const tables = readWorkbook(
    { sheets: [sheet] },
    {
      framework: profile.framework,
      readSheet: options.readSheet,
      onSheetError: (name, error) => (diagnostic = sheetDiagnostic(name, error)),
    },
  );
  return { tables, diagnostic };
}

/** checkWorkbook (check.ts), keeping what `recheck` reuses. */
export function checkWithMemo(
  grid: WorkbookGrid,
  profile: Profile = defaultProfile(),
  options: CheckOptions = {},
): CheckMemo {
  const sets = ruleSets(options.rules ?? allRules);
  const sheetsGrid = withoutIgnoreSheet(grid);
  const sheets: SheetPart[] = (Array.isArray(sheetsGrid?.sheets) ? sheetsGrid.sheets : []).map((s) => {
    const read = readSheetTables(s, profile, options);
    return {
      grid: s,
      diagnostic: read.diagnostic,
      tables: read.tables.map((t) => checkTable(t, sheetsGrid, profile, sets)),
    };
  });
  return assemble(grid, profile, options, sets, sheets);
}

/** The workbook rules, then everything in the order and shape checkWorkbook gives. */
function assemble(
  grid: WorkbookGrid,
  profile: Profile,
  options: CheckOptions,
  sets: RuleSets,
  sheets: SheetPart[],
  timing?: { workbook: number },
): CheckMemo {
  const sheetsGrid = withoutIgnoreSheet(grid);
  const parts = sheets.flatMap((s) => s.tables);
  const tables = parts.map((p) => p.table);
  const workbookErrors: { rule: string; diagnostic: Diagnostic }[] = [];
  const t0 = now();
  const workbookFindings = runRules(tables, sheetsGrid, profile, sets.workbook, {
    onRuleError: (rule, error, sheet) =>
      workbookErrors.push({ rule, diagnostic: ruleDiagnostic(rule, sheet ?? null, error) }),
  });
  if (timing) timing.workbook = now() - t0;

  // runRules pushes rule by rule, table by table, then sorts (stable) and drops repeats: the same
  // rule at the same cell comes from one table, so table order then the workbook rules keeps ties alike.
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const add = (f: Finding) => {
    const key = findingKey(f.rule, f.sheet, f.cell, f.text);
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(f);
  };
  parts.forEach((p, i) => {
    if (p.numbered?.at !== i)
      p.numbered = { at: i, findings: p.findings.map((f) => (f.table === i ? f : { ...f, table: i })) };
    for (const f of p.numbered.findings) add(f);
  });
  for (const f of workbookFindings) add(f);
  sortFindings(findings, sheetsGrid);

  // Diagnostics: the reader's per sheet, then the rules' rule by rule (tables, then the workbook).
  const ruleIndex = new Map(sets.all.map((r, i) => [r.id, i]));
  const ruleErrors: { key: number; diagnostic: Diagnostic }[] = [];
  parts.forEach((p) => {
    for (const e of p.errors)
      ruleErrors.push({ key: (ruleIndex.get(e.rule) ?? 0) * 2, diagnostic: e.diagnostic });
  });
  for (const e of workbookErrors)
    ruleErrors.push({ key: (ruleIndex.get(e.rule) ?? 0) * 2 + 1, diagnostic: e.diagnostic });
  ruleErrors.sort((a, b) => a.key - b.key);
  const diagnostics: Diagnostic[] = [
    ...sheets.flatMap((s) => (s.diagnostic ? [s.diagnostic] : [])),
    ...ruleErrors.map((e) => e.diagnostic),
  ];

  const ignores = readIgnores(grid);
  let result: CheckResult;
  if (!ignores.length) result = { tables, findings, diagnostics };
  else {
    const applied = applyIgnores(findings, ignores);
    result = { tables, findings: applied.findings, diagnostics, ignored: applied.ignored, ignores };
  }
  return { result, grid, profile, options, sheets };
}

function sameRow(a: unknown[] | undefined, b: unknown[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return (a?.length ?? 0) === 0 && (b?.length ?? 0) === 0;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const sameMerge = (a: MergedRange, b: MergedRange) =>
  a === b || (a.r1 === b.r1 && a.c1 === b.c1 && a.r2 === b.r2 && a.c2 === b.c2);

/**
 * The rows that differ between two grids of the same sheets: per sheet, the
 * span of rows whose values, formats or merged areas changed. Null when the
 * sheets themselves differ (added, removed, renamed, moved, hidden): then
 * nothing can be reused.
 */
export function changedRows(before: WorkbookGrid, after: WorkbookGrid): RowChange[] | null {
  if (before.sheets.length !== after.sheets.length) return null;
  const changes: RowChange[] = [];
  for (let s = 0; s < after.sheets.length; s++) {
    const a = before.sheets[s];
    const b = after.sheets[s];
    if (a === b) continue;
    if (!a || !b || a.name !== b.name || a.hidden !== b.hidden || !!a.mergesUnknown !== !!b.mergesUnknown)
      return null;
    const top = a.top ?? 0;
    if (top !== (b.top ?? 0) || (a.left ?? 0) !== (b.left ?? 0)) {
      const end = Math.max(a.values.length, b.values.length) - 1;
      changes.push({ sheet: s, r1: top, r2: top + Math.max(0, end) });
      continue;
    }
    let r1 = Infinity;
    let r2 = -Infinity;
    const mark = (row: number) => {
      if (row < r1) r1 = row;
      if (row > r2) r2 = row;
    };
    const rows = Math.max(a.values.length, b.values.length);
    for (let i = 0; i < rows; i++) {
      if (!sameRow(a.values[i], b.values[i]) || !sameRow(a.formats?.[i], b.formats?.[i])) mark(top + i);
    }
    if (a.merges !== b.merges) {
      const ma = a.merges ?? [];
      const mb = b.merges ?? [];
      let head = 0;
      while (head < ma.length && head < mb.length && sameMerge(ma[head], mb[head])) head++;
      let ta = ma.length - 1;
      let tb = mb.length - 1;
      while (ta >= head && tb >= head && sameMerge(ma[ta], mb[tb])) {
        ta--;
        tb--;
      }
      for (const m of [...ma.slice(head, ta + 1), ...mb.slice(head, tb + 1)]) {
        mark(m.r1);
        mark(m.r2);
      }
    }
    if (r1 <= r2) changes.push({ sheet: s, r1, r2 });
  }
  return changes;
}

/** The sheet's rows [r1, r2] as a grid of their own (null when a merged area crosses the edge). */
function windowOf(sheet: SheetGrid, r1: number, r2: number): SheetGrid | null {
  const top = sheet.top ?? 0;
  const from = Math.max(r1, top);
  const merges: MergedRange[] = [];
  for (const m of sheet.merges ?? []) {
    if (m.r2 < from || m.r1 > r2) continue;
    if (m.r1 < from || m.r2 > r2) return null;
    merges.push(m);
  }
  const w: SheetGrid = {
    ...sheet,
    values: sheet.values.slice(from - top, r2 - top + 1),
    top: from,
    merges,
  };
  if (sheet.formats) w.formats = sheet.formats.slice(from - top, r2 - top + 1);
  return w;
}

const same = (a: Table, b: Table) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The sheet's tables after rows r1..r2 changed, read from a window around
 * them (see the header), or null when only reading the whole sheet is right.
 * `old` are the sheet's tables before, in order.
 */
function rereadWindow(
  sheet: SheetGrid,
  old: readonly Table[],
  r1: number,
  r2: number,
  profile: Profile,
  options: CheckOptions,
): { from: number; to: number; tables: Table[] } | null {
  if (old.some((t) => t.goalList)) return null;
  for (let i = 1; i < old.length; i++) if (old[i].range.r1 <= old[i - 1].range.r2) return null;
  let lo = 0;
  while (lo < old.length && old[lo].range.r2 < r1) lo++;
  let hi = old.length - 1;
  while (hi >= 0 && old[hi].range.r1 > r2) hi--;
  // Tables lo..hi (none when hi < lo) touch the changed rows; lo-1 and hi+1 anchor the window. An
  // anchor read differently (an edit under a table ends its grid elsewhere) is read again too.
  for (let tries = 0; tries < 6 && lo >= 0 && hi < old.length; tries++) {
    const got = readAround(sheet, old, lo, hi, profile, options);
    if (got === null) return null;
    if (got === 'prev') lo--;
    else if (got === 'next') hi++;
    else return got;
  }
  return null;
}

function readAround(
  sheet: SheetGrid,
  old: readonly Table[],
  lo: number,
  hi: number,
  profile: Profile,
  options: CheckOptions,
): { from: number; to: number; tables: Table[] } | 'prev' | 'next' | null {
  const top = sheet.top ?? 0;
  const from = lo >= 2 ? old[lo - 2].range.r2 + 1 : top;
  const to = hi + 2 < old.length ? old[hi + 2].range.r2 : top + sheet.values.length - 1;
  const win = windowOf(sheet, from, Math.max(from, to));
  if (!win) return null;
  const read = readSheetTables(win, profile, options);
  if (read.diagnostic || read.tables.some((t) => t.goalList)) return null;
  const got = read.tables;
  let k = 0;
  const prev = lo >= 1 ? old[lo - 1] : null;
  if (prev) {
    if (!got[0] || !same(got[0], prev)) return 'prev';
    k = 1;
  }
  const next = hi + 1 < old.length ? old[hi + 1] : null;
  let end = got.length;
  if (next) {
    end = got.findIndex((t, i) => i >= k && t.range.r2 >= next.range.r1);
    if (end < 0 || !same(got[end], next)) return 'next';
  }
  const middle = got.slice(k, end);
  // The reader spreads a money unit and a year stated once over the sheet: reuse only when all agree.
  const all = [...old.slice(0, lo), ...middle, ...old.slice(hi + 1)];
  if (all.some((t) => t.moneyUnit !== all[0].moneyUnit || t.year !== all[0].year)) return null;
  // No year at all may be an ambiguous one guessed from the texts, which an edit elsewhere can settle.
  if (all.length > 0 && all[0].year === null) return null;
  return { from: lo, to: hi, tables: middle };
}

/**
 * The check of `grid`, reusing `memo` (the check of an earlier grid of the
 * same workbook) for every table the changes did not touch. Equal to
 * checkWithMemo(grid, memo.profile, memo.options).
 */
export function recheck(memo: CheckMemo, grid: WorkbookGrid, stats?: RecheckStats): CheckMemo {
  const note = (s: Partial<RecheckStats>) => stats && Object.assign(stats, s);
  const start = now();
  note({ tablesRead: 0, wholeSheets: 0, full: false });
  const full = () => {
    note({ full: true });
    return checkWithMemo(grid, memo.profile, memo.options);
  };
  const changes = changedRows(memo.grid, grid);
  const diffed = now();
  if (!changes) return full();
  if (changes.length === 0) return { ...memo, grid };
  if (changes.some((c) => isIgnoreSheet(grid.sheets[c.sheet]?.name))) return full();
  const sets = ruleSets(memo.options.rules ?? allRules);
  const sheetsGrid = withoutIgnoreSheet(grid);
  if (sheetsGrid.sheets.length !== memo.sheets.length) return full();
  // Sheet indices without the ignore sheet.
  const index = new Map<SheetGrid, number>(sheetsGrid.sheets.map((s, i) => [s, i]));
  const sheets = memo.sheets.map((p, i) => ({ ...p, grid: sheetsGrid.sheets[i] }));
  let read = 0;
  let whole = 0;
  for (const c of changes) {
    const i = index.get(grid.sheets[c.sheet]);
    if (i === undefined) return full();
    const part = sheets[i];
    const old = part.tables.map((t) => t.table);
    const win = part.diagnostic ? null : rereadWindow(part.grid, old, c.r1, c.r2, memo.profile, memo.options);
    if (win) {
      const fresh = win.tables.map((t) => checkTable(t, sheetsGrid, memo.profile, sets));
      part.tables = [...part.tables.slice(0, win.from), ...fresh, ...part.tables.slice(win.to + 1)];
      read += fresh.length;
    } else {
      const again = readSheetTables(part.grid, memo.profile, memo.options);
      part.diagnostic = again.diagnostic;
      part.tables = again.tables.map((t) => checkTable(t, sheetsGrid, memo.profile, sets));
      read += again.tables.length;
      whole++;
    }
  }
  const checked = now();
  const timing = { workbook: 0 };
  const out = assemble(grid, memo.profile, memo.options, sets, sheets, timing);
  note({
    tablesRead: read,
    wholeSheets: whole,
    ms: { diff: diffed - start, tables: checked - diffed, workbook: timing.workbook, total: now() - start },
  });
  return out;
}

/**
 * The check as the pane runs it: remembers its last check and, called again
 * with the same profile, re-checks only what changed since (`recheck`).
 * Equal to checkWorkbook each time; if re-checking fails, a full check.
 */
export function liveChecker(
  options: CheckOptions = {},
): (grid: WorkbookGrid, profile?: Profile) => CheckResult {
  let last: { memo: CheckMemo; profile: Profile | undefined } | null = null;
  return (grid, profile) => {
    let memo: CheckMemo | null = null;
    if (last && last.profile === profile) {
      try {
        memo = recheck(last.memo, grid);
      } catch {
        memo = null;
      }
    }
    memo ??= checkWithMemo(grid, profile, options);
    last = { memo, profile };
    return memo.result;
  };
}
