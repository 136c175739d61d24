/**
 * The web page's WorkbookHost: a workbook file held in memory. Reading uses
 * SheetJS (src/xlsx/readGrid), the annotated copy ExcelJS (src/xlsx/annotate);
 * both load on demand (chunks of their own), so the page paints without them.
 * Nothing leaves the machine.
 */
import type { Finding } from '../core/findings';
import type { WorkbookGrid } from '../core/grid';
import type { HighlightResult, WorkbookHost } from '../host/types';

/** seed.xlsx → seed-标注.xlsx (a .xls becomes .xlsx: the copy is always written as xlsx). */
export function annotatedName(fileName: string): string {
  const base = fileName.replace(/\.(xlsx|xlsm|xls)$/i, '') || 'workbook';
  return `${base}-标注.xlsx`;
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

  async annotatedCopy(findings: readonly Finding[]): Promise<{ name: string; data: Uint8Array }> {
    // annotateCopy takes .xls too (rebuilt as .xlsx) and repairs what ExcelJS cannot load.
    const { annotateCopy } = await import(/* webpackChunkName: "annotate" */ '../xlsx/annotate');
    return { name: annotatedName(this.fileName), data: await annotateCopy(this.bytes, findings) };
  }
}
