/**
 * The lean .xlsx reader and SheetJS give the same grid — values, number formats, merged areas,
 * hidden sheets — on every workbook of the corpora, or the lean reader leaves the file to SheetJS.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fastWorkbookGrid } from '../../src/xlsx/fastXlsx';
import { readWorkbookBytes } from '../../src/xlsx/readGrid';
import { readZipParts } from '../../src/xlsx/zipParts';
import { zipSync } from 'fflate';

const SHARED = path.join(__dirname, '../../../shared');
const ROOT = path.join(__dirname, '../..');

function xlsxUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return xlsxUnder(p);
    return /\.(xlsx|xlsm)$/i.test(d.name) ? [p] : [];
  });
}

const files = [
  ...xlsxUnder(path.join(SHARED, 'realworld')),
  ...xlsxUnder(path.join(SHARED, 'fixtures')),
  ...xlsxUnder(path.join(SHARED, 'acceptance')),
  ...xlsxUnder(path.join(SHARED, 'seed-defects')),
  ...xlsxUnder(path.join(SHARED, 'hostile')),
  ...xlsxUnder(path.join(ROOT, 'samples')),
];

function sheetJs(bytes: Uint8Array): unknown {
  try {
    return readWorkbookBytes(bytes, 'x.xlsx', { lean: false });
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

describe('lean .xlsx reader against SheetJS', () => {
  const leftToSheetJs: string[] = [];
  afterAll(() => {
    if (process.env.LEAN_REPORT) console.log(`left to SheetJS:\n${leftToSheetJs.join('\n')}`);
    // Most of the corpus is read by the lean reader; what it leaves is named here when it changes.
    expect(leftToSheetJs.length).toBeLessThan(files.length / 2);
  });

  it.each(files.map((f) => [path.relative(SHARED, f), f]))('%s', (_name, file) => {
    const bytes = new Uint8Array(fs.readFileSync(file));
    let zip;
    try {
      zip = readZipParts(bytes);
    } catch {
      return; // the zip reader refuses it before either parser runs
    }
    const lean = fastWorkbookGrid(zip);
    if (!lean) {
      leftToSheetJs.push(file);
      return;
    }
    // As JSON: a sheet of a million rows compares in milliseconds (frozen empty rows alike).
    const reference = JSON.stringify(sheetJs(bytes));
    expect(JSON.stringify(lean)).toEqual(reference);
    // Through readWorkbookBytes too (the lean path is the default).
    expect(JSON.stringify(readWorkbookBytes(bytes, 'x.xlsx'))).toEqual(reference);
  });
});

/** A workbook written by hand, part by part, to reach what the corpora lack. */
function handMade(
  sheetXml: string,
  opts: { sst?: string; styles?: string; extraSheet?: string } = {},
): Uint8Array {
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      (opts.sst
        ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        : '') +
      (opts.styles
        ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        : '') +
      '</Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml':
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="表 &amp; 一" sheetId="1" r:id="rId1"/>' +
      (opts.extraSheet ? '<sheet name="隐藏" sheetId="2" state="hidden" r:id="rId9"/>' : '') +
      '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      (opts.sst
        ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        : '') +
      (opts.styles
        ? '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        : '') +
      (opts.extraSheet
        ? '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>'
        : '') +
      '</Relationships>',
    'xl/worksheets/sheet1.xml': sheetXml,
  };
  if (opts.sst) parts['xl/sharedStrings.xml'] = opts.sst;
  if (opts.styles) parts['xl/styles.xml'] = opts.styles;
  if (opts.extraSheet) parts['xl/worksheets/sheet2.xml'] = opts.extraSheet;
  const enc = new TextEncoder();
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, enc.encode(v)])));
}

const WS = (data: string, tail = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData>${tail}</worksheet>`;

/** Six cell styles: general, 0%, 0.0"万元", text, a date, 0.00%. */
const STYLES =
  '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot;万元&quot;"/></numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" xfId="0"/><xf numFmtId="9" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" xfId="0"/><xf numFmtId="14" xfId="0"/><xf numFmtId="10" xfId="0"/></cellXfs></styleSheet>';

describe('lean .xlsx reader against SheetJS, hand-made parts', () => {
  const cases: [string, Uint8Array][] = [
    [
      'shared strings: entities, _x000D_ escapes, rich runs, phonetic runs, empty items',
      handMade(
        WS(
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>',
        ),
        {
          sst: '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5"><si><t>A &amp; B &lt;≥95%&gt; &quot;率&quot; &#36;&#x4E00;</t></si><si><t xml:space="preserve"> 行一_x000D_\n行二 </t></si><si><r><rPr><b/></rPr><t>产出</t></r><r><t xml:space="preserve">指标 </t></r><rPh sb="0" eb="2"><t>さんしゅつ</t></rPh></si><si/><si><t/></si></sst>',
        },
      ),
    ],
    [
      'inline and formula strings, booleans, errors, numbers, cells without r, an empty row, merges',
      handMade(
        WS(
          '<row r="2"><c r="B2" t="inlineStr"><is><t>内联 &amp; 文本_x000D_\n次行</t></is></c><c t="str"><f>A1</f><v>公式&gt;结果_x000D_\n次行</v></c><c t="b"><v>1</v></c><c t="e"><v>#DIV/0!</v></c><c><v>1.5E-3</v></c><c r="H2" t="str"><v></v></c></row><row r="3"/><row><c r="A4"><v>-12</v></c><c r="C4" s="0"/></row>',
          '<mergeCells count="2"><mergeCell ref="B2:C3"/><mergeCell ref="A4"/></mergeCells>',
        ),
      ),
    ],
    [
      'number formats: built-in, custom with entities, text, on strings too; a hidden second sheet',
      handMade(
        WS(
          '<row r="1"><c r="A1" s="1"><v>0.85</v></c><c r="B1" s="2"><v>12.5</v></c><c r="C1" s="3" t="inlineStr"><is><t>文本</t></is></c><c r="D1" s="4"><v>45000</v></c><c r="E1" s="5"><v>3</v></c></row>',
        ),
        {
          styles: STYLES,
          extraSheet: WS('<row r="5"><c r="C5"><v>7</v></c></row>'),
        },
      ),
    ],
    [
      '<v> with attributes, <v/> and <v /> (no value), a formula with a value after it',
      handMade(
        WS(
          '<row r="1"><c r="A1" t="str"><v xml:space="preserve"> 前后空格 </v></c><c r="B1"><v/></c><c r="C1" t="str"><f>X</f><v /></c><c r="D1"><f>1+6</f><v>7</v></c><c r="E1" t="str"><v\t/></c></row>',
        ),
      ),
    ],
    [
      'number formats on a sheet whose used range starts at C3 (formats shifted with the values)',
      handMade(
        WS(
          '<row r="3"><c r="C3" s="1"><v>0.85</v></c><c r="E3" s="2"><v>12.5</v></c></row><row r="4"><c r="D4" s="3" t="inlineStr"><is><t>文本</t></is></c><c r="F4"><v>2</v></c></row><row r="6"><c r="E6" s="5"><v>3</v></c></row>',
        ),
        { styles: STYLES },
      ),
    ],
  ];

  it.each(cases)('%s', (_name, bytes) => {
    const lean = fastWorkbookGrid(readZipParts(bytes));
    expect(lean).not.toBeNull();
    expect(JSON.stringify(lean)).toEqual(JSON.stringify(sheetJs(bytes)));
  });
});
