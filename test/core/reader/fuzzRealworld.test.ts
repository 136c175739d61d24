/**
 * Fuzz over the real published tables: label synonyms swapped, rows shuffled within a grid, cells
 * blanked, grids moved down and right. The reader never throws and no finding falls outside its table.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkWorkbook } from '../../../src/core/check';
import type { CellValue, SheetGrid, WorkbookGrid } from '../../../src/core/grid';
import { readWorkbook } from '../../../src/core/reader/readWorkbook';
import { readWorkbookBytes } from '../../../src/xlsx/readGrid';

const dir = path.join(__dirname, '..', '..', '..', '..', 'shared', 'realworld');
const have = fs.existsSync(dir);
const files = have ? fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')) : [];

/** Small seeded PRNG (mulberry32) so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYNONYMS: Record<string, string[]> = {
  一级指标: ['一级', '一级绩效指标'],
  二级指标: ['二级', '二级指标名称'],
  三级指标: ['指标名称', '三级指标名称', '具体指标'],
  指标值: ['目标值', '年度指标值', '预期目标值'],
  年度指标值: ['指标值', '全年指标值'],
  产出指标: ['产出', '项目完成指标'],
  效益指标: ['效果指标', '效益'],
  满意度指标: ['满意度'],
  数量指标: ['数量'],
  质量指标: ['质量'],
  时效指标: ['时效'],
  成本指标: ['成本'],
  其他资金: ['其他资金数'],
};

function clone(s: SheetGrid): SheetGrid {
  return {
    ...s,
    values: s.values.map((r) => [...(r ?? [])]),
    formats: s.formats?.map((r) => (r ? [...r] : r)),
    merges: s.merges.map((m) => ({ ...m })),
  };
}

function swapSynonyms(s: SheetGrid, rand: () => number): void {
  for (const row of s.values)
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (typeof v !== 'string') continue;
      const alts = SYNONYMS[v.replace(/\s+/g, '')];
      if (alts && rand() < 0.7) row[j] = alts[Math.floor(rand() * alts.length)];
    }
}

function blankCells(s: SheetGrid, rand: () => number, share: number): void {
  for (const row of s.values)
    for (let j = 0; j < row.length; j++) if (row[j] !== null && rand() < share) row[j] = null;
}

/** Swaps body rows of each grid that no merge touches. */
function shuffleRows(s: SheetGrid, rand: () => number): void {
  const top = s.top ?? 0;
  const touched = (r: number) => s.merges.some((m) => r >= m.r1 && r <= m.r2);
  for (const t of readWorkbook({ sheets: [s] }))
    for (const g of t.grids) {
      const free = g.rows.map((r) => r.row).filter((r) => !touched(r));
      for (let k = free.length - 1; k > 0; k--) {
        const a = free[k] - top;
        const b = free[Math.floor(rand() * (k + 1))] - top;
        [s.values[a], s.values[b]] = [s.values[b], s.values[a]];
      }
    }
}

/** Moves everything down by dr rows and right by dc columns. */
function move(s: SheetGrid, dr: number, dc: number): void {
  const pad = (): CellValue[] => [];
  s.values = [
    ...Array.from({ length: dr }, pad),
    ...s.values.map((r) => [...Array(dc).fill(null), ...(r ?? [])]),
  ];
  if (s.formats)
    s.formats = [
      ...Array.from({ length: dr }, () => []),
      ...s.formats.map((r) => [...Array(dc).fill(null), ...(r ?? [])]),
    ];
  s.merges = s.merges.map((m) => ({ r1: m.r1 + dr, r2: m.r2 + dr, c1: m.c1 + dc, c2: m.c2 + dc }));
}

function mutate(wb: WorkbookGrid, seed: number): WorkbookGrid {
  const rand = rng(seed);
  return {
    sheets: wb.sheets.map((s0) => {
      const s = clone(s0);
      if (rand() < 0.6) swapSynonyms(s, rand);
      if (rand() < 0.5) shuffleRows(s, rand);
      if (rand() < 0.5) blankCells(s, rand, 0.03 + rand() * 0.1);
      if (rand() < 0.5) move(s, Math.floor(rand() * 6), Math.floor(rand() * 4));
      return s;
    }),
  };
}

(have ? describe : describe.skip)('fuzz over the realworld tables', () => {
  const originals = files.map((f) => ({ f, wb: readWorkbookBytes(fs.readFileSync(path.join(dir, f)), f) }));

  it('never throws and keeps every finding inside its table', () => {
    const problems: string[] = [];
    for (let seed = 1; seed <= 12; seed++)
      for (const { f, wb } of originals) {
        const m = mutate(wb, seed * 7919 + f.length);
        let res;
        try {
          res = checkWorkbook(m);
        } catch (e) {
          problems.push(`${f} seed ${seed}: threw ${String(e)}`);
          continue;
        }
        for (const x of res.findings) {
          if (x.table < 0) continue;
          const r = res.tables[x.table].range;
          if (x.row < r.r1 || x.row > r.r2 || x.col < r.c1 || x.col > r.c2)
            problems.push(`${f} seed ${seed}: ${x.rule} at ${x.cell} outside ${JSON.stringify(r)}`);
        }
      }
    expect(problems).toEqual([]);
  });

  it('moving a sheet moves its tables and nothing else', () => {
    for (const { f, wb } of originals) {
      const moved = {
        sheets: wb.sheets.map((s) => {
          const c = clone(s);
          move(c, 3, 2);
          return c;
        }),
      };
      const a = readWorkbook(wb).map((t) => [t.range.r1 + 3, t.range.c1 + 2, t.grids.length]);
      const b = readWorkbook(moved).map((t) => [t.range.r1, t.range.c1, t.grids.length]);
      expect([f, b]).toEqual([f, a]);
    }
  });
});
