/**
 * "生成审核结果": writes a sheet "审核结果" into the open workbook listing
 * every finding (core/report reviewRows): No., project code and name, sheet,
 * the cell as a hyperlink to it, severity (filled in the palette's colour),
 * rule, message in Chinese and in English. Formatted as an Excel table (filter
 * buttons, banded rows), title block above, header frozen, and print-ready:
 * landscape, columns that fit an A4 landscape page, the header row repeated on
 * every page, page numbers in the footer. An existing "审核结果" sheet is
 * replaced. No other sheet is written.
 *
 * Round trips: one read (sheets, and workbook protection where ExcelApi 1.7
 * can tell), then one write sync per `rowsPerSync` findings (default 2,000:
 * far below Excel on the web's 5 MB per request), so a normal check is
 * written in one sync.
 *
 * Optional API sets, feature-detected (the manifest requires 1.5 only):
 *  - 1.7: `Range.hyperlink`; without it the cell gets
 *    `=HYPERLINK("#'Sheet'!E12","E12")`, which every Excel follows; also
 *    `freezePanes` and the workbook-protection check;
 *  - 1.9: page layout (orientation, print titles, footer); without it the
 *    sheet prints with Excel's defaults.
 */
import type { CheckResult } from '../core/check';
import { countBySeverity, REVIEW_COLUMNS, reviewRows, reviewRowValues, sheetRef } from '../core/report/rows';
import { SEVERITY_FILLS } from '../core/palette';
import { officeIsSetSupported, type IsSetSupported } from './apiSupport';
import { textForExcel } from './applyFixes';
import type { ExcelRun } from './excelHost';

export const REVIEW_SHEET_NAME = '审核结果';
/** Rows above the table: title and summary; the table's header is on this row. */
export const HEADER_ROW = 3;
const LAST_COLUMN = String.fromCharCode(64 + REVIEW_COLUMNS.length); // 'I'

/** Column widths in points (sum ≈ 770 pt: one A4 landscape page wide at normal margins). */
const WIDTHS_PT = [30, 62, 100, 78, 42, 38, 108, 178, 134];

export interface ReviewSheetApi {
  /** Range.hyperlink, freezePanes, workbook protection (ExcelApi 1.7). */
  hyperlinks: boolean;
  /** Worksheet.pageLayout (ExcelApi 1.9). */
  pageLayout: boolean;
}

export function detectReviewSheetApi(isSetSupported: IsSetSupported = officeIsSetSupported): ReviewSheetApi {
  return { hyperlinks: isSetSupported('ExcelApi', '1.7'), pageLayout: isSetSupported('ExcelApi', '1.9') };
}

export interface ReviewSheetOptions {
  api?: ReviewSheetApi;
  /** Header and severity language (default zh); both messages are always listed. */
  lang?: 'zh' | 'en';
  sheetName?: string;
  generatedAt?: Date;
  /** The workbook's name, shown in the title. */
  source?: string;
  /** Findings written per sync (default 2,000). */
  rowsPerSync?: number;
}

export interface ReviewSheetOutcome {
  sheet: string;
  /** Findings listed. */
  rows: number;
  /** An older review sheet was replaced. */
  replaced: boolean;
}

export class ReviewSheetError extends Error {
  constructor(
    readonly messageZh: string,
    readonly messageEn: string,
    readonly cause?: unknown,
  ) {
    super(`${messageZh} / ${messageEn}`);
    this.name = 'ReviewSheetError';
  }
}

