/**
 * Layout changes that leave a table's meaning alone leave its findings alone (moved with the cells):
 * the corpus workbooks moved down and right, an empty column inserted at every position, an empty
 * row inside every grid, a grid's non-level columns in reverse order, merges unknown to the host,
 * other header words, level names written as local variants, with score bands or spaced out. Each
 * is a change a department's own copy of a template makes, or a host that cannot report merges;
 * three of them (the empty column, the empty row, merges unknown) found reader defects, now fixed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkWorkbook } from '../../../src/core/check';
import type { Finding } from '../../../src/core/findings';
import type { CellValue, SheetGrid, WorkbookGrid } from '../../../src/core/grid';
import { a1 } from '../../../src/core/grid';
import type { ColumnRole } from '../../../src/core/model';
import { readWorkbookBytes } from '../../../src/xlsx/readGrid';

const SHARED = path.join(__dirname, '..', '..', '..', '..', 'shared');
const files = ['realworld', 'acceptance', 'seed-defects'].flatMap((d) => {
  const dir = path.join(SHARED, d);
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.xlsx'))
        .map((f) => path.join(dir, f))
    : [];
});

/** Where a finding of the changed workbook should be: its sheet, rule and cell in the original. */
type Back = (f: Finding) => { row: number; col: number };
/** Rules that point at an empty slot next to a label: the slot moves with an inserted column. */
const SLOT_RULES = new Set(['structure/missing-goal', 'structure/missing-field']);

function keys(findings: Finding[], back: Back = (f) => f): string[] {
  return findings
    .filter((f) => f.severity !== 'info')
    .map((f) => {
      const at = back(f);
      return SLOT_RULES.has(f.rule)
        ? `${f.rule}|${f.sheet}|row ${at.row + 1}`
        : `${f.rule}|${f.sheet}|${a1(at.row, at.col)}`;
    })
    .sort();
}

function withSheet(wb: WorkbookGrid, name: string, change: (s: SheetGrid) => SheetGrid): WorkbookGrid {
  return { ...wb, sheets: wb.sheets.map((s) => (s.name === name ? change(s) : s)) };
}

function insertColumn(s: SheetGrid, at: number): SheetGrid {
  const j = at - (s.left ?? 0);
  const put = <T>(row: T[] | undefined): T[] | undefined => {
    if (!row || j < 0 || j > row.length) return row;
    const out = row.slice();
    out.splice(j, 0, null as T);
    return out;
  };
  return {
    ...s,
    values: s.values.map((r) => put(r)!),
    formats: s.formats?.map((r) => put(r)!),
    merges: (s.merges ?? []).map((m) => ({
      ...m,
      c1: m.c1 >= at ? m.c1 + 1 : m.c1,
      c2: m.c2 >= at ? m.c2 + 1 : m.c2,
    })),
  };
}

function insertRow(s: SheetGrid, at: number): SheetGrid {
  const i = at - (s.top ?? 0);
  const values = s.values.slice();
  values.splice(i, 0, []);
  const formats = s.formats?.slice();
  formats?.splice(i, 0, []);
  return {
    ...s,
    values,
    formats,
    // A merge running across the new row grows over it.
    merges: (s.merges ?? []).map((m) => ({
      ...m,
      r1: m.r1 >= at ? m.r1 + 1 : m.r1,
      r2: m.r2 >= at ? m.r2 + 1 : m.r2,
    })),
  };
}

function replaceTexts(wb: WorkbookGrid, map: Record<string, string>): WorkbookGrid {
  return {
    ...wb,
    sheets: wb.sheets.map((s) => ({
      ...s,
      values: s.values.map((r) =>
        r.map((v: CellValue) => (typeof v === 'string' && map[v.trim()] !== undefined ? map[v.trim()] : v)),
      ),
    })),
  };
}

const cases = files.map((f) => [path.relative(SHARED, f), f] as const);

