/**
 * What a finding is about, in words: the indicator row it sits on
 * (一级 › 二级 › 三级 name) or the header field, and the cell's value as shown.
 */
import type { CheckResult } from '../core/check';
import type { Finding } from '../core/findings';
import type { CellValue, SheetGrid, WorkbookGrid } from '../core/grid';

/** "产出指标 › 数量指标 › 化解债务金额", the field's label, or '' when the cell is outside any table part. */
export function rowContext(result: CheckResult, f: Finding): string {
  const t = f.table >= 0 ? result.tables[f.table] : undefined;
  if (!t) return '';
  for (const g of t.grids) {
    const row = g.rows.find((r) => r.row === f.row);
    if (row) {
      return [row.level1?.text, row.level2?.text, row.name?.text]
        .map((x) => (x ?? '').trim())
        .filter(Boolean)
        .join(' › ');
    }
  }
  const field = t.fields.find(
    (x) =>
      (x.value?.row === f.row && x.value.col === f.col) ||
      (x.labelCell.row === f.row && x.labelCell.col === f.col),
  );
  if (field) return field.label.trim();
  if (t.planLabel && f.row >= t.planLabel.row && f.row <= t.planLabel.row + 2) return t.planLabel.text.trim();
  return '';
}

/** A cell's value as a reader sees it: percent formats applied, long fractions rounded. */
export function displayValue(v: CellValue | undefined, format?: string | null): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') {
    if (format && format.includes('%')) return `${Number((v * 100).toPrecision(12))}%`;
    return String(Number(v.toPrecision(12)));
  }
  return v;
}

export function sheetOf(grid: WorkbookGrid | null, name: string): SheetGrid | undefined {
  return grid?.sheets.find((s) => s.name === name);
}

/** The text of the cell at a sheet position (0-based), '' when empty or outside the grid. */
export function cellAt(sheet: SheetGrid | undefined, row: number, col: number): string {
  if (!sheet) return '';
  const r = row - (sheet.top ?? 0);
  const c = col - (sheet.left ?? 0);
  return displayValue(sheet.values[r]?.[c], sheet.formats?.[r]?.[c]);
}
