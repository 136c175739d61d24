/**
 * Fuzz worker: reads and checks each workbook it is sent, with the built
 * reader and core (dist/), and answers what happened. Runs under
 * worker_threads resourceLimits; an exception other than a FileReadError is
 * reported as 'threw' (a bug), never swallowed.
 */
const { parentPort } = require('worker_threads');
const path = require('path');
const dist = path.join(__dirname, '../../../dist');
const { readWorkbookBytes } = require(path.join(dist, 'xlsx/readGrid.js'));
const { isFileReadError } = require(path.join(dist, 'xlsx/errors.js'));
const { checkWorkbook } = require(path.join(dist, 'core/index.js'));

parentPort.on('message', ({ id, bytes, name }) => {
  try {
    const grid = readWorkbookBytes(new Uint8Array(bytes), name);
    const result = checkWorkbook(grid);
    parentPort.postMessage({
      id,
      status: 'read',
      tables: result.tables.length,
      findings: result.findings.length,
    });
  } catch (e) {
    if (isFileReadError(e)) parentPort.postMessage({ id, status: 'refused', code: e.code, part: e.part });
    else parentPort.postMessage({ id, status: 'threw', error: String((e && e.stack) || e).slice(0, 2000) });
  }
});
