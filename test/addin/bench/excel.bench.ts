/**
 * Sync counts and the live check's cost through Microsoft's Office.js client
 * over the in-memory Excel (`npm run bench:excel`; figures in
 * docs/benchmarks.md). Prints, asserts nothing about time.
 */
import { testExcel } from '../excel/officeClient';
import { tableSheet } from '../fixtures';
import { ensureCell } from '../excel/workbook';
import { ExcelHost } from '../../../src/addin/excelHost';
import { FULL_SUPPORT } from '../../../src/addin/apiSupport';
import { groupFindings } from '../../../src/core/marks/cellMarks';
import type { Finding } from '../../../src/core/findings';
import { checkWorkbook } from '../../../src/core/check';
import { checkWithMemo, recheck, type CheckMemo, type RecheckStats } from '../../../src/core/recheck';
import type { WorkbookGrid } from '../../../src/core/grid';
import { a1 } from '../../../src/core/grid';
import * as XLSX from '@e965/xlsx';
import { sheetsFromXlsx } from '../fixtures';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the generator `npm run bench` uses (plain JS)
const { seedBlocks, makeWorkbook } = require('../../../scripts/bench-workbook') as {
  seedBlocks: (xlsx: typeof XLSX) => unknown;
  makeWorkbook: (xlsx: typeof XLSX, n: number, blocks: unknown) => XLSX.WorkBook;
};

const lines: string[] = [];
afterAll(() => console.log(lines.join('\n')));

test('reading: syncs for 1, 5, 20 sheets of budget tables', async () => {
  for (const n of [1, 5, 20]) {
    const x = testExcel(Array.from({ length: n }, (_, i) => tableSheet(`项目${i + 1}`, 120, 8, 5)));
    const host = new ExcelHost({ run: x.run, api: FULL_SUPPORT });
    await host.read();
    lines.push(`read ${n} sheet(s) × 120 rows: ${x.syncCount} syncs`);
  }
});

