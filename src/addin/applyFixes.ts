/**
 * Applies form-only fixes (core/fixes) to the open workbook, and undoes them.
 *
 * Apply (one fix, or all fixes of a kind): the planned edits are written in
 * ONE write sync after two read syncs, whatever their number:
 *   read 1  saved-state part ids; sheets (id, name, protection)
 *   read 2  saved state XML; current value and formula of every target cell
 *   write   the new values and the new saved state, in one `context.sync`
 * An edit is refused, and says so, when its cell no longer holds `from` (the
 * user edited it since the check), holds a formula or is not text, lies inside
 * a merged area, when its sheet is gone, or when it fails the core's form-only
 * verification (the decisions are the core's: core/fixes/apply.ts). A cell
 * that still holds what an earlier fix of ours wrote counts as unchanged, so
 * a stray-space fix and a standard-form fix of one value can follow each
 * other. If any target sheet is protected nothing at all is written (no
 * partial write) and the outcome says which sheet.
 *
 * Undo ("撤销修正"): before a cell is first fixed, its value is saved in a
 * custom XML part of our own namespace (core/fixes/state.ts, next to the
 * marks' part of markState.ts), in the same write as the fix, so undo
 * restores the exact previous value in this session or after a reload:
 *   read 1  part ids; sheets   read 2  saved XML   read 3  current values
 *   write   the originals, and the remaining state
 * A cell the user changed after the fix is left as the user made it. A
 * protected sheet blocks the whole undo (nothing written, state kept).
 *
 * Writing text: Excel converts a typed "85%" or "2023年12月31日" into a
 * number or date. A text that Excel could read as something else is written
 * with a leading apostrophe (Excel's "this is text" prefix, not part of the
 * value), so a fixed or restored cell stays the text it was.
 */
import {
  canUndo,
  fixReasons,
  fixRecordFor,
  insideMerge,
  judgeFix,
  screenFixes,
  verdictReason,
  type RefusedEdit,
} from '../core/fixes/apply';
import type { FixEdit } from '../core/fixes/plan';
import {
  FIXES_NAMESPACE,
  parseFixState,
  serializeFixState,
  type FixRecord,
  type FixState,
} from '../core/fixes/state';
import { parseA1, type MergedRange } from '../core/grid';
import { halfWidth } from '../core/width';
import { normalizeCellRef } from './address';

export type { RefusedEdit } from '../core/fixes/apply';

/** A sheet the fixer did not touch; the reason in Chinese and in English, kept apart. */
export interface BlockedSheet {
  sheet: string;
  reason: string;
  reasonEn: string;
}

type Reason = Omit<BlockedSheet, 'sheet'>;

export interface ApplyFixesOutcome {
  /** Edits written. */
  applied: FixEdit[];
  /** Edits not written, each with its reason. */
  refused: RefusedEdit[];
  /** Non-empty when nothing was written because a target sheet is protected. */
  blocked: BlockedSheet[];
  /** Fixed cells "撤销修正" can restore after this call; null when the saved state was not read (nothing to write). */
  undoable: number | null;
  /** Cells written, as `${worksheetId}!${A1}`. */
  touched: string[];
}

export interface UndoOutcome {
  /** Cells put back to their value before the fix. */
  restored: { sheet: string; cell: string; value: string }[];
  /** Fixed cells the user has changed since: left as they are (and forgotten). */
  leftAlone: { sheet: string; cell: string; reason: string; reasonEn: string }[];
  /** Non-empty when nothing was written because a sheet is protected. */
  blocked: BlockedSheet[];
  /** Fixed cells still restorable afterwards. */
  remaining: number;
  touched: string[];
}

export interface ApplyFixesOptions {
  now?: () => number;
  /**
   * The sheet's merged areas as last read (ExcelHost's last read): a cell inside one, not its
   * top-left, is refused. Office.js reports an area only to a range holding its top-left cell
   * (office-js#3611), so asking the cell itself would not tell.
   */
  mergesOf?: (sheet: string) => readonly MergedRange[] | null | undefined;
}

export function protectedFixMessage(sheet: string): Reason {
  return {
    reason: `工作表“${sheet}”受保护，未作任何修正；请撤消工作表保护后重试。`,
    reasonEn: `Sheet "${sheet}" is protected, so nothing was fixed; unprotect the sheet and try again.`,
  };
}

export function protectedUndoMessage(sheet: string): Reason {
  return {
    reason: `工作表“${sheet}”受保护，未撤销任何修正；请撤消工作表保护后重试。`,
    reasonEn: `Sheet "${sheet}" is protected, so no fix was undone; unprotect the sheet and try again.`,
  };
}

