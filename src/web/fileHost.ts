/**
 * The web page's WorkbookHost: a workbook file held in memory. Reading uses
 * SheetJS (src/xlsx/readGrid), the copies ExcelJS (src/xlsx/annotate,
 * writeFixed, writeReviewSheet, writeTemplate); each loads on demand (chunks
 * of their own), so the page paints without them. Nothing leaves the machine,
 * and the file's own bytes are never changed: every edit is a new file to
 * download (a fixed copy, a copy with the review sheet, a new workbook from a
 * template), which the pane may open as the current file.
 *
 * Checking: checkFile reads the file again from disk each time (a File the
 * browser still holds), so 检查 sees the file as it is now. When the browser
 * can no longer read it (changed or moved since it was opened), the check runs
 * on the copy read when it was opened, and the result says so. Reading and
 * checking run in a Web Worker in the page (workerChecker.ts), in the same
 * thread elsewhere.
 *
 * Fixes and ignored findings (core/ignores.ts: the entries in a hidden
 * kpicheck_ignores sheet) go into one working copy held here; the page
 * downloads that copy once, when the user asks.
 */
import type { CheckResult } from '../core/check';
import type { IgnoreEntry } from '../core/ignores';
import type { Profile } from '../core/profile';
import type { CheckJobResult, CheckProgress } from './jobMessages';
import type { Finding } from '../core/findings';
import type { FixEdit } from '../core/fixes/plan';
import type { WorkbookGrid } from '../core/grid';
import type { TemplateKind } from '../core/templates/types';
import type {
  CheckedFile,
  FixResult,
  HighlightResult,
  HostFile,
  ReviewSheetResult,
  TemplateInsertResult,
  WorkbookHost,
} from '../host/types';

/** The file's name without its workbook extension ("workbook" when nothing is left). */
function baseName(fileName: string): string {
  return fileName.replace(/\.(xlsx|xlsm|xls)$/i, '') || 'workbook';
}

/** seed.xlsx → seed-标注.xlsx (a .xls becomes .xlsx: the copy is always written as xlsx). */
export function annotatedName(fileName: string): string {
  return `${baseName(fileName)}-标注.xlsx`;
}

/** seed.xlsx → seed-修正.xlsx; a fixed copy fixed again keeps its name. */
export function fixedName(fileName: string): string {
  return `${baseName(fileName).replace(/-修正$/, '')}-修正.xlsx`;
}

/** seed.xlsx → seed-审核结果.xlsx. */
export function reviewName(fileName: string): string {
  return `${baseName(fileName)}-审核结果.xlsx`;
}

/** seed.xlsx → seed-已审.xlsx: the working copy with the ignored findings. */
export function workingName(fileName: string): string {
  return `${baseName(fileName).replace(/-已审$/, '')}-已审.xlsx`;
}

/** A new workbook from a template: 绩效目标表模板-project-2015-2025.xlsx. */
export function templateFileName(kind: TemplateKind, year: number): string {
  return `绩效目标表模板-${kind}-${year}.xlsx`;
}

/** Reads and checks workbook bytes: in a Web Worker in the page, in the same thread in the tests. */
export type CheckRunner = (
  bytes: Uint8Array,
  fileName: string,
  profile?: Profile,
  progress?: (p: CheckProgress) => void,
) => Promise<CheckJobResult>;

const inThread: CheckRunner = async (bytes, name, profile, progress) => {
  const { runCheckJob } = await import(/* webpackChunkName: "check-job" */ './checkJob');
  return runCheckJob(bytes, name, profile, progress);
};

export interface FileHostOptions {
  /** The file on disk as the browser holds it: read again at each check. */
  source?: Blob;
  checker?: CheckRunner;
}

export class FileHost implements WorkbookHost {
  readonly kind = 'web' as const;
  /** When the bytes held were read. */
  private readAt = new Date();
  /** The working copy: set once the user ignored a finding (the file's bytes stay as they were). */
  private working: Uint8Array | null = null;

  constructor(
    private readonly fileName: string,
    private bytes: Uint8Array,
    private readonly options: FileHostOptions = {},
  ) {}

  static async fromFile(file: Blob & { name: string }, checker?: CheckRunner): Promise<FileHost> {
    return new FileHost(file.name, new Uint8Array(await file.arrayBuffer()), { source: file, checker });
  }

