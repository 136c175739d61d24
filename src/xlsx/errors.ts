/**
 * Why a workbook file could not be read, Chinese first with English after.
 * Shared by the browser-safe reader (readGrid), the Node file reader and the CLI.
 */

export type FileReadErrorCode =
  | 'encrypted' // password to open (ECMA-376 encryption, BIFF FilePass, encrypted zip)
  | 'empty' // zero bytes
  | 'corrupt' // truncated or damaged container / workbook parts
  | 'not-excel' // not a spreadsheet container at all (PDF, text, CSV, HTML, Word, plain zip, a folder …)
  | 'too-large' // over the size limit, or the parser ran out of memory
  | 'not-found' // no such file (Node only)
  | 'unreadable'; // the file system refused (permissions, I/O error; Node only)

/**
 * Contract of every reader entry point (readWorkbookBytes, readWorkbookFile):
 * they return a WorkbookGrid or throw a FileReadError; nothing else escapes
 * for a bad file. A damaged package (CRC-32 mismatch, a part that does not
 * inflate, a truncated XML part, a part the workbook names but the zip lacks)
 * throws code 'corrupt' with `part` set; a part or package that inflates past
 * the caps throws 'too-large' (checked while inflating, before the data is
 * kept). A RangeError from the parser is mapped to 'too-large' too.
 */

export class FileReadError extends Error {
  /** `message` is `${messageZh} (${messageEn})`. */
  constructor(
    readonly code: FileReadErrorCode,
    readonly messageZh: string,
    readonly messageEn: string,
    /** The underlying parser or system error, for logs; never shown as the reason. */
    readonly detail?: string,
    /** The zip part the reason is about ('xl/worksheets/sheet1.xml'), when there is one. */
    readonly part?: string,
  ) {
    super(`${messageZh} (${messageEn})`);
    this.name = 'FileReadError';
  }
}

/** One thing a copy of the workbook would not carry over. */
export interface CopyLoss {
  /** The zip part concerned (or '' for the package as a whole). */
  part: string;
  whatZh: string;
  whatEn: string;
}

/**
 * A copy (fixed, annotated, with review sheet) that is not written, because
 * it would hold less than the input, or because the input's format cannot be
 * copied. Thrown before anything is written; `losses` lists what would be lost.
 */
export class CopyRefusedError extends Error {
  constructor(
    readonly code: 'would-lose' | 'unsupported-format' | 'unreadable-input',
    readonly messageZh: string,
    readonly messageEn: string,
    readonly losses: readonly CopyLoss[] = [],
  ) {
    super(`${messageZh} (${messageEn})`);
    this.name = 'CopyRefusedError';
  }
}

export function isCopyRefusedError(e: unknown): e is CopyRefusedError {
  return (
    e instanceof CopyRefusedError ||
    (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'CopyRefusedError')
  );
}

export const copyErrors = {
  wouldLose: (losses: readonly CopyLoss[]) =>
    new CopyRefusedError(
      'would-lose',
      `未生成副本：副本会丢失原文件的内容（${losses.map((l) => l.whatZh + (l.part ? `〔${l.part}〕` : '')).join('；')}）。原文件未改动；请在 Excel 中按检查结果手工修改。`,
      `No copy written: it would lose content the file has (${losses.map((l) => l.whatEn + (l.part ? ` [${l.part}]` : '')).join('; ')}). The file is unchanged; make the changes by hand in Excel from the report.`,
      losses,
    ),
  unsupportedFormat: (whatZh: string, whatEn: string) =>
    new CopyRefusedError(
      'unsupported-format',
      `未生成副本：无法为${whatZh}写出副本（只能修改 .xlsx / .xlsm 文件）。检查结果不受影响；如需副本，请在 Excel 或 WPS 中另存为 .xlsx 后再运行。`,
      `No copy written: copies cannot be written for ${whatEn} (only .xlsx / .xlsm files can be changed). The check results stand; to get a copy, save the file as .xlsx in Excel or WPS and run again.`,
    ),
};

export function isFileReadError(e: unknown): e is FileReadError {
  return (
    e instanceof FileReadError ||
    (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'FileReadError')
  );
}

const SAVE_AS_ZH = '请在 Excel 或 WPS 中打开，另存为 .xlsx 后再检查。';
const SAVE_AS_EN = 'Open it in Excel or WPS, save it as .xlsx, and check again.';

