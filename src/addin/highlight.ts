/**
 * Marks findings in their cells and takes the marks away again.
 *
 * A mark is a fill per severity (SEVERITY_FILL) and the messages as a note
 * (ExcelApi 1.18) or, where notes are missing, a threaded comment (ExcelApi
 * 1.10). Findings in one cell make one mark: all messages, the most severe
 * finding's fill. Values are never written.
 *
 * Before a cell is marked for the first time its own fill and note are saved
 * in the workbook (markState.ts); clearing puts them back exactly, unless the
 * user has changed the mark since (then the user's change is left alone). A
 * new check clears the old marks and makes the new ones in the same write;
 * the live check's re-mark (`keepUnchanged`) leaves the marks that stay the
 * same alone (core/marks/cellMarks markUnchanged).
 *
 * Round trips, whatever the number of findings, cells or sheets:
 *   read 1  saved-state part ids, sheets (id, name, protection), comments
 *   read 2  saved state XML, comment locations (skipped when not needed)
 *   read 3  current fill / note of every cell to mark or restore
 *   write   everything, and the new saved state, in one `context.sync`
 *
 * Protected sheets get no write at all: their findings are reported in
 * `skipped` with a message, and their old marks stay saved until a later
 * check or clear can reach them.
 */
import { a1 } from '../core/grid';
import { untintColor } from '../core/marks/tint';
import type { HighlightResult } from '../host/types';
import { composeNote, markUnchanged, SEVERITY_FILL, type CellMark } from '../core/marks/cellMarks';
import { parseSheetAddress } from './address';
import type { ExcelApiSupport } from './apiSupport';
import { isSizeLimitError } from './readWorkbook';
import {
  isWritten,
  MARKS_NAMESPACE,
  parseMarks,
  serializeMarks,
  textFingerprint,
  type MarkRecord,
  type MarkState,
  type SavedFill,
  type SavedNote,
} from '../core/marks/savedState';

export {
  groupFindings,
  NOTE_ORIGINAL_SEPARATOR,
  SEVERITY_FILL,
  type CellMark,
} from '../core/marks/cellMarks';

export function protectedSheetMessage(sheet: string): string {
  return `工作表“${sheet}”受保护，未作任何标记；请撤消工作表保护后重新检查。 / Sheet "${sheet}" is protected, so nothing was marked on it; unprotect the sheet and check again.`;
}

export function missingSheetMessage(sheet: string): string {
  return `找不到工作表“${sheet}”（可能已改名或删除），未作标记。 / Sheet "${sheet}" was not found (renamed or deleted?), so nothing was marked on it.`;
}

/** The saved state as ExcelHost last wrote it, to skip reading it back. */
export interface MarkStateCache {
  partId: string | null;
  state: MarkState | null;
}

export interface MarkOptions {
  api: ExcelApiSupport;
  cache?: MarkStateCache;
  /** Bytes of cell writes per sync (Excel on the web: 5 MB per request); halved on a size error. */
  maxWriteBytes?: number;
  /**
   * Leave marks that would be written again exactly as saved (core markUnchanged) as they are,
   * without reading or writing their cells: the live check's re-mark after an edit.
   */
  keepUnchanged?: boolean;
}

/** Cells whose fill and note one read sync asks for. */
export const READ_CELLS_PER_SYNC = 2000;

/** Well under Excel on the web's 5 MB request cap, leaving room for the saved state and the client's framing. */
export const WRITE_BYTES_PER_SYNC = 1_000_000;

export interface MarkOutcome extends HighlightResult {
  /** Old marks put back. */
  restored: number;
  /** Old marks still saved because their sheet could not be written now. */
  kept: number;
  /** Cells written (marked or restored), as `${worksheetId}!${A1}`. */
  touched: string[];
}

interface SheetInfo {
  id: string;
  name: string;
  protected: boolean;
  ws: Excel.Worksheet;
}

