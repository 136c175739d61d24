/**
 * The seed fixture with fixable (and non-fixable) defects written into it
 * with ExcelJS, for the fix tests of every host:
 *
 *  E11  ９０％以上      value/non-standard      → ≥90%
 *  B8   " 质量指标 "    text/stray-space        → 质量指标
 *  B24  数量指          structure/unknown-level-name → 数量指标
 *  E27  100百分比       value/non-standard      → 100%
 *  E32  " 85% "         text/stray-space + value/non-standard → 85%
 *  E25  (emptied)       structure/missing-value: never fixed
 *  E21  0.9             plan/not-100: never fixed
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';

export const SEED_PATH = path.join(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  'shared',
  'fixtures',
  'seed-projects-2023.xlsx',
);
export const SHEET = '项目支出绩效目标表';

export const FIXABLE: Record<string, { from: string; to: string }> = {
  E11: { from: '９０％以上', to: '≥90%' },
  B8: { from: ' 质量指标 ', to: '质量指标' },
  B24: { from: '数量指', to: '数量指标' },
  E27: { from: '100百分比', to: '100%' },
  E32: { from: ' 85% ', to: '85%' },
};

export function seedBytes(): Buffer {
  return fs.readFileSync(SEED_PATH);
}

export async function fixableBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(seedBytes() as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(SHEET)!;
  for (const [cell, { from }] of Object.entries(FIXABLE)) ws.getCell(cell).value = from;
  ws.getCell('E25').value = null;
  ws.getCell('E21').value = 0.9;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