  /** A new workbook holding one blank template sheet, to download; `opened` is a host over it. */
  static async newFromTemplate(kind: TemplateKind, year: number): Promise<TemplateInsertResult> {
    const [{ layoutTemplate }, { writeTemplateBuffer }] = await Promise.all([
      import(/* webpackChunkName: "write-template" */ '../core/templates/layout'),
      import(/* webpackChunkName: "write-template" */ '../xlsx/writeTemplate'),
    ]);
    const sheet = layoutTemplate(kind, { year });
    const data = await writeTemplateBuffer(sheet);
    const name = templateFileName(kind, year);
    return { sheet: sheet.name, skipped: [], file: { name, data }, opened: new FileHost(name, data) };
  }

  title(): string {
    return this.fileName;
  }

  async read(): Promise<WorkbookGrid> {
    const { readWorkbookBytes } = await import(/* webpackChunkName: "read-grid" */ '../xlsx/readGrid');
    return readWorkbookBytes(this.current(), this.fileName);
  }

  /** The bytes a check or a copy starts from: the working copy once there is one. */
  private current(): Uint8Array {
    return this.working ?? this.bytes;
  }

  /**
   * Reads the file again (unless a working copy holds changes) and checks it off the
   * page's thread. `from` says what was checked: the file as it is now, the copy
   * read at `readAt` (the browser could not read the file again), or the working copy.
   */
  async checkFile(profile?: Profile, progress?: (p: CheckProgress) => void): Promise<CheckedFile> {
    let from: CheckedFile['from'] = 'file';
    if (this.working) from = 'working';
    else if (this.options.source) {
      try {
        this.bytes = new Uint8Array(await this.options.source.arrayBuffer());
        this.readAt = new Date();
      } catch {
        from = 'copy'; // changed, moved or deleted since it was opened: the browser refuses to read it
      }
    }
    const run = this.options.checker ?? inThread;
    const { grid, result } = await run(this.current(), this.fileName, profile, progress);
    return { grid, result, from, readAt: this.readAt };
  }

  /** Web page: the working copy with these ignore entries (replacing the stored ones). */
  async setIgnores(entries: readonly IgnoreEntry[]): Promise<void> {
    const { writeIgnoreSheet } = await import(/* webpackChunkName: "write-ignores" */ './writeIgnores');
    this.working = await writeIgnoreSheet(this.current(), entries);
  }

  /** The working copy to download, or null while nothing was changed. */
  workingCopy(): HostFile | null {
    return this.working ? { name: workingName(this.fileName), data: this.working } : null;
  }

  /** There are no cells on screen to mark in the web page: the annotated copy carries the marks. */
  async highlight(_findings: readonly Finding[]): Promise<HighlightResult> {
    return { marked: 0, skipped: [] };
  }

  async clear(): Promise<void> {}

  /** No sheet view in the web page; the pane shows the cell address with the finding. */
  async select(_sheet: string, _cell: string): Promise<void> {}

  async annotatedCopy(findings: readonly Finding[]): Promise<HostFile> {
    // annotateCopy takes .xls too (rebuilt as .xlsx) and repairs what ExcelJS cannot load.
    const { annotateCopy } = await import(/* webpackChunkName: "annotate" */ '../xlsx/annotate');
    return { name: annotatedName(this.fileName), data: await annotateCopy(this.current(), findings) };
  }

  /** A template is a new workbook here: the open file is not changed. */
  insertTemplate(kind: TemplateKind, year: number): Promise<TemplateInsertResult> {
    return FileHost.newFromTemplate(kind, year);
  }

  /**
   * The edits made in the working copy (writeFixed.ts), the one copy the page
   * downloads when asked; the file's own bytes stay as they are.
   */
  async applyFixes(edits: readonly FixEdit[]): Promise<FixResult> {
    const { writeFixedCopy } = await import(/* webpackChunkName: "write-fixed" */ '../xlsx/writeFixed');
    const out = await writeFixedCopy(this.current(), edits);
    if (out.applied.length > 0) this.working = out.data;
    return { applied: out.applied, refused: out.refused, blocked: [] };
  }

  /** A copy with the 审核结果 sheet added (writeReviewSheet.ts), to download. */
  async writeReviewSheet(
    result: CheckResult,
    options: { lang?: 'zh' | 'en' } = {},
  ): Promise<ReviewSheetResult> {
    const { writeReviewSheetCopy, REVIEW_SHEET_NAME } = await import(
      /* webpackChunkName: "write-review" */ '../xlsx/writeReviewSheet'
    );
    const out = await writeReviewSheetCopy(this.current(), result, {
      lang: options.lang,
      source: this.fileName,
    });
    return {
      sheet: REVIEW_SHEET_NAME,
      rows: out.rows,
      file: { name: reviewName(this.fileName), data: out.data },
    };
  }
}