/** Would Excel read this text, typed into a cell, as a number, date, time, boolean, error or formula? */
export function excelWouldConvert(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  if (/^[=+\-@]/.test(t) || /^#/.test(t) || /^(true|false)$/i.test(t)) return true;
  const half = halfWidth(t);
  return /\d/.test(half) && /^[\d\s.,:/\-+%$¥€£()eE年月日时分秒上下午AaPpMm]*$/.test(half);
}

/** The value to assign to `Range.values` so that the cell holds exactly `text` as text. */
export function textForExcel(text: string): string {
  return excelWouldConvert(text) ? `'${text}` : text;
}

interface SheetInfo {
  id: string;
  name: string;
  protected: boolean;
  ws: Excel.Worksheet;
}

async function readSheetsAndParts(
  context: Excel.RequestContext,
): Promise<{ sheets: SheetInfo[]; parts: Excel.CustomXmlPart[] }> {
  const wb = context.workbook;
  const parts = wb.customXmlParts.getByNamespace(FIXES_NAMESPACE);
  parts.load('items/id');
  const collection = wb.worksheets;
  collection.load('items/name,items/id,items/protection/protected');
  await context.sync();
  const sheets = collection.items.map((ws) => ({
    id: ws.id,
    name: ws.name,
    protected: !!ws.protection.protected,
    ws,
  }));
  // eslint-disable-next-line office-addins/load-object-before-read -- loaded above as 'items/id'
  return { sheets, parts: parts.items };
}

function sheetFinder(sheets: readonly SheetInfo[]) {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  return (name: string) =>
    byName.get(name) ?? sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

function mergeStates(xmls: readonly { value: string }[]): FixRecord[] {
  const out: FixRecord[] = [];
  const seen = new Set<string>();
  for (const x of xmls) {
    for (const r of parseFixState(x.value)?.fixes ?? []) {
      const key = `${r.sheetId}!${r.cell}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(r);
    }
  }
  return out;
}

/** Replaces our part(s) by one holding `records` (none: no part). Queued, not synced. */
function queueState(
  context: Excel.RequestContext,
  parts: readonly Excel.CustomXmlPart[],
  records: readonly FixRecord[],
): void {
  for (const p of parts) p.delete();
  if (records.length > 0)
    context.workbook.customXmlParts.add(serializeFixState({ fixes: [...records] } satisfies FixState));
}

function single(values: unknown[][] | undefined): unknown {
  return values?.[0]?.[0];
}

/** Writes `edits` (see the file comment). `context` is the request context of an Excel.run batch. */
export async function applyFixes(
  context: Excel.RequestContext,
  edits: readonly FixEdit[],
  options: ApplyFixesOptions = {},
): Promise<ApplyFixesOutcome> {
  const now = options.now ?? Date.now;
  const refused: RefusedEdit[] = [];
  const outcome = (
    blocked: BlockedSheet[],
    applied: FixEdit[],
    undoable: number | null,
    touched: string[],
  ): ApplyFixesOutcome => ({ applied, refused, blocked, undoable, touched });
  if (edits.length === 0) return outcome([], [], null, []);

  // Read 1.
  const { sheets, parts } = await readSheetsAndParts(context);
  const sheetNamed = sheetFinder(sheets);

  // Which edits can be tried: sheet present, address valid, form-only, one per cell (core/fixes/apply).
  interface Work {
    edit: FixEdit;
    sheet: SheetInfo;
    cell: string;
    range: Excel.Range;
  }
  const screened = screenFixes(edits, sheetNamed, (sheet) => sheet.id);
  refused.push(...screened.refused);
  const work: Work[] = [];
  const blocked = new Map<string, Reason>();
  for (const w of screened.work) {
    const { edit, sheet } = w;
    if (sheet.protected) {
      blocked.set(sheet.name, protectedFixMessage(sheet.name));
      refused.push({
        edit,
        reason: `工作表“${sheet.name}”受保护，未作修正。`,
        reasonEn: `Sheet "${sheet.name}" is protected; not fixed.`,
      });
      continue;
    }
    work.push({ ...w, range: sheet.ws.getRange(w.cell) });
  }
  if (blocked.size > 0) {
    // No partial write: the edits that were fine are refused too.
    for (const w of work)
      refused.push({
        edit: w.edit,
        reason: '有目标工作表受保护，本次未作任何修正。',
        reasonEn: 'A target sheet is protected, so nothing was fixed this time.',
      });
    return outcome(
      [...blocked].map(([sheet, reason]) => ({ sheet, ...reason })),
      [],
      null,
      [],
    );
  }
  if (work.length === 0) return outcome([], [], null, []);

  // Read 2: saved state, current values.
  const xmls = parts.map((p) => p.getXml());
  for (const w of work) w.range.load('values,formulas');
  await context.sync();
  const records = mergeStates(xmls);
  const recordAt = new Map(records.map((r) => [`${r.sheetId}!${r.cell}`, r]));

  // The write.
  const applied: FixEdit[] = [];
  const touched: string[] = [];
  const at = now();
  for (const w of work) {
    const { edit, sheet, cell } = w;
    const value = single(w.range.values as unknown[][]);
    const formula = single(w.range.formulas as unknown[][]);
    const key = `${sheet.id}!${cell}`;
    const pos = parseA1(cell);
    const merges = options.mergesOf?.(sheet.name) ?? [];
    const verdict = judgeFix(
      edit,
      {
        value,
        formula: typeof formula === 'string' && formula.startsWith('='),
        merged: !!pos && insideMerge(merges, pos.row, pos.col),
      },
      recordAt.get(key),
    );
    if (verdict !== 'apply') {
      refused.push({ edit, ...verdictReason(verdict, `${sheet.name}!${cell}`, edit, value) });
      continue;
    }
    w.range.values = [[textForExcel(edit.to)]];
    recordAt.set(key, fixRecordFor(w, sheet, at));
    applied.push(edit);
    touched.push(key);
  }
  if (applied.length === 0) return outcome([], [], records.length, []);
  const state = [...recordAt.values()];
  queueState(context, parts, state);
  await context.sync();
  return outcome([], applied, state.length, touched);
}

/** The saved fixes (what undo would restore), read in at most two syncs. */
export async function savedFixes(context: Excel.RequestContext): Promise<FixRecord[]> {
  const parts = context.workbook.customXmlParts.getByNamespace(FIXES_NAMESPACE);
  parts.load('items/id');
  await context.sync();
  // eslint-disable-next-line office-addins/load-object-before-read -- loaded above as 'items/id'
  if (parts.items.length === 0) return [];
  const xmls = parts.items.map((p) => p.getXml());
  await context.sync();
  return mergeStates(xmls);
}

export interface UndoOptions {
  /** Only these cells (sheet name + A1); default all. */
  only?: readonly { sheet: string; cell: string }[];
}

/** Puts every fixed cell (or `only` those) back to its value before the fix (see the file comment). */
export async function undoFixes(
  context: Excel.RequestContext,
  options: UndoOptions = {},
): Promise<UndoOutcome> {
  const result: UndoOutcome = { restored: [], leftAlone: [], blocked: [], remaining: 0, touched: [] };
  // Read 1.
  const { sheets, parts } = await readSheetsAndParts(context);
  if (parts.length === 0) return result;
  // Read 2.
  const xmls = parts.map((p) => p.getXml());
  await context.sync();
  const records = mergeStates(xmls);
  const byId = new Map(sheets.map((s) => [s.id, s]));
  const wanted = options.only
    ? new Set(options.only.map((o) => `${o.sheet.toLowerCase()}!${normalizeCellRef(o.cell) ?? o.cell}`))
    : null;

  const keep: FixRecord[] = [];
  const work: { record: FixRecord; sheet: SheetInfo; range: Excel.Range }[] = [];
  const blocked = new Map<string, Reason>();
  for (const record of records) {
    const sheet = byId.get(record.sheetId);
    if (wanted && !(sheet && wanted.has(`${sheet.name.toLowerCase()}!${record.cell}`))) {
      keep.push(record);
      continue;
    }
    if (!sheet) {
      result.leftAlone.push({
        sheet: record.sheet,
        cell: record.cell,
        reason: `工作表“${record.sheet}”已不存在。`,
        reasonEn: `Sheet "${record.sheet}" no longer exists.`,
      });
      continue;
    }
    if (sheet.protected) blocked.set(sheet.name, protectedUndoMessage(sheet.name));
    work.push({ record, sheet, range: sheet.ws.getRange(record.cell) });
  }
  if (blocked.size > 0) {
    result.blocked = [...blocked].map(([sheet, reason]) => ({ sheet, ...reason }));
    result.leftAlone = [];
    result.remaining = records.length;
    return result;
  }

  // Read 3.
  for (const w of work) w.range.load('values');
  if (work.length > 0) await context.sync();

  // The write.
  for (const w of work) {
    const { record, sheet } = w;
    const value = single(w.range.values as unknown[][]);
    if (!canUndo(record, value)) {
      result.leftAlone.push({
        sheet: sheet.name,
        cell: record.cell,
        ...fixReasons.changedAfterFix(`${sheet.name}!${record.cell}`),
      });
      continue;
    }
    w.range.values = [[textForExcel(record.original)]];
    result.restored.push({ sheet: sheet.name, cell: record.cell, value: record.original });
    result.touched.push(`${sheet.id}!${record.cell}`);
  }
  queueState(context, parts, keep);
  await context.sync();
  result.remaining = keep.length;
  return result;
}
