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
 * new check clears the old marks and makes the new ones in the same write.
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
import { SEVERITIES, severityRank, type Finding, type Severity } from '../core/findings';
import type { HighlightResult } from '../host/types';
import { SEVERITY_FILLS } from '../core/palette';
import { normalizeCellRef, parseSheetAddress } from './address';
import type { ExcelApiSupport } from './apiSupport';
import {
  MARKS_NAMESPACE,
  parseMarks,
  serializeMarks,
  type MarkRecord,
  type MarkState,
  type SavedFill,
  type SavedNote,
} from './markState';

/**
 * Cell fill per severity as Office.js takes it ("#RRGGBB"): the project's one
 * colour-blind-safe palette (src/core/palette.ts, Okabe–Ito tints), so the
 * add-in marks cells exactly as the annotated copy of the web page does.
 */
export const SEVERITY_FILL: Readonly<Record<Severity, string>> = Object.freeze(
  Object.fromEntries(SEVERITIES.map((s) => [s, SEVERITY_FILLS[s].hex])) as Record<Severity, string>,
);

const SEVERITY_LABEL: Readonly<Record<Severity, string>> = Object.freeze(
  Object.fromEntries(
    SEVERITIES.map((s) => [s, `${SEVERITY_FILLS[s].labelZh} ${capitalize(SEVERITY_FILLS[s].labelEn)}`]),
  ) as Record<Severity, string>,
);

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const NOTE_TITLE = '【绩效目标表审核 KPI Sheet Checker】';
export const NOTE_ORIGINAL_SEPARATOR = '\n———— 原有批注 Original note ————\n';

export function protectedSheetMessage(sheet: string): string {
  return `工作表“${sheet}”受保护，未作任何标记；请撤消工作表保护后重新检查。 / Sheet "${sheet}" is protected, so nothing was marked on it; unprotect the sheet and check again.`;
}

export function missingSheetMessage(sheet: string): string {
  return `找不到工作表“${sheet}”（可能已改名或删除），未作标记。 / Sheet "${sheet}" was not found (renamed or deleted?), so nothing was marked on it.`;
}

/** One cell to mark: the findings in it, merged. */
export interface CellMark {
  sheet: string;
  cell: string;
  severity: Severity;
  /** The note / comment text: every message of the cell, most severe first. */
  text: string;
}

/** Groups findings per cell (sheet + A1): one mark each, with the most severe fill and all messages. */
export function groupFindings(findings: readonly Finding[]): CellMark[] {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const cell = normalizeCellRef(f.cell) ?? a1(f.row, f.col);
    const key = `${f.sheet}\u0000${cell}`;
    const list = byCell.get(key);
    if (list) list.push(f);
    else byCell.set(key, [f]);
  }
  const marks: CellMark[] = [];
  for (const [key, list] of byCell) {
    const [sheet, cell] = key.split('\u0000');
    const sorted = [...list].sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
    const seen = new Set<string>();
    const lines = [NOTE_TITLE];
    for (const f of sorted) {
      const line = `${SEVERITY_LABEL[f.severity]}：${f.message}${f.messageEn ? `\n  ${f.messageEn}` : ''}`;
      if (seen.has(line)) continue;
      seen.add(line);
      lines.push(line);
    }
    marks.push({ sheet, cell, severity: sorted[0].severity, text: lines.join('\n') });
  }
  return marks;
}

/** The saved state as ExcelHost last wrote it, to skip reading it back. */
export interface MarkStateCache {
  partId: string | null;
  state: MarkState | null;
}

export interface MarkOptions {
  api: ExcelApiSupport;
  cache?: MarkStateCache;
}

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

function restoreFill(fill: Excel.RangeFill, original: SavedFill, api: ExcelApiSupport): void {
  if (api.fillPattern && original.pattern !== undefined) {
    if (!original.pattern || original.pattern === 'None') {
      fill.clear();
      return;
    }
    if (original.color) fill.color = original.color;
    if (original.pattern !== 'Solid') {
      fill.pattern = original.pattern as Excel.FillPattern;
      if (original.patternColor) fill.patternColor = original.patternColor;
      if (original.patternTintAndShade) fill.patternTintAndShade = original.patternTintAndShade;
    }
    if (original.tintAndShade) fill.tintAndShade = original.tintAndShade;
    return;
  }
  // Without ExcelApi 1.9 "no fill" and "white fill" both read as #FFFFFF: take it as no fill.
  if (!original.color || sameColor(original.color, '#FFFFFF')) fill.clear();
  else fill.color = original.color;
}

