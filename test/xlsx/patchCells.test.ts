/** In-place edits: the sheet XML patcher and the zip rewriter that copies untouched parts byte for byte. */
import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { patchSheetXml } from '../../src/xlsx/patchCells';
import { rewriteZip } from '../../src/xlsx/zipWrite';
import { readZipParts, zipEntries } from '../../src/xlsx/zipParts';

const SHEET = `<worksheet><sheetData><row r="1">
<c r="A1" s="3" t="s"><v>0</v></c>
<c r="B1" s="4" t="inlineStr"><is><t>90%以上</t></is></c>
<c r="C1" t="str"><f>A1&amp;""</f><v>８５％</v></c>
<c r="D1" t="s"><v>1</v></c>
<c r="E1" t="s"><v>0</v></c>
</row></sheetData><mergeCells count="1"><mergeCell ref="D1:E1"/></mergeCells></worksheet>`;
const STRINGS = ['８５％', 'other'];

describe('patchSheetXml', () => {
  it('rewrites only the cells whose text is as checked, keeping their style', () => {
    const { xml, outcomes } = patchSheetXml(
      SHEET,
      [
        { cell: 'A1', from: '８５％', to: '85%' },
        { cell: 'B1', from: '90%以上', to: '≥90%' },
        { cell: 'C1', from: '８５％', to: '85%' },
        { cell: 'E1', from: '８５％', to: '85%' },
        { cell: 'D1', from: 'stale', to: 'x' },
        { cell: 'F9', from: 'a', to: 'b' },
      ],
      STRINGS,
    );
    // The core's verdicts (core/fixes/apply), with what the cell held; F9 has no element: empty.
    expect(Object.fromEntries([...outcomes].map(([k, o]) => [k, o.verdict]))).toEqual({
      A1: 'apply',
      B1: 'apply',
      C1: 'formula',
      E1: 'merged',
      D1: 'changed',
      F9: 'changed',
    });
    expect(outcomes.get('D1')?.value).toBe('other');
    expect(outcomes.get('F9')?.value).toBeNull();
    expect(xml).toContain('<c r="A1" s="3" t="inlineStr"><is><t xml:space="preserve">85%</t></is></c>');
    expect(xml).toContain('<c r="B1" s="4" t="inlineStr"><is><t xml:space="preserve">≥90%</t></is></c>');
    expect(xml).toContain('<f>A1&amp;""</f>');
    expect(xml.replace(/<c r="[AB]1"[\s\S]*?<\/c>/g, '')).toBe(
      SHEET.replace(/<c r="[AB]1"[\s\S]*?<\/c>/g, ''),
    );
  });

  it('escapes the new text', () => {
    const { xml } = patchSheetXml(SHEET, [{ cell: 'A1', from: '８５％', to: 'a<b&c' }], STRINGS);
    expect(xml).toContain('a&lt;b&amp;c');
  });
});

describe('rewriteZip', () => {
  const input = new Uint8Array(fs.readFileSync(path.join(__dirname, '../../../shared/hostile/macro.xlsm')));

  it('copies every untouched entry byte for byte and replaces the named one', () => {
    const name = zipEntries(input).find((e) => /sheet2\.xml$/.test(e.name))!.name;
    const out = rewriteZip(input, new Map([[name, strToU8('<worksheet/>')]]));
    const before = new Map(zipEntries(input).map((e) => [e.name, input.subarray(e.data, e.data + e.csize)]));
    for (const e of zipEntries(out)) {
      if (e.name === name) continue;
      const raw = out.subarray(e.data, e.data + e.csize);
      expect(Buffer.from(raw).equals(Buffer.from(before.get(e.name)!))).toBe(true);
    }
    expect(zipEntries(out).map((e) => e.name)).toEqual(zipEntries(input).map((e) => e.name));
    expect(strFromU8(unzipSync(out)[name])).toBe('<worksheet/>');
    expect(() => readZipParts(out)).not.toThrow(); // every CRC and size sound
  });
});
