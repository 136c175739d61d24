#!/usr/bin/env node
'use strict';
/**
 * Browser end-to-end test of the web page (run `npm run build` first):
 * serves dist-web on a localhost port, drives Debian's chromium through
 * playwright-core, opens the seed workbook through the file input, checks the
 * findings, downloads the annotated copy and re-reads it with ExcelJS, makes a
 * new workbook from a template (模板 tab), downloads it and checks it with the
 * CLI (bin/kpicheck.js; `npm run build:cli` first), downloads the review-sheet
 * copy, and asserts that no request went anywhere but this machine; runs axe-core in the
 * page (light and dark). Measures first render (navigation start → the app's
 * performance mark; median of 7 loads in fresh browser contexts, up to 3 rounds
 * on a busy machine; see docs/benchmarks.md) and saves docs/screenshot-web.png.
 * Exits non-zero on any failure; the last line is "N passed, M failed".
 *
 *   FIRST_RENDER_BUDGET_MS=400 npm run test:e2e    another first-render limit
 *   CHROMIUM_PATH=/path/to/chrome npm run test:e2e  another browser
 * Without chromium the browser scripts skip with a loud notice (exit 0), except
 * under CI=true, where they fail (harness.js, requireChromium).
 */
const assert = require('assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const ExcelJS = require('exceljs');
const { launchChromium, requireChromium, stepRunner, serveStatic } = require('./harness');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist-web');
const FIXTURE = [
  path.join(ROOT, '..', 'shared', 'fixtures', 'seed-projects-2023.xlsx'),
  path.join(ROOT, 'samples', 'seed-projects-2023.xlsx'),
].find((p) => fs.existsSync(p));
/** Without a Chinese font the screenshot would show boxes: then it goes to dist-web/ instead of docs/. */
function hasChineseFont() {
  try {
    return (
      require('child_process')
        .execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' })
        .trim() !== ''
    );
  } catch {
    return false;
  }
}
const SCREENSHOT = hasChineseFont()
  ? path.join(ROOT, 'docs', 'screenshot-web.png')
  : path.join(DIST, 'screenshot-web.png');
const FIRST_RENDER_MARK = 'kpi-first-render';
const FIRST_RENDER_BUDGET_MS = Number(process.env.FIRST_RENDER_BUDGET_MS) || 300;
const FIRST_RENDER_RUNS = 7;
const FIRST_RENDER_ROUNDS = 3;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const CLI = path.join(ROOT, 'bin', 'kpicheck.js');
/** What a blank template may be reported for: missing content only (rules.md). */
const BLANK_TEMPLATE_RULE = /^(structure\/missing-[a-z0-9-]+|plan\/incomplete)$/;
const TIMEOUT = 30000;

const { step, results } = stepRunner();
const figures = {};

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Every cell value of every sheet, as comparable text. */
async function cellValues(file) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map();
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        out.set(`${ws.name}!${cell.address}`, JSON.stringify(cell.value));
      });
    });
  });
  return { wb, values: out };
}

