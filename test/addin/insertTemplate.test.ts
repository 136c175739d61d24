import { checkWorkbook } from '../../src/core/check';
import {
  TEMPLATE_KINDS,
  fillSample,
  layoutTemplate,
  templateDefinition,
  type TemplateKind,
} from '../../src/core/templates';
import { insertTemplate, uniqueSheetName, widthToPoints } from '../../src/addin/insertTemplate';
import { parseRef } from '../../src/addin/address';
import type { MergedRange } from '../../src/core/grid';
import type { TemplateSheet } from '../../src/core/templates';
import { testExcel } from './excel/officeClient';
import { cellKey, type Sheet, type SheetSpec } from './excel/workbook';

const YEAR = 2024;

const rect = (ref: string) => parseRef(ref) as MergedRange;

/** A workbook behind Microsoft's Office.js client, with the views the assertions use. */
function fakeWriter(specs: SheetSpec[] = [{ name: 'Sheet1' }]) {
  const x = testExcel(specs);
  const view = {
    x,
    get sheets() {
      return x.wb.sheets;
    },
    get active() {
      return x.wb.sheet(x.wb.activeSheetId ?? '')?.name;
    },
    sheet: (name: string) => x.wb.mustSheet(name),
    insert: (sheet: TemplateSheet, options: Parameters<typeof insertTemplate>[2]) =>
      x.run((context) => insertTemplate(context, sheet, options)),
    /** One cell as Excel holds it: value, number format, formula and the formats written. */
    cell(ws: Sheet, r: number, c: number) {
      const k = cellKey(r, c);
      const st = ws.styles?.get(k) ?? {};
      const cell = ws.cells.get(k);
      const side = (s: string) => st[`border.${s}.style`] as string | undefined;
      return {
        v: cell?.v ?? null,
        z: cell?.z ?? 'General',
        formula: ws.formulas?.get(k),
        fmt: {
          font: { name: st['font.name'], size: st['font.size'], bold: st['font.bold'] },
          fill: cell && cell.fill.pattern !== 'None' ? cell.fill.color : undefined,
          hAlign: st.horizontalAlignment,
          vAlign: st.verticalAlignment,
          wrap: st.wrapText,
          borders: { top: side('top'), bottom: side('bottom'), left: side('left'), right: side('right') },
        },
      };
    },
    grid: (name: string) => x.wb.grid(name),
  };
  return view;
}
const all = () => true;
const rules = (fs: { rule: string }[]) => [...new Set(fs.map((f) => f.rule))].sort();
const serious = (f: { severity: string }) => f.severity === 'error' || f.severity === 'warning';

/** As from the file writer (test/xlsx/writeTemplate.test.ts); see test/core/templates for why. */
const EMPTY_RULES: Record<TemplateKind, string[]> = {
  'project-2015': [
    'plan/incomplete',
    'structure/missing-field',
    'structure/missing-goal',
    'structure/missing-level1',
  ],
  'project-2021': ['structure/missing-field', 'structure/missing-goal', 'structure/missing-level1'],
  department: ['structure/missing-field', 'structure/missing-goal', 'structure/missing-level1'],
};

