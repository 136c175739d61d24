import * as fs from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { annotateCopy, annotateCopyWithReport, SEVERITY_FILLS } from '../../src/xlsx/annotate';
import { readWorkbookBytes } from '../../src/xlsx/readGrid';
import { checkWorkbook } from '../../src/core/check';
import type { Finding, Severity } from '../../src/core/findings';
import { parseA1 } from '../../src/core/grid';
import { LIBREOFFICE, OPENPYXL, SEED, XLS } from './files';
import { NOTE_ORIGINAL_SEPARATOR } from '../../src/core/marks/cellMarks';

const SHEET = '项目支出绩效目标表';

function finding(cell: string, severity: Severity, rule: string, message: string): Finding {
  const p = parseA1(cell)!;
  return {
    rule,
    messageId: 'm',
    severity,
    sheet: SHEET,
    cell,
    row: p.row,
    col: p.col,
    text: { zh: message, en: `EN ${message}` },
    table: 0,
  };
}

const FINDINGS: Finding[] = [
  finding('E7', 'warning', 'value/missing-unit', '缺少单位'),
  finding('E7', 'error', 'structure/missing-value', '指标值为空'),
  finding('A8', 'error', 'structure/missing-level1', '一级指标没有三级指标'), // inside the merged A7:A10
  finding('E55', 'info', 'plan/back-loaded', '支出集中在年底'),
  { ...finding('B2', 'warning', 'text/stray-space', '多余空格'), sheet: 'no such sheet' },
];

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

function noteText(cell: ExcelJS.Cell): string {
  const n = cell.note as string | ExcelJS.Comment | undefined;
  if (!n) return '';
  return typeof n === 'string' ? n : (n.texts ?? []).map((t) => t.text).join('');
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const f = cell.fill as ExcelJS.FillPattern | undefined;
  return f?.fgColor?.argb;
}

/** Values, formats and merges as the reader sees them. */
function grid(bytes: Uint8Array) {
  const key = (m: { r1: number; c1: number; r2: number; c2: number }) => `${m.r1},${m.c1},${m.r2},${m.c2}`;
  return readWorkbookBytes(bytes, 'x.xlsx').sheets.map((s) => ({
    name: s.name,
    values: s.values,
    formats: s.formats,
    merges: s.merges.map(key).sort(),
  }));
}

describe('SEVERITY_FILLS', () => {
  it('has one distinct opaque ARGB fill per severity', () => {
    const argb = Object.values(SEVERITY_FILLS).map((f) => f.argb);
    expect(Object.keys(SEVERITY_FILLS).sort()).toEqual(['error', 'info', 'warning']);
    expect(new Set(argb).size).toBe(3);
    for (const a of argb) expect(a).toMatch(/^FF[0-9A-F]{6}$/);
  });
});

