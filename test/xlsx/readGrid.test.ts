import * as fs from 'fs';
import * as path from 'path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { FileReadError, MAX_FILE_BYTES, readWorkbookBytes } from '../../src/xlsx/readGrid';
import type { SheetGrid, WorkbookGrid } from '../../src/core/grid';
import { allFixtures, badFiles, LIBREOFFICE, OPENPYXL, SEED, XLS } from './files';

function read(file: string): WorkbookGrid {
  return readWorkbookBytes(fs.readFileSync(file), file);
}

function sheet(wb: WorkbookGrid, name: string): SheetGrid {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** Value at a sheet position (0-based), honouring top/left. */
function at(s: SheetGrid, row: number, col: number) {
  return s.values[row - (s.top ?? 0)]?.[col - (s.left ?? 0)] ?? null;
}

function formatAt(s: SheetGrid, row: number, col: number) {
  return s.formats?.[row - (s.top ?? 0)]?.[col - (s.left ?? 0)] ?? null;
}

/** Comparable form of a grid: sheet names, values, formats, sorted merges. */
function canonical(wb: WorkbookGrid) {
  return wb.sheets.map((s) => ({
    name: s.name,
    top: s.top ?? 0,
    left: s.left ?? 0,
    values: s.values.map((r) => Array.from(r, (v) => v ?? null)),
    formats: s.values.map((r, i) => Array.from(r, (_, j) => s.formats?.[i]?.[j] ?? null)),
    merges: s.merges.map((m) => `${m.r1},${m.c1},${m.r2},${m.c2}`).sort(),
  }));
}

describe('readWorkbookBytes: fixtures', () => {
  it.each(allFixtures())('reads %s', (file) => {
    const wb = read(file);
    expect(wb.sheets.length).toBeGreaterThan(0);
    for (const s of wb.sheets) {
      expect(Array.isArray(s.values)).toBe(true);
      expect(Array.isArray(s.merges)).toBe(true);
    }
  });

  it('reads the seed as the workbook holds it', () => {
    const wb = read(SEED);
    expect(wb.sheets.map((s) => s.name)).toEqual(['部门整体绩效目标', '项目支出绩效目标表']);
    const p = sheet(wb, '项目支出绩效目标表');
    expect(p.top).toBe(0);
    expect(p.left).toBe(0);
    expect(p.values.length).toBe(101);
    expect(at(p, 0, 0)).toBe('项目编码');
    expect(at(p, 0, 1)).toBe('102001001'); // a code typed as text stays text
    expect(at(p, 1, 0)).toBe('项目资金\n主要用途');
    // Spending plan: numbers with a percent format.
    expect(at(p, 3, 2)).toBe(0.3);
    expect(formatAt(p, 3, 2)).toBe('0%');
    expect(at(p, 9, 4)).toBe('100%'); // typed as text
    expect(formatAt(p, 0, 0)).toBeNull(); // General is not recorded
    expect(p.merges).toHaveLength(49);
    expect(p.merges).toContainEqual({ r1: 6, c1: 0, r2: 9, c2: 0 }); // 产出指标 over four rows
    expect(p.merges).toContainEqual({ r1: 0, c1: 3, r2: 0, c2: 5 });
  });

  it.each([
    ['LibreOffice', LIBREOFFICE],
    ['openpyxl with a comment', OPENPYXL],
    ['.xls (BIFF8)', XLS],
  ])('reads the seed saved by %s to the same grid', (_label, file) => {
    expect(canonical(read(file))).toEqual(canonical(read(SEED)));
  });

  it('accepts an ArrayBuffer', () => {
    const buf = fs.readFileSync(SEED);
    const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length) as ArrayBuffer;
    expect(canonical(readWorkbookBytes(ab))).toEqual(canonical(read(SEED)));
  });
});

