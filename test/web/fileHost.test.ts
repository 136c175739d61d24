/**
 * The web page's host over real files: reads the seed workbook with the
 * project's SheetJS reader, makes the annotated copy with ExcelJS (also from
 * a legacy .xls), and the openers fetch the bundled sample.
 */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/core/check';
import { FileHost, annotatedName } from '../../src/web/fileHost';
import { SAMPLE_PATH, webOpeners } from '../../src/web/openers';

const ROOT = path.resolve(__dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'samples', 'seed-projects-2023.xlsx');
const XLS = path.join(ROOT, '..', 'shared', 'fixtures', 'third-party', 'seed-saved-as-xls-97.xls');

function bytes(file: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(file));
}

async function loadXlsx(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  return wb;
}

/** Reads and checks `file` as the web page does, then makes the annotated copy. */
async function annotate(name: string, file: string) {
  const host = new FileHost(name, bytes(file));
  const { findings } = checkWorkbook(await host.read());
  const copy = await host.annotatedCopy(findings);
  return { copy, wb: await loadXlsx(copy.data) };
}

describe('FileHost', () => {
  test('the copy is named after the file, always .xlsx', () => {
    expect(annotatedName('seed.xlsx')).toBe('seed-标注.xlsx');
    expect(annotatedName('旧表.XLS')).toBe('旧表-标注.xlsx');
  });

  test('reads the sample into a grid the core checks; select/highlight/clear are harmless no-ops', async () => {
    const host = new FileHost('seed-projects-2023.xlsx', bytes(SAMPLE));
    expect(host.kind).toBe('web');
    expect(host.title()).toBe('seed-projects-2023.xlsx');
    const grid = await host.read();
    expect(grid.sheets.length).toBeGreaterThan(0);
    expect(checkWorkbook(grid).tables.length).toBeGreaterThan(0);
    await expect(host.select('x', 'A1')).resolves.toBeUndefined();
    await expect(host.highlight([])).resolves.toEqual({ marked: 0, skipped: [] });
    await expect(host.clear()).resolves.toBeUndefined();
  });

  test('an unreadable file is a clear error', async () => {
    const host = new FileHost('notes.xlsx', new TextEncoder().encode('not a workbook'));
    await expect(host.read()).rejects.toThrow(/./);
  });

  test('annotated copy: an xlsx with the values unchanged', async () => {
    const { copy, wb } = await annotate('seed-projects-2023.xlsx', SAMPLE);
    expect(copy.name).toBe('seed-projects-2023-标注.xlsx');
    const orig = await loadXlsx(bytes(SAMPLE));
    for (const ws of orig.worksheets) {
      ws.eachRow((row) => row.eachCell((cell) => expect(wb.getWorksheet(ws.name)!.getCell(cell.address).value).toEqual(cell.value)));
    }
  });

  (fs.existsSync(XLS) ? test : test.skip)('a legacy .xls is read and its annotated copy written as .xlsx', async () => {
    const { copy, wb } = await annotate('seed.xls', XLS);
    expect(copy.name).toBe('seed-标注.xlsx');
    expect(wb.worksheets.length).toBeGreaterThan(0);
  });
});

describe('webOpeners', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  test('the sample is fetched from the same origin (a relative path)', async () => {
    const urls: string[] = [];
    globalThis.fetch = (async (url: string) => {
      urls.push(url);
      return new Response(fs.readFileSync(SAMPLE));
    }) as typeof fetch;
    const host = await webOpeners.openSample();
    expect(urls).toEqual([SAMPLE_PATH]);
    expect(SAMPLE_PATH).not.toMatch(/^[a-z]+:|^\/\//i);
    expect(host.title()).toBe('seed-projects-2023.xlsx');
  });

  test('a sample that is not there is an error in both languages', async () => {
    globalThis.fetch = (async () => new Response('nope', { status: 404 })) as typeof fetch;
    await expect(webOpeners.openSample()).rejects.toMatchObject({ message: expect.stringContaining('404'), messageEn: expect.stringContaining('404') });
  });
});
