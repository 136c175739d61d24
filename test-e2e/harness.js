'use strict';
/**
 * What the browser end-to-end scripts share: Debian's chromium launched the
 * way this machine allows (no downloads, no background networking), and a tiny
 * TAP-like step runner whose last line is "N passed, M failed".
 */
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

module.exports = { CHROMIUM, CHROMIUM_ARGS, launchChromium, stepRunner };
