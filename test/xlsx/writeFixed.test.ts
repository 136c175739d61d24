import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/core/check';
import { planFixes, type FixEdit } from '../../src/core/fixes';
import { readWorkbookBytes } from '../../src/xlsx/readGrid';
import { cellText, writeFixedCopy } from '../../src/xlsx/writeFixed';
import { FIXABLE, fixableBytes, SHEET } from '../core/fixes/fixableWorkbook';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** Every non-empty master cell's value, as JSON, by sheet!A1. */
function values(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        out.set(`${ws.name}!${cell.address}`, JSON.stringify(cell.value));
      }),
    ),
  );
  return out;
}

function edit(cell: string, from: string, to: string, rule = 'value/non-standard'): FixEdit {
  return { sheet: SHEET, cell, from, to, label: '规范写法', labelEn: 'Standard form', rules: [rule] };
}

describe('writeFixedCopy', () => {
  test('applies each fix (before → after), changes nothing else, leaves the input bytes alone', async () => {
    const input = await fixableBytes();
    const pristine = Buffer.from(input);
    const result = checkWorkbook(readWorkbookBytes(input));
    const plan = planFixes(result.findings);
    const out = await writeFixedCopy(input, plan.edits);

    expect(Buffer.compare(input, pristine)).toBe(0);
    expect(out.refused).toEqual([]);
    expect(out.applied.map((e) => e.cell).sort()).toEqual(Object.keys(FIXABLE).sort());

    const before = values(await load(input));
    const wb = await load(out.data);
    const after = values(wb);
    const ws = wb.getWorksheet(SHEET)!;
    for (const [cell, { from, to }] of Object.entries(FIXABLE)) {
      expect(JSON.parse(before.get(`${SHEET}!${cell}`)!)).toBe(from);
      expect(ws.getCell(cell).value).toBe(to);
    }
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
      (k) => before.get(k) !== after.get(k),
    );
    expect(changed.sort()).toEqual(
      Object.keys(FIXABLE)
        .map((c) => `${SHEET}!${c}`)
        .sort(),
    );

    // Checked again: the fixed findings are gone, the meaning-changing ones are still there, unfixed.
    const again = checkWorkbook(readWorkbookBytes(out.data));
    expect(again.findings.filter((f) => f.fix)).toEqual([]);
    expect(again.findings.some((f) => f.rule === 'structure/missing-value' && f.cell === 'E25')).toBe(true);
    expect(again.findings.some((f) => f.rule === 'plan/not-100')).toBe(true);
    expect(again.findings.length).toBe(result.findings.filter((f) => !f.fix).length);
  });

  test('keeps the cell style', async () => {
    const input = await fixableBytes();
    const src = await load(input);
    const style = JSON.stringify(src.getWorksheet(SHEET)!.getCell('E11').style);
    const out = await writeFixedCopy(input, [edit('E11', '９０％以上', '≥90%')]);
    const cell = (await load(out.data)).getWorksheet(SHEET)!.getCell('E11');
    expect(cell.value).toBe('≥90%');
    expect(JSON.stringify(cell.style)).toBe(style);
  });

  test('refuses a cell that no longer holds `from`, a formula, a missing sheet, and any meaning change', async () => {
    const wb = await load(await fixableBytes());
    const ws = wb.getWorksheet(SHEET)!;
    ws.getCell('E27').value = '100%'; // edited by the user after the check
    ws.getCell('F7').value = { formula: 'TRIM(" x ")', result: ' x ' } as ExcelJS.CellFormulaValue;
    const input = Buffer.from(await wb.xlsx.writeBuffer());
    const out = await writeFixedCopy(input, [
      edit('E27', '100百分比', '100%'),
      edit('F7', ' x ', 'x', 'text/stray-space'),
      { ...edit('E11', '９０％以上', '≥90%'), sheet: '没有这个表' },
      edit('E25', '', '≥95%', 'structure/missing-value'),
      edit('E21', '90%', '100%', 'plan/not-100'),
      edit('E11', '９０％以上', '≥80%'),
      edit('B24', '数量指', '数量指标', 'structure/unknown-level-name'),
    ]);
    expect(out.applied.map((e) => e.cell)).toEqual(['B24']);
    const reasons = Object.fromEntries(
      out.refused.map((r) => [`${r.edit.sheet}!${r.edit.cell}:${r.edit.to}`, r.reasonEn]),
    );
    expect(reasons[`${SHEET}!E27:100%`]).toMatch(/changed since the check/);
    expect(reasons[`${SHEET}!F7:x`]).toMatch(/formula/);
    expect(reasons['没有这个表!E11:≥90%']).toMatch(/not found/);
    expect(reasons[`${SHEET}!E25:≥95%`]).toMatch(/never fixed automatically|about content/);
    expect(reasons[`${SHEET}!E21:100%`]).toMatch(/about content/);
    expect(reasons[`${SHEET}!E11:≥80%`]).toMatch(/change what the value says/);
    for (const r of out.refused) expect(r.reason).toMatch(/[\u4e00-\u9fff]/);

    const after = (await load(out.data)).getWorksheet(SHEET)!;
    expect(after.getCell('E27').value).toBe('100%');
    expect(after.getCell('E11').value).toBe('９０％以上');
    expect(after.getCell('E25').value).toBeNull();
    expect(after.getCell('B24').value).toBe('数量指标');
  });

  test('cellText reads rich text as its plain text and refuses non-text', () => {
    expect(cellText({ richText: [{ text: '７０' }, { text: '％以上' }] })).toBe('７０％以上');
    expect(cellText(0.9)).toBeNull();
    expect(cellText(null)).toBeNull();
  });
});
