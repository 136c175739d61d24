/**
 * Text edits made in a sheet's XML itself: the cell keeps its element, its
 * style (`s`) and every other attribute; only its value becomes an inline
 * string. Nothing else in the sheet changes. Browser-safe.
 */
import { parseRangeA1, parseA1 } from '../core/grid';

export type CellEditOutcome = 'applied' | 'formula' | 'changed' | 'merged' | 'missing';

export interface CellEdit {
  cell: string;
  from: string;
  to: string;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeXml = (s: string) => s.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]);

function unescapeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(
        e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
      );
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e.toLowerCase()] ?? '';
  });
}

function runsText(xml: string): string {
  const body = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let s = '';
  for (const m of body.matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)) s += m[1];
  return unescapeXml(s);
}

/**
 * Applies `edits` to one sheet's XML. Each edit is applied only when the cell
 * holds exactly `from` as text, has no formula and is not covered by a merge.
 */
export function patchSheetXml(
  xml: string,
  edits: readonly CellEdit[],
  strings: readonly string[],
): { xml: string; outcomes: Map<string, CellEditOutcome> } {
  const outcomes = new Map<string, CellEditOutcome>();
  const wanted = new Map<string, CellEdit>();
  for (const e of edits) {
    const pos = parseA1(e.cell);
    if (pos) wanted.set(e.cell.replace(/\$/g, '').toUpperCase(), e);
  }
  // Cells covered by a merge (but not its top-left) are never edited.
  const covered = new Set<string>();
  for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\sref="([^"]+)"/g)) {
    const r = parseRangeA1(m[1]);
    if (!r) continue;
    for (const key of wanted.keys()) {
      const p = parseA1(key)!;
      if (
        p.row >= r.r1 &&
        p.row <= r.r2 &&
        p.col >= r.c1 &&
        p.col <= r.c2 &&
        (p.row !== r.r1 || p.col !== r.c1)
      )
        covered.add(key);
    }
  }
  const out = xml.replace(
    /<((?:\w+:)?)c\b([^>]*?)(\/>|>([\s\S]*?)<\/\1c>)/g,
    (whole, prefix: string, attrs: string, _end: string, body: string | undefined) => {
      const ref = /\sr="([A-Z]+\d+)"/.exec(attrs)?.[1];
      if (!ref) return whole;
      const edit = wanted.get(ref);
      if (!edit || outcomes.has(ref)) return whole;
      const inner = body ?? '';
      if (covered.has(ref)) return (outcomes.set(ref, 'merged'), whole);
      if (/<(?:\w+:)?f\b/.test(inner)) return (outcomes.set(ref, 'formula'), whole);
      const t = /\st="([^"]*)"/.exec(attrs)?.[1] ?? 'n';
      let current: string | undefined;
      if (t === 's') {
        const v = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
        current = v === undefined ? undefined : strings[Number(v)];
      } else if (t === 'inlineStr')
        current = runsText(/<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner)?.[1] ?? '');
      if (current !== edit.from) return (outcomes.set(ref, 'changed'), whole);
      outcomes.set(ref, 'applied');
      const kept = attrs.replace(/\st="[^"]*"/, '');
      const p = prefix;
      return `<${p}c${kept} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeXml(edit.to)}</${p}t></${p}is></${p}c>`;
    },
  );
  for (const key of wanted.keys()) if (!outcomes.has(key)) outcomes.set(key, 'missing');
  return { xml: out, outcomes };
}
