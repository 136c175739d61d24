#!/usr/bin/env node
'use strict';
// Runs the compiled CLI (built by `npm install`'s prepare step or `npm run build:cli`).
const path = require('path');
const fs = require('fs');
const main = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write(
    'kpicheck: 尚未构建，请先运行 npm install 或 npm run build:cli (not built yet: run npm install or npm run build:cli)\n',
  );
  process.exit(2);
}
// V8 settings for a one-run process (src/cli/v8Flags.ts), before the checker's code runs hot.
require(path.join(__dirname, '..', 'dist', 'cli', 'v8Flags.js')).tuneV8ForShortRun();
require(main)
  .main(process.argv.slice(2))
  .then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`kpicheck: ${err && err.stack ? err.stack : err}\n`);
      process.exit(2);
    },
  );
