/**
 * Looks at a file's bytes before SheetJS does: which container it is (ZIP or
 * OLE2/CFB), and for ZIP whether its directory is whole. SheetJS parses
 * anything (CSV, a PDF as text) and can loop forever on a ZIP whose central
 * directory is missing, so nothing reaches it that is not a sound container.
 * Browser-safe: no Node imports.
 */
import { FileReadError, readErrors } from './errors';
import { endOfCentralDirectory } from './zipParts';

export type Container = 'zip' | 'cfb';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(b: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (b.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[at + i] !== sig[i]) return false;
  return true;
}

function ascii(b: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < Math.min(to, b.length); i++) s += String.fromCharCode(b[i]);
  return s;
}

/**
 * The container of `bytes`, or a FileReadError ('not-excel') saying what the
 * file looks like instead.
 */
export function sniffContainer(bytes: Uint8Array, ext: string): Container {
  if (ext === '.csv') throw readErrors.csv();
  if (startsWith(bytes, CFB_MAGIC)) return 'cfb';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes.length >= 4 && bytes[2] < 9 && bytes[3] < 9)
    return 'zip';
  throw describeNonContainer(bytes);
}

function describeNonContainer(b: Uint8Array): FileReadError {
  const head = ascii(b, 0, 8);
  if (head.startsWith('%PDF')) return readErrors.notExcel('PDF 文件', 'a PDF file');
  if (
    startsWith(b, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(b, [0xff, 0xd8, 0xff]) ||
    head.startsWith('GIF8') ||
    head.startsWith('BM')
  )
    return readErrors.notExcel('图片', 'an image');
  if (head.startsWith('Rar!') || startsWith(b, [0x37, 0x7a, 0xbc, 0xaf]) || startsWith(b, [0x1f, 0x8b]))
    return readErrors.notExcel('压缩包（rar/7z/gz）', 'a compressed archive (rar/7z/gz)');
  if (startsWith(b, [0x09, 0x08]) || startsWith(b, [0x09, 0x02]) || startsWith(b, [0x09, 0x04]))
    return readErrors.notExcel('早期版本（Excel 2–4）的工作表', 'an early (Excel 2–4) worksheet');
  // Text-like: skip a BOM and white space, then look at the first tag.
  let text: string;
  if (b[0] === 0xff && b[1] === 0xfe) text = utf16le(b.subarray(2, 4098));
  else text = ascii(b, b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0, 4096);
  const t = text.trimStart().toLowerCase();
  if (t.startsWith('<')) {
    if (t.includes('urn:schemas-microsoft-com:office:spreadsheet'))
      return readErrors.notExcel('XML 电子表格 2003 格式的文件', 'an XML Spreadsheet 2003 file');
    if (/<(html|table|!doctype html|meta|head|body)\b/.test(t))
      return readErrors.notExcel(
        '网页（HTML）文件，只是扩展名像 Excel',
        'a web page (HTML) with an Excel-like extension',
      );
    return readErrors.notExcel('XML 或网页文件', 'an XML or web page file');
  }
  if (t.startsWith('{\\rtf')) return readErrors.notExcel('RTF 文档', 'an RTF document');
  let binary = false;
  for (let i = 0; i < Math.min(b.length, 4096); i++) if (b[i] === 0) binary = true;
  if (!binary) return readErrors.notExcel('纯文本文件', 'a plain text file');
  return readErrors.notExcel('无法识别格式的文件', 'a file of an unknown format');
}

function utf16le(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i + 1 < b.length; i += 2) s += String.fromCharCode(b[i] | (b[i + 1] << 8));
  return s;
}

const u16 = (b: Uint8Array, p: number) => b[p] | (b[p + 1] << 8);
const u32 = (b: Uint8Array, p: number) => (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16)) + b[p + 3] * 0x1000000;

/**
 * Checks a ZIP's directory (end record, central directory, local headers) and
 * that it holds a spreadsheet. Throws 'corrupt' for a truncated or damaged
 * directory, 'encrypted' for an encrypted zip, 'not-excel' for a zip that is
 * a Word/PowerPoint document or no office document at all.
 */
export function inspectZip(b: Uint8Array): void {
  const eocd = endOfCentralDirectory(b);
  const entries = u16(b, eocd + 10);
  const cdSize = u32(b, eocd + 12);
  const cdOff = u32(b, eocd + 16);
  if (entries === 0xffff || cdOff === 0xffffffff || cdSize === 0xffffffff) return; // ZIP64: leave it to the parser
  if (cdOff + cdSize > eocd) throw readErrors.corrupt('zip: central directory beyond its end record');
  if (entries === 0) throw readErrors.notExcel('空的压缩包', 'an empty zip archive');
  const names: string[] = [];
  let p = cdOff;
  for (let k = 0; k < entries; k++) {
    if (p + 46 > eocd || u32(b, p) !== 0x02014b50)
      throw readErrors.corrupt(`zip: bad central directory entry ${k}`);
    const flags = u16(b, p + 8);
    const csize = u32(b, p + 20);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    const local = u32(b, p + 42);
    const name = ascii(b, p + 46, p + 46 + nameLen);
    if (flags & 0x1) throw readErrors.encrypted('zip: encrypted entry ' + name);
    if (local !== 0xffffffff && csize !== 0xffffffff) {
      if (local + 30 > cdOff || u32(b, local) !== 0x04034b50)
        throw readErrors.corrupt(`zip: bad local header for ${name}`);
      const dataEnd = local + 30 + u16(b, local + 26) + u16(b, local + 28) + csize;
      if (dataEnd > cdOff) throw readErrors.corrupt(`zip: data of ${name} runs past the directory`);
    }
    names.push(name.toLowerCase());
    p += 46 + nameLen + extraLen + commentLen;
  }
  if (names.some((x) => x.startsWith('xl/'))) return; // .xlsx .xlsm .xlsb
  if (names.includes('content.xml') && names.includes('mimetype')) {
    // OpenDocument: an uncompressed `mimetype` entry usually comes first and names the kind.
    const head = ascii(b, 0, 200);
    if (/opendocument\.(text|presentation|graphics)/.test(head))
      throw readErrors.notExcel(
        'OpenDocument 文档（不是表格）',
        'an OpenDocument file that is not a spreadsheet',
      );
    return; // .ods (SheetJS reads it)
  }
  if (names.some((x) => x.startsWith('word/'))) throw readErrors.notExcel('Word 文档', 'a Word document');
  if (names.some((x) => x.startsWith('ppt/')))
    throw readErrors.notExcel('PowerPoint 演示文稿', 'a PowerPoint presentation');
  throw readErrors.notExcel('普通压缩包（zip），里面没有工作簿', 'a zip archive with no workbook inside');
}