describe('readWorkbookBytes: values as the workbook holds them', () => {
  async function viaExcelJS(build: (ws: ExcelJS.Worksheet) => void): Promise<SheetGrid> {
    const wb = new ExcelJS.Workbook();
    build(wb.addWorksheet('S'));
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    return readWorkbookBytes(bytes, 'x.xlsx').sheets[0];
  }

  it('keeps numbers, text, booleans, cached formula results, error text, rich text as plain text', async () => {
    const s = await viaExcelJS((ws) => {
      ws.getCell('A1').value = 85;
      ws.getCell('A1').numFmt = '0%';
      ws.getCell('B1').value = '≥85%';
      ws.getCell('C1').value = true;
      ws.getCell('D1').value = { formula: 'A1*2', result: 170 };
      ws.getCell('E1').value = { error: '#DIV/0!' };
      ws.getCell('F1').value = { richText: [{ text: '数量', font: { bold: true } }, { text: '指标' }] };
      ws.getCell('G1').value = { formula: 'B1&""', result: '≥85%' };
      ws.getCell('H1').value = { error: '#N/A' };
    });
    expect(s.values[0]).toEqual([85, '≥85%', true, 170, '#DIV/0!', '数量指标', '≥85%', '#N/A']);
    expect(s.formats?.[0]?.[0]).toBe('0%');
  });

  it('keeps dates as serial numbers with their date format', async () => {
    const s = await viaExcelJS((ws) => {
      ws.getCell('A1').value = new Date(Date.UTC(2023, 11, 31));
      ws.getCell('A1').numFmt = 'yyyy"年"m"月"d"日"';
    });
    expect(s.values[0][0]).toBe(45291);
    expect(s.formats?.[0]?.[0]).toBe('yyyy"年"m"月"d"日"');
  });

  it('does not pad a sheet whose cells start far from A1', () => {
    const ws = XLSX.utils.aoa_to_sheet([]);
    XLSX.utils.sheet_add_aoa(
      ws,
      [
        ['一级指标', '二级指标'],
        ['产出指标', '数量指标'],
      ],
      { origin: 'D50000' },
    );
    ws['!merges'] = [{ s: { r: 50000, c: 3 }, e: { r: 50003, c: 3 } }];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Far');
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const s = readWorkbookBytes(bytes, 'far.xlsx').sheets[0];
    expect(s.top).toBe(49999);
    expect(s.left).toBe(3);
    expect(s.values).toEqual([
      ['一级指标', '二级指标'],
      ['产出指标', '数量指标'],
    ]);
    expect(s.merges).toEqual([{ r1: 50000, c1: 3, r2: 50003, c2: 3 }]);
  });

  it('reads an empty sheet as no values', () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([]), 'Empty');
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    expect(readWorkbookBytes(bytes).sheets).toEqual([
      { name: 'Empty', values: [], top: 0, left: 0, merges: [] },
    ]);
  });

  it.each(['biff8', 'xlsm', 'ods'] as const)('reads a workbook written as %s', (bookType) => {
    const wb = XLSX.utils.book_new();
    const ws = XLSX.utils.aoa_to_sheet([
      ['项目编码', '102001001'],
      ['指标值', 0.85],
    ]);
    ws.B2.z = '0%';
    ws['!merges'] = [{ s: { r: 0, c: 1 }, e: { r: 0, c: 3 } }];
    XLSX.utils.book_append_sheet(wb, ws, '项目表');
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType }) as ArrayBuffer);
    const s = readWorkbookBytes(bytes, `t.${bookType === 'biff8' ? 'xls' : bookType}`).sheets[0];
    expect(s.name).toBe('项目表');
    expect(s.values).toEqual([
      ['项目编码', '102001001'],
      ['指标值', 0.85],
    ]);
    expect(s.formats?.[1]?.[1]).toBe('0%');
    expect(s.merges).toEqual([{ r1: 0, c1: 1, r2: 0, c2: 3 }]);
  });
});

describe('readWorkbookBytes: files it cannot read', () => {
  it.each(badFiles().map((f) => [f.name, f] as const))('%s → a clear FileReadError', (_name, f) => {
    let err: unknown;
    try {
      readWorkbookBytes(f.bytes, f.name);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(FileReadError);
    const e = err as FileReadError;
    expect(e.code).toBe(f.code);
    // Chinese first, English after, in one message.
    expect(e.message.charCodeAt(0)).toBeGreaterThan(0x7f);
    expect(e.message).toContain(e.messageZh);
    expect(e.message).toContain(e.messageEn);
    expect(e.message.indexOf(e.messageZh)).toBeLessThan(e.message.indexOf(e.messageEn));
    expect(e.messageEn).toMatch(/^[A-Z]/);
  });

  it('rejects a file over the size limit before parsing it', () => {
    const bytes = fs.readFileSync(SEED);
    expect(() => readWorkbookBytes(bytes, 'seed.xlsx', { maxBytes: 1000 })).toThrow(
      expect.objectContaining({ code: 'too-large' }),
    );
    expect(MAX_FILE_BYTES).toBeGreaterThanOrEqual(50 * 1024 * 1024);
  });

  it('says what a non-workbook is', () => {
    const named = (bytes: Uint8Array, name: string) => {
      try {
        readWorkbookBytes(bytes, name);
      } catch (e) {
        return (e as FileReadError).messageZh;
      }
      return '';
    };
    const files = Object.fromEntries(badFiles().map((f) => [f.name, f.bytes]));
    expect(named(files['pdf-renamed.xlsx'], 'a.xlsx')).toContain('PDF');
    expect(named(files['page.xls'], 'a.xls')).toContain('网页');
    expect(named(files['word.xlsx'], 'a.xlsx')).toContain('Word');
    expect(named(files['text-renamed.xlsx'], 'a.xlsx')).toContain('纯文本');
    expect(named(files['table.csv'], 'a.csv')).toContain('CSV');
  });

  it('does not hang on a zip whose directory points past its end', () => {
    const seed = Buffer.from(fs.readFileSync(SEED));
    const eocd = seed.lastIndexOf(Buffer.from([0x50, 0x4b, 5, 6]));
    seed.writeUInt32LE(seed.length * 2, eocd + 16); // central directory offset beyond the file
    expect(() => readWorkbookBytes(seed, 'x.xlsx')).toThrow(expect.objectContaining({ code: 'corrupt' }));
  });

  it('has no Node imports (it runs in the web page)', () => {
    for (const f of [
      'readGrid.ts',
      'container.ts',
      'errors.ts',
      'annotate.ts',
      'codepages.ts',
      'sheetjs.ts',
    ]) {
      const src = fs.readFileSync(path.join(__dirname, '../../src/xlsx', f), 'utf8');
      expect(src).not.toMatch(/from '(fs|path|zlib|os|child_process|node:[a-z_]+)'/);
    }
  });
});
