/**
 * @jest-environment jsdom
 */
/**
 * The add-in page when it cannot talk to Excel (officeNotice.ts), and the
 * manifest for a deployment origin (manifestForOrigin.js).
 */
import * as fs from 'fs';
import * as path from 'path';
import { showOfficeProblem, webPageUrl } from '../../src/taskpane/officeNotice';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestForOrigin, normalizeAddinUrl } = require('../../src/taskpane/manifestForOrigin') as {
  manifestForOrigin: (xml: string, url: string) => string;
  normalizeAddinUrl: (url: string) => string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest } = require('../../scripts/validate-manifest.js') as {
  validateManifest: (o: {
    xml?: string;
    schemaDir?: string;
  }) => Promise<{ valid: boolean; errors: string[] }>;
};

describe('the pane without Excel', () => {
  test('Office.js missing: says so, retries, links the web page beside it', () => {
    const root = document.createElement('div');
    let retried = 0;
    showOfficeProblem(root, 'missing', {
      href: 'https://addins.example.gov.cn/kpi/taskpane.html?_host_Info=Excel',
      retry: () => retried++,
    });
    expect(root.textContent).toContain('Office.js 未能加载');
    expect(root.textContent).toContain('Office.js did not load');
    (root.querySelector('button') as HTMLButtonElement).click();
    expect(retried).toBe(1);
    expect(root.querySelector('a')?.getAttribute('href')).toBe(
      'https://addins.example.gov.cn/kpi/index.html',
    );
    expect(root.querySelector('[role="alert"]')).not.toBeNull();
  });

  test('onReady late and a host that is not Excel', () => {
    const root = document.createElement('div');
    showOfficeProblem(root, 'late', { href: 'https://h/p/taskpane.html' });
    expect(root.textContent).toContain('Office.onReady');
    showOfficeProblem(root, 'host', { href: 'https://h/p/taskpane.html' });
    expect(root.textContent).toContain('需要在 Excel 中打开');
    expect(root.querySelector('button')).toBeNull();
    expect(webPageUrl('https://h/a/b/taskpane.html#x')).toBe('https://h/a/b/index.html');
  });

  test('taskpane.html carries an ES5 guard naming the Office versions that run the add-in', () => {
    const html = fs.readFileSync(
      path.join(__dirname, '..', '..', 'src', 'taskpane', 'taskpane.html'),
      'utf8',
    );
    const guard = /<script>\s*\/\/ ES5 on purpose[\s\S]*?<\/script>/.exec(html)?.[0] ?? '';
    expect(guard).not.toMatch(/=>|\blet\b|\bconst\b|`/); // parses in IE11
    for (const name of [
      'Microsoft 365',
      'Office 2021',
      'Office 2024',
      'Mac',
      'Excel 网页版',
      'Excel on the web',
      'index.html',
    ])
      expect(guard).toContain(name);
    expect(html).toContain('htmlWebpackPlugin.options.officeJsUrl');
  });
});

describe('the manifest for a deployment', () => {
  const xml = fs.readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
  const schemaDir = path.join(__dirname, '..', '..', '..', 'shared', 'schemas', 'manifest');

  test('every URL under ADDIN_URL, no localhost, valid against the schemas', async () => {
    const out = manifestForOrigin(xml, 'https://addins.example.gov.cn/kpi');
    expect(out).not.toMatch(/localhost/);
    expect(out).toContain('<SourceLocation DefaultValue="https://addins.example.gov.cn/kpi/taskpane.html"/>');
    expect(out).toContain('<AppDomain>https://addins.example.gov.cn</AppDomain>');
    const result = await validateManifest({ xml: out, schemaDir });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test('refuses what Office would not load', () => {
    expect(() => normalizeAddinUrl('http://addins.example.gov.cn/')).toThrow(/https/);
    expect(() => normalizeAddinUrl('https://localhost:3000/')).toThrow(/localhost/);
    expect(() => normalizeAddinUrl('not a url')).toThrow();
    expect(normalizeAddinUrl('https://h.example/kpi')).toBe('https://h.example/kpi/');
  });
});
