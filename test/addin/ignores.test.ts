/**
 * Ignored findings in Excel: ExcelHost.setIgnores keeps the entries in a
 * custom XML part (core/ignores.ts), through Microsoft's client and the
 * in-memory Excel; the next read (and a reload) honours them, and so does
 * the file reader (the CLI, the web page) on the workbook as Excel saves it.
 */
import * as fs from 'fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { testExcel } from './excel/officeClient';
import { SEED_PATH, sheetsFromXlsx } from './fixtures';
import { ExcelHost } from '../../src/addin/excelHost';
import { FULL_SUPPORT } from '../../src/addin/apiSupport';
import { checkWorkbook } from '../../src/core/check';
import {
  IGNORE_SHEET_NAME,
  IGNORES_NAMESPACE,
  ignoreEntry,
  ignoreSheetRows,
  parseIgnores,
  serializeIgnores,
  type IgnoreEntry,
} from '../../src/core/ignores';
import { parseProfile } from '../../src/core/profile';
import { SHIPPED_PROFILES } from '../../src/core/profiles/shipped';
import { readWorkbookBytes } from '../../src/xlsx/readGrid';

const seed = fs.readFileSync(SEED_PATH);
const excel = () => testExcel(sheetsFromXlsx(seed));
const host = (fake: ReturnType<typeof excel>) =>
  new ExcelHost({ run: fake.run, runIn: fake.runIn, api: FULL_SUPPORT, now: () => 0 });
const key = (f: { rule: string; sheet: string; cell: string }) => `${f.rule}@${f.sheet}!${f.cell}`;

