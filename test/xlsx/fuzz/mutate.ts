/** Deterministic byte and XML mutations of workbook packages, for the fuzz test. */
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';

/** mulberry32: a small seeded PRNG, so a failing case can be replayed from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: () => number, n: number) => Math.floor(r() * n);

/** Flips, overwrites, cuts or inserts bytes anywhere in the file (CRCs may then fail). */
export function mutateBytes(src: Uint8Array, r: () => number): Uint8Array {
  const b = src.slice();
  switch (int(r, 5)) {
    case 0: {
      const n = 1 + int(r, 8);
      for (let i = 0; i < n; i++) b[int(r, b.length)] ^= 1 << int(r, 8);
      return b;
    }
    case 1: {
      const at = int(r, b.length);
      const n = 1 + int(r, 64);
      for (let i = at; i < Math.min(b.length, at + n); i++) b[i] = int(r, 256);
      return b;
    }
    case 2:
      return b.slice(0, int(r, b.length));
    case 3: {
      const at = int(r, b.length);
      const ins = new Uint8Array(1 + int(r, 32)).map(() => int(r, 256));
      const out = new Uint8Array(b.length + ins.length);
      out.set(b.subarray(0, at));
      out.set(ins, at);
      out.set(b.subarray(at), at + ins.length);
      return out;
    }
    default: {
      // One bit in the middle of the file: most often inside a compressed part.
      const at = Math.floor(b.length / 4 + r() * (b.length / 2));
      b[at] ^= 1 << int(r, 8);
      return b;
    }
  }
}

const XML_MUTATIONS: ((xml: string, r: () => number) => string)[] = [
  // cut the part short
  (x, r) => x.slice(0, int(r, x.length)),
  // drop a span
  (x, r) => {
    const at = int(r, x.length);
    return x.slice(0, at) + x.slice(at + 1 + int(r, 200));
  },
  // a cell address far out, or beyond Excel
  (x, r) =>
    x.replace(
      /r="([A-Z]+)(\d+)"/,
      () =>
        `r="${pick(r, ['XFD', 'A', 'ZZZZ', 'E'])}${pick(r, ['1048576', '1048577', '100000000', '0', '99999999999'])}"`,
    ),
  // a shared-string index that does not exist, or a huge number
  (x, r) => x.replace(/<v>(\d+)<\/v>/, `<v>${pick(r, ['999999', '-1', '1e308', 'NaN', ''])}</v>`),
  // a merge over a huge range
  (x, r) =>
    x.replace(
      /<mergeCell ref="[^"]*"/,
      `<mergeCell ref="${pick(r, ['A1:XFD1048576', 'B2:A1', 'A1:A100000000', 'Z'])}"`,
    ),
  // garbage entity / unclosed tag
  (x, r) => {
    const at = int(r, x.length);
    return (
      x.slice(0, at) +
      pick(r, ['&bogus;', '<c r="A1"><v>', '</row>', '<![CDATA[', '\u0000', '<row r="1048576">']) +
      x.slice(at)
    );
  },
  // duplicate a random element-sized span
  (x, r) => {
    const at = int(r, x.length);
    const span = x.slice(at, at + int(r, 400));
    return x.slice(0, at) + span + span + x.slice(at + span.length);
  },
];

/** Mutates one XML part and re-zips: the package's CRCs are sound, the content is not. */
export function mutateXml(src: Uint8Array, r: () => number): { bytes: Uint8Array; part: string } {
  const files = unzipSync(src);
  const xmlParts = Object.keys(files).filter((k) => /\.(xml|rels)$/i.test(k));
  const part = pick(r, xmlParts);
  const n = 1 + int(r, 3);
  let xml = strFromU8(files[part]);
  for (let i = 0; i < n; i++) xml = pick(r, XML_MUTATIONS)(xml, r);
  files[part] = strToU8(xml);
  return { bytes: zipSync(files), part };
}
