/**
 * How a fix applies (src/core/fixes/apply.ts), the one copy both adapters call:
 * which edits are tried, the verdict on a cell as it is now, what undo keeps.
 */
import {
  canUndo,
  fixRecordFor,
  insideMerge,
  judgeFix,
  screenFixes,
  verdictReason,
} from '../../../src/core/fixes/apply';
import type { FixEdit } from '../../../src/core/fixes/plan';

const edit = (cell: string, from: string, to: string, sheet = '表1'): FixEdit => ({
  sheet,
  cell,
  from,
  to,
  rules: ['value/non-standard'],
  label: '规范写法',
  labelEn: 'Standard form',
});

describe('screenFixes', () => {
  const sheets = new Map([['表1', { id: 's1' }]]);
  test('a missing sheet, a bad address, a change of meaning and a second fix of one cell are refused, in that order', () => {
    const { work, refused } = screenFixes(
      [
        edit('E11', '９０％以上', '≥90%'),
        edit('$e$11', '９０％以上', '≥90%'),
        edit('E12', '９０％以上', '≥90%', '没有'),
        edit('11', '９０％以上', '≥90%'),
        edit('E13', '90%', '100%'),
      ],
      (name) => sheets.get(name),
      (s) => s.id,
    );
    expect(work.map((w) => [w.sheet.id, w.cell])).toEqual([['s1', 'E11']]);
    expect(refused.map((r) => r.reasonEn)).toEqual([
      expect.stringMatching(/表1!E11 already has a fix/),
      expect.stringMatching(/not found/),
      expect.stringMatching(/Invalid cell address/),
      expect.any(String),
    ]);
    expect(refused[3].edit.cell).toBe('E13');
  });
});

describe('judgeFix', () => {
  const e = { from: '９０％以上', to: '≥90%' };
  test('verdicts: merged, formula, changed, already, apply', () => {
    expect(judgeFix(e, { value: '９０％以上', merged: true })).toBe('merged');
    expect(judgeFix(e, { value: '９０％以上', formula: true })).toBe('formula');
    expect(judgeFix(e, { value: 90 })).toBe('changed');
    expect(judgeFix(e, { value: null })).toBe('changed');
    expect(judgeFix(e, { value: '９０％以上' })).toBe('apply');
  });
  test('a cell holding what our earlier fix wrote takes a second fix planned from the same check', () => {
    const record = fixRecordFor(
      { edit: edit('E11', '９０％以上', '90%以上'), cell: 'E11' },
      { id: 's1', name: '表1' },
      1,
    );
    expect(judgeFix(e, { value: '90%以上' }, record)).toBe('apply');
    expect(judgeFix(e, { value: '90%以上' })).toBe('changed');
    expect(judgeFix({ from: '９０％以上', to: '90%以上' }, { value: '90%以上' }, record)).toBe('already');
    expect(record.original).toBe('９０％以上');
    expect(canUndo(record, '90%以上')).toBe(true);
    expect(canUndo(record, '改过')).toBe(false);
  });
  test('the reasons name the cell and what it holds now', () => {
    expect(verdictReason('changed', '表1!E11', e, 90).reason).toBe(
      '表1!E11 已被修改（现为“90”，检查时为“９０％以上”），未作修正；请重新检查。',
    );
    expect(verdictReason('changed', '表1!E11', e, null).reasonEn).toMatch(/now blank/);
    expect(verdictReason('merged', '表1!E11', e, '').reasonEn).toMatch(/merged area/);
  });
});

test('insideMerge: any cell of a merged area but its top-left', () => {
  const merges = [{ r1: 2, c1: 1, r2: 4, c2: 1 }];
  expect(insideMerge(merges, 2, 1)).toBe(false);
  expect(insideMerge(merges, 3, 1)).toBe(true);
  expect(insideMerge(merges, 5, 1)).toBe(false);
});
