/**
 * What the UI needs from wherever the workbook lives: the open Excel workbook
 * (Office.js adapter) or a file opened in the web page (file adapter). React
 * components talk to this interface only, never to Office.js.
 */
import type { WorkbookGrid } from '../core/grid';
import type { Finding } from '../core/findings';

export type HostKind = 'excel' | 'web';

export interface HighlightResult {
  /** Cells marked. */
  marked: number;
  /** Sheets skipped (protected), with a reason the pane shows. */
  skipped: { sheet: string; reason: string }[];
}

export interface WorkbookHost {
  kind: HostKind;
  /** A name to show: the workbook's or the file's. */
  title(): string;
  /** Reads every sheet into the core's grid model. */
  read(): Promise<WorkbookGrid>;
  /** Marks findings in their cells (fill per severity, message as note/comment); clears earlier marks first. */
  highlight(findings: readonly Finding[]): Promise<HighlightResult>;
  /** Removes every mark, restoring the cells' own fills and notes exactly. */
  clear(): Promise<void>;
  /** Activates the sheet and selects the cell (no-op where there is no sheet view). */
  select(sheet: string, cell: string): Promise<void>;
  /** Web page only: an annotated copy of the file (values unchanged) to download. */
  annotatedCopy?(findings: readonly Finding[]): Promise<{ name: string; data: Uint8Array }>;
}
