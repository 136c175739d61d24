/**
 * The web page's WorkbookHost: a workbook file held in memory. Reading uses
 * SheetJS (src/xlsx/readGrid), the copies ExcelJS (src/xlsx/annotate,
 * writeFixed, writeReviewSheet, writeTemplate); each loads on demand (chunks
 * of their own), so the page paints without them. Nothing leaves the machine,
 * and the file's own bytes are never changed: every edit is a new file to
 * download (a fixed copy, a copy with the review sheet, a new workbook from a
 * template), which the pane may open as the current file.
 */
import type { CheckResult } from '../core/check';
import type { Finding } from '../core/findings';
import type { FixEdit } from '../core/fixes/plan';
import type { WorkbookGrid } from '../core/grid';
import type { TemplateKind } from '../core/templates/types';
import type {
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

/** A new workbook from a template: 绩效目标表模板-project-2015-2025.xlsx. */
export function templateFileName(kind: TemplateKind, year: number): string {
  return `绩效目标表模板-${kind}-${year}.xlsx`;
}

export class FileHost implements WorkbookHost {
  readonly kind = 'web' as const;

  constructor(
    private readonly fileName: string,
    private readonly bytes: Uint8Array,
  ) {}

  static async fromFile(file: Blob & { name: string }): Promise<FileHost> {
    return new FileHost(file.name, new Uint8Array(await file.arrayBuffer()));
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
    return readWorkbookBytes(this.bytes, this.fileName);
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
    return { name: annotatedName(this.fileName), data: await annotateCopy(this.bytes, findings) };
  }

  /** A template is a new workbook here: the open file is not changed. */
  insertTemplate(kind: TemplateKind, year: number): Promise<TemplateInsertResult> {
    return FileHost.newFromTemplate(kind, year);
  }

  /** A copy with the edits made (writeFixed.ts); the file's own bytes stay as they are. */
  async applyFixes(edits: readonly FixEdit[]): Promise<FixResult> {
    const { writeFixedCopy } = await import(/* webpackChunkName: "write-fixed" */ '../xlsx/writeFixed');
    const out = await writeFixedCopy(this.bytes, edits);
    const result: FixResult = { applied: out.applied, refused: out.refused, blocked: [] };
    if (out.applied.length > 0) {
      const name = fixedName(this.fileName);
      result.file = { name, data: out.data };
      result.opened = new FileHost(name, out.data);
    }
    return result;
  }

  /** A copy with the 审核结果 sheet added (writeReviewSheet.ts), to download. */
  async writeReviewSheet(
    result: CheckResult,
    options: { lang?: 'zh' | 'en' } = {},
  ): Promise<ReviewSheetResult> {
    const { writeReviewSheetCopy, REVIEW_SHEET_NAME } = await import(
      /* webpackChunkName: "write-review" */ '../xlsx/writeReviewSheet'
    );
    const out = await writeReviewSheetCopy(this.bytes, result, { lang: options.lang, source: this.fileName });
    return {
      sheet: REVIEW_SHEET_NAME,
      rows: out.rows,
      file: { name: reviewName(this.fileName), data: out.data },
    };
  }
}
