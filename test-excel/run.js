#!/usr/bin/env node
'use strict';
/**
 * npm run test:excel — the built pane (dist-web/taskpane.html) in Chromium as
 * Excel runs it: Microsoft's Office.js Excel client (excel-web debug build
 * from @microsoft/office-js) is served where the page loads Office.js, with
 * our strict in-memory Excel (test/addin/excel/) answering its requests and
 * Office.onReady answering Excel. The workbook is the seed fixture.
 *
 * Flows: open, check, mark, clear (the workbook exactly as before), edit a
 * cell and re-check live (one read sync), fix and undo (修正 tab: the cell
 * changes, undo restores the workbook exactly), the review sheet (生成审核结果),
 * a template (插入模板) and a library indicator (插入所选指标), ignore with a reason (kept in
 * a custom XML part; re-check, kpicheck, un-ignore), the national profile (the findings of
 * `kpicheck --profile national`), a cell selected in Excel showing its finding (and next/previous
 * selecting the cells in Excel; saves docs/screenshot-pane.png), plus failures: a sheet protected
 * half way through marking (error shown, workbook restorable), the request
 * cap hit while marking, IE11's user agent, Office.js unreachable.
 * Last line: "N passed, M failed".
 */
const assert = require('assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const webpack = require('webpack');
const { launchChromium, requireChromium, stepRunner, CHROMIUM, serveStatic } = require('../test-e2e/harness');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist-web');
const CLIENT = path.join(ROOT, 'node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js');
const SEED = path.join(ROOT, '..', 'shared', 'fixtures', 'seed-projects-2023.xlsx');
const CDN = 'https://appsforoffice.microsoft.com/**';
const CLI = path.join(ROOT, 'bin', 'kpicheck.js');

/** The pane's screenshot: docs/ when a Chinese font is installed (else it would show boxes), else dist-web/. */
function paneScreenshotPath() {
  let chinese = false;
  try {
    chinese =
      require('child_process')
        .execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' })
        .trim() !== '';
  } catch {
    chinese = false;
  }
  return path.join(chinese ? path.join(ROOT, 'docs') : DIST, 'screenshot-pane.png');
}

/** `kpicheck check --format json` on a file: its issues. */
function cli(file, ...args) {
  const r = spawnSync(process.execPath, [CLI, 'check', file, '--format', 'json', ...args], {
    encoding: 'utf8',
  });
  assert.ok(r.status === 0 || r.status === 1, `kpicheck failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout).files[0].issues;
}
const TIMEOUT = 60000;

function bundleBackend() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kpi-excel-'));
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    target: 'web',
    entry: path.join(ROOT, 'test/addin/excel/browser.ts'),
    output: { path: out, filename: 'backend.js' },
    resolve: {
      extensions: ['.ts', '.js'],
      fallback: { fs: false, path: false, stream: false, crypto: false },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { configFile: path.join(ROOT, 'tsconfig.json'), transpileOnly: true },
          },
        },
      ],
    },
    stats: 'errors-only',
  });
  return new Promise((resolve, reject) =>
    compiler.run((err, stats) => {
      if (err || stats.hasErrors()) reject(err || new Error(stats.toString('errors-only')));
      else resolve(fs.readFileSync(path.join(out, 'backend.js'), 'utf8'));
      fs.rmSync(out, { recursive: true, force: true });
    }),
  );
}

async function main() {
  requireChromium('test-excel/run.js');
  for (const [file, what] of [
    [path.join(DIST, 'taskpane.html'), 'dist-web/taskpane.html missing: run `npm run build` first'],
    [CHROMIUM, `${CHROMIUM} missing`],
  ]) {
    if (!fs.existsSync(file)) {
      console.log(`not ok - ${what}\n0 passed, 1 failed`);
      process.exit(1);
    }
  }
  const { step, results } = stepRunner();
  const officeJs = `${fs.readFileSync(CLIENT, 'utf8')}\n;${await bundleBackend()}\n;installExcelBackend(${JSON.stringify(
    fs.readFileSync(SEED).toString('base64'),
  )});`;
  const server = await serveStatic(DIST);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  const errors = [];

  async function pane(options = {}) {
    const context = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 460, height: 900 },
      ...options.context,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.route(CDN, (route) =>
      options.unreachable ? route.abort() : route.fulfill({ contentType: 'text/javascript', body: officeJs }),
    );
    await page.goto(`${base}/taskpane.html`);
    return page;
  }
  const snapshot = (page) => page.evaluate(() => window.excelBackend.snapshot());
  const findingsSel = '[data-testid="findings"] button[data-finding]';
  /** 检查 pressed, and the first finding shown. */
  const check = async (p) => {
    await p.getByRole('button', { name: '检查', exact: true }).click();
    await p.locator(findingsSel).first().waitFor();
  };
  /** How many findings the list holds. */
  const findingCount = (p) =>
    p.locator('[data-testid="findings"]').getAttribute('data-findings').then(Number);

  let page;
  let original;
  await step(
    'open: the pane starts in Excel (Office.onReady answers Excel) and checks the workbook',
    async () => {
      page = await pane();
      await check(page);
      assert.ok((await page.locator(findingsSel).count()) > 0);
      original = await snapshot(page);
    },
  );

  await step('mark, then clear: the workbook is exactly as before', async () => {
    await page.getByRole('button', { name: '标记', exact: true }).click();
    await page.waitForFunction((before) => window.excelBackend.snapshot() !== before, original);
    await page.getByRole('button', { name: '清除标记', exact: true }).click();
    await page.waitForFunction((before) => window.excelBackend.snapshot() === before, original);
  });

  await step('live check: an edited cell is read again in one sync and re-checked', async () => {
    await page.getByText('实时检查').click();
    await page.waitForFunction(() => window.excelBackend.backend.eventRegistrations > 0);
    await page.waitForTimeout(300);
    const info = await page.evaluate(() => {
      const wb = window.excelBackend.wb;
      const sheet = wb.sheets[wb.sheets.length - 1];
      return { id: sheet.id, name: sheet.name, syncs: window.excelBackend.syncs() };
    });
    await page.evaluate(({ id, name }) => {
      const sheet = window.excelBackend.wb.sheets.find((s) => s.id === id);
      const cell = sheet.cells.get('5,2') || {
        z: 'General',
        fill: {
          color: '#FFFFFF',
          pattern: 'None',
          patternColor: '#000000',
          tintAndShade: 0,
          patternTintAndShade: 0,
        },
      };
      cell.v = '不明确的指标值';
      sheet.cells.set('5,2', cell);
      window.excelBackend.fireChanged(id, `'${name}'!C6`);
    }, info);
    await page.waitForFunction((n) => window.excelBackend.syncs() > n, info.syncs, { timeout: 15000 });
    await page.waitForTimeout(1500);
    const used = await page.evaluate(() => window.excelBackend.syncs());
    console.log(`  syncs for the live re-check: ${used - info.syncs}`);
    assert.equal(used - info.syncs, 1);
    await page.getByText('实时检查').click();
    await page.waitForFunction(() => window.excelBackend.backend.eventRegistrations === 0);
  });

  await step(
    'live check with marks on: the marks follow the new findings; clear restores every fill and note',
    async () => {
      const fillsAndNotes = () =>
        page.evaluate(() =>
          JSON.stringify(
            window.excelBackend.wb.sheets.map((s) => [
              [...s.cells].filter(([, c]) => c.fill.pattern !== 'None').map(([k, c]) => [k, c.fill]),
              [...s.notes],
            ]),
          ),
        );
      const writes = () =>
        page.evaluate(
          () => window.excelBackend.backend.syncs.filter((x) => x.writes > 0 && !x.bookkeeping).length,
        );
      const before = await fillsAndNotes();
      await page.getByRole('button', { name: '标记', exact: true }).click();
      await page.waitForFunction(() => window.excelBackend.wb.parts.length > 0);
      await page.getByText('实时检查').click();
      const w0 = await writes();
      await page.evaluate(() => {
        const wb = window.excelBackend.wb;
        const sheet = wb.sheets[wb.sheets.length - 1];
        const cell = sheet.cells.get('6,2');
        if (cell) cell.v = '待定';
        window.excelBackend.fireChanged(sheet.id, `'${sheet.name}'!C7`);
      });
      await page.waitForFunction(
        (n) => window.excelBackend.backend.syncs.filter((x) => x.writes > 0 && !x.bookkeeping).length > n,
        w0,
        { timeout: 15000 },
      );
      await page.getByText('实时检查').click();
      await page.getByRole('button', { name: '清除标记', exact: true }).click();
      await page.waitForFunction(() => window.excelBackend.wb.parts.length === 0);
      assert.equal(await fillsAndNotes(), before);
    },
  );

  await step(
    'failure: a sheet protected half way through marking — the error is shown, the workbook restorable',
    async () => {
      const before = await snapshot(page);
      await page.evaluate(() => {
        const b = window.excelBackend;
        b.backend.beforeRequest = (body) => {
          if (body.Actions.some((a) => a.ActionType === 4))
            b.wb.sheets[b.wb.sheets.length - 1].protected = true;
        };
      });
      await page.getByRole('button', { name: '标记', exact: true }).click();
      await page.getByText('标记失败').first().waitFor();
      await page.evaluate(() => {
        const b = window.excelBackend;
        b.backend.beforeRequest = null;
        b.wb.sheets[b.wb.sheets.length - 1].protected = false;
      });
      await page.getByRole('button', { name: '清除标记', exact: true }).click();
      await page.waitForFunction((s) => window.excelBackend.snapshot() === s, before);
    },
  );

  await step(
    'review sheet: 生成审核结果 adds a 审核结果 sheet (title, table, frozen header); a second run replaces it',
    async () => {
      const p = await pane();
      await check(p);
      const review = () =>
        p.evaluate(() => {
          const wb = window.excelBackend.wb;
          const s = wb.sheet('审核结果');
          if (!s) return null;
          const cell = s.cells.get('0,0');
          return {
            id: s.id,
            a1: cell ? cell.v : null,
            count: wb.sheets.filter((x) => x.name === '审核结果').length,
            tables: wb.tables.filter((t) => t.sheetId === s.id).length,
            frozenRows: s.frozenRows,
          };
        });
      const others = await p.evaluate(() => window.excelBackend.wb.sheets.map((s) => s.name));
      await p.getByRole('button', { name: '生成审核结果', exact: true }).click();
      await p.waitForFunction(() => !!window.excelBackend.wb.sheet('审核结果'));
      const first = await review();
      assert.match(String(first.a1), /^绩效目标表审核结果/);
      assert.equal(first.tables, 1);
      assert.ok(first.frozenRows > 0);
      await p.getByRole('button', { name: '生成审核结果', exact: true }).click();
      await p.waitForFunction((id) => {
        const s = window.excelBackend.wb.sheet('审核结果');
        return !!s && s.id !== id;
      }, first.id);
      const second = await review();
      assert.equal(second.count, 1);
      assert.equal(second.tables, 1);
      assert.deepEqual(await p.evaluate(() => window.excelBackend.wb.sheets.map((s) => s.name)), [
        ...others,
        '审核结果',
      ]);
      await p.context().close();
    },
  );

  await step(
    'fix and undo: 应用修正 changes the cell from the pane, 撤销修正 restores the workbook exactly',
    async () => {
      const p = await pane();
      // A target value in full-width characters (value/non-standard, a form-only fix): E11 of the table sheet.
      const cellAt = () =>
        p.evaluate(() => {
          const c = window.excelBackend.wb.sheet('项目支出绩效目标表').cells.get('10,4');
          return c ? c.v : null;
        });
      await p.evaluate(() => {
        window.excelBackend.wb.sheet('项目支出绩效目标表').cells.get('10,4').v = '９０％以上';
      });
      const before = await snapshot(p);
      await check(p);
      await p.getByRole('tab', { name: '修正' }).click();
      const item = p.locator('[data-fix][data-cell="E11"]').first();
      await item.waitFor();
      await item.getByRole('button', { name: /^应用修正：/ }).click();
      await p
        .getByText(/已修正 1 处/)
        .first()
        .waitFor();
      assert.equal(await cellAt(), '≥90%');
      await p.getByRole('button', { name: /^撤销修正/ }).click();
      await p
        .getByText(/已撤销 1 处修正/)
        .first()
        .waitFor();
      assert.equal(await cellAt(), '９０％以上');
      await p.waitForFunction((s) => window.excelBackend.snapshot() === s, before);
      await p.context().close();
    },
  );

  await step(
    'template and library: 插入模板 adds the template sheet; 插入所选指标 writes the chosen indicator at the selection',
    async () => {
      const p = await pane();
      await check(p);
      const before = await p.evaluate(() => window.excelBackend.wb.sheets.map((s) => s.name));
      await p.getByRole('tab', { name: '模板' }).click();
      await p.getByRole('button', { name: '插入模板', exact: true }).click();
      await p.waitForFunction((n) => window.excelBackend.wb.sheets.length === n + 1, before.length);
      await p.getByText(/已插入工作表/).waitFor();
      const added = await p.evaluate(() => {
        const wb = window.excelBackend.wb;
        const s = wb.sheets[wb.sheets.length - 1];
        return { name: s.name, id: s.id, active: wb.activeSheetId };
      });
      assert.ok(!before.includes(added.name));
      assert.equal(added.active, added.id);

      // The officer's cursor in the template's 数量指标 block; 培训人次 chosen in the library.
      const row = await p.evaluate((id) => {
        const wb = window.excelBackend.wb;
        const s = wb.sheet(id);
        for (const [k, c] of s.cells)
          if (c.v === '数量指标') {
            const r = Number(k.split(',')[0]);
            wb.selection = { sheetId: id, rect: { r1: r, c1: 2, r2: r, c2: 2 } };
            return r;
          }
        return -1;
      }, added.id);
      assert.ok(row >= 0, 'a 数量指标 block in the template');
      await p.getByRole('tab', { name: '指标库' }).click();
      await p.getByRole('searchbox').fill('培训人次');
      await p.getByRole('checkbox', { name: '培训人次', exact: true }).check();
      await p.getByRole('button', { name: /^插入所选指标/ }).click();
      await p.getByText(/已在工作表.*插入 1 条指标/).waitFor();
      const written = await p.evaluate(
        (id) => [...window.excelBackend.wb.sheet(id).cells.values()].filter((c) => c.v === '培训人次').length,
        added.id,
      );
      assert.equal(written, 1);
      await p.context().close();
    },
  );

  await step(
    'ignore with a reason: kept in a custom XML part, honoured by the re-check and kpicheck; un-ignore',
    async () => {
      const p = await pane();
      await check(p);
      const n0 = await findingCount(p);
      const e62 = p.locator('[data-testid="findings"] button[data-cell="E62"][data-rule="value/vague"]');
      for (let i = 0; i < 40 && !(await e62.count()); i++) {
        await p.locator('[data-testid="findings"]').evaluate((el) => (el.scrollTop += 300));
        await p.waitForTimeout(50);
      }
      await e62.click();
      const reason = '下降即为目标：债务余额只减不增';
      await p.getByTestId('ignore-reason').fill(reason);
      await p.getByRole('button', { name: '忽略此条' }).click();
      const item = p.locator('[data-testid="ignored"] li[data-cell="E62"]');
      await item.waitFor();
      assert.match(await item.innerText(), /债务余额只减不增/);
      assert.equal(await findingCount(p), n0 - 1);
      const xml = await p.evaluate(() => {
        const parts = window.excelBackend.wb.parts.filter(
          (x) => x.namespace === 'urn:kpi-sheet-checker:ignores:1',
        );
        return parts.length === 1 ? parts[0].xml : null;
      });
      assert.ok(xml && xml.includes('E62') && xml.includes('债务余额只减不增'), 'no ignores part');
      assert.equal(
        await p.evaluate(() => window.excelBackend.wb.sheets.some((x) => x.name === 'kpicheck_ignores')),
        false,
      );

      // The workbook as Excel saves it (the part as customXml/item1.xml): kpicheck leaves E62 out.
      const { unzipSync, zipSync, strToU8 } = require('fflate');
      const files = unzipSync(new Uint8Array(fs.readFileSync(SEED)));
      files['customXml/item1.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="no"?>${xml}`);
      const saved = path.join(os.tmpdir(), `kpi-excel-saved-${process.pid}.xlsx`);
      fs.writeFileSync(saved, zipSync(files));
      try {
        const before = cli(SEED);
        const after = cli(saved);
        assert.ok(before.some((f) => f.cell === 'E62' && f.rule === 'value/vague'));
        assert.ok(
          !after.some((f) => f.cell === 'E62' && f.rule === 'value/vague'),
          'kpicheck still reports E62',
        );
        assert.equal(after.length, before.length - 1);
      } finally {
        fs.rmSync(saved, { force: true });
      }

      // Un-ignore: the part holds no entry and the finding is back.
      await item.getByRole('button', { name: '取消忽略' }).click();
      await p.locator('[data-testid="ignored"]').waitFor({ state: 'detached' });
      assert.equal(await findingCount(p), n0);
      await e62.waitFor();
      await p.context().close();
    },
  );

  await step(
    'profile: national chosen in the pane gives the findings of kpicheck --profile national, and is remembered',
    async () => {
      const p = await pane();
      await check(p);
      const n0 = await findingCount(p);
      const expected = cli(SEED, '--profile', 'national').length;
      assert.equal(n0, cli(SEED).length);
      assert.notEqual(expected, n0, 'the national profile changes nothing on the seed');
      await p.getByRole('combobox', { name: '选择审核配置' }).selectOption('national');
      await p.waitForFunction(
        (n) =>
          Number(document.querySelector('[data-testid="findings"]')?.getAttribute('data-findings')) === n,
        expected,
      );
      await p.reload();
      await check(p);
      assert.equal(await p.getByRole('combobox', { name: '选择审核配置' }).inputValue(), 'national');
      assert.equal(await findingCount(p), expected);
      await p.getByRole('button', { name: '用默认配置' }).click();
      await p.waitForFunction(
        (n) =>
          Number(document.querySelector('[data-testid="findings"]')?.getAttribute('data-findings')) === n,
        n0,
      );
      await p.context().close();
    },
  );

  await step(
    'a marked cell selected in Excel shows its finding: the list scrolls to it and selects it; next/previous select the cells',
    async () => {
      const p = await pane();
      await check(p);
      await p.waitForFunction(() => window.excelBackend.backend.selectionRegistrations > 0);
      const sheet = await p.evaluate(() => {
        const wb = window.excelBackend.wb;
        const s = wb.sheets.find((x) => [...x.cells.values()].some((c) => c.v === '下降'));
        return { id: s.id, name: s.name };
      });
      // The officer clicks E62 (下降) in the sheet: far down the list, out of view.
      await p.evaluate((id) => window.excelBackend.fireSelectionChanged(id, 'E62'), sheet.id);
      const button = p.locator('[data-testid="findings"] button[data-cell="E62"][aria-current="true"]');
      await button.waitFor();
      assert.equal(await button.getAttribute('data-sheet'), sheet.name);
      const [box, list] = [
        await button.boundingBox(),
        await p.locator('[data-testid="findings"]').boundingBox(),
      ];
      assert.ok(box.y >= list.y - 1 && box.y + box.height <= list.y + list.height + 1, 'E62 is not in view');
      const detail = p.getByTestId('finding-detail');
      assert.match(await detail.innerText(), /E62/);
      assert.match(await p.getByTestId('detail-value').innerText(), /下降/);

      // A cell without a finding leaves the selection as it is.
      await p.evaluate((id) => window.excelBackend.fireSelectionChanged(id, 'A1'), sheet.id);
      await p.waitForTimeout(300);
      assert.match(await detail.innerText(), /E62/);

      // Next / previous: the next finding is selected here and its cell in Excel.
      const index = Number(await detail.getAttribute('data-finding'));
      await detail.getByRole('button', { name: '下一个' }).click();
      await p.waitForFunction((i) => {
        const d = document.querySelector('[data-testid="finding-detail"]');
        return d && Number(d.getAttribute('data-finding')) !== i;
      }, index);
      const nextCell = await p
        .locator('[data-testid="findings"] button[aria-current="true"]')
        .getAttribute('data-cell');
      await p.waitForFunction(
        ({ id, cell }) => {
          const sel = window.excelBackend.wb.selection;
          if (!sel || sel.sheetId !== id) return false;
          let n = sel.rect.c1 + 1;
          let col = '';
          while (n > 0) {
            col = String.fromCharCode(65 + ((n - 1) % 26)) + col;
            n = Math.floor((n - 1) / 26);
          }
          return `${col}${sel.rect.r1 + 1}` === cell;
        },
        { id: sheet.id, cell: nextCell },
      );
      await p.getByTestId('finding-detail').getByRole('button', { name: '上一个' }).click();
      await p.waitForFunction(
        (i) =>
          Number(document.querySelector('[data-testid="finding-detail"]')?.getAttribute('data-finding')) ===
          i,
        index,
      );
      // The pane as Excel shows it (460 px wide): E62 selected in the sheet, its finding in the list and in full.
      const shot = paneScreenshotPath();
      await p.screenshot({ path: shot, fullPage: true });
      console.log(`  screenshot: ${path.relative(ROOT, shot)}`);
      await p.context().close();
    },
  );

  await step(
    'IE11 webview (Office 2016/2019): the guard names the Office versions and the web page',
    async () => {
      const p = await pane({
        context: {
          userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko',
        },
      });
      const text = await p.locator('#root').innerText();
      for (const s of ['Microsoft 365', 'Office 2021', 'Office 2024', 'Mac', 'Excel 网页版', 'index.html'])
        assert.ok(text.includes(s), s);
      await p.context().close();
    },
  );

  await step(
    'Office.js unreachable: the pane says so, offers a retry and the web page, not the file page',
    async () => {
      const p = await pane({ unreachable: true });
      await p.getByText('Office.js 未能加载').waitFor();
      assert.equal(await p.getByRole('button', { name: '重试 Retry' }).count(), 1);
      assert.equal(await p.getByRole('button', { name: '打开示例' }).count(), 0);
      await p.context().close();
    },
  );

  await step('no script error in the pane', async () => {
    assert.deepEqual(
      errors.filter((e) => !/Office\.js|appsforoffice/.test(e)),
      [],
    );
  });

  await browser.close();
  server.close();
  const passed = results.filter((r) => r.ok).length;
  console.log(`${passed} passed, ${results.length - passed} failed`);
  process.exit(results.length - passed ? 1 : 0);
}

main().catch((err) => {
  console.log(`not ok - test:excel: ${err && err.stack ? err.stack : err}\n0 passed, 1 failed`);
  process.exit(1);
});