async function main() {
  requireChromium('test-e2e/run.js');
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    console.log('not ok - dist-web/index.html missing: run `npm run build` first');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  const server = await serveStatic(DIST);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'kpi-e2e-'));
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 460, height: 900 },
    locale: 'zh-CN',
    deviceScaleFactor: 1,
  });
  const requests = [];
  const pageErrors = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));

  const findingsSel = '[data-testid="findings"] button[data-finding]';
  const listSel = '[data-testid="findings"]';

  /** The findings list renders only the rows in view: scroll it from top to bottom and collect every row. */
  async function allRows() {
    const list = page.locator(listSel);
    await list.evaluate((el) => {
      el.scrollTop = 0;
      el.dispatchEvent(new Event('scroll'));
    });
    const codes = new Set();
    const findings = new Map();
    for (let i = 0; i < 500; i++) {
      await page.waitForTimeout(30);
      const rows = await page.locator(`${listSel} section[data-table]`).evaluateAll((els) =>
        els.map((e) => {
          const b = e.querySelector('button[data-finding]');
          return {
            code: e.getAttribute('data-code'),
            index: b && b.getAttribute('data-finding'),
            rule: b && b.getAttribute('data-rule'),
            severity: b && b.getAttribute('data-severity'),
            sheet: b && b.getAttribute('data-sheet'),
            cell: b && b.getAttribute('data-cell'),
          };
        }),
      );
      for (const r of rows) {
        codes.add(r.code);
        if (r.index !== null) findings.set(r.index, r);
      }
      const end = await list.evaluate((el) => {
        const atEnd = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
        el.scrollTop += Math.max(40, el.clientHeight * 0.8);
        el.dispatchEvent(new Event('scroll'));
        return atEnd;
      });
      if (end) break;
    }
    return { codes: [...codes], findings: [...findings.values()] };
  }

  /** Scrolls the findings list until `selector` is rendered; returns its locator. */
  async function scrollToRow(selector) {
    const list = page.locator(listSel);
    await list.evaluate((el) => {
      el.scrollTop = 0;
      el.dispatchEvent(new Event('scroll'));
    });
    for (let i = 0; i < 500; i++) {
      await page.waitForTimeout(30);
      if ((await page.locator(selector).count()) > 0) return page.locator(selector).first();
      const end = await list.evaluate((el) => {
        const atEnd = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
        el.scrollTop += Math.max(40, el.clientHeight * 0.8);
        el.dispatchEvent(new Event('scroll'));
        return atEnd;
      });
      if (end) break;
    }
    return page.locator(selector).first();
  }

  /** navigation start → the app's first-render mark, in a page of `ctx`. */
  async function firstRender(ctx) {
    const p = await ctx.newPage();
    await p.goto(`${base}/index.html`, { waitUntil: 'load' });
    await p.getByRole('button', { name: '打开示例' }).waitFor();
    const t = await p.evaluate((mark) => {
      const e = performance.getEntriesByName(mark)[0];
      return e ? e.startTime : null;
    }, FIRST_RENDER_MARK);
    await p.close();
    assert.ok(t !== null, `no performance mark ${FIRST_RENDER_MARK}`);
    return t;
  }

  await step(
    'first render of the web page is measured (median of cold loads; figure for docs/benchmarks.md)',
    async () => {
      // The browser's own first navigation (process start-up) is not the page's cost: one warm-up, not counted.
      const warmup = await firstRender(context);
      // Other work on the machine skews single figures: up to FIRST_RENDER_ROUNDS rounds, the best round's median counts.
      const rounds = [];
      for (let round = 0; round < FIRST_RENDER_ROUNDS; round++) {
        const cold = [];
        for (let i = 0; i < FIRST_RENDER_RUNS; i++) {
          const fresh = await browser.newContext({ viewport: { width: 460, height: 900 } }); // empty HTTP cache, new renderer
          cold.push(await firstRender(fresh));
          await fresh.close();
        }
        const warm = [];
        for (let i = 0; i < FIRST_RENDER_RUNS; i++) warm.push(await firstRender(context)); // cached files, new tab
        rounds.push({
          cold: Math.round(median(cold)),
          coldMax: Math.round(Math.max(...cold)),
          cached: Math.round(median(warm)),
          load: os.loadavg()[0].toFixed(1),
        });
        if (median(cold) < FIRST_RENDER_BUDGET_MS) break;
      }
      const best = rounds.reduce((a, b) => (b.cold < a.cold ? b : a));
      figures.firstRenderMs = {
        ...best,
        browserFirstLoad: Math.round(warmup),
        runsPerRound: FIRST_RENDER_RUNS,
        rounds,
      };
      for (const r of rounds) {
        console.log(
          `  first render: ${r.cold} ms median with an empty cache (max ${r.coldMax}), ${r.cached} ms with cached files; load average ${r.load} on ${os.cpus().length} CPUs`,
        );
      }
      // A figure, not a pass/fail: timings on a shared machine are written down (docs/benchmarks.md), not asserted.
      assert.ok(Number.isFinite(best.cold), 'no first-render figure');
      if (best.cold >= FIRST_RENDER_BUDGET_MS)
        console.log(
          `  note: first render ${best.cold} ms is over the ${FIRST_RENDER_BUDGET_MS} ms target on this run`,
        );
    },
  );

  await step('the web page opens (no script error on load)', async () => {
    await page.goto(`${base}/index.html`);
    await page.getByRole('button', { name: '打开示例' }).waitFor();
    assert.equal(await page.locator('input[type=file]').count(), 1);
  });

  await step('initial JavaScript within 250 KB gzipped (from the build)', async () => {
    const report = JSON.parse(fs.readFileSync(path.join(DIST, 'bundle-size.json'), 'utf8'));
    figures.initialGzipKB = +(report.initialGzipBytes / 1024).toFixed(1);
    console.log(`  initial JavaScript: ${figures.initialGzipKB} KB gzipped`);
    assert.ok(report.initialGzipBytes <= report.budgetGzipBytes);
    // Only the initial chunks were fetched before first render; no file library at all until a file is opened.
    const scripts = await page.evaluate((mark) => {
      const at = performance.getEntriesByName(mark)[0].startTime;
      return performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js'))
        .map((e) => ({ file: e.name.slice(e.name.lastIndexOf('/') + 1), before: e.startTime < at }));
    }, FIRST_RENDER_MARK);
    const initial = new Set(report.chunks.map((c) => c.file));
    assert.deepEqual(
      scripts.filter((s) => s.before && !initial.has(s.file)),
      [],
      'a lazy chunk was fetched before first render',
    );
    assert.deepEqual(
      scripts.filter((s) => /^(sheetjs|exceljs|read-grid|annotate)\./.test(s.file)),
      [],
      'a file library was fetched before a file was opened',
    );
  });

  let shown = [];
  await step('opening the seed workbook through the file input shows its tables and findings', async () => {
    await page.locator('input[type=file]').setInputFiles(FIXTURE);
    await page.locator('[data-testid="findings"]').waitFor();
    // Tables without findings are folded into one line: unfold them.
    const unfold = await scrollToRow('[data-testid="findings"] button[aria-expanded="false"]');
    if (await unfold.count()) await unfold.click();
    const rows = await allRows();
    const codes = rows.codes;
    console.log(`  tables: ${codes.join(', ')}`);
    assert.ok(codes.length >= 1, 'no table listed');
    for (const code of ['102001001', '102001002', '102001003', '102001004', '102001005', '102001006'])
      assert.ok(codes.includes(code), `table ${code} not listed`);
    shown = rows.findings;
    console.log(`  findings: ${shown.length}`);
    assert.equal(String(shown.length), await page.locator(listSel).getAttribute('data-findings'));
    const t6 = shown.filter((f) => f.code === '102001006').map((f) => f.rule);
    assert.ok(t6.includes('structure/missing-level1'), '102001006: no structure/missing-level1');
    assert.ok(t6.includes('plan/incomplete'), '102001006: no plan/incomplete');
    // rules.md: 102001001 to 102001003 have no error and no warning, but for the indicator the two
    // 付息 projects copied from the 还本 one (text/foreign-term, as seed-defects expects).
    const notClean = shown.filter(
      (f) =>
        ['102001001', '102001002', '102001003'].includes(f.code) &&
        f.severity !== 'info' &&
        f.rule !== 'text/foreign-term',
    );
    assert.deepEqual(notClean, [], 'errors or warnings on 102001001–003');
  });

  await step('clicking a finding selects it and shows its rule explanation; arrow keys move', async () => {
    const item = await scrollToRow(
      `section[data-code="102001006"] button[data-rule="structure/missing-level1"]`,
    );
    await item.click();
    assert.equal(await item.getAttribute('aria-current'), 'true');
    await page.locator('[data-testid="rule-explanation"]').waitFor();
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(
      () => document.activeElement && document.activeElement.getAttribute('data-finding'),
    );
    assert.ok(
      focused !== null && focused !== (await item.getAttribute('data-finding')),
      'ArrowDown did not move focus',
    );
    await page.keyboard.press('ArrowUp');
    await item.scrollIntoViewIfNeeded();
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    console.log(
      `  screenshot: ${path.relative(ROOT, SCREENSHOT)}${SCREENSHOT.startsWith(DIST) ? ' (no Chinese font installed, e.g. fonts-wqy-microhei: docs/ left alone)' : ''}`,
    );
  });

  /** axe-core's violations in the page as it is now, one line each. */
  async function axeViolations(p) {
    if (!(await p.evaluate(() => typeof window.axe === 'object')))
      await p.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    return p.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map(
        (v) =>
          `${v.id}: ${v.nodes.length} node(s): ${v.nodes.map((n) => n.html.slice(0, 120) + ' ' + (n.any[0] && n.any[0].message)).join(' | ')}`,
      );
    });
  }

  await step('no axe violations in the real browser, light and dark (findings shown)', async () => {
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForTimeout(600); // let colour transitions finish
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `${scheme}: ${violations.join('; ')}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  await step('the severity filter filters', async () => {
    const all = await page.locator(findingsSel).count();
    await page.locator('[role="group"] button[data-severity="error"]').click();
    const severities = await page
      .locator(findingsSel)
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
    assert.ok(
      severities.length > 0 && severities.every((s) => s === 'error'),
      `filtered to errors, shown: ${severities.join(',')}`,
    );
    await page.locator('[role="group"] button[data-severity="all"]').click();
    assert.equal(await page.locator(findingsSel).count(), all);
  });

  await step(
    'the annotated copy downloads: values unchanged, fills and notes on the finding cells',
    async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '下载标注副本' }).click(),
      ]);
      const saved = path.join(downloads, download.suggestedFilename());
      await download.saveAs(saved);
      console.log(`  downloaded: ${download.suggestedFilename()}`);
      assert.match(download.suggestedFilename(), /\.xlsx$/);
      const original = await cellValues(FIXTURE);
      const copy = await cellValues(saved);
      assert.deepEqual(
        [...copy.values.entries()].sort(),
        [...original.values.entries()].sort(),
        'cell values differ from the original',
      );
      assert.ok(shown.length > 0, 'no findings to look for');
      const missing = [];
      for (const f of shown) {
        const c = copy.wb.getWorksheet(f.sheet).getCell(f.cell);
        const cell = c.isMerged ? c.master : c;
        const filled = cell.fill && cell.fill.type === 'pattern' && cell.fill.fgColor;
        if (!filled || !cell.note)
          missing.push(
            `${f.sheet}!${f.cell} (${f.rule}): ${filled ? '' : 'no fill '}${cell.note ? '' : 'no note'}`,
          );
      }
      assert.deepEqual(missing, []);
    },
  );

  await step('the bundled sample opens from 打开示例', async () => {
    await page.goto(`${base}/index.html`);
    await page.getByRole('button', { name: '打开示例' }).click();
    await page.locator(findingsSel).first().waitFor();
    assert.ok((await page.locator('text=seed-projects-2023.xlsx').count()) > 0);
  });

  await step('an unreadable file gives a clear error and keeps the open workbook', async () => {
    const before = await page.locator(findingsSel).count();
    await page.locator('input[type=file]').setInputFiles({
      name: 'notes.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('not a workbook'),
    });
    await page.getByText('无法读取工作簿').waitFor();
    assert.equal(await page.locator(findingsSel).count(), before);
    pageErrors.length = 0; // the reader's failure is expected here, shown in the pane
  });

  await step('language toggle switches the page to English', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('button', { name: 'Download annotated copy' }).waitFor();
    await page.getByRole('button', { name: '切换到中文' }).click();
  });

  await step('生成审核结果 downloads a copy with a 审核结果 sheet listing every finding', async () => {
    await page.goto(`${base}/index.html`);
    await page.locator('input[type=file]').setInputFiles(FIXTURE);
    await page.locator(findingsSel).first().waitFor();
    const listed = Number(await page.locator(listSel).getAttribute('data-findings'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '生成审核结果' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'seed-projects-2023-审核结果.xlsx');
    const saved = path.join(downloads, download.suggestedFilename());
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const ws = wb.getWorksheet('审核结果');
    assert.ok(ws, 'no 审核结果 sheet in the copy');
    let rows = 0;
    ws.eachRow((row, n) => {
      if (n > 3 && row.getCell(1).value !== null) rows++;
    });
    assert.equal(rows, listed, 'review rows ≠ findings shown');
    // The open file is still the workbook, not the copy.
    assert.ok((await page.getByText('文件：seed-projects-2023.xlsx').count()) > 0);
  });

  await step(
    "the 修正 tab lists the check's one-click fixes (none in the seed); keyboard moves between tabs",
    async () => {
      const tab = page.getByRole('tab', { name: '修正' });
      await tab.focus();
      await page.keyboard.press('ArrowRight');
      assert.equal(
        await page.evaluate(() => document.activeElement && document.activeElement.getAttribute('data-tab')),
        'templates',
      );
      await page.keyboard.press('ArrowLeft');
      await page.locator('[data-testid="fix-list"]').waitFor();
      await page.getByText('没有可自动修正的问题。').waitFor();
      assert.equal(await page.getByRole('button', { name: '下载修正副本' }).isDisabled(), true);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], violations.join('; '));
    },
  );

  let templateFile = null;
  await step(
    '模板: a new workbook from the project-2015 template for 2025 downloads and opens as the current file',
    async () => {
      await page.goto(`${base}/index.html`);
      await page.getByRole('tab', { name: '模板' }).click();
      await page.locator('[data-testid="template-picker"]').waitFor();
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], violations.join('; '));
      await page.getByRole('radio', { name: '项目支出绩效目标表（2015 版框架）' }).check();
      await page.getByRole('spinbutton', { name: '预算年度' }).fill('2025');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '新建并下载' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), '绩效目标表模板-project-2015-2025.xlsx');
      templateFile = path.join(downloads, download.suggestedFilename());
      await download.saveAs(templateFile);
      console.log(`  downloaded: ${download.suggestedFilename()} (${fs.statSync(templateFile).size} bytes)`);
      // Opened and checked in the page: its findings are the blank form's.
      await page.getByText('文件：绩效目标表模板-project-2015-2025.xlsx').waitFor();
      await page.locator(findingsSel).first().waitFor();
      const rules = await page
        .locator(findingsSel)
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
      assert.deepEqual(
        rules.filter((r) => !BLANK_TEMPLATE_RULE.test(r)),
        [],
        `unexpected findings in the page: ${rules.join(', ')}`,
      );
      const tables = await page
        .locator('[data-testid="findings"] section[data-table]')
        .evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-table'))).size);
      assert.equal(tables, 1);
    },
  );

  await step(
    'the downloaded template checks with the CLI: 1 table, only structure/missing-* and plan/incomplete findings',
    async () => {
      assert.ok(templateFile && fs.existsSync(templateFile), 'no template file downloaded');
      assert.ok(
        fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js')),
        'the CLI is not built: run `npm run build:cli`',
      );
      const run = spawnSync(process.execPath, [CLI, 'check', templateFile, '--format', 'json'], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: TIMEOUT,
      });
      assert.ok(run.status === 0 || run.status === 1, `kpicheck exited ${run.status}: ${run.stderr}`);
      const report = JSON.parse(run.stdout);
      assert.equal(report.files.length, 1);
      const file = report.files[0];
      assert.equal(file.error, null, `the CLI could not read the template: ${file.error}`);
      assert.equal(file.tables.length, 1, `tables: ${file.tables.length}`);
      assert.equal(file.tables[0].framework, '2015');
      assert.equal(file.tables[0].year, 2025);
      const rules = [...new Set(file.issues.map((f) => f.rule))].sort();
      console.log(`  kpicheck: 1 table, ${file.issues.length} findings: ${rules.join(', ')}`);
      assert.ok(rules.length > 0, 'a blank template should be reported for its missing content');
      assert.deepEqual(
        rules.filter((r) => !BLANK_TEMPLATE_RULE.test(r)),
        [],
      );
    },
  );

  await step(
    'taskpane.html outside Excel (Office.js present, no Excel host) says so and links the web page',
    async () => {
      const p2 = await context.newPage();
      // Stand in for the CDN's Office.js: nothing leaves the machine, onReady reports no host.
      await p2.route('https://appsforoffice.microsoft.com/**', (route) =>
        route.fulfill({
          contentType: 'text/javascript',
          body: 'window.Office={onReady:function(){return Promise.resolve({host:null,platform:null})},HostType:{Excel:"Excel"}};',
        }),
      );
      await p2.goto(`${base}/taskpane.html`);
      await p2.getByText('需要在 Excel 中打开').waitFor();
      assert.equal(await p2.getByRole('link', { name: /index\.html$/ }).count(), 1);
      assert.equal(await p2.getByRole('button', { name: '打开示例' }).count(), 0); // not the file page
      await p2.close();
    },
  );

  await step('no request left the machine, no script error', async () => {
    const offsite = requests.filter((u) => {
      if (!/^https?:/.test(u)) return false; // blob:, data:
      const host = new URL(u).hostname;
      return (
        !LOCAL_HOSTS.has(host) &&
        !LOCAL_HOSTS.has(`[${host}]`) &&
        !u.startsWith('https://appsforoffice.microsoft.com/')
      ); // the stand-in above was answered locally
    });
    const toCdn = requests.filter((u) => u.startsWith('https://appsforoffice.microsoft.com/')).length;
    console.log(
      `  requests: ${requests.length} (${toCdn} to the Office.js stand-in, fulfilled in the browser), off the machine: ${offsite.length}`,
    );
    assert.deepEqual(offsite, []);
    assert.deepEqual(pageErrors, []);
  });

  await browser.close();
  server.close();
  fs.rmSync(downloads, { recursive: true, force: true });
  fs.writeFileSync(path.join(DIST, 'e2e-figures.json'), JSON.stringify(figures, null, 2));

  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.log(`not ok - e2e run: ${err && err.stack ? err.stack : err}`);
  const passed = results.filter((r) => r.ok).length;
  console.log(`${passed} passed, ${results.length - passed + 1} failed`);
  process.exit(1);
});
