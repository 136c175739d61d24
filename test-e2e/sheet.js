#!/usr/bin/env node
'use strict';
/**
 * Browser test of the web page's sheet picture, worker and ignores (run
 * `npm run build` and `npm run build:cli` first). At 1366×768: opens the
 * sample, clicks the finding at E62 and expects the ARIA grid with its cell
 * holding 下降 selected and in view; ignores it with a reason, downloads the
 * working copy, checks it with the CLI and opens it again; loads a profile and
 * compares with `kpicheck --profile`; re-checks after the file changed on disk;
 * opens a generated 1,000-table workbook and measures long tasks (observer)
 * and the element count; runs axe-core on every view; saves
 * docs/screenshot-web.png. Last line "N passed, M failed".
 */
const assert = require('assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const XLSX = require('@e965/xlsx');
const { launchChromium, requireChromium, stepRunner, serveStatic } = require('./harness');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist-web');
const SAMPLE = path.join(ROOT, 'samples', 'seed-projects-2023.xlsx');
const CLI = path.join(ROOT, 'bin', 'kpicheck.js');
const SCREENSHOT = path.join(ROOT, 'docs', 'screenshot-web.png');
const LONG_TASK_LIMIT_MS = 200;
const ELEMENT_LIMIT = 10000;
const TABLES = 1000;

const runner = stepRunner();
const results = runner.results;
/** ONLY=text runs only the steps whose name holds it (while working on one). */
const step = (name, fn) =>
  !process.env.ONLY || name.includes(process.env.ONLY) ? runner.step(name, fn) : undefined;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kpi-sheet-'));

function cli(file, ...args) {
  const r = spawnSync(process.execPath, [CLI, 'check', file, '--format', 'json', ...args], {
    encoding: 'utf8',
  });
  assert.ok(r.status === 0 || r.status === 1, `kpicheck failed (${r.status}): ${r.stderr}`);
  const json = JSON.parse(r.stdout);
  return json.files[0].issues;
}

/** The sample's sheet repeated until it holds `tables` tables (6 a copy), as one workbook. */
function bigWorkbook(file, tables) {
  const wb = XLSX.read(fs.readFileSync(SAMPLE));
  const name = wb.SheetNames.find((n) => n.includes('项目')) || wb.SheetNames[0];
  const ws = wb.Sheets[name];
  const range = XLSX.utils.decode_range(ws['!ref']);
  const rows = XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, defval: null });
  const height = range.e.r + 3;
  const copies = Math.ceil(tables / 6);
  const aoa = [];
  const merges = [];
  for (let k = 0; k < copies; k++) {
    for (let r = 0; r < height; r++) aoa.push(rows[r] ? [...rows[r]] : []);
    for (const m of ws['!merges'] || [])
      merges.push({ s: { r: m.s.r + k * height, c: m.s.c }, e: { r: m.e.r + k * height, c: m.e.c } });
  }
  const out = XLSX.utils.aoa_to_sheet(aoa);
  out['!merges'] = merges;
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, out, name);
  XLSX.writeFile(book, file);
  return copies * 6;
}

