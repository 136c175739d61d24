/**
 * Soundness of an OOXML package beyond its zip: every XML part ends where its
 * root element closes (a truncated part is damage), and every part the
 * workbook's relationships name is in the package (a missing sheet or shared
 * strings part is damage). Browser-safe.
 */
import { readErrors } from './errors';
import type { ZipParts } from './zipParts';

const XML_PART = /\.(xml|rels|vml)$/i;

function latin(b: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = Math.max(0, from); i < Math.min(to, b.length); i++) s += String.fromCharCode(b[i]);
  return s;
}

/**
 * Whether an XML part is whole: its root element's name, found after the
 * prolog, closes at the end. Parts in UTF-16 are not judged.
 */
export function xmlLooksWhole(b: Uint8Array): boolean {
  if (b.length === 0) return false;
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return true;
  const head = latin(b, 0, 4096);
  // Skip the BOM, declaration, comments, doctype and processing instructions.
  const m =
    /^(?:\xef\xbb\xbf)?\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<([A-Za-z_][\w.:-]*)/.exec(
      head,
    );
  if (!m) return false;
  const root = m[1];
  let end = b.length;
  while (
    end > 0 &&
    (b[end - 1] === 0x20 ||
      b[end - 1] === 0x0a ||
      b[end - 1] === 0x0d ||
      b[end - 1] === 0x09 ||
      b[end - 1] === 0)
  )
    end--;
  const tail = latin(b, end - 512, end);
  if (tail.endsWith('-->') || tail.endsWith('?>')) return true; // trailing comment or PI: leave it be
  if (new RegExp(`</${root.replace(/[.]/g, '\\.')}\\s*>$`).test(tail)) return true;
  // A self-closing root (`<root/>`) with nothing after it.
  return (
    /\/>$/.test(tail) &&
    new RegExp(`^[^<]*<${root.replace(/[.]/g, '\\.')}\\b[^<]*\\/>$`).test(
      latin(b, m.index + m[0].length - root.length - 1, end),
    )
  );
}

interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

function decode(b: Uint8Array): string {
  return new TextDecoder('utf-8').decode(b);
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[2] ?? m[3]) : undefined;
}

function parseRels(xml: string): Rel[] {
  const out: Rel[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const tag = m[0];
    out.push({
      id: attr(tag, 'Id') ?? '',
      type: attr(tag, 'Type') ?? '',
      target: xmlUnescape(attr(tag, 'Target') ?? ''),
      external: (attr(tag, 'TargetMode') ?? '').toLowerCase() === 'external',
    });
  }
  return out;
}

function xmlUnescape(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : "'",
  );
}

/** Resolves a relationship target against the folder of its source part (case kept). */
export function resolveTarget(source: string, target: string): string {
  let t = target.replace(/\\/g, '/');
  try {
    t = decodeURIComponent(t);
  } catch {
    /* keep as is */
  }
  const baseParts = t.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of t.replace(/^\//, '').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') baseParts.pop();
    else baseParts.push(seg);
  }
  return baseParts.join('/');
}

/** The rels part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPartOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`.toLowerCase();
}

const OFFICE_DOC = /\/officeDocument$/;
const NEEDED = /\/(worksheet|chartsheet|sharedStrings|styles|dialogsheet|macrosheet)$/;

/**
 * Checks the package. Throws a 'corrupt' FileReadError naming the part.
 * ODS and other non-OOXML zips are left to the parser.
 */
export function checkPackage(zip: ZipParts): void {
  for (const [name, data] of zip.parts) {
    if (!XML_PART.test(name)) continue;
    if (!xmlLooksWhole(data))
      throw readErrors.damagedPart(
        zip.names.get(name) ?? name,
        ' 的 XML 内容不完整（被截断）',
        'has XML that is cut short',
        'xml: truncated',
      );
  }
  const ct = zip.parts.get('[content_types].xml');
  if (!ct) {
    if (zip.parts.has('content.xml') || zip.parts.has('meta-inf/manifest.xml')) return; // OpenDocument
    throw readErrors.damagedPart('[Content_Types].xml', ' 缺失', 'is missing');
  }
  const rootRels = zip.parts.get('_rels/.rels');
  if (!rootRels) throw readErrors.damagedPart('_rels/.rels', ' 缺失', 'is missing');
  const docRel = parseRels(decode(rootRels)).find((r) => OFFICE_DOC.test(r.type) && !r.external);
  if (!docRel) throw readErrors.damagedPart('_rels/.rels', ' 没有指向工作簿', 'does not name the workbook');
  const wbPart = resolveTarget('', docRel.target).toLowerCase();
  const wb = zip.parts.get(wbPart);
  if (!wb && !zip.names.has(wbPart))
    throw readErrors.damagedPart(docRel.target.replace(/^\//, ''), ' 缺失', 'is missing');
  const wbRelsName = relsPartOf(wbPart);
  const wbRels = zip.parts.get(wbRelsName);
  if (!wbRels) throw readErrors.damagedPart(wbRelsName, ' 缺失', 'is missing');
  const rels = parseRels(decode(wbRels));
  const byId = new Map(rels.map((r) => [r.id, r]));
  for (const r of rels) {
    if (r.external || !NEEDED.test(r.type)) continue;
    const target = resolveTarget(wbPart, r.target);
    if (!zip.names.has(target.toLowerCase()))
      throw readErrors.damagedPart(
        target,
        ' 缺失（工作簿引用了它）',
        'is missing (the workbook refers to it)',
      );
  }
  if (wb && /\.xml$/i.test(wbPart)) {
    const xml = decode(wb);
    for (const m of xml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
      const id = /\s(?:\w+:)?id\s*=\s*"([^"]*)"/.exec(m[0])?.[1];
      const name = attr(m[0], 'name') ?? '';
      if (id === undefined || !byId.has(id))
        throw readErrors.damagedPart(
          wbPart,
          ` 中的工作表“${name}”没有对应的部件`,
          `names a sheet "${name}" with no part behind it`,
        );
    }
  }
}