describe.each(cases)('%s', (_name, file) => {
  const wb = readWorkbookBytes(new Uint8Array(fs.readFileSync(file)), file);
  const base = checkWorkbook(wb);
  const before = keys(base.findings);

  it('moved down and right: the same findings, moved', () => {
    const moved: WorkbookGrid = {
      ...wb,
      sheets: wb.sheets.map((s) => ({
        ...s,
        top: (s.top ?? 0) + 3,
        left: (s.left ?? 0) + 2,
        merges: (s.merges ?? []).map((m) => ({ r1: m.r1 + 3, c1: m.c1 + 2, r2: m.r2 + 3, c2: m.c2 + 2 })),
      })),
    };
    const after = checkWorkbook(moved);
    expect(after.tables).toHaveLength(base.tables.length);
    expect(keys(after.findings, (f) => ({ row: f.row - 3, col: f.col - 2 }))).toEqual(before);
  });

  it('an empty column inserted at any position: the same findings', () => {
    for (const sheet of wb.sheets) {
      const width = (sheet.left ?? 0) + Math.max(0, ...sheet.values.map((r) => r.length));
      for (let at = (sheet.left ?? 0) + 1; at < width; at++) {
        const after = checkWorkbook(withSheet(wb, sheet.name, (s) => insertColumn(s, at)));
        const back: Back = (f) => ({
          row: f.row,
          col: f.sheet === sheet.name && f.col > at ? f.col - 1 : f.col,
        });
        expect({ at, tables: after.tables.length, findings: keys(after.findings, back) }).toEqual({
          at,
          tables: base.tables.length,
          findings: before,
        });
      }
    }
  });

  it('an empty row inside a grid: the same findings', () => {
    for (const t of base.tables)
      for (const g of t.grids) {
        if (g.sharesRows || g.rows.length < 3) continue;
        const at = g.rows[Math.floor(g.rows.length / 2)].row;
        const after = checkWorkbook(withSheet(wb, t.sheet, (s) => insertRow(s, at)));
        const back: Back = (f) => ({
          row: f.sheet === t.sheet && f.row > at ? f.row - 1 : f.row,
          col: f.col,
        });
        expect({ at, tables: after.tables.length, findings: keys(after.findings, back) }).toEqual({
          at,
          tables: base.tables.length,
          findings: before,
        });
      }
  });

  it("a grid's non-level columns in reverse order: the same findings", () => {
    const ROLES: ColumnRole[] = ['description', 'nature', 'operator', 'value', 'unit', 'basis', 'weight'];
    for (const t of base.tables) {
      if (t.grids.length !== 1) continue;
      const g = t.grids[0];
      const cols = ROLES.map((r) => g.columns[r]).filter((c): c is number => c !== undefined);
      if (cols.length < 2) continue;
      const sorted = [...cols].sort((a, b) => a - b);
      const swap = new Map(sorted.map((c, i) => [c, sorted[sorted.length - 1 - i]]));
      const sheet = wb.sheets.find((s) => s.name === t.sheet)!;
      const r1 = g.headerTop;
      const r2 = g.range.r2;
      // Columns a merge runs across are left as they are.
      if (
        (sheet.merges ?? []).some(
          (m) => m.r2 >= r1 && m.r1 <= r2 && m.c1 !== m.c2 && sorted.some((c) => c >= m.c1 && c <= m.c2),
        )
      )
        continue;
      const changed = withSheet(wb, t.sheet, (s) => {
        const top = s.top ?? 0;
        const left = s.left ?? 0;
        const move = <T>(rows: T[][] | undefined): T[][] | undefined =>
          rows?.map((row, i) => {
            if (i + top < r1 || i + top > r2) return row;
            const out = row.slice();
            for (const [from, to] of swap) out[to - left] = (row[from - left] ?? null) as T;
            return out;
          });
        return { ...s, values: move(s.values)!, formats: move(s.formats) };
      });
      const after = checkWorkbook(changed);
      const back: Back = (f) => ({
        row: f.row,
        col: f.sheet === t.sheet && f.row >= r1 && f.row <= r2 && swap.has(f.col) ? swap.get(f.col)! : f.col,
      });
      expect(keys(after.findings, back)).toEqual(before);
    }
  });

  it('merges unknown (a host that cannot report them): the same findings', () => {
    const unknown: WorkbookGrid = {
      ...wb,
      sheets: wb.sheets.map((s) => ({ ...s, merges: [], mergesUnknown: true })),
    };
    const after = checkWorkbook(unknown);
    expect(after.tables).toHaveLength(base.tables.length);
    expect(keys(after.findings)).toEqual(before);
  });

  it.each([
    [
      'header words',
      { 三级指标: '指标名称', 指标值: '目标值', 计量单位: '单位', 度量单位: '计量单位', 一级指标: '一级' },
    ],
    ['local level names', { 产出指标: '项目完成指标', 效益指标: '项目效益指标' }],
    ['score bands in level names', { 产出指标: '产出指标（50分）', 效益指标: '效益指标（30分）' }],
    ['short and spaced level names', { 数量指标: '数量', 质量指标: '质 量', 满意度指标: '满意度\n指标' }],
  ])('%s: the same findings', (_what, map) => {
    const after = checkWorkbook(replaceTexts(wb, map));
    expect(after.tables).toHaveLength(base.tables.length);
    expect(keys(after.findings)).toEqual(before);
  });
});
