#!/usr/bin/env node
'use strict';
/**
 * Browser end-to-end test of the HTML report (`kpicheck check --format html`):
 * checks the seed workbook, builds the one-page report with the CLI's
 * formatter (src/cli/reportFormats.ts, loaded from the TypeScript sources
 * through a small transpile-on-require hook, so no build step is needed),
 * writes it to a temporary file, opens it in Debian's chromium through
 * playwright-core, and asserts that it lists the seed's findings, shows the
 * totals, renders the English lines smaller, and that the page made no
 * request to anything but the file itself. Exits non-zero on any failure;
 * the last line is "N passed, M failed".
 */
const assert = require('assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const ts = require('typescript');
const { launchChromium, requireChromium, stepRunner } = require('./harness');

const ROOT = path.resolve(__dirname, '..');
const SRC = path.join(ROOT, 'src');
const FIXTURE = [
  path.join(ROOT, '..', 'shared', 'fixtures', 'seed-projects-2023.xlsx'),
  path.join(ROOT, 'samples', 'seed-projects-2023.xlsx'),
].find((p) => fs.existsSync(p));
const TIMEOUT = 30000;

// TypeScript sources under src/ are transpiled to CommonJS when required.
const tsOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2020,
  esModuleInterop: true,
  jsx: ts.JsxEmit.ReactJSX,
};
require.extensions['.ts'] = (module, filename) => {
  if (!filename.startsWith(SRC)) throw new Error(`refusing to transpile ${filename}`);
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: tsOptions, fileName: filename });
  module._compile(outputText, filename);
};

const { step, results } = stepRunner();

