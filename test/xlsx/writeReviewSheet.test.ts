import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as XLSX from '@e965/xlsx';
import { checkWorkbook, type CheckResult } from '../../src/core/check';
import type { Finding } from '../../src/core/findings';
import { splitSheetAddress } from '../../src/addin/address';
import { readWorkbookBytes } from '../../src/xlsx/readGrid';
import { HEADER_ROW, REVIEW_SHEET_NAME, writeReviewSheetCopy } from '../../src/xlsx/writeReviewSheet';
import { REVIEW_COLUMNS } from '../../src/core/report/rows';
import { SEVERITY_FILLS } from '../../src/core/palette';
import { seedBytes } from '../core/fixes/fixableWorkbook';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

const col = (key: string) => REVIEW_COLUMNS.findIndex((c) => c.key === key) + 1;

/** The review sheet's hyperlinks read back with SheetJS: row → target "sheet!cell". */
function linksOf(
  bytes: Uint8Array,
  sheet = REVIEW_SHEET_NAME,
): Map<number, { target: string; text: unknown }> {
  const wb = XLSX.read(bytes);
  const ws = wb.Sheets[sheet];
  const out = new Map<number, { target: string; text: unknown }>();
  for (const k of Object.keys(ws)) {
    if (k.startsWith('!')) continue;
    const c = ws[k] as XLSX.CellObject;
    if (c.l?.Target) out.set(XLSX.utils.decode_cell(k).r + 1, { target: c.l.Target, text: c.v });
  }
  return out;
}

