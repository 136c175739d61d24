#!/usr/bin/env node
'use strict';
/**
 * `npm run bench`: how fast the checker is, and whether cost grows linearly.
 *
 * Generates workbooks of 10, 100 and 1,000 seed-style project tables stacked
 * on one sheet: the seed's six project tables in turn, each copied with its
 * 17-row block (the table and the blank rows after it), merges and number
 * formats, with a distinct project code and name per copy (so copies of one
 * seed table also trip text/duplicate-grid, as copy-paste would). Then, for
 * each size:
 *   core      checkWorkbook on the already-read grid (in process, best of N:
 *             warm, the core's caches filled by the runs before), and its
 *             first run in a fresh process (cold, as the CLI pays it)
 *   bare read `node -e` that only requires @e965/xlsx and reads the file
 *             (node start-up included; best of N)
 *   CLI       `node bin/kpicheck.js check FILE --format json > /dev/null`
 *             (best of N)
 * and prints tables/s through the core, CLI ÷ bare read, and the core's time
 * per table at 1,000 against 100 (1.0 = linear).
 *
 * Needs the compiled CLI (npm run build:cli, which `npm run bench` does).
 * Options: --runs N (default 7), --sizes 10,100,1000, --keep (keep tmp/bench).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
if (!fs.existsSync(path.join(dist, 'cli', 'main.js'))) {
  console.error('bench: 尚未构建，请先运行 npm run build:cli (not built: run npm run build:cli)');
  process.exit(2);
}
// The adapter's SheetJS instance (core build, native zlib once useNativeInflate runs): files are
// written deflated by zlib, as Excel writes them.
const XLSX = require(path.join(dist, 'xlsx', 'sheetjs.js')).sheetjs();
const { readWorkbookBytes } = require(path.join(dist, 'xlsx', 'readGrid.js'));
const { useNativeInflate } = require(path.join(dist, 'xlsx', 'readFile.js'));
const { checkWorkbook } = require(path.join(dist, 'core', 'check.js'));

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const RUNS = Number(opt('runs', 7));
const SIZES = String(opt('sizes', '10,100,1000')).split(',').map(Number);
const KEEP = argv.includes('--keep');

const { seedBlocks: seedBlocksOf, makeWorkbook: makeWorkbookOf } = require('./bench-workbook');
const seedBlocks = () => seedBlocksOf(XLSX);
const makeWorkbook = (n, blocks) => makeWorkbookOf(XLSX, n, blocks);

const ms = (ns) => Number(ns) / 1e6;

function bestOf(runs, fn) {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    const d = ms(process.hrtime.bigint() - t);
    if (d < best) best = d;
  }
  return best;
}

/** checkWorkbook's first run in a fresh process, with the CLI's V8 settings (best of N processes). */
function coldCore(file) {
  const script = `
    require(${JSON.stringify(path.join(dist, 'cli', 'v8Flags.js'))}).tuneV8ForShortRun();
    const { readWorkbookFile } = require(${JSON.stringify(path.join(dist, 'xlsx', 'readFile.js'))});
    const { checkWorkbook } = require(${JSON.stringify(path.join(dist, 'core', 'check.js'))});
    readWorkbookFile(${JSON.stringify(file)}).then((g) => {
      const t = process.hrtime.bigint();
      checkWorkbook(g);
      process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));
    });`;
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench: cold core run failed: ${r.stderr}`);
    best = Math.min(best, Number(r.stdout));
  }
  return best;
}

/** Preloaded into timed children: reports the process's CPU time (all threads) on stderr at exit. */
const CPU_REPORT = `process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('\\nbench-cpu-us ' + (u.user + u.system) + '\\n'); });`;

function runChild(args, okCodes, preload) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', preload, ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const wall = ms(process.hrtime.bigint() - t);
  if (!okCodes.includes(r.status))
    throw new Error(`bench: ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const m = /bench-cpu-us (\d+)/.exec(r.stderr);
  return { wall, cpu: m ? Number(m[1]) / 1000 : NaN };
}

/**
 * Bare read and CLI, alternated so that both see the same machine load; best
 * of N each, by wall-clock time and by CPU time (user + system, all threads:
 * steadier than wall-clock on a busy machine).
 */
function timeBareAndCli(file, preload) {
  const best = { bareMs: Infinity, cliMs: Infinity, bareCpu: Infinity, cliCpu: Infinity };
  for (let i = 0; i < RUNS; i++) {
    const b = runChild(['-e', `require('@e965/xlsx').readFile(${JSON.stringify(file)})`], [0], preload);
    const c = runChild(
      [path.join(root, 'bin', 'kpicheck.js'), 'check', file, '--format', 'json'],
      [0, 1],
      preload,
    );
    best.bareMs = Math.min(best.bareMs, b.wall);
    best.cliMs = Math.min(best.cliMs, c.wall);
    best.bareCpu = Math.min(best.bareCpu, b.cpu);
    best.cliCpu = Math.min(best.cliCpu, c.cpu);
  }
  return best;
}

