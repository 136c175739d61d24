/**
 * manifest.xml: valid against the Office add-in XSDs (offline, xmllint-wasm),
 * and saying what the add-in needs: Workbook task pane, a Home-tab button
 * that shows the pane, Chinese name with an English override, the ExcelApi
 * requirement, and icons that exist as PNGs of the sizes the manifest claims.
 */
import * as fs from 'fs';
import * as path from 'path';

const repoRoot = path.join(__dirname, '..');
const schemaDir = path.join(repoRoot, '..', 'shared', 'schemas', 'manifest');
const manifestPath = path.join(repoRoot, 'manifest.xml');
const xml = fs.readFileSync(manifestPath, 'utf8');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest } = require('../scripts/validate-manifest.js') as {
  validateManifest: (o: {
    manifestPath?: string;
    schemaDir?: string;
    xml?: string;
  }) => Promise<{ valid: boolean; errors: string[] }>;
};

/** The PNG's width and height from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  test('is valid against the manifest schemas', async () => {
    const result = await validateManifest({ manifestPath, schemaDir });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test('the validator does reject a broken manifest', async () => {
    const broken = xml.replace(
      '<Permissions>ReadWriteDocument</Permissions>',
      '<Permissions>Everything</Permissions>',
    );
    const result = await validateManifest({ xml: broken, schemaDir });
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/Permissions/);
  });

  test('a task pane for Workbook, Chinese by default, English override', () => {
    expect(xml).toMatch(/xsi:type="TaskPaneApp"/);
    expect(xml).toMatch(/<Host Name="Workbook"\/>/);
    expect(xml).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
    expect(xml).toMatch(
      /<DisplayName DefaultValue="绩效目标表审核">\s*<Override Locale="en-US" Value="KPI Sheet Checker"\/>/,
    );
    expect(xml).toMatch(/<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane.html"\/>/);
  });

  test('asks for ExcelApi 1.5 and nothing newer', () => {
    const sets = [...xml.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]);
    expect(sets).toEqual([['ExcelApi', '1.5']]);
  });

  test('a Home-tab button shows the pane', () => {
    const tab = /<OfficeTab id="TabHome">([\s\S]*?)<\/OfficeTab>/.exec(xml)?.[1] ?? '';
    expect(tab).toMatch(/<Control xsi:type="Button"/);
    expect(tab).toMatch(/<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(xml).toMatch(
      /<bt:Url id="Taskpane.Url" DefaultValue="https:\/\/localhost:3000\/taskpane.html"\/>/,
    );
  });

  test('every resid is defined, and every string has an en-US override', () => {
    const used = new Set([...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
    const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
    for (const id of used) expect(defined).toContain(id);
    const strings = [...xml.matchAll(/<bt:String id="[^"]+"[^>]*>([\s\S]*?)<\/bt:String>/g)];
    expect(strings.length).toBeGreaterThan(0);
    for (const s of strings) expect(s[1]).toMatch(/<bt:Override Locale="en-US" Value="[^"]+"\/>/);
  });

  test('icons are PNGs in assets/ of the sizes the manifest claims', () => {
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(path.join(repoRoot, 'assets', `icon-${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    }
    const urls = [...xml.matchAll(/https:\/\/localhost:3000\/assets\/([\w.-]+\.png)/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(0);
    for (const file of urls) expect(fs.existsSync(path.join(repoRoot, 'assets', file))).toBe(true);
    for (const m of xml.matchAll(/<bt:Image id="Icon\.(\d+)x\d+" DefaultValue="[^"]*\/icon-(\d+)\.png"\/>/g))
      expect(m[1]).toBe(m[2]);
  });
});
