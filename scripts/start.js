#!/usr/bin/env node
'use strict';
/**
 * npm start: serves dist-web on https://localhost:3000 with the Office add-in
 * development certificates (office-addin-dev-certs), or on http if they cannot
 * be had (no certificate store, say) — and says so. Builds first if dist-web is
 * missing. Prints where the manifest and the web page are.
 *
 *   PORT=3001 npm start      another port
 *   npm start -- --http      skip the certificates
 */
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');
const { spawnSync } = require('child_process');
const { staticHandler } = require('./static-server');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist-web');
const port = Number(process.env.PORT) || 3000;
const CERT_TIMEOUT_MS = 30000;

function ensureBuilt() {
  if (fs.existsSync(path.join(dist, 'index.html'))) return;
  console.log('dist-web/ 不存在，先构建 (dist-web/ missing: building first)…');
  const r = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status || 1);
}

async function httpsOptions() {
  if (process.argv.includes('--http')) return null;
  try {
    const devCerts = require('office-addin-dev-certs');
    const timeout = new Promise((_, reject) =>
      setTimeout(
        () => reject(new Error(`no answer in ${CERT_TIMEOUT_MS / 1000} s`)),
        CERT_TIMEOUT_MS,
      ).unref(),
    );
    return await Promise.race([devCerts.getHttpsServerOptions(), timeout]);
  } catch (err) {
    console.warn(
      `无法获取开发证书，改用 http (could not get the dev certificates, falling back to http): ${err && err.message ? err.message : err}`,
    );
    console.warn(
      'Excel 只加载 https 的加载项；网页版仍可在 http 下使用 (Excel loads add-ins over https only; the web page works over http).',
    );
    return null;
  }
}

async function main() {
  ensureBuilt();
  const options = await httpsOptions();
  const handler = staticHandler(dist);
  const server = options ? https.createServer(options, handler) : http.createServer(handler);
  const scheme = options ? 'https' : 'http';
  server.on('error', (err) => {
    console.error(`无法在端口 ${port} 上启动 (cannot listen on port ${port}): ${err.message}`);
    process.exit(1);
  });
  server.listen(port, 'localhost', () => {
    const base = `${scheme}://localhost:${port}`;
    const manifest = path.join(root, 'manifest.xml');
    console.log(`绩效目标表审核 serving ${path.relative(root, dist)}/ at ${base}`);
    console.log(`  网页 (web page):           ${base}/index.html`);
    console.log(`  任务窗格 (task pane):      ${base}/taskpane.html`);
    console.log(
      `  加载项清单 (manifest):      ${manifest}${fs.existsSync(manifest) ? '' : '  (尚不存在 / not there yet)'}`,
    );
    console.log(
      '  Excel: 插入 → 加载项 → 上传我的加载项 → 选择 manifest.xml (Insert → Add-ins → Upload My Add-in)',
    );
    console.log('按 Ctrl+C 停止 (Ctrl+C to stop)');
  });
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
