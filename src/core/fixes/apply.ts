/**
 * How a fix applies, whatever holds the workbook: which edits can be tried
 * at all (the sheet is there, the address is valid, one fix per cell, the
 * change is form-only), whether a cell as it is now takes the fix (not a
 * formula, not inside a merged area, still holding what the check saw), what
 * undo keeps for it, and whether undo may put it back. The adapters (the
 * Office.js one in src/addin/applyFixes.ts, the file ones in
 * src/xlsx/writeFixed.ts and patchCells.ts) only read the cells, call these
 * and write.
 */
import { a1, parseA1, type MergedRange } from '../grid';
import type { FixEdit } from './plan';
import type { FixRecord } from './state';
import { verifyFix } from './verify';

/** Why something was not done, in both languages. */
export interface FixReason {
  reason: string;
  reasonEn: string;
}

export interface RefusedEdit extends FixReason {
  edit: FixEdit;
}

/** An edit that can be tried: its sheet (the adapter's) and its cell, normalised A1. */
export interface FixWork<S> {
  edit: FixEdit;
  sheet: S;
  cell: string;
}

/** The cell in A1 without `$`, upper case; null when it is not a cell address. */
export function fixCell(ref: string): string | null {
  const p = parseA1(ref);
  return p ? a1(p.row, p.col) : null;
}

export const fixReasons = {
  noSheet: (sheet: string): FixReason => ({
    reason: `找不到工作表“${sheet}”（可能已改名或删除）。`,
    reasonEn: `Sheet "${sheet}" was not found (renamed or deleted?).`,
  }),
  badCell: (cell: string): FixReason => ({
    reason: `单元格地址“${cell}”无效。`,
    reasonEn: `Invalid cell address "${cell}".`,
  }),
  twice: (where: string): FixReason => ({
    reason: `${where} 已有一项修正。`,
    reasonEn: `${where} already has a fix.`,
  }),
  formula: (where: string): FixReason => ({
    reason: `${where} 含公式，未修改。`,
    reasonEn: `${where} holds a formula; not changed.`,
  }),
  merged: (where: string): FixReason => ({
    reason: `${where} 位于合并单元格内，未修改。`,
    reasonEn: `${where} is inside a merged area; not changed.`,
  }),
  changed: (where: string, from: string, now: unknown): FixReason => {
    const blank = now === '' || now === null || now === undefined;
    return {
      reason: `${where} 已被修改（现为${blank ? '空白' : `“${String(now)}”`}，检查时为“${from}”），未作修正；请重新检查。`,
      reasonEn: `${where} was changed since the check (now ${blank ? 'blank' : `"${String(now)}"`}, was "${from}"); not fixed. Check again.`,
    };
  },
  already: (where: string, to: string): FixReason => ({
    reason: `${where} 已是“${to}”。`,
    reasonEn: `${where} already reads "${to}".`,
  }),
  changedAfterFix: (where: string): FixReason => ({
    reason: `${where} 在修正后又被修改过，保留现有内容。`,
    reasonEn: `${where} was changed after the fix; its current content is kept.`,
  }),
};

/**
 * The edits that can be tried, in order: the sheet is found (`sheetNamed`),
 * the address is a cell, the change passes the form-only verification, and
 * no earlier edit took the same cell (`sheetKey` tells sheets apart).
 */
export function screenFixes<S>(
  edits: readonly FixEdit[],
  sheetNamed: (name: string) => S | null | undefined,
  sheetKey: (sheet: S) => string,
): { work: FixWork<S>[]; refused: RefusedEdit[] } {
  const work: FixWork<S>[] = [];
  const refused: RefusedEdit[] = [];
  const cells = new Set<string>();
  for (const edit of edits) {
    const sheet = sheetNamed(edit.sheet);
    const cell = fixCell(edit.cell);
    const refuse = (r: FixReason) => refused.push({ edit, ...r });
    if (!sheet) {
      refuse(fixReasons.noSheet(edit.sheet));
      continue;
    }
    if (!cell) {
      refuse(fixReasons.badCell(edit.cell));
      continue;
    }
    const check = verifyFix(edit.from, edit.to, edit.rules?.[0]);
    if (!check.ok) {
      refuse(check);
      continue;
    }
    const key = `${sheetKey(sheet)}!${cell}`;
    if (cells.has(key)) {
      refuse(fixReasons.twice(`${edit.sheet}!${cell}`));
      continue;
    }
    cells.add(key);
    work.push({ edit, sheet, cell });
  }
  return { work, refused };
}

/** A target cell as the adapter read it. */
export interface FixTarget {
  /** Its value now: text, a number …; null or undefined when empty. */
  value: unknown;
  /** It holds a formula. */
  formula?: boolean;
  /** It is inside a merged area and not the area's top-left cell. */
  merged?: boolean;
}

export type FixVerdict = 'apply' | 'merged' | 'formula' | 'changed' | 'already';

/**
 * Does the cell take the edit now? It must not be covered by a merge nor
 * hold a formula, and must still hold `from` — or what our earlier fix of it
 * wrote (`record`), so that two fixes of one value can follow each other.
 */
export function judgeFix(
  edit: Pick<FixEdit, 'from' | 'to'>,
  target: FixTarget,
  record?: FixRecord,
): FixVerdict {
  if (target.merged) return 'merged';
  if (target.formula) return 'formula';
  const ours = !!record && record.written === target.value && record.original === edit.from;
  if (target.value !== edit.from && !ours) return 'changed';
  if (target.value === edit.to) return 'already';
  return 'apply';
}

/** The reason for a verdict other than 'apply'. */
export function verdictReason(
  verdict: Exclude<FixVerdict, 'apply'>,
  where: string,
  edit: Pick<FixEdit, 'from' | 'to'>,
  now: unknown,
): FixReason {
  if (verdict === 'merged') return fixReasons.merged(where);
  if (verdict === 'formula') return fixReasons.formula(where);
  if (verdict === 'already') return fixReasons.already(where, edit.to);
  return fixReasons.changed(where, edit.from, now);
}

/** Is the cell (0-based) inside one of `merges` without being its top-left cell? */
export function insideMerge(merges: readonly MergedRange[], row: number, col: number): boolean {
  return merges.some(
    (m) => row >= m.r1 && row <= m.r2 && col >= m.c1 && col <= m.c2 && (row !== m.r1 || col !== m.c1),
  );
}

/**
 * What undo keeps for a fixed cell: the value before the fix and what the fix
 * wrote. A cell fixed again (it still held our earlier fix's `written`, which
 * the second edit's `from` is) keeps the value before the first fix: the
 * earlier record's original equals this edit's `from` exactly then.
 */
export function fixRecordFor(
  w: { edit: FixEdit; cell: string },
  sheet: { id: string; name: string },
  at: number,
): FixRecord {
  return {
    sheetId: sheet.id,
    sheet: sheet.name,
    cell: w.cell,
    original: w.edit.from,
    written: w.edit.to,
    label: w.edit.label,
    labelEn: w.edit.labelEn,
    at,
  };
}

/** Undo may put a fixed cell back only while it still holds what the fix wrote. */
export function canUndo(record: FixRecord, now: unknown): boolean {
  return now === record.written;
}
