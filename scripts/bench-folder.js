#!/usr/bin/env node
'use strict';
/**
 * `node scripts/bench-folder.js`: a folder of many submissions through the CLI.
 *
 * Copies the sample workbook (samples/seed-projects-2023.xlsx, six tables) N
 * times into a temporary folder (d000/f00000.xlsx …, 100 files a sub-folder),
 * then runs `node bin/kpicheck.js check DIR --format json --jobs J` for each
 * size and job count, and reports:
 *   wall s      elapsed time
 *   cpu s       user + system time of the whole process tree
 *   main MB     peak resident memory of the main process (VmHWM)
 *   tree MB     peak of the summed resident memory of the main process and
 *               its workers, sampled every 20 ms
 *   json        whether stdout parsed as one JSON document with N files
 * and the ratio of the peaks at the largest size against the smallest.
 *
 * Needs the compiled CLI (npm run build:cli). Linux only (/proc).
 * Options: --sizes 200,2000  --jobs 1,2  --keep (keep the folder).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const root = path.join(__dirname, '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const SIZES = String(opt('sizes', '200,2000')).split(',').map(Number);
const JOBS = String(opt('jobs', '1,2')).split(',').map(Number);
const KEEP = argv.includes('--keep');
const SAMPLE = path.join(root, 'samples', 'seed-projects-2023.xlsx');
const CLI = path.join(root, 'bin', 'kpicheck.js');

if (!fs.existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
  console.error('bench-folder: 尚未构建，请先运行 npm run build:cli (not built: run npm run build:cli)');
  process.exit(2);
}

function makeFolder(n) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kpicheck-folder-${n}-`));
  for (let i = 0; i < n; i++) {
    const sub = path.join(dir, `d${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) fs.mkdirSync(sub);
    fs.copyFileSync(SAMPLE, path.join(sub, `f${String(i).padStart(5, '0')}.xlsx`));
  }
  return dir;
}

function children(pid) {
  try {
    return fs
      .readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

function statusKb(pid, field) {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function treeRss(pid) {
  let kb = statusKb(pid, 'VmRSS');
  for (const c of children(pid)) kb += treeRss(c);
  return kb;
}

function run(dir, jobs) {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [CLI, 'check', dir, '--format', 'json', '--jobs', String(jobs)], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const chunks = [];
    child.stdout.on('data', (d) => chunks.push(d));
    let tree = 0;
    let main = 0;
    const timer = setInterval(() => {
      tree = Math.max(tree, treeRss(child.pid));
      main = Math.max(main, statusKb(child.pid, 'VmHWM'));
    }, 20);
    child.on('exit', (code) => {
      clearInterval(timer);
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      let json = false;
      let files = 0;
      try {
        files = JSON.parse(Buffer.concat(chunks).toString('utf8')).files.length;
        json = true;
      } catch {
        /* not JSON */
      }
      resolve({ code, wall, main: main / 1024, tree: tree / 1024, json, files });
    });
  });
}

async function main() {
  console.log(
    `node ${process.version}, ${os.cpus().length} cores, load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log('files  jobs  exit  wall s  main MB  tree MB  json');
  const peaks = {};
  for (const n of SIZES) {
    const dir = makeFolder(n);
    for (const jobs of JOBS) {
      const r = await run(dir, jobs);
      peaks[`${n}/${jobs}`] = r;
      console.log(
        `${String(n).padStart(5)}  ${String(jobs).padStart(4)}  ${String(r.code).padStart(4)}  ${r.wall.toFixed(1).padStart(6)}  ${r.main.toFixed(0).padStart(7)}  ${r.tree.toFixed(0).padStart(7)}  ${r.json && r.files === n ? 'valid' : 'INVALID'}`,
      );
    }
    if (KEEP) console.log(`kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
  const lo = Math.min(...SIZES);
  const hi = Math.max(...SIZES);
  for (const jobs of JOBS) {
    const a = peaks[`${lo}/${jobs}`];
    const b = peaks[`${hi}/${jobs}`];
    if (a && b && lo !== hi)
      console.log(
        `jobs ${jobs}: peak at ${hi} ÷ at ${lo} files: main ${(b.main / a.main).toFixed(2)}×, tree ${(b.tree / a.tree).toFixed(2)}×`,
      );
  }
  console.log(
    `load after: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}

main();
