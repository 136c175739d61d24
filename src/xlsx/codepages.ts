/**
 * Codepage support for SheetJS on the platform's TextDecoder, in place of
 * SheetJS's own tables (dist/cpexcel.js: ~0.5 MB that take ~80 ms to load,
 * a third of the CLI's start-up). Only legacy files need it: BIFF5 and older
 * .xls store text in the workbook's ANSI codepage (936 = GBK for Chinese
 * files); BIFF8 stores UTF-16. Codepages the platform cannot decode fall back
 * to one character per byte. Browser-safe.
 */

/** Windows codepage → WHATWG encoding label. */
const LABELS: Record<number, string> = {
  866: 'ibm866',
  874: 'windows-874',
  932: 'shift_jis',
  936: 'gbk',
  949: 'euc-kr',
  950: 'big5',
  1200: 'utf-16le',
  1201: 'utf-16be',
  1250: 'windows-1250',
  1251: 'windows-1251',
  1253: 'windows-1253',
  1254: 'windows-1254',
  1255: 'windows-1255',
  1256: 'windows-1256',
  1257: 'windows-1257',
  1258: 'windows-1258',
  10000: 'macintosh',
  20866: 'koi8-r',
  21866: 'koi8-u',
  20932: 'euc-jp',
  50220: 'iso-2022-jp',
  51932: 'euc-jp',
  51949: 'euc-kr',
  54936: 'gb18030',
  65001: 'utf-8',
};
for (let i = 2; i <= 16; i++) if (i !== 12) LABELS[28590 + i] = `iso-8859-${i}`;

type Decoder = { decode(input: Uint8Array): string };
const decoders = new Map<number, Decoder | null>();

function decoderFor(cp: number): Decoder | null {
  let d = decoders.get(cp);
  if (d === undefined) {
    const label = LABELS[cp];
    d = null;
    if (label && typeof TextDecoder !== 'undefined') {
      try {
        d = new TextDecoder(label);
      } catch {
        d = null; // a platform without this encoding (small-icu builds)
      }
    }
    decoders.set(cp, d);
  }
  return d;
}

type Bytes = ArrayLike<number> | string;

function toBytes(data: Bytes): Uint8Array {
  if (typeof data === 'string') {
    const b = new Uint8Array(data.length);
    for (let i = 0; i < data.length; i++) b[i] = data.charCodeAt(i) & 255;
    return b;
  }
  return data instanceof Uint8Array ? data : Uint8Array.from(data);
}

/** Windows-1252 0x80–0x9F (Node before 22 decodes 'windows-1252' as ISO-8859-1). */
const CP1252_HIGH = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ'; // unassigned bytes as U+FFFD, as in SheetJS's table

function decode(cp: number, data: Bytes): string {
  const bytes = toBytes(data);
  if (cp === 1252) {
    let s = '';
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      s += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    return s;
  }
  const d = decoderFor(cp);
  if (d) return d.decode(bytes);
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/** Only SheetJS's writers of legacy formats encode; kept simple: UTF-8, UTF-16LE, else one byte per character. */
function encode(cp: number, str: string, type?: string): number[] | string {
  let out: number[];
  if (cp === 65001) out = Array.from(new TextEncoder().encode(str));
  else if (cp === 1200) {
    out = [];
    for (let i = 0; i < str.length; i++) {
      const c = str.charCodeAt(i);
      out.push(c & 255, c >> 8);
    }
  } else out = Array.from(str, (ch) => (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f));
  return type === 'str' ? String.fromCharCode(...out) : out;
}

/** The object SheetJS's `set_cptable` expects. */
export const codepageTables = { utils: { decode, encode } };