describe('writeReviewSheetCopy (ExcelJS)', () => {
  test('one row per finding; the cell column links to the right cell; a table; print setup; other sheets untouched', async () => {
    const input = seedBytes();
    const result = checkWorkbook(readWorkbookBytes(input));
    const out = await writeReviewSheetCopy(input, result, {
      generatedAt: new Date(2024, 0, 2, 3, 4),
      source: 'seed-projects-2023.xlsx',
    });
    expect(out.rows).toBe(result.findings.length);

    const wb = await load(out.data);
    const ws = wb.getWorksheet(REVIEW_SHEET_NAME)!;
    expect(ws).toBeDefined();
    expect(String(ws.getCell('A1').value)).toContain('绩效目标表审核结果');
    expect(String(ws.getCell('A2').value)).toContain(`${result.findings.length} 条问题`);
    expect(ws.getRow(HEADER_ROW).values).toEqual([undefined, ...REVIEW_COLUMNS.map((c) => c.zh)]);
    expect(ws.getTables()).toHaveLength(1);
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });

    const links = linksOf(out.data);
    result.findings.forEach((f: Finding, i) => {
      const row = HEADER_ROW + 1 + i;
      expect(ws.getCell(row, col('rule')).value).toBe(f.rule);
      expect(ws.getCell(row, col('message')).value).toBe(f.text.zh);
      expect(ws.getCell(row, col('sheet')).value).toBe(f.sheet);
      expect(ws.getCell(row, col('severity')).fill).toMatchObject({
        fgColor: { argb: SEVERITY_FILLS[f.severity].argb },
      });
      const link = links.get(row);
      expect(link).toBeDefined();
      expect(link!.text).toBe(f.cell);
      expect(link!.target.startsWith('#')).toBe(true);
      const { sheet, ref } = splitSheetAddress(link!.target.slice(1));
      expect(sheet).toBe(f.sheet);
      expect(ref).toBe(f.cell);
      // The target exists in the copy and holds what the original holds.
      expect(wb.getWorksheet(sheet!)).toBeDefined();
    });
    // The two missing-level1 findings of 102001006 point at A97 and A101 (the 一级 cells).
    const level1Rows = result.findings
      .map((f, i) => [f, HEADER_ROW + 1 + i] as const)
      .filter(([f]) => f.rule === 'structure/missing-level1');
    expect(level1Rows.map(([, row]) => links.get(row)!.target)).toEqual([
      "#'项目支出绩效目标表'!A97",
      "#'项目支出绩效目标表'!A101",
    ]);
    expect(level1Rows.every(([, row]) => ws.getCell(row, col('tableCode')).value === '102001006')).toBe(true);

    // Written as Excel writes internal links: a location, no external relationship.
    const zip = await JSZip.loadAsync(out.data);
    const rels = await Promise.all(
      Object.keys(zip.files)
        .filter((p) => p.endsWith('.rels'))
        .map((p) => zip.file(p)!.async('string')),
    );
    expect(rels.join('\n')).not.toMatch(/TargetMode="External"/);
    const sheetXmls = await Promise.all(
      Object.keys(zip.files)
        .filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))
        .map((p) => zip.file(p)!.async('string')),
    );
    const withLinks = sheetXmls.filter((x) => x.includes('<hyperlink '));
    expect(withLinks).toHaveLength(1);
    expect(withLinks[0]).toContain(`location="'项目支出绩效目标表'!A97" display="A97"`);
    expect(withLinks[0]).not.toMatch(/<hyperlink [^>]*r:id=/);

    // The other sheets' values are as they were.
    const before = await load(input);
    before.eachSheet((src) => {
      const copy = wb.getWorksheet(src.name)!;
      src.eachRow({ includeEmpty: false }, (r) =>
        r.eachCell({ includeEmpty: false }, (c) =>
          expect(JSON.stringify(copy.getCell(c.address).value)).toBe(JSON.stringify(c.value)),
        ),
      );
    });
  });

  test('an existing review sheet is replaced, not duplicated; no findings gives a "no findings" row', async () => {
    const input = seedBytes();
    const result = checkWorkbook(readWorkbookBytes(input));
    const first = await writeReviewSheetCopy(input, result);
    const empty: CheckResult = { tables: result.tables, findings: [], diagnostics: [] };
    const second = await writeReviewSheetCopy(first.data, empty);
    const wb = await load(second.data);
    const names: string[] = [];
    wb.eachSheet((ws) => names.push(ws.name));
    expect(names.filter((n) => n === REVIEW_SHEET_NAME)).toHaveLength(1);
    const ws = wb.getWorksheet(REVIEW_SHEET_NAME)!;
    expect(ws.getCell(HEADER_ROW + 1, col('message')).value).toBe('未发现问题。');
    expect(ws.getCell(HEADER_ROW + 2, col('message')).value).toBeNull();
    expect(linksOf(second.data).size).toBe(0);
  });

  test('sheet names with quotes and spaces are quoted in the link; English headers on request', async () => {
    const src = new ExcelJS.Workbook();
    src.addWorksheet("It's 项目 表").getCell('C7').value = '７０％以上';
    const input = Buffer.from(await src.xlsx.writeBuffer());
    const f: Finding = {
      rule: 'value/non-standard',
      messageId: 'nonStandard',
      severity: 'info',
      sheet: "It's 项目 表",
      cell: 'C7',
      row: 6,
      col: 2,
      text: { zh: '宜写作“≥70%”', en: 'use ≥70%' },
      table: -1,
    };
    const out = await writeReviewSheetCopy(
      input,
      { tables: [], findings: [f], diagnostics: [] },
      { lang: 'en' },
    );
    const link = linksOf(out.data).get(HEADER_ROW + 1)!;
    expect(link.target).toBe("#'It''s 项目 表'!C7");
    expect(splitSheetAddress(link.target.slice(1))).toEqual({ sheet: "It's 项目 表", ref: 'C7' });
    const ws = (await load(out.data)).getWorksheet(REVIEW_SHEET_NAME)!;
    expect(ws.getRow(HEADER_ROW).values).toEqual([undefined, ...REVIEW_COLUMNS.map((c) => c.en)]);
    expect(ws.getCell(HEADER_ROW + 1, col('severity')).value).toBe('Info');
  });
});
