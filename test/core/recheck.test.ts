/**
 * The live check's re-check (src/core/recheck.ts) against a full check of the
 * same grid, on the seed fixture and the real published tables: a value
 * changed, rows whose structure changes (a grid's header row cleared, an
 * indicator row added under a table), edits outside every table, several
 * edits in turn. The result must be exactly checkWorkbook's.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkWorkbook } from '../../src/core/check';
import type { CellValue, SheetGrid, WorkbookGrid } from '../../src/core/grid';
import { changedRows, checkWithMemo, recheck, type RecheckStats } from '../../src/core/recheck';
import { readWorkbookBytes } from '../../src/xlsx/readGrid';
import type { Table } from '../../src/core/model';
import { IGNORE_SHEET_NAME, ignoreEntry, ignoreSheetRows } from '../../src/core/ignores';
import { defaultProfile } from '../../src/core/profile';

const SHARED = path.join(__dirname, '..', '..', '..', 'shared');
const files = [
  path.join(SHARED, 'fixtures', 'seed-projects-2023.xlsx'),
  ...fs
    .readdirSync(path.join(SHARED, 'realworld'))
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => path.join(SHARED, 'realworld', f)),
];

/** The grid with cells of one sheet changed, sharing every other row (as the add-in's re-read does). */
function edit(
  grid: WorkbookGrid,
  sheet: number,
  cells: { row: number; col: number; value: CellValue }[],
): WorkbookGrid {
  const s = grid.sheets[sheet];
  const top = s.top ?? 0;
  const left = s.left ?? 0;
  const values = [...s.values];
  const formats = s.formats ? [...s.formats] : undefined;
  for (const { row, col, value } of cells) {
    const i = row - top;
    while (values.length <= i) values.push([]);
    const r = [...(values[i] ?? [])];
    while (r.length <= col - left) r.push(null);
    r[col - left] = value;
    values[i] = r;
    if (formats) {
      while (formats.length <= i) formats.push([]);
      formats[i] = [...(formats[i] ?? [])];
    }
  }
  const next: SheetGrid = { ...s, values, ...(formats ? { formats } : {}) };
  return { sheets: grid.sheets.map((x, k) => (k === sheet ? next : x)) };
}

interface Edit {
  what: string;
  apply: (grid: WorkbookGrid, tables: Table[]) => WorkbookGrid | null;
}

const sheetOf = (grid: WorkbookGrid, t: Table) => grid.sheets.findIndex((s) => s.name === t.sheet);
const middle = (tables: Table[]) => tables[Math.floor(tables.length / 2)];

const edits: Edit[] = [
  {
    what: 'a value changed',
    apply: (grid, tables) => {
      const t = middle(tables);
      const row = t.grids[0]?.rows[0];
      const col = t.grids[0]?.columns.value;
      if (!t || !row || col === undefined) return null;
      return edit(grid, sheetOf(grid, t), [{ row: row.row, col, value: '≥95%' }]);
    },
  },
  {
    what: 'a project code changed to another table’s (duplicate code)',
    apply: (grid, tables) => {
      const a = tables.find((t) => t.fields.some((f) => f.key === 'code' && f.value));
      const b = [...tables]
        .reverse()
        .find((t) => t !== a && t.fields.some((f) => f.key === 'code' && f.value));
      if (!a || !b) return null;
      const from = a.fields.find((f) => f.key === 'code')!.value!;
      const to = b.fields.find((f) => f.key === 'code')!.value!;
      return edit(grid, sheetOf(grid, b), [{ row: to.row, col: to.col, value: from.value }]);
    },
  },
  {
    what: 'a grid’s header row cleared (the table changes shape)',
    apply: (grid, tables) => {
      const t = middle(tables);
      const g = t?.grids[0];
      if (!g) return null;
      const cells = [];
      for (let c = g.range.c1; c <= g.range.c2; c++) cells.push({ row: g.headerTop, col: c, value: null });
      return edit(grid, sheetOf(grid, t), cells);
    },
  },
  {
    what: 'an indicator row typed under a table',
    apply: (grid, tables) => {
      const t = tables[0];
      const g = t?.grids[t.grids.length - 1];
      const last = g?.rows[g.rows.length - 1];
      if (!g || !last) return null;
      const row = g.range.r2 + 1;
      const cells = [];
      for (const [role, col] of Object.entries(g.columns)) {
        const v =
          role === 'level3' ? '新增指标' : role === 'value' ? '≥90%' : role === 'level1' ? '产出指标' : null;
        if (v) cells.push({ row, col, value: v });
      }
      return edit(grid, sheetOf(grid, t), cells);
    },
  },
  {
    what: 'a note typed below every table',
    apply: (grid) => {
      const s = grid.sheets.findIndex((x) => x.values.length > 0);
      if (s < 0) return null;
      const sh = grid.sheets[s];
      return edit(grid, s, [
        { row: (sh.top ?? 0) + sh.values.length + 2, col: sh.left ?? 0, value: '备注：已核对' },
      ]);
    },
  },
  {
    what: 'a cell between two tables',
    apply: (grid, tables) => {
      for (let i = 1; i < tables.length; i++) {
        const a = tables[i - 1];
        const b = tables[i];
        if (a.sheet === b.sheet && b.range.r1 - a.range.r2 >= 2)
          return edit(grid, sheetOf(grid, b), [{ row: a.range.r2 + 1, col: b.range.c1, value: '说明' }]);
      }
      return null;
    },
  },
];

