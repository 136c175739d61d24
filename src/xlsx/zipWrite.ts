/**
 * Writes a copy of a zip package in which only the named parts change: every
 * other entry's compressed bytes are copied as they are (same CRC, same
 * size), so the copy holds everything the input holds. Browser-safe.
 */
import { deflateSync } from 'fflate';
import { crc32, zipEntries } from './zipParts';

const enc = new TextEncoder();

interface Out {
  name: Uint8Array;
  method: number;
  crc: number;
  csize: number;
  usize: number;
  data: Uint8Array;
  time: number;
  date: number;
  attrs: number;
  flags: number;
}

const u16 = (b: Uint8Array, p: number) => b[p] | (b[p + 1] << 8);
const u32 = (b: Uint8Array, p: number) => (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16)) + b[p + 3] * 0x1000000;

/**
 * `input` with `replace` (stored name → new bytes) applied and `add` appended.
 * Replacement names match case-insensitively.
 */
export function rewriteZip(
  input: Uint8Array,
  replace: ReadonlyMap<string, Uint8Array>,
  add: ReadonlyMap<string, Uint8Array> = new Map(),
): Uint8Array {
  const entries = zipEntries(input);
  const lower = new Map([...replace].map(([k, v]) => [k.toLowerCase(), v]));
  const outs: Out[] = [];
  const cd = centralRecords(input);
  for (const e of entries) {
    const meta = cd.get(e.name) ?? { time: 0, date: 0x21, attrs: 0 };
    const fresh = lower.get(e.name.toLowerCase());
    const name = enc.encode(e.name);
    if (fresh) outs.push(fresh_(name, fresh, meta));
    else
      outs.push({
        name,
        method: e.method,
        crc: e.crc,
        csize: e.csize,
        usize: e.usize,
        data: input.subarray(e.data, e.data + e.csize),
        time: meta.time,
        date: meta.date,
        attrs: meta.attrs,
        flags: (e.flags & ~0x8) | 0x800,
      });
  }
  for (const [n, data] of add) outs.push(fresh_(enc.encode(n), data, { time: 0, date: 0x21, attrs: 0 }));
  return assemble(outs);
}

function fresh_(
  name: Uint8Array,
  data: Uint8Array,
  meta: { time: number; date: number; attrs: number },
): Out {
  const z = deflateSync(data, { level: 6 });
  return {
    name,
    method: 8,
    crc: crc32(data),
    csize: z.length,
    usize: data.length,
    data: z,
    time: meta.time,
    date: meta.date,
    attrs: meta.attrs,
    flags: 0x800,
  };
}

function centralRecords(b: Uint8Array): Map<string, { time: number; date: number; attrs: number }> {
  const out = new Map<string, { time: number; date: number; attrs: number }>();
  let eocd = -1;
  for (let i = b.length - 22; i >= 0; i--)
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  if (eocd < 0) return out;
  let p = u32(b, eocd + 16);
  const count = u16(b, eocd + 10);
  const dec = new TextDecoder();
  for (let k = 0; k < count; k++) {
    const nameLen = u16(b, p + 28);
    const name = dec.decode(b.subarray(p + 46, p + 46 + nameLen));
    out.set(name, { time: u16(b, p + 12), date: u16(b, p + 14), attrs: u32(b, p + 38) });
    p += 46 + nameLen + u16(b, p + 30) + u16(b, p + 32);
  }
  return out;
}

/** Flags, method, time, date, CRC-32, sizes and name length: the same run in a local and a central header. */
function entryFields(dv: DataView, at: number, o: Out): void {
  dv.setUint16(at, o.flags, true);
  dv.setUint16(at + 2, o.method, true);
  dv.setUint16(at + 4, o.time, true);
  dv.setUint16(at + 6, o.date, true);
  dv.setUint32(at + 8, o.crc, true);
  dv.setUint32(at + 12, o.csize, true);
  dv.setUint32(at + 16, o.usize, true);
  dv.setUint16(at + 20, o.name.length, true);
}

function assemble(outs: Out[]): Uint8Array {
  let size = 22;
  for (const o of outs) size += 30 + o.name.length + o.data.length + 46 + o.name.length;
  const b = new Uint8Array(size);
  const dv = new DataView(b.buffer);
  let p = 0;
  const offsets: number[] = [];
  for (const o of outs) {
    offsets.push(p);
    dv.setUint32(p, 0x04034b50, true);
    dv.setUint16(p + 4, 20, true);
    entryFields(dv, p + 6, o);
    dv.setUint16(p + 28, 0, true);
    b.set(o.name, p + 30);
    b.set(o.data, p + 30 + o.name.length);
    p += 30 + o.name.length + o.data.length;
  }
  const cdStart = p;
  outs.forEach((o, i) => {
    dv.setUint32(p, 0x02014b50, true);
    dv.setUint16(p + 4, 20, true);
    dv.setUint16(p + 6, 20, true);
    entryFields(dv, p + 8, o);
    dv.setUint16(p + 30, 0, true);
    dv.setUint16(p + 32, 0, true);
    dv.setUint16(p + 34, 0, true);
    dv.setUint16(p + 36, 0, true);
    dv.setUint32(p + 38, o.attrs, true);
    dv.setUint32(p + 42, offsets[i], true);
    b.set(o.name, p + 46);
    p += 46 + o.name.length;
  });
  const cdSize = p - cdStart;
  dv.setUint32(p, 0x06054b50, true);
  dv.setUint16(p + 8, outs.length, true);
  dv.setUint16(p + 10, outs.length, true);
  dv.setUint32(p + 12, cdSize, true);
  dv.setUint32(p + 16, cdStart, true);
  p += 22;
  return b.subarray(0, p);
}