interface CellWork {
  sheet: SheetInfo;
  cell: string;
  old?: MarkRecord;
  mark?: CellMark;
  range?: Excel.Range;
  fill?: Excel.RangeFill;
  note?: Excel.Note | null;
}

const GRADIENTS = new Set(['LinearGradient', 'RectangularGradient']);

function sameColor(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.replace('#', '').toUpperCase() === b.replace('#', '').toUpperCase();
}

function readFill(fill: Excel.RangeFill, api: ExcelApiSupport): SavedFill {
  if (!api.fillPattern) return { color: fill.color ?? null };
  return {
    color: fill.color ?? null,
    pattern: fill.pattern ?? null,
    patternColor: fill.patternColor ?? null,
    tintAndShade: fill.tintAndShade ?? null,
    patternTintAndShade: fill.patternTintAndShade ?? null,
  };
}

/** Is the cell's fill still the mark the pane wrote? */
function fillIsOurs(current: SavedFill, written: string, api: ExcelApiSupport): boolean {
  return (
    sameColor(current.color, written) &&
    (!api.fillPattern || current.pattern === 'Solid') &&
    !current.tintAndShade
  );
}

/**
 * Puts a saved fill back. Excel reports a theme-tinted fill as its resolved
 * colour plus the tint; setting that colour and the tint again would tint it
 * twice (the header comes back lighter). So the colour set is the one that,
 * tinted, gives the saved colour (untintColor), then the tint.
 */
function restoreFill(fill: Excel.RangeFill, original: SavedFill, api: ExcelApiSupport): void {
  if (api.fillPattern && original.pattern !== undefined) {
    if (!original.pattern || original.pattern === 'None') {
      fill.clear();
      return;
    }
    const tint = original.tintAndShade ?? 0;
    if (original.color) fill.color = tint ? untintColor(original.color, tint) : original.color;
    if (original.pattern !== 'Solid') {
      fill.pattern = original.pattern as Excel.FillPattern;
      if (original.patternColor) fill.patternColor = original.patternColor;
      if (original.patternTintAndShade) fill.patternTintAndShade = original.patternTintAndShade;
    }
    if (tint) fill.tintAndShade = tint;
    return;
  }
  // Without ExcelApi 1.9 "no fill" and "white fill" both read as #FFFFFF: take it as no fill.
  if (!original.color || sameColor(original.color, '#FFFFFF')) fill.clear();
  else fill.color = original.color;
}

/**
 * Clears the old marks and makes `marks` (none: just clear). `context` is
 * the request context of an Excel.run batch.
 */
