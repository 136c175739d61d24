/**
 * The open Excel workbook as a WorkbookHost: read, highlight, clear, select,
 * and (for the live check) change notifications. All Office.js calls of the
 * pane go through src/addin; the UI sees only this class.
 */
import type { Finding } from '../core/findings';
import { a1, type WorkbookGrid } from '../core/grid';
import type { HighlightResult, WorkbookHost } from '../host/types';
import { parseRef, splitSheetAddress } from './address';
import { detectApiSupport, officeIsSetSupported, type ExcelApiSupport, type IsSetSupported } from './apiSupport';
import { applyMarks, groupFindings, type MarkOutcome, type MarkStateCache } from './highlight';
import { readWorkbookGrid, type ReadOptions } from './readWorkbook';

/** Runs a batch in a new request context (Excel.run). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
/** Runs a batch in an existing request context (Excel.run(context, batch)), as removing an event handler needs. */
export type ExcelRunIn = <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

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

function globalExcel(): typeof Excel {
  const excel = (globalThis as { Excel?: typeof Excel }).Excel;
  if (!excel) throw new Error('Excel 未就绪（Office.js 未加载）。 / Excel is not ready (Office.js is not loaded).');
  return excel;
}

const defaultRun: ExcelRun = (batch) => globalExcel().run(batch);
const defaultRunIn: ExcelRunIn = (context, batch) => globalExcel().run(context, batch);

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

export class ExcelHost implements WorkbookHost {
  readonly kind = 'excel' as const;
  /** What the last highlight or clear did (marks restored, kept on protected sheets ...). */
  lastOutcome: MarkOutcome | null = null;

  private readonly run: ExcelRun;
  private readonly runIn: ExcelRunIn;
  private readonly now: () => number;
  private readonly graceMs: number;
  private apiSupport: ExcelApiSupport | undefined;
  private readonly cache: MarkStateCache = { partId: null, state: null };
  private writing = 0;
  private quietUntil = 0;
  private ownCells = new Set<string>();

  constructor(private readonly options: ExcelHostOptions = {}) {
    this.run = options.run ?? defaultRun;
    this.runIn = options.runIn ?? defaultRunIn;
    this.now = options.now ?? Date.now;
    this.graceMs = options.ownWriteGraceMs ?? OWN_WRITE_GRACE_MS;
    this.apiSupport = options.api;
  }

  /** Optional API sets of the running Excel (asked once, after Office is ready). */
  get api(): ExcelApiSupport {
    if (!this.apiSupport) this.apiSupport = detectApiSupport(this.options.isSetSupported ?? officeIsSetSupported);
    return this.apiSupport;
  }

  title(): string {
    return this.options.title ?? documentTitle() ?? DEFAULT_TITLE;
  }

  read(): Promise<WorkbookGrid> {
    return this.run((context) => readWorkbookGrid(context, { merges: this.api.merges, ...this.options.read }));
  }

  async highlight(findings: readonly Finding[]): Promise<HighlightResult> {
    const marks = groupFindings(findings);
    const outcome = await this.write((context) => applyMarks(context, marks, { api: this.api, cache: this.cache }));
    return { marked: outcome.marked, skipped: outcome.skipped };
  }

  async clear(): Promise<void> {
    await this.write((context) => applyMarks(context, [], { api: this.api, cache: this.cache }));
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
        new Error(`无法定位到“${sheet}”!${cell}（工作表可能已隐藏、改名或删除）：${why} / Cannot go to '${sheet}'!${cell} (is the sheet hidden, renamed or deleted?): ${why}`),
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
      throw new Error('此版本的 Excel 不支持实时检查（需要 ExcelApi 1.7）。 / This version of Excel cannot notify changes (live check needs ExcelApi 1.7).');
    }
    const handler = async (event: Excel.WorksheetChangedEventArgs) => {
      if (this.isOwnChange(event)) return;
      callback({ worksheetId: event.worksheetId, address: event.address });
    };
    const handles = await this.run(async (context) => {
      let list: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[];
      if (api.collectionEvents) {
        list = [context.workbook.worksheets.onChanged.add(handler)];
      } else {
        // ExcelApi 1.7 only: one handler per existing sheet (sheets added later are not watched).
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        list = sheets.items.map((ws) => ws.onChanged.add(handler));
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

  private async write(batch: (context: Excel.RequestContext) => Promise<MarkOutcome>): Promise<MarkOutcome> {
    this.writing++;
    try {
      const outcome = await this.run(batch);
      this.lastOutcome = outcome;
      this.ownCells = new Set(outcome.touched);
      return outcome;
    } finally {
      this.writing--;
      this.quietUntil = this.now() + this.graceMs;
    }
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
