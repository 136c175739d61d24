import { checkWorkbook } from '../../src/core/check';
import type { WorkbookGrid } from '../../src/core/grid';
import {
  addIgnore,
  IGNORE_SHEET_NAME,
  ignoreEntry,
  ignoreSheetRows,
  readIgnores,
  removeIgnore,
} from '../../src/core/ignores';
import { reviewRows } from '../../src/core/report/rows';
import { readWorkbookBytes } from '../../src/xlsx/readGrid';
import { seedBytes } from './fixes/fixableWorkbook';

function seed(): WorkbookGrid {
  return readWorkbookBytes(seedBytes());
}

function withIgnores(wb: WorkbookGrid, rows: string[][]): WorkbookGrid {
  return { sheets: [...wb.sheets, { name: IGNORE_SHEET_NAME, values: rows, merges: [] }] };
}

describe('ignored findings stored in the workbook', () => {
  const plain = checkWorkbook(seed());
  const vague = plain.findings.find((f) => f.rule === 'value/vague' && f.cell === 'E62');

  test('the seed has the finding to ignore', () => {
    expect(vague).toBeDefined();
  });

  test('an entry for one cell leaves that finding out and lists it with its reason', () => {
    const entry = ignoreEntry(vague!, '下降即为目标：债务余额只减不增', '2026-12-01');
    const result = checkWorkbook(withIgnores(seed(), ignoreSheetRows([entry])));
    expect(result.findings).toHaveLength(plain.findings.length - 1);
    expect(result.findings.some((f) => f.cell === 'E62' && f.rule === 'value/vague')).toBe(false);
    expect(result.ignored).toEqual([{ finding: vague, entry }]);
    // The ignore sheet is not read as a table.
    expect(result.tables).toHaveLength(plain.tables.length);
  });

  test('a whole rule ignores it on every sheet; other rules stay', () => {
    const entry = ignoreEntry(
      plain.findings.find((f) => f.rule === 'plan/back-loaded')!,
      '年底集中支付',
      '',
      true,
    );
    const result = checkWorkbook(withIgnores(seed(), ignoreSheetRows([entry])));
    const n = plain.findings.filter((f) => f.rule === 'plan/back-loaded').length;
    expect(n).toBeGreaterThan(1);
    expect(result.ignored).toHaveLength(n);
    expect(result.findings).toHaveLength(plain.findings.length - n);
  });

  test('an entry for another cell ignores nothing', () => {
    const entry = { ...ignoreEntry(vague!, 'x', ''), cell: 'E63' };
    const result = checkWorkbook(withIgnores(seed(), ignoreSheetRows([entry])));
    expect(result.findings).toHaveLength(plain.findings.length);
  });

  test('entries read back as written; add replaces, remove removes', () => {
    const a = ignoreEntry(vague!, 'first', 'd1');
    const b = ignoreEntry(vague!, 'second', 'd2');
    const list = addIgnore(addIgnore([], a), b);
    expect(list).toEqual([b]);
    const wb = withIgnores(seed(), ignoreSheetRows(list));
    expect(readIgnores(wb)).toEqual([b]);
    expect(removeIgnore(list, a)).toEqual([]);
  });

  test('the review rows list ignored findings after the open ones, with the reason', () => {
    const entry = ignoreEntry(vague!, '下降即为目标', '2026-12-01');
    const result = checkWorkbook(withIgnores(seed(), ignoreSheetRows([entry])));
    const rows = reviewRows(result);
    expect(rows).toHaveLength(plain.findings.length);
    const last = rows[rows.length - 1];
    expect(last.cell).toBe('E62');
    expect(last.message).toMatch(/^【已忽略：下降即为目标】/);
    expect(last.ignored).toEqual({ reason: '下降即为目标', date: '2026-12-01' });
  });
});