function main() {
  const dir = path.join(root, 'tmp', 'bench');
  fs.mkdirSync(dir, { recursive: true });
  const preload = path.join(dir, 'cpu-report.js');
  fs.writeFileSync(preload, CPU_REPORT);
  useNativeInflate(); // as the CLI reads
  const blocks = seedBlocks();
  const rows = [];
  for (const n of SIZES) {
    const file = path.join(dir, `bench-${n}-tables.xlsx`);
    fs.writeFileSync(
      file,
      XLSX.write(makeWorkbook(n, blocks), { type: 'buffer', bookType: 'xlsx', compression: true }),
    );
    const bytes = fs.readFileSync(file);

    const grid = readWorkbookBytes(bytes, file);
    const readMs = bestOf(RUNS, () => readWorkbookBytes(bytes, file));
    const first = checkWorkbook(grid);
    if (first.tables.length !== n)
      console.error(`bench: ${n} tables generated, the core found ${first.tables.length}`);
    const coreMs = bestOf(RUNS, () => checkWorkbook(grid));
    const coldMs = coldCore(file);

    const { bareMs, cliMs, bareCpu, cliCpu } = timeBareAndCli(file, preload);
    rows.push({
      n,
      kb: bytes.length / 1024,
      found: first.tables.length,
      findings: first.findings.length,
      readMs,
      coreMs,
      coldMs,
      bareMs,
      cliMs,
      bareCpu,
      cliCpu,
    });
  }

  const cpu = os.cpus()[0];
  console.log(
    `node ${process.version}, ${os.platform()} ${os.arch()}, ${cpu ? cpu.model : 'unknown CPU'} ×${os.cpus().length}; best of ${RUNS} runs`,
  );
  console.log('');
  console.log(
    '| tables | file KB | tables found | findings | grid read (warm) | core, warm | core tables/s (warm) | core, first run (cold) | bare SheetJS read (node -e) | CLI check --format json | CLI ÷ bare | CPU: bare / CLI / ratio |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.n} | ${r.kb.toFixed(0)} | ${r.found} | ${r.findings} | ${r.readMs.toFixed(1)} ms | ${r.coreMs.toFixed(1)} ms | ${Math.round((r.n / r.coreMs) * 1000)} | ${r.coldMs.toFixed(0)} ms | ${r.bareMs.toFixed(0)} ms | ${r.cliMs.toFixed(0)} ms | ${(r.cliMs / r.bareMs).toFixed(2)} | ${r.bareCpu.toFixed(0)} / ${r.cliCpu.toFixed(0)} ms / ${(r.cliCpu / r.bareCpu).toFixed(2)} |`,
    );
  }
  const at = (n) => rows.find((r) => r.n === n);
  console.log('');
  const big = at(1000);
  if (big) {
    console.log(
      `core, 1,000 tables: ${big.coreMs.toFixed(1)} ms warm (target < 300 ms): ${big.coreMs < 300 ? 'met' : 'NOT MET'}; first run in a fresh process ${big.coldMs.toFixed(0)} ms: ${big.coldMs < 300 ? 'met' : 'NOT MET'}`,
    );
    console.log(
      `CLI ÷ bare read, 1,000 tables: ${(big.cliMs / big.bareMs).toFixed(2)} (target ≤ 1.5): ${big.cliMs / big.bareMs <= 1.5 ? 'met' : 'NOT MET'}`,
    );
  }
  const worst = Math.max(...rows.map((r) => r.cliMs / r.bareMs));
  const worstCpu = Math.max(...rows.map((r) => r.cliCpu / r.bareCpu));
  console.log(`CLI ÷ bare read, worst size: ${worst.toFixed(2)} wall-clock, ${worstCpu.toFixed(2)} CPU time`);
  if (at(100) && big) {
    const ratio = big.coreMs / 1000 / (at(100).coreMs / 100);
    const coldRatio = big.coldMs / 1000 / (at(100).coldMs / 100);
    console.log(
      `linearity: core time per table at 1,000 ÷ at 100 = ${ratio.toFixed(2)} warm, ${coldRatio.toFixed(2)} cold (1.0 = linear)`,
    );
  }
  if (!KEEP) fs.rmSync(dir, { recursive: true, force: true });
}

main();