export async function applyMarks(
  context: Excel.RequestContext,
  marks: readonly CellMark[],
  options: MarkOptions,
): Promise<MarkOutcome> {
  const { api, cache } = options;
  const wb = context.workbook;
  // Threads are read whenever the API has them: a cell with a threaded comment cannot take a note.
  const readThreads = api.comments;

  // Read 1: saved-state parts, sheets, comment threads.
  const parts = wb.customXmlParts.getByNamespace(MARKS_NAMESPACE);
  parts.load('items/id');
  const sheetCollection = wb.worksheets;
  sheetCollection.load('items/name,items/id,items/protection/protected');
  const comments = readThreads ? wb.comments : null;
  comments?.load('items/id,items/content');
  await context.sync();

  const byId = new Map<string, SheetInfo>();
  const byName = new Map<string, SheetInfo>();
  for (const ws of sheetCollection.items) {
    const info: SheetInfo = { id: ws.id, name: ws.name, protected: !!ws.protection.protected, ws };
    byId.set(info.id, info);
    byName.set(info.name, info);
  }
  const sheetNamed = (name: string) =>
    byName.get(name) ?? [...byName.values()].find((s) => s.name.toLowerCase() === name.toLowerCase());

  // Read 2: saved state (unless it is the one we wrote last), where each comment thread sits.
  // eslint-disable-next-line office-addins/load-object-before-read -- loaded in read 1 as 'items/id'
  const partItems = parts.items;
  const cached =
    cache && cache.state && partItems.length === 1 && partItems[0].id === cache.partId ? cache.state : null;
  const xmls = cached ? [] : partItems.map((p) => p.getXml());
  const threads = (comments?.items ?? []).map((c) => {
    const location = c.getLocation();
    location.load('address');
    c.replies.load('items/id,items/content');
    return { comment: c, location };
  });
  if (xmls.length > 0 || threads.length > 0) await context.sync();

  const oldMarks: MarkRecord[] = [];
  const seen = new Set<string>();
  for (const record of cached ? cached.marks : xmls.flatMap((x) => parseMarks(x.value)?.marks ?? [])) {
    const key = `${record.sheetId}!${record.cell}`;
    if (seen.has(key)) continue;
    seen.add(key);
    oldMarks.push(record);
  }
  const threadAt = new Map<string, Excel.Comment>();
  for (const t of threads) {
    const at = parseSheetAddress(t.location.address);
    const sheet = at?.sheet != null ? sheetNamed(at.sheet) : undefined;
    if (at && sheet) threadAt.set(`${sheet.id}!${a1(at.range.r1, at.range.c1)}`, t.comment);
  }

  // Decide, per cell, what can be done.
  const skipped = new Map<string, string>();
  const keptMarks: MarkRecord[] = [];
  const work = new Map<string, CellWork>();
  const workFor = (sheet: SheetInfo, cell: string) => {
    const key = `${sheet.id}!${cell}`;
    let w = work.get(key);
    if (!w) work.set(key, (w = { sheet, cell }));
    return w;
  };
  const canRestoreNote = (note: SavedNote | null) =>
    !note || (note.kind === 'note' ? api.notes : api.comments);
  for (const record of oldMarks) {
    const sheet = byId.get(record.sheetId);
    if (!sheet) continue; // the sheet is gone, and its cells with it
    if (sheet.protected || !canRestoreNote(record.note)) {
      keptMarks.push(sheet.name === record.sheet ? record : { ...record, sheet: sheet.name });
      continue;
    }
    workFor(sheet, record.cell).old = record;
  }
  const keptCells = new Set(keptMarks.map((r) => `${r.sheetId}!${r.cell}`));
  for (const mark of marks) {
    const sheet = sheetNamed(mark.sheet);
    if (!sheet) {
      skipped.set(mark.sheet, missingSheetMessage(mark.sheet));
      continue;
    }
    if (sheet.protected) {
      skipped.set(sheet.name, protectedSheetMessage(sheet.name));
      continue;
    }
    if (keptCells.has(`${sheet.id}!${mark.cell}`)) continue;
    workFor(sheet, mark.cell).mark = mark;
  }

  // Marks the new findings leave as they were: kept, unread and unwritten (the live check).
  const unchanged: MarkRecord[] = [];
  if (options.keepUnchanged)
    for (const [key, w] of work) {
      if (!w.old || !w.mark) continue;
      const cell = { notes: api.notes, comments: api.comments, thread: threadAt.has(key) };
      if (!markUnchanged(w.old, w.mark, cell)) continue;
      unchanged.push(w.sheet.name === w.old.sheet ? w.old : { ...w.old, sheet: w.sheet.name });
      work.delete(key);
    }

  // Read 3: the current fill and note of every cell to mark or restore, in pieces of
  // READ_CELLS_PER_SYNC cells (a request names each cell: about 600 bytes, under 5 MB per piece).
  const fillProps = api.fillPattern ? 'color,pattern,patternColor,tintAndShade,patternTintAndShade' : 'color';
  let queuedReads = 0;
  for (const w of work.values()) {
    w.range = w.sheet.ws.getRange(w.cell);
    w.fill = w.range.format.fill;
    w.fill.load(fillProps);
    if (api.notes) {
      w.note = w.sheet.ws.notes.getItemOrNullObject(w.cell);
      w.note.load('content');
    }
    // A sync per READ_CELLS_PER_SYNC cells: the request-size cap, not a sync per cell (1 for the usual workbook).
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    if (++queuedReads % READ_CELLS_PER_SYNC === 0) await context.sync();
  }
  if (queuedReads % READ_CELLS_PER_SYNC !== 0) await context.sync();

  // The write. Every cell change is a queued operation with its size; the saved state goes first
  // (before or with the first cell change), holding the new marks and the old marks still to be put
  // back, so that whatever part of the write reaches the workbook, every mark can be removed.
  const ops: { bytes: number; queue: () => void }[] = [];
  const newMarks: MarkRecord[] = [...keptMarks, ...unchanged];
  const restoring: MarkRecord[] = [];
  let marked = unchanged.length;
  let restored = 0;
  for (const w of work.values()) {
    const range = w.range as Excel.Range;
    const fill = w.fill as Excel.RangeFill;
    const current = readFill(fill, api);
    const note = w.note && !w.note.isNullObject ? w.note : null;
    const thread = threadAt.get(`${w.sheet.id}!${w.cell}`);
    const old = w.old;
    const ourNote =
      old?.note?.kind === 'note' && note && isWritten(note.content, old.note.written) ? old.note : null;

    if (!w.mark) {
      // Restore an old mark that is not marked again.
      if (!old) continue;
      restoring.push(old);
      ops.push({
        bytes: 200 + (ourNote?.original?.length ?? 0) * 3,
        queue: () => {
          if (old.fill && fillIsOurs(current, old.fill.written, api))
            restoreFill(fill, old.fill.original, api);
          if (ourNote && note) {
            if (ourNote.original === null) note.delete();
            else note.content = ourNote.original;
          } else if (old.note && old.note.kind !== 'note' && thread) {
            const written = old.note.written;
            if (old.note.kind === 'comment') {
              if (isWritten(thread.content, written) && thread.replies.items.length === 0) thread.delete();
            } else {
              for (const reply of thread.replies.items) if (isWritten(reply.content, written)) reply.delete();
            }
          }
        },
      });
      restored++;
      continue;
    }

    // Fill: the original is the cell's own fill, also when the cell still carries our old mark
    // (then it is the saved one); a gradient, which the API cannot set back, is left alone.
    const mark = w.mark;
    let fillRecord: MarkRecord['fill'] = null;
    const queued: (() => void)[] = [];
    const original = old?.fill && fillIsOurs(current, old.fill.written, api) ? old.fill.original : current;
    if (!(original.pattern && GRADIENTS.has(original.pattern))) {
      queued.push(() => {
        fill.color = SEVERITY_FILL[mark.severity];
        if (api.fillPattern) {
          // A colour alone may keep a pattern or tint the cell had; the mark is a plain solid fill.
          if (current.pattern !== 'Solid' && current.pattern !== 'None') fill.pattern = 'Solid';
          if (current.tintAndShade) fill.tintAndShade = 0;
        }
      });
      fillRecord = { original, written: SEVERITY_FILL[mark.severity] };
    }

    // Message, per cell: a note; on a cell with a threaded comment (which cannot take a note) or
    // where notes are missing, a threaded comment or a reply in the cell's thread; else the pane only.
    let noteRecord: SavedNote | null = null;
    let text = mark.text;
    if (api.notes && !thread && !(old?.note && old.note.kind !== 'note')) {
      const originalNote = ourNote ? ourNote.original : note ? note.content : null;
      text = composeNote(mark.text, originalNote);
      const content = text;
      queued.push(() => {
        if (note) note.content = content;
        else w.sheet.ws.notes.add(range, content);
      });
      noteRecord = { kind: 'note', original: originalNote, written: textFingerprint(content) };
    } else if (api.comments) {
      const oldNote = old?.note;
      const ownReply =
        oldNote?.kind === 'reply' && thread
          ? thread.replies.items.find((r) => isWritten(r.content, oldNote.written))
          : undefined;
      const written = textFingerprint(mark.text);
      if (oldNote?.kind === 'comment' && thread && isWritten(thread.content, oldNote.written)) {
        queued.push(() => (thread.content = mark.text));
        noteRecord = { kind: 'comment', written };
      } else if (ownReply) {
        queued.push(() => (ownReply.content = mark.text));
        noteRecord = { kind: 'reply', written };
      } else if (thread) {
        queued.push(() => thread.replies.add(mark.text));
        noteRecord = { kind: 'reply', written };
      } else if (!note) {
        queued.push(() => wb.comments.add(range, mark.text));
        noteRecord = { kind: 'comment', written };
      }
    }
    ops.push({ bytes: 300 + text.length * 3, queue: () => queued.forEach((q) => q()) });
    newMarks.push({
      sheetId: w.sheet.id,
      sheet: w.sheet.name,
      cell: w.cell,
      fill: fillRecord,
      note: noteRecord,
    });
    marked++;
  }

  const finalState: MarkState = { marks: newMarks };
  const pendingState: MarkState = { marks: [...newMarks, ...restoring] };
  const touched = [...work.keys()];
  const outcome = {
    marked,
    skipped: [...skipped].map(([sheet, reason]) => ({ sheet, reason })),
    restored,
    kept: keptMarks.length,
    touched,
  };
  if (partItems.length === 0 && newMarks.length === 0 && ops.length === 0) return outcome;
  // Nothing changed at all: the saved state (ours, as cached) already says it.
  if (ops.length === 0 && cached && partItems.length === 1 && sameState(cached.marks, newMarks))
    return outcome;

  let budget = Math.max(1, options.maxWriteBytes ?? WRITE_BYTES_PER_SYNC);
  let stateSaved = false;
  let ourParts: Excel.CustomXmlPart[] = [];
  let finalPart: Excel.CustomXmlPart | null = null;
  let next = 0;
  try {
    for (;;) {
      const start = next;
      let bytes = 0;
      let added: Excel.CustomXmlPart | null = null;
      if (!stateSaved) {
        // First sync of the write: the state that can undo all of it, before any cell changes.
        for (const p of partItems) p.delete();
        added = wb.customXmlParts.add(serializeMarks(pendingState));
        added.load('id');
        bytes += serializeMarks(pendingState).length * 3;
      }
      while (next < ops.length && ((next === start && stateSaved) || bytes + ops[next].bytes <= budget)) {
        ops[next].queue();
        bytes += ops[next].bytes;
        next++;
      }
      const last = next >= ops.length;
      if (last) {
        const saved = added ?? (ourParts.length === 1 ? ourParts[0] : null);
        if (restoring.length === 0 && newMarks.length > 0 && saved) {
          // Nothing was to be put back: the state saved first is already the final one.
          finalPart = saved;
        } else {
          // All cells written: the state shrinks to what is marked now (in the same batch, after them).
          for (const p of added ? [added] : ourParts) p.delete();
          finalPart = newMarks.length > 0 ? wb.customXmlParts.add(serializeMarks(finalState)) : null;
          finalPart?.load('id');
        }
      }
      try {
        // One sync per piece of the write under the request cap (1 for the usual workbook).
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (err) {
        // Only a request that was too large is retried, in smaller pieces (nothing of it ran).
        if (isSizeLimitError(err) && (next - start > 1 || (!stateSaved && next > start))) {
          next = start;
          budget = Math.max(1, Math.floor(budget / 2));
          continue;
        }
        throw err;
      }
      if (added) {
        stateSaved = true;
        ourParts = [added];
      }
      if (last) break;
    }
  } catch (err) {
    if (cache) Object.assign(cache, { partId: null, state: null });
    throw err;
  }
  if (cache)
    Object.assign(cache, { partId: finalPart ? finalPart.id : null, state: finalPart ? finalState : null });
  return outcome;
}

function sameState(a: readonly MarkRecord[], b: readonly MarkRecord[]): boolean {
  if (a.length !== b.length) return false;
  const key = (r: MarkRecord) => JSON.stringify([r.sheetId, r.sheet, r.cell, r.fill, r.note]);
  const have = new Set(a.map(key));
  return b.every((r) => have.has(key(r)));
}
