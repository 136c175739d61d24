/**
 * The parts of a zip package, read with limits: each part's declared size is
 * checked before inflating, the actual size while inflating (streamed, with
 * fflate, so a zip bomb stops at the cap without being held in memory), its
 * CRC-32 when done. Every part is verified, also the ones nobody reads (an
 * image), so a one-bit flip anywhere is damage. Browser-safe: no Node imports.
 */
import type { Inflate } from 'fflate';
import { readErrors } from './errors';

/** Largest inflated size of one part (bytes). A 20 MB workbook's biggest sheet XML is ~150 MB. */
export const MAX_PART_BYTES = 256 * 1024 * 1024;
/** Largest inflated size of all parts together (bytes). */
export const MAX_TOTAL_BYTES = 512 * 1024 * 1024;
/**
 * Parts bigger than this must not inflate more than MAX_RATIO times: sheet XML
 * compresses 10–50 times, a zip bomb a thousand times, and parsing it would
 * cost several times its inflated size in memory.
 */
export const RATIO_FLOOR_BYTES = 16 * 1024 * 1024;
export const MAX_RATIO = 200;

export interface ZipLimits {
  maxPartBytes?: number;
  maxTotalBytes?: number;
}

export interface ZipEntry {
  /** Name as stored (case kept). */
  name: string;
  flags: number;
  method: number;
  crc: number;
  csize: number;
  usize: number;
  /** Offset of the local header. */
  local: number;
  /** Offset of the compressed data. */
  data: number;
}

const u16 = (b: Uint8Array, p: number) => b[p] | (b[p + 1] << 8);
const u32 = (b: Uint8Array, p: number) => (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16)) + b[p + 3] * 0x1000000;

function utf8(b: Uint8Array, from: number, to: number): string {
  return new TextDecoder('utf-8').decode(b.subarray(from, to));
}

/** Where the zip's end-of-central-directory record starts. Throws a 'corrupt' FileReadError when there is none. */
export function endOfCentralDirectory(b: Uint8Array): number {
  const n = b.length;
  let eocd = -1;
  for (let i = n - 22; i >= 0 && i >= n - 22 - 0xffff; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw readErrors.corrupt('zip: no end of central directory (truncated?)');
  return eocd;
}

/** The entries of the central directory, with their data offsets. Throws 'corrupt' FileReadErrors. */
export function zipEntries(b: Uint8Array): ZipEntry[] {
  const n = b.length;
  const eocd = endOfCentralDirectory(b);
  const count = u16(b, eocd + 10);
  const cdSize = u32(b, eocd + 12);
  const cdOff = u32(b, eocd + 16);
  if (count === 0xffff || cdOff === 0xffffffff || cdSize === 0xffffffff)
    throw readErrors.tooLarge(n, 0xffffffff, 'zip64 package');
  if (cdOff + cdSize > eocd) throw readErrors.corrupt('zip: central directory beyond its end record');
  const out: ZipEntry[] = [];
  let p = cdOff;
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || u32(b, p) !== 0x02014b50)
      throw readErrors.corrupt(`zip: bad central directory entry ${k}`);
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    const crc = u32(b, p + 16);
    const csize = u32(b, p + 20);
    const usize = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    const local = u32(b, p + 42);
    const name = utf8(b, p + 46, p + 46 + nameLen);
    if (local + 30 > cdOff || u32(b, local) !== 0x04034b50)
      throw readErrors.damagedPart(
        name,
        ' 的本地文件头无效',
        'has a bad local header',
        'zip: bad local header',
      );
    const data = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    if (data + csize > cdOff)
      throw readErrors.damagedPart(
        name,
        ' 的数据超出了文件范围',
        'runs past the end of the file',
        'zip: data past directory',
      );
    out.push({ name, flags, method, crc, csize, usize, local, data });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

let CRC_TABLE: Int32Array | undefined;
function crcTable(): Int32Array {
  if (CRC_TABLE) return CRC_TABLE;
  const t = new Int32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[i] = c;
  }
  return (CRC_TABLE = t);
}

/**
 * A platform's native raw inflate and CRC-32 (Node's zlib), used instead of the
 * portable ones when set: several times faster on a big workbook. `inflate` must
 * stop with an error once its output would pass `maxOut` bytes.
 */
export interface NativeZip {
  inflateRaw(data: Uint8Array, maxOut: number): Uint8Array;
  crc32?(data: Uint8Array, crc: number): number;
}
let native: NativeZip | null = null;

/** Hands the zip reader a native inflate (the Node file adapter does; browsers keep fflate). */
export function useNativeZip(n: NativeZip | null): void {
  native = n;
}

