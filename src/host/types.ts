/**
 * What the UI needs from wherever the workbook lives: the open Excel workbook
 * (Office.js adapter) or a file opened in the web page (file adapter). React
 * components talk to this interface only, never to Office.js.
 *
 * Besides reading and marking, a host may offer edits (each optional; the
 * pane shows a command only when its host has it):
 *
 * | capability        | Excel (ExcelHost)                 | web page (FileHost)                               |
 * | ----------------- | --------------------------------- | ------------------------------------------------- |
 * | insertTemplate    | a new worksheet in the workbook   | a NEW workbook to download, opened as the file    |
 * | insertIndicators  | rows in the grid at the selection | —                                                 |
 * | applyFixes        | the cells, undoable               | the working copy (downloaded once, when asked)    |
 * | undoFixes         | the fixed cells restored          | —  (the original file is never changed)           |
 * | writeReviewSheet  | a 审核结果 sheet in the workbook   | a copy with the 审核结果 sheet, to download        |
 */
import type { CheckResult } from '../core/check';
import type { Finding } from '../core/findings';
import type { FixEdit } from '../core/fixes/plan';
import type { WorkbookGrid } from '../core/grid';
import type { IgnoreEntry } from '../core/ignores';
import type { LibraryIndicator } from '../core/library/types';
import type { Profile } from '../core/profile';
import type { TemplateKind } from '../core/templates/types';

export type HostKind = 'excel' | 'web';

export interface HighlightResult {
  /** Cells marked. */
  marked: number;
  /** Sheets skipped (protected), with a reason the pane shows. */
  skipped: { sheet: string; reason: string }[];
}

/** A workbook file the web page hands to the browser as a download. */
export interface HostFile {
  name: string;
  data: Uint8Array;
}

/** Why something was not done, in both languages. */
export interface HostReason {
  reason: string;
  reasonEn: string;
}

export interface TemplateInsertResult {
  /** The new worksheet's name (made unique in the workbook). */
  sheet: string;
  /** Excel: features the running Excel lacks, left out. */
  skipped: ('validation' | 'pageLayout')[];
  /** Web page: the new workbook, to download. */
  file?: HostFile;
  /** Web page: the new workbook as a host, to open as the current file. */
  opened?: WorkbookHost;
}

export interface IndicatorsInsertResult {
  /** The sheet written. */
  sheet: string;
  /** Indicators written (into free rows of their 二级 or new rows). */
  written: number;
  /** Rows inserted into the sheet. */
  insertedRows: number;
  /** Library ids left out: no 二级 of theirs in the grid and none selected. */
  skipped: string[];
}

export interface FixResult {
  /** Edits written (Excel) or made in the copy (web page). */
  applied: FixEdit[];
  /** Edits not made, each with its reason (the cell changed since the check, a formula …). */
  refused: (HostReason & { edit: FixEdit })[];
  /** Excel: non-empty when nothing was written because a target sheet is protected. */
  blocked: (HostReason & { sheet: string })[];
  /** Excel: fixed cells undoFixes can restore now; null or absent when unknown. */
  undoable?: number | null;
  /** Web page: the fixed copy, to download (absent when nothing was applied). */
  file?: HostFile;
  /** Web page: the fixed copy as a host, to open as the current file (the original stays untouched). */
  opened?: WorkbookHost;
}

export interface UndoResult {
  /** Cells put back to their value before the fix. */
  restored: number;
  /** Fixed cells the user changed since: left as they are. */
  leftAlone: (HostReason & { sheet: string; cell: string })[];
  /** Non-empty when nothing was written because a sheet is protected. */
  blocked: (HostReason & { sheet: string })[];
  /** Fixed cells still restorable afterwards. */
  remaining: number;
}

export interface ReviewSheetResult {
  /** The review sheet's name (审核结果). */
  sheet: string;
  /** Findings listed. */
  rows: number;
  /** Excel: an older review sheet in the workbook was replaced. */
  replaced?: boolean;
  /** Web page: the copy with the review sheet, to download. */
  file?: HostFile;
}

/** Web page: a check of the file, with the grid it read (the sheet picture) and what it read. */
export interface CheckedFile {
  grid: WorkbookGrid;
  result: CheckResult;
  /** file: read again now; copy: the browser could not read the file again, so the bytes read at `readAt`; working: the working copy. */
  from: 'file' | 'copy' | 'working';
  readAt: Date;
}

export interface WorkbookHost {
  kind: HostKind;
  /** A name to show: the workbook's or the file's. */
  title(): string;
  /** Reads every sheet into the core's grid model. */
  read(): Promise<WorkbookGrid>;
  /**
   * Marks findings in their cells (fill per severity, message as note/comment); clears earlier marks first.
   * `onlyChanged` (the live check's re-mark): marks that would be written again as they are stay untouched.
   */
  highlight(findings: readonly Finding[], options?: { onlyChanged?: boolean }): Promise<HighlightResult>;
  /** Removes every mark, restoring the cells' own fills and notes exactly. */
  clear(): Promise<void>;
  /** Activates the sheet and selects the cell (no-op where there is no sheet view). */
  select(sheet: string, cell: string): Promise<void>;
  /** Web page only: an annotated copy of the file (values unchanged) to download. */
  annotatedCopy?(findings: readonly Finding[]): Promise<HostFile>;

  /** A blank template of `kind` for budget year `year` (see the table above). */
  insertTemplate?(kind: TemplateKind, year: number): Promise<TemplateInsertResult>;
  /** Excel only: library indicators into the indicator grid around the selected cell. Throws InsertIndicatorsError (zh/en) when there is nowhere to put them. */
  insertIndicators?(indicators: readonly LibraryIndicator[]): Promise<IndicatorsInsertResult>;
  /** Form-only fixes (core/fixes planFixes …); each edit is made only where the cell still holds `from`. */
  applyFixes?(edits: readonly FixEdit[]): Promise<FixResult>;
  /** Excel only: puts every fixed cell back as it was before the fix. */
  undoFixes?(): Promise<UndoResult>;
  /** Excel only: how many fixed cells undoFixes can restore (also after a reload). */
  undoableFixes?(): Promise<number>;
  /** The 审核结果 sheet listing the result's findings (see the table above). */
  writeReviewSheet?(result: CheckResult, options?: { lang?: 'zh' | 'en' }): Promise<ReviewSheetResult>;

  /** Web page: reads the file again and checks it off the page's thread (with progress). */
  checkFile?(
    profile?: Profile,
    progress?: (p: { stage: 'read' | 'check'; sheets?: number }) => void,
  ): Promise<CheckedFile>;
  /** Stores the ignore entries in the workbook (web page: in the working copy, core/ignores.ts format). */
  setIgnores?(entries: readonly IgnoreEntry[]): Promise<void>;
  /** Web page: the working copy (with ignores) to download, or null while unchanged. */
  workingCopy?(): HostFile | null;
  /**
   * Excel: calls `callback` with the cell the officer selects in the workbook
   * (the active cell of a range), so the pane can show its finding; resolves
   * to a function that removes the handler.
   */
  onSelectionChanged?(callback: (at: { sheet: string; cell: string }) => void): Promise<() => Promise<void>>;
}
