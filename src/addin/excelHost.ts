/**
 * The open Excel workbook as a WorkbookHost: read, highlight, clear, select,
 * (for the live check) change notifications, and the edits: a template as a
 * new sheet, library indicators, form-only fixes and their undo, the 审核结果
 * sheet. All Office.js calls of the pane go through src/addin; the UI sees
 * only this class.
 *
 * The edits' modules (and the core parts they need: templates, library,
 * reader, fixes, report rows) are loaded on first use, a chunk of their own,
 * so the pane inside Excel starts with the reading and marking code only.
 */
import type { CheckResult } from '../core/check';
import type { Finding } from '../core/findings';
import type { FixEdit } from '../core/fixes/plan';
import { a1, type WorkbookGrid } from '../core/grid';
import {
  IGNORES_NAMESPACE,
  parseIgnores,
  serializeIgnores,
  withIgnoreEntries,
  type IgnoreEntry,
} from '../core/ignores';
import type { LibraryIndicator } from '../core/library/types';
import type { TemplateKind } from '../core/templates/types';
import type {
  FixResult,
  HighlightResult,
  IndicatorsInsertResult,
  ReviewSheetResult,
  TemplateInsertResult,
  UndoResult,
  WorkbookHost,
} from '../host/types';
import { parseRef, splitSheetAddress } from './address';
import {
  detectApiSupport,
  officeIsSetSupported,
  type ExcelApiSupport,
  type IsSetSupported,
} from './apiSupport';
import { applyMarks, groupFindings, type MarkOutcome, type MarkStateCache } from './highlight';
import {
  readWorkbookGrid,
  rereadRows,
  rereadSheets,
  type ReadOptions,
  type SheetReread,
} from './readWorkbook';