/** `=HYPERLINK("#'Sheet'!E12","E12")`: the link for Excel without Range.hyperlink. */
export function hyperlinkFormula(sheet: string, cell: string): string {
  const target = `#${sheetRef(sheet, cell)}`.replace(/"/g, '""');
  return `=HYPERLINK("${target}","${cell.replace(/"/g, '""')}")`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function stamp(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function titles(result: CheckResult, lang: 'zh' | 'en', when: Date, source?: string): [string, string] {
  const c = countBySeverity(result.findings);
  const n = result.findings.length;
  return lang === 'en'
    ? [
        `KPI Sheet Checker review${source ? `: ${source}` : ''}`,
        `${result.tables.length} tables, ${n} findings (errors ${c.error}, warnings ${c.warning}, info ${c.info}); generated ${stamp(when)}.`,
      ]
    : [
        `绩效目标表审核结果${source ? `：${source}` : ''}`,
        `共 ${result.tables.length} 张表、${n} 条问题（错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}）；生成时间 ${stamp(when)}。`,
      ];
}

function isProtectionError(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code ?? '';
  return /AccessDenied|InvalidOperation|ProtectedWorkbook/i.test(code);
}

/** Writes (or replaces) the review sheet; `context` is the request context of an Excel.run batch. */
export async function writeReviewSheet(
  context: Excel.RequestContext,
  result: CheckResult,
  options: ReviewSheetOptions = {},
): Promise<ReviewSheetOutcome> {
  const api = options.api ?? detectReviewSheetApi();
  const lang = options.lang ?? 'zh';
  const name = options.sheetName ?? REVIEW_SHEET_NAME;
  const perSync = Math.max(1, options.rowsPerSync ?? 2000);
  const wb = context.workbook;

  // Read: sheets (is there an older review sheet?) and, where the API can tell, workbook structure protection.
  const sheets = wb.worksheets;
  sheets.load('items/name');
  const protection = api.hyperlinks ? wb.protection : null;
  protection?.load('protected');
  await context.sync();
  if (protection?.protected) {
    throw new ReviewSheetError(
      '工作簿结构受保护，无法添加“审核结果”工作表；请撤消工作簿保护后重试。',
      'The workbook structure is protected, so the review sheet cannot be added; unprotect the workbook and try again.',
    );
  }
  const old = sheets.items.find((s) => s.name.toLowerCase() === name.toLowerCase());

  const rows = reviewRows(result);
  const data: (string | number)[][] =
    rows.length > 0
      ? rows.map((r) => reviewRowValues(r, lang))
      : [
          REVIEW_COLUMNS.map((c) =>
            c.key === 'message' ? '未发现问题。' : c.key === 'messageEn' ? 'No findings.' : '',
          ),
        ];
  const lastRow = HEADER_ROW + data.length;
  const cellCol = String.fromCharCode(65 + REVIEW_COLUMNS.findIndex((c) => c.key === 'cell'));
  const sevCol = String.fromCharCode(65 + REVIEW_COLUMNS.findIndex((c) => c.key === 'severity'));
  const asCell = (v: string | number) => (typeof v === 'number' ? v : textForExcel(v));

  try {
    // Write 1: the sheet, title, header, table and formats, and the first block of rows.
    old?.delete();
    const ws = wb.worksheets.add(name);
    const [title, subtitle] = titles(result, lang, options.generatedAt ?? new Date(), options.source);
    const a1 = ws.getRange('A1');
    a1.values = [[textForExcel(title)]];
    a1.format.font.bold = true;
    a1.format.font.size = 14;
    const a2 = ws.getRange('A2');
    a2.values = [[textForExcel(subtitle)]];
    a2.format.font.color = '#595959';
    ws.getRange(`A${HEADER_ROW}:${LAST_COLUMN}${HEADER_ROW}`).values = [REVIEW_COLUMNS.map((c) => c[lang])];
    WIDTHS_PT.forEach((w, i) => {
      const col = String.fromCharCode(65 + i);
      ws.getRange(`${col}:${col}`).format.columnWidth = w;
    });
    const body = ws.getRange(`A${HEADER_ROW + 1}:${LAST_COLUMN}${lastRow}`);
    body.format.verticalAlignment = 'Top';
    ws.getRange(`C${HEADER_ROW + 1}:C${lastRow}`).format.wrapText = true;
    ws.getRange(`H${HEADER_ROW + 1}:${LAST_COLUMN}${lastRow}`).format.wrapText = true;

    for (let start = 0; start < data.length; start += perSync) {
      const end = Math.min(data.length, start + perSync);
      const top = HEADER_ROW + 1 + start;
      ws.getRange(`A${top}:${LAST_COLUMN}${HEADER_ROW + end}`).values = data
        .slice(start, end)
        .map((row) => row.map(asCell));
      for (let i = start; i < end && i < rows.length; i++) {
        const r = rows[i];
        const at = HEADER_ROW + 1 + i;
        const link = ws.getRange(`${cellCol}${at}`);
        if (api.hyperlinks) {
          link.hyperlink = {
            documentReference: sheetRef(r.sheet, r.cell),
            textToDisplay: r.cell,
            screenTip: `${r.sheet}!${r.cell}`,
          };
        } else {
          link.formulas = [[hyperlinkFormula(r.sheet, r.cell)]];
        }
        ws.getRange(`${sevCol}${at}`).format.fill.color = SEVERITY_FILLS[r.severity].hex;
      }
      if (start === 0) {
        const table = ws.tables.add(`A${HEADER_ROW}:${LAST_COLUMN}${lastRow}`, true);
        table.style = 'TableStyleMedium2';
        if (api.hyperlinks) ws.freezePanes.freezeRows(HEADER_ROW);
        if (api.pageLayout) {
          ws.pageLayout.orientation = 'Landscape';
          ws.pageLayout.centerHorizontally = true;
          ws.pageLayout.setPrintTitleRows(`$${HEADER_ROW}:$${HEADER_ROW}`);
          ws.pageLayout.headersFooters.defaultForAllPages.centerFooter =
            lang === 'zh' ? '第 &P 页，共 &N 页' : 'Page &P of &N';
        }
        ws.activate();
      }
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of perSync rows, by design
      await context.sync();
    }
  } catch (err) {
    if (err instanceof ReviewSheetError) throw err;
    const why = err instanceof Error ? err.message : String(err);
    if (isProtectionError(err)) {
      throw new ReviewSheetError(
        `无法写入“${name}”工作表（工作簿可能受保护）：${why}`,
        `Could not write the "${name}" sheet (is the workbook protected?): ${why}`,
        err,
      );
    }
    throw new ReviewSheetError(
      `生成“${name}”工作表失败：${why}`,
      `Could not write the "${name}" sheet: ${why}`,
      err,
    );
  }
  return { sheet: name, rows: rows.length, replaced: !!old };
}

/** The pane's handle: writes the review sheet in its own Excel.run batch. */
export function reviewSheetCommand(run: ExcelRun, options: ReviewSheetOptions = {}) {
  return (result: CheckResult, more: ReviewSheetOptions = {}) =>
    run((context) => writeReviewSheet(context, result, { ...options, ...more }));
}
