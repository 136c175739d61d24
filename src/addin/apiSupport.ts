/**
 * Which optional Excel JavaScript API sets the running Excel offers.
 *
 * The manifest asks for ExcelApi 1.5 (see src/addin/README.md): used ranges as
 * null objects (1.4) and the custom XML part that keeps the cells' own fills
 * and notes for "清除标记" (1.5). Everything newer is used only when
 * `Office.context.requirements.isSetSupported` says it is there:
 *
 * | feature                              | set  | without it                                   |
 * | ------------------------------------ | ---- | -------------------------------------------- |
 * | fill pattern / tint (exact restore)  | 1.9  | colour only; "#FFFFFF" is taken as no fill   |
 * | worksheets.onChanged (all sheets)    | 1.9  | per-sheet onChanged (1.7), else no live mode |
 * | threaded comments (message fallback) | 1.10 | message shown in the pane only               |
 * | merged areas                         | 1.13 | grid marked `mergesUnknown`                  |
 * | notes (message in the cell)          | 1.18 | threaded comment, see above                  |
 */

export interface ExcelApiSupport {
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13). */
  merges: boolean;
  /** RangeFill.pattern, patternColor, tintAndShade (ExcelApi 1.9). */
  fillPattern: boolean;
  /** Worksheet.notes / Workbook.notes (ExcelApi 1.18). */
  notes: boolean;
  /** Workbook.comments, threaded comments (ExcelApi 1.10). */
  comments: boolean;
  /** WorksheetCollection.onChanged (ExcelApi 1.9). */
  collectionEvents: boolean;
  /** Worksheet.onChanged (ExcelApi 1.7). */
  sheetEvents: boolean;
}

export type IsSetSupported = (name: string, minVersion: string) => boolean;

/** Office's own check, or "nothing optional" outside Office (tests, the web page). */
export function officeIsSetSupported(name: string, minVersion: string): boolean {
  try {
    const office = (globalThis as { Office?: typeof Office }).Office;
    return !!office?.context?.requirements?.isSetSupported(name, minVersion);
  } catch {
    return false;
  }
}

export function detectApiSupport(isSetSupported: IsSetSupported = officeIsSetSupported): ExcelApiSupport {
  const excel = (v: string) => isSetSupported('ExcelApi', v);
  return {
    merges: excel('1.13'),
    fillPattern: excel('1.9'),
    notes: excel('1.18'),
    comments: excel('1.10'),
    collectionEvents: excel('1.9'),
    sheetEvents: excel('1.7'),
  };
}

/** Every optional feature on (what a current Microsoft 365 Excel offers). */
export const FULL_SUPPORT: ExcelApiSupport = {
  merges: true,
  fillPattern: true,
  notes: true,
  comments: true,
  collectionEvents: true,
  sheetEvents: true,
};