/** The seed as Excel saves it with a custom XML part (customXml/item1.xml, in `encoding`). */
function savedWithPart(xml: string, encoding: 'utf-8' | 'utf-16le' = 'utf-8', extra = {}): Uint8Array {
  const files = unzipSync(new Uint8Array(seed));
  const text = `<?xml version="1.0" encoding="${encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'}" standalone="no"?>${xml}`;
  let data: Uint8Array<ArrayBuffer>;
  if (encoding === 'utf-8') data = strToU8(text);
  else {
    data = new Uint8Array(2 + text.length * 2);
    data.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      data[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      data[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
  }
  files['customXml/item1.xml'] = data;
  files['customXml/itemProps1.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{6C0A4E5B-0000-4000-8000-000000000001}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>',
  );
  const rels = 'xl/_rels/workbook.xml.rels';
  files[rels] = strToU8(
    strFromU8(files[rels]).replace(
      '</Relationships>',
      '<Relationship Id="rIdKpi1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>',
    ),
  );
  return zipSync({ ...files, ...extra });
}

describe('ExcelHost: ignored findings in a custom XML part', () => {
  const plain = checkWorkbook(readWorkbookBytes(seed));
  const vague = plain.findings.find((f) => f.rule === 'value/vague' && f.cell === 'E62');
  const reason = '下降即为目标：债务余额只减不增';

  test('the seed has the finding to ignore', () => {
    expect(vague).toBeDefined();
  });

  test('ignore with a reason → the re-check leaves it out, with its reason; still after a reload', async () => {
    const fake = excel();
    const h = host(fake);
    const before = checkWorkbook(await h.read());
    expect(before.findings.map(key)).toContain(key(vague!));
    const entry = ignoreEntry(vague!, reason, '2026-12-02');
    await h.setIgnores([entry]);
    const parts = fake.wb.parts.filter((p) => p.namespace === IGNORES_NAMESPACE);
    expect(parts).toHaveLength(1);
    expect(parseIgnores(parts[0].xml)).toEqual([entry]);
    // No sheet was added to the officer's workbook.
    expect(fake.wb.sheets.some((s) => s.name === IGNORE_SHEET_NAME)).toBe(false);

    const after = checkWorkbook(await h.read());
    expect(after.findings.map(key)).not.toContain(key(vague!));
    expect(after.findings).toHaveLength(before.findings.length - 1);
    expect(after.ignored).toEqual([{ finding: expect.objectContaining({ cell: 'E62' }), entry }]);

    // A new pane on the same workbook (Excel reopened) reads the part, in the same 2 syncs.
    const reloaded = host(fake);
    const syncs = fake.syncCount;
    const grid = await reloaded.read();
    expect(fake.syncCount - syncs).toBe(2);
    expect(checkWorkbook(grid).ignored?.map((x) => x.entry.reason)).toEqual([reason]);
  });

  test('un-ignore: the finding is back; a whole rule ignores it everywhere', async () => {
    const fake = excel();
    const h = host(fake);
    await h.setIgnores([ignoreEntry(vague!, reason, '2026-12-02')]);
    await h.setIgnores([]);
    expect(fake.wb.parts.filter((p) => p.namespace === IGNORES_NAMESPACE)).toHaveLength(1);
    const back = checkWorkbook(await h.read());
    expect(back.findings.map(key)).toEqual(plain.findings.map(key));
    expect(back.ignored).toBeUndefined();

    await h.setIgnores([ignoreEntry(vague!, '本单位口径', '2026-12-02', true)]);
    const whole = checkWorkbook(await host(fake).read());
    const all = plain.findings.filter((f) => f.rule === vague!.rule);
    expect(whole.ignored).toHaveLength(all.length);
    expect(whole.findings.some((f) => f.rule === vague!.rule)).toBe(false);
  });

  test('the part is the list where the workbook also has an ignore sheet (from the web page)', async () => {
    const specs = sheetsFromXlsx(seed);
    const other = plain.findings.find((f) => f.rule !== vague!.rule)!;
    specs.push({
      name: IGNORE_SHEET_NAME,
      visibility: 'Hidden',
      values: ignoreSheetRows([ignoreEntry(other, '网页中忽略', '2026-12-01')]),
    });
    const fake = testExcel(specs);
    const h = host(fake);
    const first = checkWorkbook(await h.read());
    expect(first.ignores?.map((e) => e.reason)).toEqual(['网页中忽略']);
    // The pane writes the whole list; un-ignoring the sheet's entry then holds.
    const entry = ignoreEntry(vague!, reason, '2026-12-02');
    await h.setIgnores([entry]);
    const next = checkWorkbook(await host(fake).read());
    expect(next.ignores).toEqual([entry]);
    expect(next.findings.map(key)).toContain(key(other));
  });

  test('a workbook saved from Excel with the part: the file reader (kpicheck, the web page) honours it', async () => {
    const fake = excel();
    const entry = ignoreEntry(vague!, reason, '2026-12-02');
    await host(fake).setIgnores([entry]);
    const xml = fake.wb.parts.find((p) => p.namespace === IGNORES_NAMESPACE)!.xml;
    for (const encoding of ['utf-8', 'utf-16le'] as const) {
      const result = checkWorkbook(readWorkbookBytes(savedWithPart(xml, encoding)));
      expect(result.ignored).toEqual([{ finding: expect.objectContaining({ cell: 'E62' }), entry }]);
      expect(result.findings).toHaveLength(plain.findings.length - 1);
      expect(result.tables).toHaveLength(plain.tables.length);
    }
    // Another add-in's part is not ours; a damaged part of ours is no list.
    const foreign = readWorkbookBytes(savedWithPart('<x xmlns="urn:other">[["value/vague"]]</x>'));
    expect(checkWorkbook(foreign).ignored).toBeUndefined();
    const damaged = readWorkbookBytes(
      savedWithPart(`<ignores xmlns="${IGNORES_NAMESPACE}" version="1">[["value/vague",</ignores>`),
    );
    expect(checkWorkbook(damaged).findings).toHaveLength(plain.findings.length);
  });

  test('serializeIgnores / parseIgnores keep every field, markup in a reason included', () => {
    const entries: IgnoreEntry[] = [
      { rule: 'value/vague', sheet: '表 <1>', cell: 'E62', reason: 'a & b < c "引号"', date: '2026-12-02' },
      { rule: 'plan/not-100', sheet: '', cell: '', reason: '', date: '' },
    ];
    expect(parseIgnores(serializeIgnores(entries))).toEqual(entries);
    expect(parseIgnores(`<ns0:ignores xmlns:ns0="${IGNORES_NAMESPACE}"/>`)).toEqual([]);
    expect(parseIgnores('<ignores>[]</ignores>')).toBeNull();
  });

  test('the national profile: the pane reads the grid the CLI reads, so the findings are the same', async () => {
    const national = parseProfile(JSON.parse(JSON.stringify(SHIPPED_PROFILES.national)));
    const pane = checkWorkbook(await host(excel()).read(), national);
    const cli = checkWorkbook(readWorkbookBytes(seed), national);
    expect(pane.findings.map(key).sort()).toEqual(cli.findings.map(key).sort());
    expect(pane.findings.map(key).sort()).not.toEqual(plain.findings.map(key).sort());
  });
});