describe('annotateCopy', () => {
  it('fills and notes the seed, leaving every value unchanged', async () => {
    const original = new Uint8Array(fs.readFileSync(SEED));
    const { data, repairs, marked } = await annotateCopyWithReport(original, FINDINGS);
    expect(repairs).toEqual([]);
    expect(marked).toBe(3); // E7, A7 (for A8), E55; the unknown sheet is skipped
    expect(grid(data)).toEqual(grid(original));

    const ws = (await load(data)).getWorksheet(SHEET)!;
    // Two findings on one cell: the worse one's fill, both messages, error first.
    const e7 = ws.getCell('E7');
    expect(fillOf(e7)).toBe(SEVERITY_FILLS.error.argb);
    const note = noteText(e7);
    expect(note).toContain('指标值为空');
    expect(note).toContain('缺少单位');
    expect(note).toContain('structure/missing-value');
    expect(note.indexOf('指标值为空')).toBeLessThan(note.indexOf('缺少单位'));
    // A finding inside a merged area marks its top-left cell.
    expect(fillOf(ws.getCell('A7'))).toBe(SEVERITY_FILLS.error.argb);
    expect(noteText(ws.getCell('A7'))).toContain('一级指标没有三级指标');
    expect(fillOf(ws.getCell('E55'))).toBe(SEVERITY_FILLS.info.argb);
    // Untouched cells stay untouched.
    expect(fillOf(ws.getCell('E8'))).toBeUndefined();
    expect(noteText(ws.getCell('E8'))).toBe('');
  });

  it('writes notes in English or both when asked', async () => {
    const original = new Uint8Array(fs.readFileSync(SEED));
    const en = await load(await annotateCopy(original, FINDINGS.slice(3, 4), { lang: 'en' }));
    expect(noteText(en.getWorksheet(SHEET)!.getCell('E55'))).toContain('EN 支出集中在年底');
    const both = await load(await annotateCopy(original, FINDINGS.slice(3, 4), { lang: 'zh+en' }));
    const t = noteText(both.getWorksheet(SHEET)!.getCell('E55'));
    expect(t.indexOf('支出集中在年底')).toBeLessThan(t.indexOf('EN 支出集中在年底'));
  });

  it('annotates the openpyxl file ExcelJS cannot load as is (exceljs#2797), keeping its own comment', async () => {
    const original = new Uint8Array(fs.readFileSync(OPENPYXL));
    await expect(load(original)).rejects.toThrow(); // the upstream bug this works around
    const { data, repairs } = await annotateCopyWithReport(original, FINDINGS);
    expect(repairs.map((r) => r.kind)).toEqual(['comments-normalised']);
    expect(repairs[0].messageZh).toMatch(/批注/);
    expect(grid(data)).toEqual(grid(original));
    const e7 = (await load(data)).getWorksheet(SHEET)!.getCell('E7');
    const note = noteText(e7);
    expect(note).toContain('请核对还本金额'); // the file's own comment, kept below ours (as the add-in writes it)
    expect(note).toContain('指标值为空');
    expect(note.indexOf('指标值为空')).toBeLessThan(note.indexOf('请核对还本金额'));
    expect(note).toContain(NOTE_ORIGINAL_SEPARATOR);
  });

  it('drops comments ExcelJS cannot read at all, and says so', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(OPENPYXL));
    // The comments' VML drawing is missing: ExcelJS fails on the comments even once renamed.
    zip.remove('xl/drawings/commentsDrawing1.vml');
    const broken = await zip.generateAsync({ type: 'uint8array' });
    const { data, repairs } = await annotateCopyWithReport(broken, FINDINGS);
    expect(repairs.map((r) => r.kind)).toEqual(['comments-removed']);
    expect(grid(data)).toEqual(grid(new Uint8Array(fs.readFileSync(OPENPYXL))));
    expect(noteText((await load(data)).getWorksheet(SHEET)!.getCell('E7'))).toContain('指标值为空');
  });

  it('converts a .xls to an annotated .xlsx with the same values', async () => {
    const original = new Uint8Array(fs.readFileSync(XLS));
    const { data, repairs } = await annotateCopyWithReport(original, FINDINGS);
    expect(repairs.map((r) => r.kind)).toEqual(['rebuilt']);
    expect(grid(data)).toEqual(grid(original));
    expect(fillOf((await load(data)).getWorksheet(SHEET)!.getCell('E7'))).toBe(SEVERITY_FILLS.error.argb);
  });

  it('annotates the LibreOffice file without repairs', async () => {
    const original = new Uint8Array(fs.readFileSync(LIBREOFFICE));
    const { data, repairs } = await annotateCopyWithReport(original, FINDINGS);
    expect(repairs).toEqual([]);
    expect(grid(data)).toEqual(grid(original));
  });

  it('marks what the core finds on the seed (needs the core)', async () => {
    const original = new Uint8Array(fs.readFileSync(SEED));
    const { findings } = checkWorkbook(readWorkbookBytes(original, 'seed.xlsx'));
    expect(findings.length).toBeGreaterThan(0);
    const data = await annotateCopy(original, findings);
    expect(grid(data)).toEqual(grid(original));
    const wb = await load(data);
    for (const f of findings) {
      const ws = wb.getWorksheet(f.sheet)!;
      const c = ws.getCell(f.cell);
      const cell = c.isMerged ? c.master : c;
      expect(noteText(cell)).toContain(f.text.zh);
      expect(fillOf(cell)).toBeDefined();
    }
  });
});

describe('annotateCopy on files it cannot read', () => {
  it.each([
    ['empty', new Uint8Array(0), 'empty'],
    ['truncated zip', new Uint8Array(fs.readFileSync(SEED).subarray(0, 100)), 'corrupt'],
    ['text', new Uint8Array(Buffer.from('项目编码,1')), 'not-excel'],
  ])('%s → FileReadError', async (_label, bytes, code) => {
    await expect(annotateCopy(bytes, FINDINGS)).rejects.toMatchObject({ name: 'FileReadError', code });
  });
});
