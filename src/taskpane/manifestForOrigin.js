/**
 * The add-in manifest for a deployment: manifest.xml (written for the
 * development server, https://localhost:3000/) with every URL moved to
 * ADDIN_URL, e.g. https://addins.example.gov.cn/kpi/. Used by
 * webpack.config.js (`ADDIN_URL=… npm run build` writes dist-web/manifest.xml)
 * and by the tests.
 */
'use strict';

const DEV_BASE = 'https://localhost:3000/';

/** "https://host/path" → "https://host/path/"; throws unless it is an https URL without query or fragment. */
function normalizeAddinUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${text}`);
  }
  if (url.protocol !== 'https:')
    throw new Error(`ADDIN_URL must be https (Office loads add-ins over https only): ${text}`);
  if (url.search || url.hash) throw new Error(`ADDIN_URL must not have a query or fragment: ${text}`);
  if (/^(localhost|127\.|\[::1\])/.test(url.hostname))
    throw new Error(`ADDIN_URL must not be localhost: ${text}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function escapeAttr(s) {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** manifest.xml's text with its URLs under `addinUrl` and the AppDomain its origin. */
function manifestForOrigin(xml, addinUrl) {
  const base = normalizeAddinUrl(addinUrl);
  const origin = new URL(base).origin;
  const out = xml
    .split(DEV_BASE)
    .join(escapeAttr(base))
    .replace(
      /<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g,
      `<AppDomain>${escapeAttr(origin)}</AppDomain>`,
    );
  if (/localhost/.test(out)) throw new Error('manifest still names localhost after rewriting');
  return out;
}

module.exports = { manifestForOrigin, normalizeAddinUrl, DEV_BASE };
