'use strict';
/**
 * The benchmark workbooks (`npm run bench`, `npm run bench:excel`): `n`
 * seed-style project tables stacked on one sheet, each the seed's table in
 * turn with its 17-row block (the table and the blank rows after it), merges
 * and number formats, a distinct project code and name per copy. `XLSX` is
 * the SheetJS instance to use.
 */
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const SEED = path.join(root, '..', 'shared', 'fixtures', 'seed-projects-2023.xlsx');
const SHEET = '项目支出绩效目标表';
const BLOCK_ROWS = 17; // the seed's stride: a table (15–16 rows) and the blank rows after it
const SEED_TABLES = 6;

/** The seed's six tables as blocks of cells (row relative to the block) with their merges. */
function seedBlocks(XLSX) {
  const wb = XLSX.read(fs.readFileSync(SEED), { cellNF: true });
  const ws = wb.Sheets[SHEET];
  const blocks = Array.from({ length: SEED_TABLES }, () => ({ cells: [], merges: [] }));
  for (const key of Object.keys(ws)) {
    if (key[0] === '!') continue;
    const { r, c } = XLSX.utils.decode_cell(key);
    const k = Math.floor(r / BLOCK_ROWS);
    if (k < SEED_TABLES) blocks[k].cells.push({ r: r - k * BLOCK_ROWS, c, cell: ws[key] });
  }
  for (const m of ws['!merges'] || []) {
    const k = Math.floor(m.s.r / BLOCK_ROWS);
    if (k < SEED_TABLES)
      blocks[k].merges.push({
        s: { r: m.s.r - k * BLOCK_ROWS, c: m.s.c },
        e: { r: m.e.r - k * BLOCK_ROWS, c: m.e.c },
      });
  }
  return blocks;
}

/** A workbook of `n` stacked tables (seed tables in turn), codes 902000001…, names suffixed -1, -2, … */
function makeWorkbook(XLSX, n, blocks) {
  const ws = {};
  const merges = [];
  let maxC = 0;
  for (let i = 0; i < n; i++) {
    const block = blocks[i % blocks.length];
    const top = i * BLOCK_ROWS;
    for (const { r, c, cell } of block.cells) {
      const copy = { t: cell.t, v: cell.v };
      if (cell.z && cell.z !== 'General') copy.z = cell.z;
      if (r === 0 && c === 1) copy.v = String(902000001 + i); // 项目编码
      if (r === 0 && c === 3) copy.v = `${cell.v}-${i + 1}`; // 预算项目名称
      ws[XLSX.utils.encode_cell({ r: top + r, c })] = copy;
      if (c > maxC) maxC = c;
    }
    for (const m of block.merges)
      merges.push({ s: { r: m.s.r + top, c: m.s.c }, e: { r: m.e.r + top, c: m.e.c } });
  }
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: n * BLOCK_ROWS - 1, c: maxC } });
  ws['!merges'] = merges;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, SHEET);
  return wb;
}

module.exports = { seedBlocks, makeWorkbook, SHEET, BLOCK_ROWS };