describe.each(files.map((f) => [path.basename(f), f]))('%s', (_name, file) => {
  const grid = readWorkbookBytes(fs.readFileSync(file), file);
  const memo = checkWithMemo(grid);

  test('the first check equals checkWorkbook', () => {
    expect(memo.result).toEqual(checkWorkbook(grid));
  });

  test.each(edits.map((e) => [e.what, e]))('%s: equals a full check', (_what, e) => {
    const edited = e.apply(grid, memo.result.tables);
    if (!edited) return; // the workbook has no such place
    const stats: RecheckStats = { tablesRead: 0, wholeSheets: 0, full: false };
    const again = recheck(memo, edited, stats);
    expect(again.result).toEqual(checkWorkbook(edited));
    expect(stats.full).toBe(false);
    // On the seed's sheet of six project tables, only tables around the edit are read again.
    if (_name.startsWith('seed') && e.what !== 'a note typed below every table') {
      expect(stats.wholeSheets).toBe(0);
      expect(stats.tablesRead).toBeLessThanOrEqual(2);
    }
    // The next edit builds on this one.
    const twice = e.apply(edited, again.result.tables);
    if (twice) expect(recheck(again, twice).result).toEqual(checkWorkbook(twice));
  });
});

describe('changedRows', () => {
  const grid: WorkbookGrid = {
    sheets: [
      { name: 'a', values: [['x'], ['y'], ['z']], merges: [{ r1: 0, c1: 0, r2: 0, c2: 1 }] },
      { name: 'b', values: [['q']], top: 4, merges: [] },
    ],
  };
  test('rows that are new objects with the same values did not change', () => {
    const copy: WorkbookGrid = {
      sheets: grid.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]), merges: [...s.merges] })),
    };
    expect(changedRows(grid, copy)).toEqual([]);
  });
  test('a changed value and a new merged area give their rows, in sheet rows', () => {
    const a = edit(grid, 1, [{ row: 5, col: 0, value: 'w' }]);
    expect(changedRows(grid, a)).toEqual([{ sheet: 1, r1: 5, r2: 5 }]);
    const b: WorkbookGrid = {
      sheets: [
        { ...grid.sheets[0], merges: [...grid.sheets[0].merges, { r1: 1, c1: 0, r2: 2, c2: 0 }] },
        grid.sheets[1],
      ],
    };
    expect(changedRows(grid, b)).toEqual([{ sheet: 0, r1: 1, r2: 2 }]);
  });
  test('a renamed sheet means nothing can be reused', () => {
    expect(changedRows(grid, { sheets: [grid.sheets[0], { ...grid.sheets[1], name: 'c' }] })).toBeNull();
  });
});

describe('with an ignore sheet and a profile', () => {
  const seed = readWorkbookBytes(fs.readFileSync(files[0]), files[0]);
  const first = checkWorkbook(seed);
  const [a, b] = first.findings;
  const withIgnores: WorkbookGrid = {
    sheets: [
      ...seed.sheets,
      {
        name: IGNORE_SHEET_NAME,
        values: ignoreSheetRows([
          ignoreEntry(a, '已核实', '2026-12-01'),
          ignoreEntry(b, '规则不适用', '2026-12-01', true),
        ]),
        merges: [],
        hidden: 'hidden',
      },
    ],
  };
  const profile = { ...defaultProfile(), severities: { [first.findings[2].rule]: 'info' as const } };
  const memo = checkWithMemo(withIgnores, profile);

  test('an edit in a table: the ignores and severities apply as in a full check', () => {
    expect(memo.result).toEqual(checkWorkbook(withIgnores, profile));
    expect(memo.result.ignored?.length).toBeGreaterThan(0);
    const edited = edits[0].apply(withIgnores, memo.result.tables)!;
    const stats: RecheckStats = { tablesRead: 0, wholeSheets: 0, full: false };
    expect(recheck(memo, edited, stats).result).toEqual(checkWorkbook(edited, profile));
    expect(stats.full).toBe(false);
  });

  test('an edit of the ignore sheet checks everything again', () => {
    const s = withIgnores.sheets.length - 1;
    const edited = edit(withIgnores, s, [
      { row: 1, col: 3, value: '改了理由' },
      { row: 2, col: 0, value: null },
    ]);
    const stats: RecheckStats = { tablesRead: 0, wholeSheets: 0, full: false };
    expect(recheck(memo, edited, stats).result).toEqual(checkWorkbook(edited, profile));
    expect(stats.full).toBe(true);
  });
});