async function main() {
  requireChromium('test-e2e/sheet.js');
  const server = await serveStatic(DIST);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(30000);
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(`${base}/index.html`);

  const axe = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  async function noAxeViolations(p, view) {
    // Not while a command runs (buttons fade while disabled).
    await p.waitForFunction(() => !document.querySelector('[data-testid="profile-load"]')?.disabled);
    await p.waitForTimeout(300);
    if (!(await p.evaluate(() => typeof window.axe === 'object'))) await p.evaluate(axe);
    const v = await p.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(v, [], `axe violations (${view})`);
  }

  /** Scrolls the virtual list until the finding at `cell` is rendered; returns its button. */
  async function findingAt(p, cell) {
    const list = p.locator('[data-testid="findings"]');
    for (let i = 0; i < 40; i++) {
      const b = p.locator(`[data-testid="findings"] button[data-cell="${cell}"]`);
      if (await b.count()) return b.first();
      await list.evaluate((el) => (el.scrollTop += 300));
      await p.waitForTimeout(50);
    }
    throw new Error(`no finding at ${cell} in the list`);
  }

  async function open(p, file) {
    await p.getByTestId('file-input').setInputFiles(file);
    await p.locator('[data-testid="findings"]').waitFor();
  }

  const local = path.join(tmp, 'seed-projects-2023.xlsx');
  fs.copyFileSync(SAMPLE, local);

  await step('no axe violation on the empty page', async () => noAxeViolations(page, 'empty'));

  await step(
    'at 1366×768, clicking the finding at E62 selects its cell (下降) in the sheet picture, in view',
    async () => {
      await open(page, local);
      await (await findingAt(page, 'E62')).click();
      const grid = page.getByRole('grid');
      await grid.waitFor();
      const cell = grid.locator('[role="gridcell"][data-cell="E62"]');
      assert.equal(await cell.getAttribute('aria-selected'), 'true');
      assert.equal((await cell.innerText()).trim(), '下降');
      await page.waitForTimeout(200);
      const inView = await cell.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const g = el.closest('[role="grid"]').getBoundingClientRect();
        return (
          r.top >= Math.max(0, g.top) - 1 &&
          r.bottom <= Math.min(window.innerHeight, g.bottom) + 1 &&
          r.left >= g.left - 1 &&
          r.right <= Math.min(window.innerWidth, g.right) + 1
        );
      });
      if (!inView) {
        const rects = await cell.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const g = el.closest('[role="grid"]').getBoundingClientRect();
          return JSON.stringify({ r, g, w: window.innerWidth, h: window.innerHeight });
        });
        console.log(`  E62 ${rects}`);
        await page.screenshot({ path: path.join(tmp, 'e62.png') });
        console.log(`  screenshot ${path.join(tmp, 'e62.png')}`);
      }
      assert.ok(inView, 'E62 is not in view');
      const side = await grid.boundingBox();
      const list = await page.locator('[data-testid="findings"]').boundingBox();
      assert.ok(side.x > list.x + list.width - 1, 'the picture is not beside the list');
      const detail = await page.getByTestId('finding-detail').innerText();
      assert.match(detail, /下降/);
      assert.match(await page.getByTestId('detail-context').innerText(), /›/);
      await page.screenshot({ path: SCREENSHOT });
      await noAxeViolations(page, 'finding selected, sheet picture');
    },
  );

  await step('clicking a marked cell selects its finding', async () => {
    const cell = page.getByRole('grid').locator('[role="gridcell"][data-cell="E55"]');
    await cell.click();
    assert.equal(await cell.getAttribute('aria-selected'), 'true');
    assert.equal(
      await page.getByTestId('finding-detail').getAttribute('aria-label'),
      await page.getByTestId('finding-detail').getAttribute('aria-label'),
    );
    assert.match(await page.getByTestId('finding-detail').innerText(), /E55/);
  });

  await step('group by rule, text filter: no axe violation', async () => {
    await page.getByRole('button', { name: '按规则' }).click();
    await page.getByTestId('finding-search').fill('下降');
    assert.equal(await page.locator('[data-testid="findings"]').getAttribute('data-findings'), '1');
    await noAxeViolations(page, 'grouped by rule, filtered');
    await page.getByTestId('finding-search').fill('');
    await page.getByRole('button', { name: '按表' }).click();
  });

  let reviewed;
  await step(
    'ignore with a reason survives download and re-open and is honoured by kpicheck check',
    async () => {
      await (await findingAt(page, 'E62')).click();
      await page.getByTestId('ignore-reason').fill('下降即达标：债务余额只减不增');
      await page.getByRole('button', { name: '忽略此条' }).click();
      await page.locator('[data-testid="ignored"] li[data-cell="E62"]').waitFor();
      await noAxeViolations(page, 'ignored list');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('download-working').click(),
      ]);
      reviewed = path.join(tmp, download.suggestedFilename());
      await download.saveAs(reviewed);
      const before = cli(local);
      const after = cli(reviewed);
      assert.ok(before.some((f) => f.cell === 'E62' && f.rule === 'value/vague'));
      assert.ok(
        !after.some((f) => f.cell === 'E62' && f.rule === 'value/vague'),
        'kpicheck still reports E62',
      );
      assert.equal(after.length, before.length - 1);
      await open(page, reviewed);
      const item = page.locator('[data-testid="ignored"] li[data-cell="E62"]');
      await item.waitFor();
      assert.match(await item.innerText(), /债务余额只减不增/);
      // Un-ignore: the finding is back.
      await item.getByRole('button', { name: '取消忽略' }).click();
      await page.locator('[data-testid="ignored"]').waitFor({ state: 'detached' });
      await findingAt(page, 'E62');
    },
  );

  await step('a profile loads, is remembered and gives the findings of kpicheck --profile', async () => {
    await open(page, local);
    const profile = path.join(tmp, 'bureau.json');
    fs.writeFileSync(
      profile,
      JSON.stringify({ name: '某区财政局', severities: { 'value/vague': 'off', 'plan/back-loaded': 'off' } }),
    );
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByTestId('profile-load').click(),
    ]);
    await chooser.setFiles(profile);
    await page.getByTestId('profile-name').getByText('某区财政局').waitFor();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="findings"]')?.getAttribute('data-findings') !== null,
    );
    await page.waitForTimeout(500);
    const shown = Number(await page.locator('[data-testid="findings"]').getAttribute('data-findings'));
    const expected = cli(local, '--profile', profile).length;
    assert.equal(shown, expected);
    assert.ok(expected < cli(local).length);
    await noAxeViolations(page, 'profile loaded');
    await page.reload();
    await page.getByTestId('profile-name').getByText('某区财政局').waitFor();
    await page.getByRole('button', { name: '用默认配置' }).click();
  });

  await step('检查 after the file changed on disk reads it again or says it checked the copy', async () => {
    await open(page, local);
    const n0 = Number(await page.locator('[data-testid="findings"]').getAttribute('data-findings'));
    fs.copyFileSync(reviewed, local); // one finding fewer (ignored)
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await page.waitForTimeout(1500);
    const stale = await page.getByTestId('stale-copy').count();
    const n1 = Number(await page.locator('[data-testid="findings"]').getAttribute('data-findings'));
    if (stale) {
      assert.match(await page.getByTestId('stale-copy').innerText(), /副本/);
      console.log('  the browser refused the changed file: the page says it checked the copy');
    } else {
      assert.equal(n1, n0 - 1, 'the changed file was not read again');
      console.log('  the changed file was read again');
    }
    await noAxeViolations(page, 'after re-check');
  });

  await step('narrow screen: the picture opens under the finding list; no axe violation', async () => {
    await page.setViewportSize({ width: 800, height: 900 });
    await (await findingAt(page, 'B78')).click();
    const grid = await page.getByRole('grid').boundingBox();
    const list = await page.locator('[data-testid="findings"]').boundingBox();
    assert.ok(grid.y >= list.y + list.height - 1, 'the picture is not under the list');
    await noAxeViolations(page, 'narrow');
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  await step(
    `a ${TABLES}-table workbook: no main-thread task over ${LONG_TASK_LIMIT_MS} ms, under ${ELEMENT_LIMIT} elements`,
    async () => {
      const big = path.join(tmp, 'big.xlsx');
      const n = bigWorkbook(big, TABLES);
      const p = await context.newPage();
      await p.addInitScript(() => {
        window.__long = [];
        new PerformanceObserver((l) =>
          l.getEntries().forEach((e) => window.__long.push([e.startTime, e.duration])),
        ).observe({
          type: 'longtask',
          buffered: true,
        });
      });
      p.on('console', (m) => console.log('  console:', m.text()));
      p.on('pageerror', (e) => console.log('  pageerror:', String(e)));
      await p.goto(`${base}/index.html`);
      await p.getByRole('button', { name: '打开示例' }).waitFor();
      await p.waitForTimeout(1500); // the page's own start-up and prefetches
      await p.evaluate(() => (window.__long = []));
      const t0 = Date.now();
      await p.getByTestId('file-input').setInputFiles(big);
      await p.waitForFunction(
        (n) =>
          (document.body.innerText.match(/(\d+)\s*张表/) || [])[1] >= n ||
          !!document.querySelector('[data-testid="findings"]'),
        n,
        { timeout: 120000 },
      );
      const shownAt = Date.now() - t0;
      await (await findingAt(p, 'E62')).click();
      await p.waitForTimeout(500);
      const longTasks = await p.evaluate(() => window.__long.map(([, d]) => d));
      if (process.env.DEBUG_LONG)
        console.log(
          await p.evaluate(() =>
            JSON.stringify({
              long: window.__long.map(([s, d]) => [Math.round(s), Math.round(d)]),
              marks: performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]),
            }),
          ),
        );
      const elements = await p.evaluate(() => document.getElementsByTagName('*').length);
      const max = Math.max(0, ...longTasks);
      console.log(
        `  ${n} tables: result after ${shownAt} ms; long tasks ${longTasks.length} (max ${Math.round(max)} ms); ${elements} elements`,
      );
      await noAxeViolations(p, 'big workbook');
      await p.close();
      assert.ok(max <= LONG_TASK_LIMIT_MS, `a main-thread task took ${Math.round(max)} ms`);
      assert.ok(elements < ELEMENT_LIMIT, `${elements} elements`);
    },
  );

  await step('no script error', async () => assert.deepEqual(pageErrors, []));

  await browser.close();
  server.close();
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.log(`not ok - ${e.stack || e}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
