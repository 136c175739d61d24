/** Fixture paths and generated bad files for the file adapter and CLI tests. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as XLSX from '@e965/xlsx';

export const FIXTURES = path.join(__dirname, '../../../shared/fixtures');
export const SEED = path.join(FIXTURES, 'seed-projects-2023.xlsx');
export const THIRD_PARTY = path.join(FIXTURES, 'third-party');
export const OPENPYXL = path.join(THIRD_PARTY, 'seed-saved-by-openpyxl-with-comment.xlsx');
export const XLS = path.join(THIRD_PARTY, 'seed-saved-as-xls-97.xls');
export const LIBREOFFICE = path.join(THIRD_PARTY, 'seed-saved-by-libreoffice.xlsx');

/** Every file under shared/fixtures, third-party included. */
export function allFixtures(dir = FIXTURES): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? allFixtures(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `kpicheck-${prefix}-`));
}

/** An OLE2/CFB container holding the streams an ECMA-376 encrypted workbook has. */
export function encryptedWorkbookBytes(): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  // EncryptionInfo version 4.4 (agile) header followed by a stub XML descriptor.
  const info = Buffer.concat([
    Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]),
    Buffer.from('<?xml version="1.0"?><encryption/>'),
  ]);
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', info);
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(4096, 7));
  return new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
}

/** A container holding only an EncryptionInfo stream (as the issue describes). */
export function encryptionInfoOnlyBytes(): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  return new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
}

/** A zip holding a Word document part only. */
export function docxLikeBytes(): Uint8Array {
  const zip = XLSX.CFB.utils.cfb_new({ fileType: 'zip' });
  XLSX.CFB.utils.cfb_add(zip, '[Content_Types].xml', Buffer.from('<Types/>'));
  XLSX.CFB.utils.cfb_add(zip, 'word/document.xml', Buffer.from('<w:document/>'));
  return new Uint8Array(XLSX.CFB.write(zip, { fileType: 'zip', type: 'buffer' }) as Buffer);
}

export interface BadFile {
  name: string;
  bytes: Uint8Array;
  code: string;
}

export function badFiles(): BadFile[] {
  const seed = fs.readFileSync(SEED);
  const xls = fs.readFileSync(XLS);
  return [
    { name: 'empty.xlsx', bytes: new Uint8Array(0), code: 'empty' },
    { name: 'truncated-100.xlsx', bytes: seed.subarray(0, 100), code: 'corrupt' },
    { name: 'truncated-half.xlsx', bytes: seed.subarray(0, Math.floor(seed.length / 2)), code: 'corrupt' },
    { name: 'truncated.xls', bytes: xls.subarray(0, 3000), code: 'corrupt' },
    {
      name: 'text-renamed.xlsx',
      bytes: Buffer.from('项目编码,102001001\n预算项目名称,一般债券到期还本\n'),
      code: 'not-excel',
    },
    {
      name: 'pdf-renamed.xlsx',
      bytes: Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n'),
      code: 'not-excel',
    },
    {
      name: 'page.xls',
      bytes: Buffer.from('<html><body><table><tr><td>项目编码</td></tr></table></body></html>'),
      code: 'not-excel',
    },
    { name: 'table.csv', bytes: Buffer.from('项目编码,102001001\n'), code: 'not-excel' },
    { name: 'word.xlsx', bytes: docxLikeBytes(), code: 'not-excel' },
    { name: 'encrypted.xlsx', bytes: encryptedWorkbookBytes(), code: 'encrypted' },
    { name: 'encryption-info.xlsx', bytes: encryptionInfoOnlyBytes(), code: 'encrypted' },
  ];
}

export function writeBadFiles(dir: string): (BadFile & { path: string })[] {
  return badFiles().map((f) => {
    const p = path.join(dir, f.name);
    fs.writeFileSync(p, f.bytes);
    return { ...f, path: p };
  });
}
