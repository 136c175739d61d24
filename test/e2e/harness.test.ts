/** The browser scripts' chromium check (test-e2e/harness.js): skip loudly on a developer's machine, fail under CI. */
import { spawnSync } from 'child_process';
import path from 'path';

const harness = path.join(__dirname, '..', '..', 'test-e2e', 'harness.js');

function run(env: Record<string, string>) {
  const code = `require(${JSON.stringify(harness)}).requireChromium('some-browser-script.js'); console.log('went on');`;
  const { PATH, HOME } = process.env;
  return spawnSync(process.execPath, ['-e', code], {
    env: { PATH: PATH ?? '', HOME: HOME ?? '', ...env },
    encoding: 'utf8',
  });
}

const missing = '/nonexistent/chromium';

describe('requireChromium', () => {
  test('no chromium, not CI: a loud skip naming the install command, exit 0, nothing more runs', () => {
    const r = run({ CHROMIUM_PATH: missing });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('SKIPPED: some-browser-script.js');
    expect(r.stdout).toContain('apt-get install -y chromium');
    expect(r.stdout).not.toContain('went on');
  });

  test.each(['true', '1'])('no chromium under CI=%s: fails, naming the install command', (ci) => {
    const r = run({ CHROMIUM_PATH: missing, CI: ci });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`not ok - some-browser-script.js: ${missing} missing`);
    expect(r.stdout).toContain('apt-get install -y chromium');
    expect(r.stdout).toMatch(/0 passed, 1 failed\n$/);
  });

  test('CI=false counts as not CI', () => {
    expect(run({ CHROMIUM_PATH: missing, CI: 'false' }).status).toBe(0);
  });

  test('chromium present: the script goes on', () => {
    // Any existing file stands in for the browser: the check is only whether it is there.
    const r = run({ CHROMIUM_PATH: process.execPath, CI: 'true' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('went on\n');
  });
});