test('live check after one edit in a 1,000-table workbook (scripts/bench-workbook.js)', async () => {
  // The `npm run bench` workbook: 1,000 seed tables stacked on one sheet (17,000 rows).
  const bytes = XLSX.write(makeWorkbook(XLSX, 1000, seedBlocks(XLSX)), {
    type: 'buffer',
    bookType: 'xlsx',
  }) as Buffer;
  const x = testExcel(sheetsFromXlsx(bytes));
  // Time spent answering requests is the in-memory Excel's, not the pane's: measured and taken off.
  let excelMs = 0;
  const answer = x.backend.process.bind(x.backend);
  x.backend.process = (...args: Parameters<typeof answer>) => {
    const t0 = performance.now();
    try {
      return answer(...args);
    } finally {
      excelMs += performance.now() - t0;
    }
  };
  const host = new ExcelHost({ run: x.run, runIn: x.runIn, api: FULL_SUPPORT, ownWriteGraceMs: 0 });
  // The pane's checker (src/ui/engine.ts) is liveChecker(); recheck is what it runs after an edit.
  let memo: CheckMemo | null = null;
  const check = (g: WorkbookGrid, stats?: RecheckStats) => {
    memo = memo ? recheck(memo, g, stats) : checkWithMemo(g);
    return memo.result;
  };
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let t = performance.now();
  excelMs = 0;
  let grid = await host.read();
  const readMs = performance.now() - t;
  const readSyncs = x.syncCount;
  t = performance.now();
  let result = check(grid);
  const firstCheckMs = performance.now() - t;
  t = performance.now();
  checkWorkbook(grid);
  const fullCheckMs = performance.now() - t;
  lines.push(
    `1,000 tables (one sheet, 17,000 rows): full read ${readSyncs} syncs, ${readMs.toFixed(0)} ms (${excelMs.toFixed(0)} ms of it the in-memory Excel); first check ${firstCheckMs.toFixed(0)} ms (${result.tables.length} tables, ${result.findings.length} findings); a full re-check ${fullCheckMs.toFixed(0)} ms`,
  );
  await host.onChanged(() => undefined);
  const sheet = x.wb.sheets[0];
  const tables = result.tables;
  const kinds: { what: string; cells: (k: number) => { r: number; c: number; v: string | null }[] }[] = [
    {
      what: 'a target value changed',
      cells: (k) => {
        const g = tables[k].grids[0];
        return [{ r: g.rows[1].row, c: g.columns.value!, v: `≥${90 + (k % 9)}%` }];
      },
    },
    {
      what: 'a grid header row cleared (the table changes shape)',
      cells: (k) => {
        const g = tables[k].grids[0];
        const out = [];
        for (let c = g.range.c1; c <= g.range.c2; c++) out.push({ r: g.headerTop, c, v: null });
        return out;
      },
    },
    {
      what: 'a note typed between two tables',
      cells: (k) => [{ r: tables[k].range.r2 + 1, c: 0, v: '说明' }],
    },
  ];
  for (const kind of kinds) {
    const pane: number[] = [];
    const paneCpu: number[] = [];
    const parts: NonNullable<RecheckStats['ms']>[] = [];
    let syncs = 0;
    let reread = 0;
    let tablesRead = 0;
    for (let i = 0; i < 9; i++) {
      const k = (i * 111 + 57) % 1000;
      const cells = kind.cells(k);
      for (const { r, c, v } of cells) ensureCell(sheet, r, c).v = v;
      const rows = cells.map((x) => x.r);
      const cols = cells.map((x) => x.c);
      const ref = `${a1(Math.min(...rows), Math.min(...cols))}:${a1(Math.max(...rows), Math.max(...cols))}`;
      await x.fireChanged({ worksheetId: sheet.id, address: ref });
      const before = x.syncCount;
      excelMs = 0;
      t = performance.now();
      let cpu = cpuMs();
      grid = await host.read();
      const read = performance.now() - t - excelMs;
      const readCpu = cpuMs() - cpu - excelMs; // the in-memory Excel's time taken off (wall-clock, as its CPU)
      syncs = Math.max(syncs, x.syncCount - before);
      const stats: RecheckStats = { tablesRead: 0, wholeSheets: 0, full: false };
      t = performance.now();
      cpu = cpuMs();
      result = check(grid, stats);
      const c = performance.now() - t;
      paneCpu.push(Math.max(0, readCpu) + cpuMs() - cpu);
      pane.push(read + c);
      if (stats.ms) parts.push(stats.ms);
      tablesRead = Math.max(tablesRead, stats.tablesRead);
      expect(stats.full || stats.wholeSheets > 0).toBe(false);
      reread = Math.max(
        reread,
        x.syncs.slice(before).reduce((n, s) => n + s.cells, 0),
      );
    }
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    lines.push(
      `after one edit (${kind.what}): ${syncs} read sync, ${reread} cells read, ≤ ${tablesRead} tables read again; ` +
        `pane's work (client + adapter + re-check) median ${med(pane).toFixed(1)} ms wall-clock, ${med(paneCpu).toFixed(1)} ms CPU, max ${Math.max(...pane).toFixed(1)} ms; ` +
        `re-check: rows diff ${med(parts.map((p) => p.diff)).toFixed(1)}, tables ${med(parts.map((p) => p.tables)).toFixed(1)}, workbook rules ${med(parts.map((p) => p.workbook)).toFixed(1)}, total ${med(parts.map((p) => p.total)).toFixed(1)} ms`,
    );
  }
  // With marks shown: the first marking, then one edit's re-check and re-mark (only changed marks).
  let before = x.syncCount;
  t = performance.now();
  await host.highlight(result.findings);
  const markSyncs = x.syncs.slice(before);
  lines.push(
    `marks shown: ${groupFindings(result.findings).length} cells marked in ${markSyncs.length} syncs (${markSyncs.filter((s) => s.writes > 0).length} writes), ${(performance.now() - t).toFixed(0)} ms`,
  );
  const g0 = tables[500].grids[0];
  ensureCell(sheet, g0.rows[0].row, g0.columns.value!).v = '';
  await x.fireChanged({ worksheetId: sheet.id, address: a1(g0.rows[0].row, g0.columns.value!) });
  grid = await host.read();
  result = check(grid);
  before = x.syncCount;
  t = performance.now();
  await host.highlight(result.findings, { onlyChanged: true });
  const remark = x.syncs.slice(before);
  lines.push(
    `after an edit that empties a target value, the re-mark: ${remark.length} syncs (${remark.filter((s) => s.writes > 0).length} write), ${host.lastOutcome?.touched.length} cells touched, largest request ${(Math.max(...remark.map((s) => s.bytes)) / 1e3).toFixed(0)} kB, ${(performance.now() - t).toFixed(0)} ms`,
  );

  // The result after all those edits is the full check's.
  const fullGrid = await new ExcelHost({ run: x.run, api: FULL_SUPPORT }).read();
  expect(result).toEqual(checkWorkbook(fullGrid));
});

test('marking: syncs for 1,000 and 5,000 findings', async () => {
  for (const n of [1000, 5000]) {
    const sheets = Array.from({ length: 20 }, (_, i) => tableSheet(`表${i}`, n / 20 + 5, 6));
    const x = testExcel(sheets);
    const findings: Finding[] = sheets.flatMap((s) =>
      Array.from({ length: n / 20 }, (_, r) => ({
        rule: 'r',
        messageId: 'm',
        severity: 'warning' as const,
        sheet: s.name,
        cell: `C${r + 1}`,
        row: r,
        col: 2,
        text: { zh: `问题${r}：指标值缺少单位`, en: `Problem ${r}: the value has no unit` },
        table: 0,
      })),
    );
    const host = new ExcelHost({ run: x.run, api: FULL_SUPPORT });
    const before = x.syncCount;
    await host.highlight(findings);
    const syncs = x.syncs.slice(before);
    lines.push(
      `mark ${n} findings (${groupFindings(findings).length} cells): ${syncs.length} syncs (${syncs.filter((s) => s.writes > 0).length} writes), largest request ${(Math.max(...syncs.map((s) => s.bytes)) / 1e6).toFixed(2)} MB`,
    );
  }
});
