'use strict';
/**
 * What the browser end-to-end scripts share: Debian's chromium launched the
 * way this machine allows (no downloads, no background networking), and a tiny
 * TAP-like step runner whose last line is "N passed, M failed", and a static server for the built pages.
 */
const fs = require('fs');
const http = require('http');
const { staticHandler } = require('../scripts/static-server');
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const INSTALL = 'apt-get update && apt-get install -y chromium';

/** True when the environment says this is a CI run (CI=true, CI=1 …). */
function isCi(env = process.env) {
  const v = (env.CI || '').trim().toLowerCase();
  return v !== '' && v !== 'false' && v !== '0';
}

/**
 * Called first by every browser script. Without chromium, a developer's run skips
 * the browser tests with a loud notice naming the install command and exits 0;
 * a CI run (CI=true) fails, since there the browser tests must run.
 */
function requireChromium(script, env = process.env) {
  const exe = env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (fs.existsSync(exe)) return;
  const bar = '!'.repeat(78);
  if (isCi(env)) {
    console.log(`not ok - ${script}: ${exe} missing (CI=${env.CI}): install it with \`${INSTALL}\``);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  console.log(
    [
      bar,
      `SKIPPED: ${script}: the browser tests did not run, ${exe} is missing.`,
      `Install chromium to run them: ${INSTALL}`,
      '(Under CI=true a missing chromium fails the run.)',
      bar,
    ].join('\n'),
  );
  process.exit(0);
}

function launchChromium(timeout = 30000) {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout });
}

/** Runs named steps, recording each as ok / not ok. */
function stepRunner() {
  const results = [];
  async function step(name, fn) {
    const t0 = Date.now();
    try {
      await fn();
      results.push({ name, ok: true });
      console.log(`ok - ${name} (${Date.now() - t0} ms)`);
    } catch (err) {
      results.push({ name, ok: false });
      console.log(
        `not ok - ${name}\n  ${String(err && err.stack ? err.stack : err)
          .split('\n')
          .join('\n  ')}`,
      );
    }
  }
  return { step, results };
}

/** A static server for `dir` on a free local port (the built pages). */
function serveStatic(dir) {
  const server = http.createServer(staticHandler(dir));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

module.exports = { CHROMIUM, CHROMIUM_ARGS, isCi, launchChromium, requireChromium, serveStatic, stepRunner };