async function main() {
  requireChromium('test-e2e/report-html.js');
  if (!FIXTURE) throw new Error('seed-projects-2023.xlsx not found');
  const { readWorkbookBytes } = require(path.join(SRC, 'xlsx', 'readGrid.ts'));
  const { checkWorkbook } = require(path.join(SRC, 'core', 'check.ts'));
  const { formatHtml } = require(path.join(SRC, 'cli', 'reportFormats.ts'));

  const result = checkWorkbook(readWorkbookBytes(fs.readFileSync(FIXTURE), FIXTURE));
  const reports = [{ file: path.basename(FIXTURE), error: null, result }];
  const html = formatHtml(reports, { version: 'e2e', generatedAt: new Date() });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpicheck-report-'));
  const file = path.join(dir, 'report.html');
  fs.writeFileSync(file, html, 'utf8');
  const url = `file://${file}`;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) counts[f.severity]++;

  const browser = await launchChromium(TIMEOUT);
  const requests = [];
  const consoleErrors = [];
  try {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(String(e)));

    await step('the report opens in headless chromium', async () => {
      const response = await page.goto(url, { waitUntil: 'load' });
      assert.ok(response === null || response.ok(), 'file loads');
      assert.equal(await page.title(), '绩效目标表审核报告');
      assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
    });

    await step(
      'it lists the seven seed tables (the department goal list, then six projects), each once',
      async () => {
        const codes = await page
          .locator('section.table')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
        assert.deepEqual(codes, [
          '',
          '102001001',
          '102001002',
          '102001003',
          '102001004',
          '102001005',
          '102001006',
        ]);
      },
    );

    await step(
      '102001006: structure/missing-level1 twice (效果指标, 满意度指标) and plan/incomplete',
      async () => {
        const t6 = page.locator('section.table[data-code="102001006"]');
        const level1 = t6.locator('tr[data-rule="structure/missing-level1"]');
        assert.equal(await level1.count(), 2);
        const texts = await level1.allInnerTexts();
        assert.ok(texts[0].includes('效益指标') || texts[0].includes('效果指标'), texts[0]);
        assert.ok(texts[1].includes('满意度指标'), texts[1]);
        assert.deepEqual(
          await level1.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-severity'))),
          ['error', 'error'],
        );
        const plan = t6.locator('tr[data-rule="plan/incomplete"]');
        assert.equal(await plan.count(), 1);
        assert.match(await plan.innerText(), /3月底/);
        assert.equal(await plan.getAttribute('data-severity'), 'warning');
      },
    );

    await step(
      '102001005: missing-level2 (warning) for 成本指标, not-quantified, back-loaded; 102001004 back-loaded',
      async () => {
        const t5 = page.locator('section.table[data-code="102001005"]');
        assert.equal(
          await t5.locator('tr[data-rule="structure/missing-level2"][data-severity="warning"]').count(),
          1,
        );
        assert.match(
          await t5.locator('tr[data-rule="value/not-quantified"]').innerText(),
          /接近直接物化成本/,
        );
        assert.equal(await t5.locator('tr[data-rule="plan/back-loaded"][data-severity="info"]').count(), 1);
        assert.equal(
          await page.locator('section.table[data-code="102001004"] tr[data-rule="plan/back-loaded"]').count(),
          1,
        );
      },
    );

    await step('102001001 to 102001003: no error and no warning but the copied indicator', async () => {
      // The two 付息 projects count 延迟还本次数, copied from the 还本 one (text/foreign-term, as seed-defects expects).
      for (const code of ['102001001', '102001002', '102001003']) {
        const n = await page
          .locator(
            `section.table[data-code="${code}"] tr[data-severity="error"], section.table[data-code="${code}"] tr[data-severity="warning"]:not([data-rule="text/foreign-term"])`,
          )
          .count();
        assert.equal(n, 0, code);
      }
    });

    await step('every finding of the check is in the page, with its cell', async () => {
      const rows = await page
        .locator('tr[data-rule]')
        .evaluateAll((trs) =>
          trs.map((r) => `${r.getAttribute('data-rule')}@${r.getAttribute('data-cell')}`),
        );
      assert.deepEqual(
        rows,
        result.findings.map((f) => `${f.rule}@${f.cell}`),
      );
    });

    await step('totals per severity and per file match the check', async () => {
      for (const s of ['error', 'warning', 'info']) {
        assert.equal(await page.locator(`[data-total="${s}"] b`).innerText(), String(counts[s]), s);
      }
      assert.equal(
        await page.locator('[data-total="findings"] b').innerText(),
        String(result.findings.length),
      );
      assert.equal(await page.locator('[data-total="tables"] b').innerText(), String(result.tables.length));
      const cells = await page.locator('table.per-file tbody tr td').allInnerTexts();
      assert.deepEqual(
        cells.slice(1).map((c) => c.trim()),
        [
          String(result.tables.length),
          String(counts.error),
          String(counts.warning),
          String(counts.info),
          String(result.findings.length),
        ],
      );
    });

    await step('Chinese message with the English one in a smaller line', async () => {
      const row = page
        .locator('section.table[data-code="102001006"] tr[data-rule="structure/missing-level1"]')
        .first();
      const sizes = await row.locator('td.msg').evaluate((td) => {
        const zh = td.querySelector('div[lang="zh-CN"]');
        const en = td.querySelector('div.en');
        return {
          zh: parseFloat(getComputedStyle(zh).fontSize),
          en: parseFloat(getComputedStyle(en).fontSize),
          enText: en.textContent,
        };
      });
      assert.ok(sizes.en < sizes.zh, JSON.stringify(sizes));
      assert.match(sizes.enText, /[A-Za-z]/);
    });

    await step('self-contained: no request to any non-file host, no script, no console error', async () => {
      const foreign = requests.filter((u) => !u.startsWith('file://'));
      assert.deepEqual(foreign, []);
      assert.deepEqual(requests, [url]);
      assert.equal(await page.locator('script, link[rel="stylesheet"], img, iframe').count(), 0);
      assert.deepEqual(consoleErrors, []);
    });

    await step('prints (A4 landscape PDF) without error', async () => {
      const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
      assert.ok(pdf.length > 10000);
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    });
    await context.close();
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main()
  .catch((err) => {
    results.push({ name: 'setup', ok: false });
    console.log(`not ok - setup\n  ${String(err && err.stack ? err.stack : err)}`);
  })
  .finally(() => {
    const passed = results.filter((r) => r.ok).length;
    const failed = results.length - passed;
    console.log(`${passed} passed, ${failed} failed`);
    process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
  });