describe('insertTemplate (Office.js)', () => {
  test.each(TEMPLATE_KINDS)(
    '%s: one new worksheet in 2 syncs; checks like the file: empty → missing only',
    async (kind) => {
      const fake = fakeWriter([{ name: 'Sheet1', values: [['x']] }]);
      const sheet = layoutTemplate(kind, { year: YEAR });
      const res = await fake.insert(sheet, { isSetSupported: all });
      expect(fake.x.syncCount).toBe(2);
      expect(res).toEqual({ sheetName: sheet.name, skipped: [] });
      expect(fake.sheets.map((s) => s.name)).toEqual(['Sheet1', sheet.name]);
      expect(fake.active).toBe(sheet.name);
      expect(fake.x.syncs[0].writes).toBe(0);
      // Sheet1 untouched.
      expect(fake.sheet('Sheet1').cells.size).toBe(1);

      const { tables, findings } = checkWorkbook({ sheets: [fake.grid(sheet.name)] });
      expect(tables).toHaveLength(1);
      expect(tables[0]).toMatchObject({
        kind: templateDefinition(kind).tableKind,
        framework: templateDefinition(kind).framework,
        year: YEAR,
      });
      expect(rules(findings)).toEqual(EMPTY_RULES[kind]);
    },
  );

  test.each(TEMPLATE_KINDS)('%s: filled with the sample → no error, no warning', async (kind) => {
    const fake = fakeWriter();
    const sheet = layoutTemplate(kind, { year: YEAR, fill: fillSample(kind, YEAR) });
    await fake.insert(sheet, { isSetSupported: all });
    const grid = fake.grid(sheet.name);
    if (kind === 'project-2021') {
      // The test Excel does not calculate: give the total the value Excel computes.
      const t = sheet.layout.fields.total;
      grid.values[t.row][t.col] = 120;
    }
    expect(checkWorkbook({ sheets: [grid] }).findings.filter(serious)).toEqual([]);
  });

  test('the number of syncs does not grow with the template', async () => {
    const many = Array.from({ length: 300 }, (_, i) => ({
      level1: '产出指标' as const,
      level2: '数量指标' as const,
      name: `指标${i}`,
      value: '≥1个',
    }));
    const fake = fakeWriter();
    const sheet = layoutTemplate('project-2015', { year: YEAR, fill: { indicators: many } });
    expect(sheet.rowCount).toBeGreaterThan(300);
    await fake.insert(sheet, { isSetSupported: all });
    expect(fake.x.syncCount).toBe(2);
  });

  test('values, formats, formula, merges, styles, widths, heights, validations and print setup reach the sheet', async () => {
    const fake = fakeWriter();
    const sheet = layoutTemplate('project-2021', { year: YEAR });
    await fake.insert(sheet, { isSetSupported: all });
    const ws = fake.sheet(sheet.name);
    const at = (ref: string) => fake.cell(ws, rect(ref).r1, rect(ref).c1);

    expect(at('A1').v).toBe('2024年度项目支出绩效目标表');
    expect(at('A1').fmt.font).toEqual({ name: '黑体', size: 16, bold: true });
    const key = (m: { r1: number; c1: number; r2: number; c2: number }) => `${m.r1},${m.c1},${m.r2},${m.c2}`;
    expect(ws.merges.map(key).sort()).toEqual(sheet.merges.map(key).sort());

    const tot = sheet.layout.fields.total;
    const total = fake.cell(ws, tot.row, tot.col);
    expect(total.formula).toBe('=IF(COUNT(C7,C8)=0,"",SUM(C7,C8))');
    expect(total.z).toBe('#,##0.00');

    // Every cell of the table has a thin border on each side and a font.
    for (let r = 1; r < sheet.rowCount; r++)
      for (let c = 0; c < sheet.colCount; c++) {
        const f = fake.cell(ws, r, c).fmt;
        expect({ r, c, b: f.borders }).toEqual({
          r,
          c,
          b: { top: 'Continuous', bottom: 'Continuous', left: 'Continuous', right: 'Continuous' },
        });
        expect(f.font.name).toBe('宋体');
      }
    const header = fake.cell(ws, sheet.layout.gridHeaderRow, 0).fmt;
    expect(header).toMatchObject({
      fill: '#D9E1F2',
      hAlign: 'Center',
      vAlign: 'Center',
      wrap: true,
      font: { bold: true },
    });

    sheet.columnWidths.forEach((w, c) => expect(ws.columnWidths?.get(c)).toBe(widthToPoints(w)));
    expect(ws.rowHeights?.get(0)).toBe(32);

    const { gridFirstRow, gridLastRow, columns } = sheet.layout;
    const dv = (c: number) =>
      ws.validations!.find(
        (v) => v.range.c1 === c && v.range.r1 === gridFirstRow && v.range.r2 === gridLastRow,
      )!;
    expect(dv(columns.nature!).rule).toEqual({ list: { inCellDropDown: true, source: '≥,＞,＝,＜,≤,定性' } });
    expect(dv(columns.nature!).errorAlert).toMatchObject({ showAlert: true, style: 'Stop' });
    expect(dv(columns.unit!).errorAlert).toMatchObject({ style: 'Information' });
    expect(dv(columns.basis!).rule).toEqual({
      list: { inCellDropDown: true, source: '计划标准,行业标准,历史标准,其他标准' },
    });
    expect(dv(columns.basis!).prompt).toMatchObject({ showPrompt: true, title: '指标值确定依据' });

    const h = sheet.layout.gridHeaderRow + 1;
    expect(ws.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1 },
      centerHorizontally: true,
      printTitleRows: `$${h}:$${h}`,
      printArea: `A1:H${sheet.rowCount}`,
      leftMargin: 36,
    });
  });

  test('2015: plan cells in percent format with a 0–1 decimal validation', async () => {
    const fake = fakeWriter();
    const sheet = layoutTemplate('project-2015', { year: YEAR });
    await fake.insert(sheet, { isSetSupported: all });
    const ws = fake.sheet(sheet.name);
    const p = sheet.layout.fields.plan10;
    expect(fake.cell(ws, p.row, p.col).z).toBe('0%');
    expect(ws.validations!.find((v) => v.range.r1 === p.row && v.range.c1 === p.col)!.rule).toEqual({
      decimal: { formula1: 0, formula2: 1, operator: 'Between' },
    });
  });

  test('a taken name gets a suffix; older Excel: no drop-downs, no page layout, still 2 syncs', async () => {
    const sheet = layoutTemplate('department', { year: YEAR });
    const fake = fakeWriter([{ name: sheet.name.toUpperCase() }]);
    const res = await fake.insert(sheet, {
      isSetSupported: (_n, v) => Number(v.split('.')[1]) <= 5,
    });
    expect(res).toEqual({ sheetName: `${sheet.name} (2)`, skipped: ['validation', 'pageLayout'] });
    expect(fake.x.syncCount).toBe(2);
    const ws = fake.sheet(res.sheetName);
    expect(ws.validations).toBeUndefined();
    expect(ws.pageLayout).toBeUndefined();
    expect(ws.merges.length).toBe(sheet.merges.length);
  });

  test('texts that look like formulas stay text', async () => {
    const fake = fakeWriter();
    const sheet = layoutTemplate('project-2015', {
      year: YEAR,
      fill: {
        fields: { code: '=001' },
        indicators: [{ level1: '产出指标', level2: '数量指标', name: '+指标', value: '=5次' }],
      },
    });
    await fake.insert(sheet, { isSetSupported: all });
    const ws = fake.sheet(sheet.name);
    const code = sheet.layout.fields.code;
    expect(fake.cell(ws, code.row, code.col)).toMatchObject({ v: '=001', z: '@' });
    expect(ws.formulas?.has(cellKey(code.row, code.col))).toBeFalsy();
    expect([...ws.cells.values()].some((c) => c.v === '=5次' || c.v === '+指标')).toBe(true);
  });

  test('unique names', () => {
    expect(uniqueSheetName('表', ['表', '表 (2)'])).toBe('表 (3)');
    expect(uniqueSheetName('x'.repeat(31), ['x'.repeat(31)])).toBe('x'.repeat(27) + ' (2)');
    expect(uniqueSheetName('新表', ['Sheet1'])).toBe('新表');
  });

  test('a failing sync is passed on (e.g. the workbook structure is protected)', async () => {
    const fake = fakeWriter();
    const sheet = layoutTemplate('project-2015', { year: YEAR });
    fake.x.wb.structureProtected = true;
    const before = fake.x.wb.snapshot();
    await expect(fake.insert(sheet, { isSetSupported: all })).rejects.toMatchObject({
      code: 'AccessDenied',
    });
    expect(fake.x.wb.snapshot()).toBe(before);
  });
});