function composeNote(text: string, original: string | null): string {
  return original ? `${text}${NOTE_ORIGINAL_SEPARATOR}${original}` : text;
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
  const commentMode = !api.notes && api.comments;

  // Read 1: saved-state parts, sheets, comment threads.
  const parts = wb.customXmlParts.getByNamespace(MARKS_NAMESPACE);
  parts.load('items/id');
  const sheetCollection = wb.worksheets;
  sheetCollection.load('items/name,items/id,items/protection/protected');
  const comments = commentMode ? wb.comments : null;
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
    !note || (note.kind === 'note' ? api.notes : commentMode);
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

  // Read 3: the current fill and note of every cell to mark or restore.
  const fillProps = api.fillPattern ? 'color,pattern,patternColor,tintAndShade,patternTintAndShade' : 'color';
  for (const w of work.values()) {
    w.range = w.sheet.ws.getRange(w.cell);
    w.fill = w.range.format.fill;
    w.fill.load(fillProps);
    if (api.notes) {
      w.note = w.sheet.ws.notes.getItemOrNullObject(w.cell);
      w.note.load('content');
    }
  }
  if (work.size > 0) await context.sync();

  // The write: restore, mark, save the state.
  const newMarks: MarkRecord[] = [...keptMarks];
  let marked = 0;
  let restored = 0;
  for (const w of work.values()) {
    const range = w.range as Excel.Range;
    const fill = w.fill as Excel.RangeFill;
    const current = readFill(fill, api);
    const note = w.note && !w.note.isNullObject ? w.note : null;
    const thread = threadAt.get(`${w.sheet.id}!${w.cell}`);
    const old = w.old;
    const ourNote = old?.note?.kind === 'note' && note && note.content === old.note.written ? old.note : null;

    if (!w.mark) {
      // Restore an old mark that is not marked again.
      if (old?.fill && fillIsOurs(current, old.fill.written, api)) restoreFill(fill, old.fill.original, api);
      if (ourNote && note) {
        if (ourNote.original === null) note.delete();
        else note.content = ourNote.original;
      } else if (old?.note && old.note.kind !== 'note' && thread) {
        const written = old.note.written;
        if (old.note.kind === 'comment') {
          if (thread.content === written && thread.replies.items.length === 0) thread.delete();
        } else {
          for (const reply of thread.replies.items) if (reply.content === written) reply.delete();
        }
      }
      restored++;
      continue;
    }

    // Fill: the original is the cell's own fill, also when the cell still carries our old mark
    // (then it is the saved one); a gradient, which the API cannot set back, is left alone.
    const mark = w.mark;
    let fillRecord: MarkRecord['fill'] = null;
    const original = old?.fill && fillIsOurs(current, old.fill.written, api) ? old.fill.original : current;
    if (!(original.pattern && GRADIENTS.has(original.pattern))) {
      fill.color = SEVERITY_FILL[mark.severity];
      if (api.fillPattern) {
        // A colour alone may keep a pattern or tint the cell had; the mark is a plain solid fill.
        if (current.pattern !== 'Solid' && current.pattern !== 'None') fill.pattern = 'Solid';
        if (current.tintAndShade) fill.tintAndShade = 0;
      }
      fillRecord = { original, written: SEVERITY_FILL[mark.severity] };
    }

    // Message: a note, else a threaded comment, else only the pane.
    let noteRecord: SavedNote | null = null;
    if (api.notes) {
      const originalNote = ourNote ? ourNote.original : note ? note.content : null;
      const content = composeNote(mark.text, originalNote);
      if (note) note.content = content;
      else w.sheet.ws.notes.add(range, content);
      noteRecord = { kind: 'note', original: originalNote, written: content };
    } else if (commentMode) {
      const oldNote = old?.note;
      const ownReply =
        oldNote?.kind === 'reply' && thread
          ? thread.replies.items.find((r) => r.content === oldNote.written)
          : undefined;
      if (oldNote?.kind === 'comment' && thread && thread.content === oldNote.written) {
        thread.content = mark.text;
        noteRecord = { kind: 'comment', written: mark.text };
      } else if (ownReply) {
        ownReply.content = mark.text;
        noteRecord = { kind: 'reply', written: mark.text };
      } else if (thread) {
        thread.replies.add(mark.text);
        noteRecord = { kind: 'reply', written: mark.text };
      } else {
        wb.comments.add(range, mark.text);
        noteRecord = { kind: 'comment', written: mark.text };
      }
    }
    newMarks.push({
      sheetId: w.sheet.id,
      sheet: w.sheet.name,
      cell: w.cell,
      fill: fillRecord,
      note: noteRecord,
    });
    marked++;
  }

  // The saved state: replace our part(s) by one holding what is marked now.
  for (const p of partItems) p.delete();
  const state: MarkState = { marks: newMarks };
  const part = newMarks.length > 0 ? wb.customXmlParts.add(serializeMarks(state)) : null;
  part?.load('id');
  if (partItems.length > 0 || part || work.size > 0) {
    try {
      await context.sync();
    } catch (err) {
      if (cache) Object.assign(cache, { partId: null, state: null });
      throw err;
    }
  }
  if (cache) Object.assign(cache, { partId: part ? part.id : null, state: part ? state : null });

  return {
    marked,
    skipped: [...skipped].map(([sheet, reason]) => ({ sheet, reason })),
    restored,
    kept: keptMarks.length,
    touched: [...work.keys()],
  };
}

/** Marks the findings (clearing older marks first). */
export function highlightFindings(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  options: MarkOptions,
): Promise<MarkOutcome> {
  return applyMarks(context, groupFindings(findings), options);
}

/** Takes every mark away, putting the cells' own fills and notes back. */
export function clearMarks(context: Excel.RequestContext, options: MarkOptions): Promise<MarkOutcome> {
  return applyMarks(context, [], options);
}