/** Continues a CRC-32 (start with 0). */
export function crc32(data: Uint8Array, crc = 0): number {
  if (native?.crc32) return native.crc32(data, crc);
  const t = crcTable();
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

const CHUNK = 64 * 1024;

/** fflate's streaming inflate, loaded on first use: with a native inflate set it is never needed. */
function portableInflate(): typeof Inflate {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  return (require('fflate') as typeof import('fflate')).Inflate;
}

/**
 * Inflates one entry with its checks. `keep` false: the data is verified and
 * dropped (returns an empty array). Throws FileReadError 'corrupt' (naming the
 * part) or 'too-large'.
 */
export function inflateEntry(
  b: Uint8Array,
  e: ZipEntry,
  keep: boolean,
  maxPart: number,
  budget: { left: number; maxTotal: number },
): Uint8Array {
  if (e.flags & 0x1) throw readErrors.encrypted('zip: encrypted entry ' + e.name);
  if (e.usize > maxPart) throw readErrors.inflatesTooLarge(e.name, maxPart);
  if (e.usize > budget.left) throw readErrors.inflatesTooLarge(e.name, budget.maxTotal, true);
  if (e.usize > RATIO_FLOOR_BYTES && e.usize > Math.max(1, e.csize) * MAX_RATIO)
    throw readErrors.inflatesSuspiciously(e.name, e.usize, e.usize / Math.max(1, e.csize));
  const raw = b.subarray(e.data, e.data + e.csize);
  const sizeWrong = () =>
    readErrors.damagedPart(
      e.name,
      ' 解压后的大小与记录不符',
      'does not inflate to its recorded size',
      'zip: size mismatch',
    );
  let out: Uint8Array;
  let crc = 0;
  if (e.method === 0) {
    if (e.csize !== e.usize) throw sizeWrong();
    crc = crc32(raw);
    out = keep ? raw.slice() : new Uint8Array(0);
  } else if (e.method === 8 && native) {
    try {
      out = native.inflateRaw(raw, e.usize);
    } catch (err) {
      // Output past the recorded size stops the inflate: the part is not what its header says.
      if (err && typeof err === 'object' && (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
        throw sizeWrong();
      throw readErrors.damagedPart(
        e.name,
        ' 的压缩数据无法解压',
        'has compressed data that does not inflate',
        `inflate: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    if (out.length !== e.usize) throw sizeWrong();
    crc = crc32(out);
    if (!keep) out = new Uint8Array(0);
  } else if (e.method === 8) {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const inf = new (portableInflate())((chunk) => {
      size += chunk.length;
      if (size > e.usize) throw sizeWrong();
      crc = crc32(chunk, crc);
      if (keep) chunks.push(chunk);
    });
    try {
      if (raw.length === 0) inf.push(raw, true);
      for (let p = 0; p < raw.length; p += CHUNK)
        inf.push(raw.subarray(p, Math.min(raw.length, p + CHUNK)), p + CHUNK >= raw.length);
    } catch (err) {
      if (err && typeof err === 'object' && (err as { name?: string }).name === 'FileReadError') throw err;
      throw readErrors.damagedPart(
        e.name,
        ' 的压缩数据无法解压',
        'has compressed data that does not inflate',
        `inflate: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    if (size !== e.usize) throw sizeWrong();
    if (keep) {
      out = new Uint8Array(size);
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
    } else out = new Uint8Array(0);
  } else {
    throw readErrors.damagedPart(
      e.name,
      ` 使用了不支持的压缩方式（${e.method}）`,
      `uses an unsupported compression method (${e.method})`,
    );
  }
  if (crc !== e.crc)
    throw readErrors.damagedPart(
      e.name,
      ' 的校验值（CRC-32）不符，内容已被改动',
      'fails its CRC-32 check (its bytes were changed)',
      'zip: crc',
    );
  budget.left -= e.usize;
  return out;
}

/** Parts nobody parses (pictures, printer settings): verified, not kept. */
const UNREAD = /\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|wdp|jfif|ico)$|^xl\/printersettings\/|\/media\//i;

export interface ZipParts {
  entries: ZipEntry[];
  /** Inflated parts by lower-cased name (pictures and printer settings left out). */
  parts: Map<string, Uint8Array>;
  /** Names as stored, lower-cased name → stored name. */
  names: Map<string, string>;
}

/** Every entry verified; the readable ones inflated. Throws FileReadError. */
export function readZipParts(b: Uint8Array, limits: ZipLimits = {}): ZipParts {
  const maxPart = limits.maxPartBytes ?? MAX_PART_BYTES;
  const maxTotal = limits.maxTotalBytes ?? MAX_TOTAL_BYTES;
  const entries = zipEntries(b);
  const budget = { left: maxTotal, maxTotal };
  const parts = new Map<string, Uint8Array>();
  const names = new Map<string, string>();
  for (const e of entries) {
    if (e.name.endsWith('/')) continue; // a folder entry
    const key = e.name.toLowerCase();
    if (names.has(key))
      throw readErrors.damagedPart(e.name, ' 在压缩包中出现了两次', 'is in the package twice');
    names.set(key, e.name);
    const keep = !UNREAD.test(key);
    const data = inflateEntry(b, e, keep, maxPart, budget);
    if (keep) parts.set(key, data);
  }
  return { entries, parts, names };
}
