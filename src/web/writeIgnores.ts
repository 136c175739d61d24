/**
 * Writes the ignore entries into a workbook copy: the hidden kpicheck_ignores
 * sheet (format in core/ignores.ts), replaced as a whole; the other sheets are
 * loaded and written the way the fixed copy is (xlsx/writeFixed loadForEdit).
 * Without entries the sheet is removed.
 */
import { IGNORE_SHEET_NAME, ignoreSheetRows, isIgnoreSheet, type IgnoreEntry } from '../core/ignores';
import { loadForEdit } from '../xlsx/writeFixed';

export async function writeIgnoreSheet(
  original: Uint8Array,
  entries: readonly IgnoreEntry[],
): Promise<Uint8Array> {
  const { workbook } = await loadForEdit(original);
  for (const ws of [...workbook.worksheets]) if (isIgnoreSheet(ws.name)) workbook.removeWorksheet(ws.id);
  if (entries.length) {
    const ws = workbook.addWorksheet(IGNORE_SHEET_NAME, { state: 'hidden' });
    for (const row of ignoreSheetRows(entries)) ws.addRow(row);
    ws.columns.forEach((c, i) => (c.width = [28, 20, 8, 50, 22][i] ?? 12));
  }
  const out = await workbook.xlsx.writeBuffer();
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}
