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

test('live check after one edit in a 1,000-table workbook', async () => {
  // 100 sheets × 10 tables of 12 rows (merged 一级/二级 blocks).
  const x = testExcel(Array.from({ length: 100 }, (_, i) => tableSheet(`项目${i + 1}`, 120, 8, 12)));
  const host = new ExcelHost({ run: x.run, runIn: x.runIn, api: FULL_SUPPORT, ownWriteGraceMs: 0 });
  let t = performance.now();
  await host.read();
  lines.push(
    `full read, 100 sheets (1,000 tables): ${x.syncCount} syncs, ${(performance.now() - t).toFixed(0)} ms`,
  );
  await host.onChanged(() => undefined);
  const times: number[] = [];
  let syncs = 0;
  for (let k = 0; k < 7; k++) {
    const sheet = x.wb.sheets[(k * 13) % 100];
    ensureCell(sheet, 5, 2).v = `改${k}`;
    await x.fireChanged({ worksheetId: sheet.id, address: `${sheet.name}!C6` });
    const before = x.syncCount;
    t = performance.now();
    await host.read();
    times.push(performance.now() - t);
    syncs = x.syncCount - before;
  }
  times.sort((a, b) => a - b);
  const grid = await host.read();
  t = performance.now();
  const checked = checkWorkbook(grid);
  lines.push(
    `core re-check of the whole workbook (as the pane does today): ${(performance.now() - t).toFixed(0)} ms, ${checked.findings.length} findings`,
  );
  lines.push(
    `live re-read after one edit: ${syncs} sync, median ${times[3].toFixed(1)} ms (client + in-memory Excel + adapter; 960 cells read)`,
  );
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
