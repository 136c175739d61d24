#!/usr/bin/env node
/**
 * Validates manifest.xml against the Office add-in manifest XSDs, offline.
 *
 * `office-addin-manifest validate` sends the manifest to an online service;
 * these machines cannot reach it, so the schemas Microsoft published (kept in
 * ../shared/schemas/manifest, see its README) are checked with xmllint-wasm.
 *
 *   node scripts/validate-manifest.js [manifest.xml] [schema dir]
 *
 * Exit code 0 when valid, 1 when not (errors printed), 2 when it cannot run.
 */
'use strict';

const fs = require('fs');
const path = require('path');

const REPO_ROOT = path.resolve(__dirname, '..');
const DEFAULT_MANIFEST = path.join(REPO_ROOT, 'manifest.xml');
const DEFAULT_SCHEMA_DIR = path.join(REPO_ROOT, '..', 'shared', 'schemas', 'manifest');
const ROOT_SCHEMA = 'OfficeAppManifestV1_1.xsd';

/**
 * @param {{ manifestPath?: string, schemaDir?: string, xml?: string }} [options]
 * @returns {Promise<{ valid: boolean, errors: string[] }>}
 */
async function validateManifest(options = {}) {
  const { validateXML } = require('xmllint-wasm');
  const manifestPath = options.manifestPath || DEFAULT_MANIFEST;
  const schemaDir = options.schemaDir || DEFAULT_SCHEMA_DIR;
  if (!fs.existsSync(path.join(schemaDir, ROOT_SCHEMA))) {
    throw new Error(`manifest schemas not found in ${schemaDir} (expected ${ROOT_SCHEMA})`);
  }
  const schemas = fs
    .readdirSync(schemaDir)
    .filter((f) => f.endsWith('.xsd'))
    .map((fileName) => ({ fileName, contents: fs.readFileSync(path.join(schemaDir, fileName), 'utf8') }));
  const xml = options.xml !== undefined ? options.xml : fs.readFileSync(manifestPath, 'utf8');
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: schemas.filter((s) => s.fileName === ROOT_SCHEMA),
    // The root schema imports the others by file name.
    preload: schemas.filter((s) => s.fileName !== ROOT_SCHEMA),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage || e.message) };
}

async function main(argv) {
  const manifestPath = argv[0] ? path.resolve(argv[0]) : DEFAULT_MANIFEST;
  const schemaDir = argv[1] ? path.resolve(argv[1]) : DEFAULT_SCHEMA_DIR;
  const { valid, errors } = await validateManifest({ manifestPath, schemaDir });
  const shown = path.relative(process.cwd(), manifestPath) || manifestPath;
  if (valid) {
    console.log(`${shown}: valid (${path.relative(process.cwd(), schemaDir) || schemaDir}/${ROOT_SCHEMA})`);
    return 0;
  }
  console.error(`${shown}: INVALID`);
  for (const e of errors) console.error(`  ${e}`);
  return 1;
}

module.exports = { validateManifest, DEFAULT_SCHEMA_DIR, DEFAULT_MANIFEST };

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(`validate-manifest: ${err && err.message ? err.message : err}`);
      process.exit(2);
    },
  );
}
