/** What the reader records about a grid for `explain`: each column's role and why, the grid's kind and why. */
import type { ColumnNote, ColumnRole, GridKind, RoleSource } from '../model';
import type { SheetView } from './sheetView';

/** Column roles in reading order. */
export const ROLE_ORDER: ColumnRole[] = [
  'level1',
  'level2',
  'level3',
  'description',
  'nature',
  'operator',
  'value',
  'unit',
  'basis',
  'weight',
  'actual',
  'score',
];

export function columnNotes(
  v: SheetView,
  top: number,
  bottom: number,
  columns: Partial<Record<ColumnRole, number>>,
  how: Map<number, RoleSource>,
): ColumnNote[] {
  const out: ColumnNote[] = [];
  for (const role of ROLE_ORDER) {
    const c = columns[role];
    if (c === undefined) continue;
    const source = how.get(c) ?? 'header';
    const r = source === 'subheader' ? bottom : top;
    const a = v.anchor(r, c);
    out.push({ role, col: c, source, word: v.text(a.row, a.col).replace(/\s+/g, ' ').trim() });
  }
  return out;
}

export function kindNote(kind: GridKind, shares: boolean): { en: string; zh: string } {
  if (shares)
    return {
      en: `${kind} values in another column over the same rows`,
      zh: `${kind === 'annual' ? '年度' : '中长期'}指标值（同一行的另一列）`,
    };
  return kind === 'annual'
    ? { en: 'annual (no long-term words in its header or label)', zh: '年度（表头和标签中没有中长期字样）' }
    : {
        en: 'long-term (中期/长期/实施期 in its header or label)',
        zh: '中长期（表头或标签写明中期/长期/实施期）',
      };
}
