/**
 * The web page's working copy: ignores written into its hidden sheet are read
 * back by the next check (and by the core, as the CLI reads them); 检查 reads
 * the file again, or says it checked the copy when the browser cannot.
 */
import fs from 'fs';
import path from 'path';
import { checkWorkbook } from '../../src/core/check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { ignoreEntry, serializeIgnores } from '../../src/core/ignores';
import { FileHost, workingName } from '../../src/web/fileHost';
import { readWorkbookBytes } from '../../src/xlsx/readGrid';

const SAMPLE = path.resolve(__dirname, '..', '..', 'samples', 'seed-projects-2023.xlsx');
const bytes = () => new Uint8Array(fs.readFileSync(SAMPLE));

describe('FileHost working copy and re-reading', () => {
  test('an ignore goes into the working copy, the next check and the core honour it', async () => {
    const host = new FileHost('seed.xlsx', bytes());
    const first = await host.checkFile();
    expect(first.from).toBe('file');
    const e62 = first.result.findings.find((f) => f.cell === 'E62' && f.rule === 'value/vague')!;
    expect(host.workingCopy()).toBeNull();
    await host.setIgnores([ignoreEntry(e62, '下降即达标', '2026-12-01')]);
    const copy = host.workingCopy()!;
    expect(copy.name).toBe(workingName('seed.xlsx'));
    const again = await host.checkFile();
    expect(again.from).toBe('working');
    expect(again.result.findings).toHaveLength(first.result.findings.length - 1);
    expect(again.result.ignored?.[0].entry.reason).toBe('下降即达标');
    // What kpicheck does with the downloaded copy.
    const cli = checkWorkbook(readWorkbookBytes(copy.data, copy.name));
    expect(cli.findings.some((f) => f.cell === 'E62' && f.rule === 'value/vague')).toBe(false);
    // Un-ignore: the sheet goes, the finding is back.
    await host.setIgnores([]);
    expect((await host.checkFile()).result.findings).toHaveLength(first.result.findings.length);
  });

  test('a workbook saved from Excel (ignores in a custom XML part): shown, and un-ignored in the copy', async () => {
    const plain = checkWorkbook(readWorkbookBytes(bytes()));
    const e62 = plain.findings.find((f) => f.cell === 'E62' && f.rule === 'value/vague')!;
    const files = unzipSync(bytes());
    files['customXml/item1.xml'] = strToU8(
      serializeIgnores([ignoreEntry(e62, '在 Excel 中忽略', '2026-12-02')]),
    );
    const host = new FileHost('from-excel.xlsx', zipSync(files));
    const first = await host.checkFile();
    expect(first.result.ignored?.map((x) => x.entry.reason)).toEqual(['在 Excel 中忽略']);
    // Un-ignore in the web page: the working copy holds no entry the part could bring back.
    await host.setIgnores([]);
    const back = await host.checkFile();
    expect(back.result.ignored).toBeUndefined();
    expect(back.result.findings).toHaveLength(plain.findings.length);
    expect(checkWorkbook(readWorkbookBytes(host.workingCopy()!.data)).findings).toHaveLength(
      plain.findings.length,
    );
  });

  test('检查 reads the file again; when the browser cannot, it says it checked the copy', async () => {
    let readable = true;
    const source = {
      arrayBuffer: async () => {
        if (!readable) throw new Error('NotReadableError');
        return bytes().buffer;
      },
    } as unknown as Blob;
    const host = new FileHost('seed.xlsx', bytes(), { source });
    expect((await host.checkFile()).from).toBe('file');
    readable = false;
    const stale = await host.checkFile();
    expect(stale.from).toBe('copy');
    expect(stale.result.tables.length).toBeGreaterThan(0);
  });
});