/** Builders for every reason, so the wording lives in one place. */
export const readErrors = {
  empty: () =>
    new FileReadError(
      'empty',
      '文件是空的（0 字节），可能没有保存完整或下载未完成。',
      'The file is empty (0 bytes); it may not have been saved or downloaded completely.',
    ),
  encrypted: (detail?: string) =>
    new FileReadError(
      'encrypted',
      '文件设有打开密码（已加密），无法读取。请在 Excel 中打开，在“文件 > 信息 > 保护工作簿 > 用密码进行加密”中清除密码并保存，再检查。',
      'The file is password-protected (encrypted) and cannot be read. Open it in Excel, clear the password under File > Info > Protect Workbook > Encrypt with Password, save, and check again.',
      detail,
    ),
  corrupt: (detail?: string) =>
    new FileReadError(
      'corrupt',
      '文件已损坏或不完整（可能下载或复制时中断），无法读取。请重新获取文件；如果 Excel 能打开它，请另存为 .xlsx 后再检查。',
      'The file is damaged or incomplete (a download or copy may have been cut off) and cannot be read. Get the file again; if Excel can open it, save it as .xlsx and check again.',
      detail,
    ),
  /** A damaged part of the package, named. */
  damagedPart: (part: string, whyZh: string, whyEn: string, detail?: string) =>
    new FileReadError(
      'corrupt',
      `文件已损坏：${part}${whyZh}。请重新获取文件；如果 Excel 能打开它，请另存为 .xlsx 后再检查。`,
      `The file is damaged: ${part} ${whyEn}. Get the file again; if Excel can open it, save it as .xlsx and check again.`,
      detail,
      part,
    ),
  /** A cell address Excel cannot have (beyond 1,048,576 rows × 16,384 columns). */
  cellOutOfRange: (sheet: string, address: string) =>
    new FileReadError(
      'corrupt',
      `文件已损坏：工作表“${sheet}”中有超出 Excel 范围（1048576 行 × 16384 列）的单元格地址 ${address}，Excel 不会写出这样的文件。请重新获取文件，或在 Excel 中打开后另存为 .xlsx 再检查。`,
      `The file is damaged: sheet "${sheet}" has a cell address beyond Excel's limits (1,048,576 rows × 16,384 columns), ${address}; Excel does not write such files. Get the file again, or open it in Excel, save it as .xlsx and check again.`,
      `cell ${address}`,
    ),
  /** A part (or the whole package) inflates past the cap: refused while inflating. */
  inflatesTooLarge: (part: string, limit: number, total = false) =>
    new FileReadError(
      'too-large',
      total
        ? `文件过大：解压后的内容超过 ${mb(limit)}（可能是“压缩炸弹”），已停止读取。请把绩效目标表复制到一个新工作簿后再检查。`
        : `文件过大：${part} 解压后超过 ${mb(limit)}（可能是“压缩炸弹”），已停止读取。请把绩效目标表复制到一个新工作簿后再检查。`,
      total
        ? `The file is too large: its contents inflate past ${mb(limit)} (possibly a zip bomb); reading stopped. Copy the performance target tables into a new workbook and check that.`
        : `The file is too large: ${part} inflates past ${mb(limit)} (possibly a zip bomb); reading stopped. Copy the performance target tables into a new workbook and check that.`,
      undefined,
      part,
    ),
  /** A part that inflates far more than any spreadsheet XML does (a zip bomb). */
  inflatesSuspiciously: (part: string, inflated: number, ratio: number) =>
    new FileReadError(
      'too-large',
      `文件过大：${part} 从很小的压缩数据解压为 ${mb(inflated)}（${Math.round(ratio)} 倍，可能是“压缩炸弹”），已停止读取。请把绩效目标表复制到一个新工作簿后再检查。`,
      `The file is too large: ${part} inflates from very little data to ${mb(inflated)} (${Math.round(ratio)} times; possibly a zip bomb); reading stopped. Copy the performance target tables into a new workbook and check that.`,
      undefined,
      part,
    ),
  tooLarge: (bytes: number, limit: number, detail?: string) =>
    new FileReadError(
      'too-large',
      `文件太大（${mb(bytes)}），超过可检查的上限 ${mb(limit)}。请把绩效目标表复制到一个新工作簿后再检查。`,
      `The file is too large (${mb(bytes)}); the limit is ${mb(limit)}. Copy the performance target tables into a new workbook and check that.`,
      detail,
    ),
  outOfMemory: (detail?: string) =>
    new FileReadError(
      'too-large',
      '文件内容太多，读取时内存不足。请把绩效目标表复制到一个新工作簿后再检查。',
      'The workbook holds too much data to read in memory. Copy the performance target tables into a new workbook and check that.',
      detail,
    ),
  /** `whatZh`/`whatEn` say what the file is instead ("PDF 文件" / "a PDF file"). */
  notExcel: (whatZh: string, whatEn: string, detail?: string) =>
    new FileReadError(
      'not-excel',
      `这不是 Excel 工作簿，而是${whatZh}。${SAVE_AS_ZH}`,
      `This is not an Excel workbook but ${whatEn}. ${SAVE_AS_EN}`,
      detail,
    ),
  csv: () =>
    new FileReadError(
      'not-excel',
      `不支持 CSV 文件：CSV 没有合并单元格和数字格式，无法可靠识别绩效目标表。${SAVE_AS_ZH}`,
      `CSV files are not supported: they carry no merged cells or number formats, so the tables cannot be read reliably. ${SAVE_AS_EN}`,
    ),
  directory: () =>
    new FileReadError('not-excel', '这是一个文件夹，不是文件。', 'This is a folder, not a file.'),
  notFound: (detail?: string) =>
    new FileReadError(
      'not-found',
      '找不到这个文件，请检查路径和文件名。',
      'No such file; check the path and the file name.',
      detail,
    ),
  unreadable: (detail?: string) =>
    new FileReadError(
      'unreadable',
      '无法打开这个文件（没有读取权限，或文件正被其他程序占用）。',
      'The file cannot be opened (no permission to read it, or another program holds it).',
      detail,
    ),
};

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