/** Runs a batch in a new request context (Excel.run). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
/** Runs a batch in an existing request context (Excel.run(context, batch)), as removing an event handler needs. */
export type ExcelRunIn = <T>(
  context: Excel.RequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

export interface ExcelHostOptions {
  run?: ExcelRun;
  runIn?: ExcelRunIn;
  isSetSupported?: IsSetSupported;
  /** Feature flags; default: asked of Office when first needed. */
  api?: ExcelApiSupport;
  read?: ReadOptions;
  /** The name to show; default: the file name of the document's URL. */
  title?: string;
  now?: () => number;
  /** After a write, change events on the written cells are taken as our own for this long. */
  ownWriteGraceMs?: number;
}

/** What changed, as the change event reports it. */
export interface ChangeInfo {
  worksheetId?: string;
  address?: string;
}

const DEFAULT_TITLE = '当前工作簿 Current workbook';
const OWN_WRITE_GRACE_MS = 1500;
/** Edited rows of one sheet the live check reads by themselves; more: the sheet is read whole. */
const MAX_DIRTY_ROWS = 500;

function globalExcel(): typeof Excel {
  const excel = (globalThis as { Excel?: typeof Excel }).Excel;
  if (!excel)
    throw new Error('Excel 未就绪（Office.js 未加载）。 / Excel is not ready (Office.js is not loaded).');
  return excel;
}

/**
 * Every batch waits for the officer to leave a cell being edited (delayForCellEdit) instead of
 * failing with InvalidOperationInCellEditMode; Excel ignores the option where it is not supported.
 */
const defaultRun: ExcelRun = (batch) => globalExcel().run({ delayForCellEdit: true }, batch);
const defaultRunIn: ExcelRunIn = (context, batch) => globalExcel().run(context, batch);

const loadEdits = () => import(/* webpackChunkName: "excel-edit" */ './excelEdits');

function documentTitle(): string | null {
  try {
    const url = (globalThis as { Office?: typeof Office }).Office?.context?.document?.url;
    if (!url) return null;
    const last = url.split(/[?#]/)[0].split(/[\\/]/).filter(Boolean).pop();
    return last ? decodeURIComponent(last) : null;
  } catch {
    return null;
  }
}

/** The entries of our parts (normally one), null when there is none that parses. */
function ignoresOf(xmls: readonly string[]): IgnoreEntry[] | null {
  let out: IgnoreEntry[] | null = null;
  for (const xml of xmls) {
    const entries = parseIgnores(xml);
    if (entries) out = [...(out ?? []), ...entries];
  }
  return out;
}

export class ExcelHost implements WorkbookHost {
  readonly kind = 'excel' as const;
  /** What the last highlight or clear did (marks restored, kept on protected sheets ...). */
  lastOutcome: MarkOutcome | null = null;
  /** Marks are shown (标记 pressed, not cleared since): the live check re-marks after re-checking. */
  marksShown = false;

  private readonly run: ExcelRun;
  private readonly runIn: ExcelRunIn;
  private readonly now: () => number;
  private readonly graceMs: number;
  private apiSupport: ExcelApiSupport | undefined;
  private readonly cache: MarkStateCache = { partId: null, state: null };
  private writing = 0;
  private quietUntil = 0;
  private ownCells = new Set<string>();
  /** The last grid read and its sheets' ids, for the live check's re-reads. */
  private lastRead: { grid: WorkbookGrid; ids: string[] } | null = null;
  /** Sheets changed by the officer since the last read ('all': read everything again). */
  private dirty: Set<string> | 'all' = 'all';
  /** The ignore entries of the workbook's custom XML part (core/ignores.ts), null when it has none. */
  private ignores: IgnoreEntry[] | null = null;
  /** Per changed sheet, the rows the change events named (null: the whole sheet, e.g. rows inserted). */
  private dirtyRows = new Map<string, { r1: number; r2: number } | null>();

  constructor(private readonly options: ExcelHostOptions = {}) {
    this.run = options.run ?? defaultRun;
    this.runIn = options.runIn ?? defaultRunIn;
    this.now = options.now ?? Date.now;
    this.graceMs = options.ownWriteGraceMs ?? OWN_WRITE_GRACE_MS;
    this.apiSupport = options.api;
  }

  /** Optional API sets of the running Excel (asked once, after Office is ready). */
  get api(): ExcelApiSupport {
    if (!this.apiSupport)
      this.apiSupport = detectApiSupport(this.options.isSetSupported ?? officeIsSetSupported);
    return this.apiSupport;
  }

  title(): string {
    return this.options.title ?? documentTitle() ?? DEFAULT_TITLE;
  }

  /**
   * The workbook as a grid. After a change event on one or a few sheets (the
   * live check), only those sheets are read again, in one sync, and the rest
   * come from the last read; anything else (first read, sheets added, removed
   * or renamed, a sheet grown past what was asked) reads everything.
   */
  async read(): Promise<WorkbookGrid> {
    const grid = await this.readSheets();
    return this.ignores ? withIgnoreEntries(grid, this.ignores) : grid;
  }

  private async readSheets(): Promise<WorkbookGrid> {
    const last = this.lastRead;
    const dirty = this.dirty;
    if (last && dirty !== 'all' && dirty.size > 0 && dirty.size <= 3) {
      const ids = [...dirty];
      // An edit of a few cells: those rows only (the core re-checks the tables around them).
      const parts = ids.flatMap((id) => {
        const rows = this.dirtyRows.get(id);
        const grid = last.grid.sheets[last.ids.indexOf(id)];
        return rows && grid ? [{ id, grid, ...rows }] : [];
      });
      let again: SheetReread | null = null;
      if (parts.length === ids.length)
        again = await this.run((context) => rereadRows(context, parts, { merges: this.api.merges }));
      if (!again) {
        const rowsHint = Math.max(
          ...ids.map((id) => {
            const g = last.grid.sheets[last.ids.indexOf(id)];
            return g ? (g.top ?? 0) + g.values.length + 200 : 0;
          }),
        );
        again =
          rowsHint > 200
            ? await this.run((context) =>
                rereadSheets(context, ids, { ...this.options.read, merges: this.api.merges, rowsHint }),
              )
            : null;
      }
      const same =
        again &&
        again.sheets.length === last.ids.length &&
        again.sheets.every((s, i) => s.id === last.ids[i] && s.name === last.grid.sheets[i].name);
      if (again && same) {
        const grid: WorkbookGrid = {
          sheets: last.grid.sheets.map((g, i) => again.grids.get(last.ids[i]) ?? g),
        };
        this.lastRead = { grid, ids: last.ids };
        this.dirty = new Set();
        this.dirtyRows.clear();
        return grid;
      }
    }
    let ids: string[] = [];
    this.dirty = new Set();
    this.dirtyRows.clear();
    const grid = await this.run(async (context) => {
      // The ignore entries' part rides along: listed with the sheets (sync 1), its XML with sync 2.
      const parts = context.workbook.customXmlParts.getByNamespace(IGNORES_NAMESPACE);
      parts.load('items/id');
      let xmls: OfficeExtension.ClientResult<string>[] = [];
      const read = await readWorkbookGrid(context, {
        merges: this.api.merges,
        ...this.options.read,
        onSheetIds: (x) => {
          ids = x;
          xmls = parts.items.map((p) => p.getXml());
        },
      });
      this.ignores = ignoresOf(xmls.map((x) => x.value));
      return read;
    });
    this.lastRead = ids.length === grid.sheets.length ? { grid, ids } : null;
    return grid;
  }

  /**
   * Marks the findings (clearing earlier marks). `onlyChanged` (the live check's re-mark): marks
   * that would be written again exactly as they are stay untouched, unread and unwritten.
   */
  async highlight(
    findings: readonly Finding[],
    options: { onlyChanged?: boolean } = {},
  ): Promise<HighlightResult> {
    const marks = groupFindings(findings);
    const keepUnchanged = !!options.onlyChanged;
    const outcome = await this.write((context) =>
      applyMarks(context, marks, { api: this.api, cache: this.cache, keepUnchanged }),
    );
    this.marksShown = true;
    return { marked: outcome.marked, skipped: outcome.skipped };
  }

  async clear(): Promise<void> {
    await this.write((context) => applyMarks(context, [], { api: this.api, cache: this.cache }));
    this.marksShown = false;
  }

  /**
   * Stores the ignore entries in the workbook: one custom XML part
   * (core/ignores.ts) replacing ours, in 2 syncs; the next read honours them,
   * and so does `kpicheck check` on the saved workbook.
   */
  async setIgnores(entries: readonly IgnoreEntry[]): Promise<void> {
    await this.run(async (context) => {
      const parts = context.workbook.customXmlParts.getByNamespace(IGNORES_NAMESPACE);
      parts.load('items/id');
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- loaded above as 'items/id'
      for (const p of parts.items) p.delete();
      context.workbook.customXmlParts.add(serializeIgnores(entries));
      await context.sync();
    });
    this.ignores = [...entries];
  }

  /** A blank template as a new worksheet (insertTemplate.ts: 2 syncs), activated. */
  async insertTemplate(kind: TemplateKind, year: number): Promise<TemplateInsertResult> {
    const { layoutTemplate, insertTemplate } = await loadEdits();
    const sheet = layoutTemplate(kind, { year });
    const res = await this.own((context) =>
      insertTemplate(context, sheet, { isSetSupported: this.isSetSupported }),
    );
    return { sheet: res.sheetName, skipped: res.skipped };
  }

  /** Library indicators into the grid around the selection (insertIndicators.ts); InsertIndicatorsError when there is no grid or 二级 there. */
  async insertIndicators(indicators: readonly LibraryIndicator[]): Promise<IndicatorsInsertResult> {
    const { insertIndicators } = await loadEdits();
    const res = await this.own((context) =>
      insertIndicators(context, indicators, { merges: this.api.merges, isSetSupported: this.isSetSupported }),
    );
    return { sheet: res.sheet, written: res.rows.length, insertedRows: res.inserted, skipped: res.skipped };
  }

  /** Form-only fixes (applyFixes.ts: one write; nothing written when a target sheet is protected). */
  async applyFixes(edits: readonly FixEdit[]): Promise<FixResult> {
    const { applyFixes } = await loadEdits();
    // Merged areas as last read (what the check saw): a cell inside one is refused.
    const grid = this.lastRead?.grid;
    const mergesOf = (sheet: string) => grid?.sheets.find((s) => s.name === sheet)?.merges;
    const out = await this.own(
      (context) => applyFixes(context, edits, { now: this.now, mergesOf }),
      (o) => o.touched,
    );
    return {
      applied: out.applied,
      refused: out.refused,
      blocked: out.blocked,
      undoable: out.undoable,
    };
  }

  /** "撤销修正": the fixed cells back as they were (cells changed since are left alone). */
  async undoFixes(): Promise<UndoResult> {
    const { undoFixes } = await loadEdits();
    const out = await this.own(
      (context) => undoFixes(context),
      (o) => o.touched,
    );
    return {
      restored: out.restored.length,
      leftAlone: out.leftAlone,
      blocked: out.blocked,
      remaining: out.remaining,
    };
  }

  /** How many fixed cells undo can restore (read from the workbook's saved state). */
  async undoableFixes(): Promise<number> {
    const { savedFixes } = await loadEdits();
    return (await this.run((context) => savedFixes(context))).length;
  }

  /** "生成审核结果": the 审核结果 sheet (reviewSheet.ts), replacing an older one. */
  async writeReviewSheet(
    result: CheckResult,
    options: { lang?: 'zh' | 'en' } = {},
  ): Promise<ReviewSheetResult> {
    const { writeReviewSheet, detectReviewSheetApi } = await loadEdits();
    const source = this.options.title ?? documentTitle() ?? undefined;
    const api = detectReviewSheetApi(this.isSetSupported);
    const out = await this.own((context) =>
      writeReviewSheet(context, result, { api, lang: options.lang, source }),
    );
    return { sheet: out.sheet, rows: out.rows, replaced: out.replaced };
  }

  private get isSetSupported(): IsSetSupported {
    return this.options.isSetSupported ?? officeIsSetSupported;
  }

  async select(sheet: string, cell: string): Promise<void> {
    try {
      await this.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      });
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      throw Object.assign(
        new Error(
          `无法定位到“${sheet}”!${cell}（工作表可能已隐藏、改名或删除）：${why} / Cannot go to '${sheet}'!${cell} (is the sheet hidden, renamed or deleted?): ${why}`,
        ),
        { cause: err },
      );
    }
  }

  /**
   * Calls `callback` when data in any sheet changes (the caller debounces).
   * Changes the pane itself makes are not reported: none while it writes, and
   * none on the cells it just wrote for a short while after. Resolves to a
   * function that removes the handler.
   */
  async onChanged(callback: (change?: ChangeInfo) => void): Promise<() => Promise<void>> {
    const api = this.api;
    if (!api.collectionEvents && !api.sheetEvents) {
      throw new Error(
        '此版本的 Excel 不支持实时检查（需要 ExcelApi 1.7）。 / This version of Excel cannot notify changes (live check needs ExcelApi 1.7).',
      );
    }
    const handler = async (event: Excel.WorksheetChangedEventArgs) => {
      if (this.isOwnChange(event)) return;
      if (this.dirty !== 'all') {
        if (event.worksheetId) {
          this.dirty.add(event.worksheetId);
          this.noteRows(event);
        } else this.dirty = 'all';
      }
      callback({ worksheetId: event.worksheetId, address: event.address });
    };
    return this.listen((target) => target.onChanged, handler);
  }

  /**
   * Calls `callback` with the sheet and cell the officer selects (a range's
   * top-left cell). WorksheetCollection.onSelectionChanged (ExcelApi 1.9), else
   * one handler per sheet (1.7); throws where Excel has neither. The sheet's
   * name comes from the last read, else from Excel (one sync). Resolves to a
   * function that removes the handler.
   */
  async onSelectionChanged(
    callback: (at: { sheet: string; cell: string }) => void,
  ): Promise<() => Promise<void>> {
    const api = this.api;
    if (!api.collectionEvents && !api.sheetEvents) {
      throw new Error(
        '此版本的 Excel 不支持选区事件（需要 ExcelApi 1.7）。 / This version of Excel cannot report the selection (needs ExcelApi 1.7).',
      );
    }
    const handler = async (event: Excel.WorksheetSelectionChangedEventArgs) => {
      const ref = parseRef(splitSheetAddress(event.address ?? '').ref);
      if (!ref || !event.worksheetId) return;
      const sheet = await this.sheetName(event.worksheetId).catch(() => null);
      if (sheet !== null) callback({ sheet, cell: a1(ref.r1, ref.c1) });
    };
    return this.listen((target) => target.onSelectionChanged, handler);
  }

  /**
   * Adds `handler` to an event of the sheet collection (ExcelApi 1.9), else of each existing sheet
   * (1.7: sheets added later are not watched). Resolves to a function that removes it.
   */
  private async listen<E>(
    event: (target: Excel.WorksheetCollection | Excel.Worksheet) => OfficeExtension.EventHandlers<E>,
    handler: (e: E) => Promise<void>,
  ): Promise<() => Promise<void>> {
    const collection = this.api.collectionEvents;
    const handles = await this.run(async (context) => {
      let list: OfficeExtension.EventHandlerResult<E>[];
      if (collection) {
        list = [event(context.workbook.worksheets).add(handler)];
      } else {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        list = sheets.items.map((ws) => event(ws).add(handler));
      }
      await context.sync();
      return list;
    });
    let removed = false;
    return async () => {
      if (removed || handles.length === 0) return;
      removed = true;
      await this.runIn(handles[0].context as Excel.RequestContext, async (context) => {
        for (const h of handles) h.remove();
        await context.sync();
      });
    };
  }

  /** A worksheet's name by id: from the last read, else asked of Excel. */
  private async sheetName(id: string): Promise<string> {
    const last = this.lastRead;
    const i = last ? last.ids.indexOf(id) : -1;
    if (last && i >= 0) return last.grid.sheets[i].name;
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(id);
      ws.load('name');
      await context.sync();
      return ws.name;
    });
  }

  private async write(batch: (context: Excel.RequestContext) => Promise<MarkOutcome>): Promise<MarkOutcome> {
    // Marks change fills and notes only, not what the reader reads: the last read stays valid.
    const outcome = await this.own(batch, (o) => o.touched, false);
    this.lastOutcome = outcome;
    return outcome;
  }

  /**
   * Runs a writing batch as the pane's own: change events while it runs are
   * not reported, nor events on `touched` cells for a short while after.
   */
  private async own<T>(
    batch: (context: Excel.RequestContext) => Promise<T>,
    touched: (outcome: T) => readonly string[] = () => [],
    changesValues = true,
  ): Promise<T> {
    // The pane's own edits are not reported as changes: the next read reads everything.
    if (changesValues) this.dirty = 'all';
    this.writing++;
    try {
      const outcome = await this.run(batch);
      this.ownCells = new Set(touched(outcome));
      return outcome;
    } finally {
      this.writing--;
      this.quietUntil = this.now() + this.graceMs;
    }
  }

  /**
   * The rows a change event names, joined with the sheet's earlier ones. Cells edited (RangeEdited)
   * over at most MAX_DIRTY_ROWS rows; anything else (rows or cells inserted or deleted, an entire
   * column) stands for the whole sheet.
   */
  private noteRows(event: Pick<Excel.WorksheetChangedEventArgs, 'worksheetId' | 'address' | 'changeType'>) {
    const id = event.worksheetId;
    const had = this.dirtyRows.get(id);
    const range = event.address ? parseRef(splitSheetAddress(event.address).ref) : null;
    const edited = !event.changeType || event.changeType === 'RangeEdited';
    if (had === null || !range || !edited) {
      this.dirtyRows.set(id, null);
      return;
    }
    const r1 = Math.min(range.r1, had?.r1 ?? range.r1);
    const r2 = Math.max(range.r2, had?.r2 ?? range.r2);
    this.dirtyRows.set(id, r2 - r1 < MAX_DIRTY_ROWS ? { r1, r2 } : null);
  }

  private isOwnChange(event: Pick<Excel.WorksheetChangedEventArgs, 'worksheetId' | 'address'>): boolean {
    if (this.writing > 0) return true;
    if (this.now() >= this.quietUntil) return false;
    const range = event.address ? parseRef(splitSheetAddress(event.address).ref) : null;
    if (!range || !event.worksheetId) return false;
    if ((range.r2 - range.r1 + 1) * (range.c2 - range.c1 + 1) > this.ownCells.size) return false;
    for (let r = range.r1; r <= range.r2; r++) {
      for (let c = range.c1; c <= range.c2; c++) {
        if (!this.ownCells.has(`${event.worksheetId}!${a1(r, c)}`)) return false;
      }
    }
    return true;
  }
}
