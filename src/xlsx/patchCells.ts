/**
 * Text edits made in a sheet's XML itself: the cell keeps its element, its
 * style (`s`) and every other attribute; only its value becomes an inline
 * string. Nothing else in the sheet changes. Browser-safe.
 */
import { insideMerge, judgeFix, type FixVerdict } from '../core/fixes/apply';
import { parseRangeA1, parseA1, type MergedRange } from '../core/grid';

/** The core's verdict on the cell (core/fixes/apply), with the value the cell held (null: no cell). */
export interface CellEditOutcome {
  verdict: FixVerdict;
  value: unknown;
}

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
 * Applies `edits` to one sheet's XML where the core says the cell takes it
 * (core/fixes/apply judgeFix: exactly `from` as text, no formula, not covered
 * by a merge).
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
  const merges: MergedRange[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\sref="([^"]+)"/g)) {
    const r = parseRangeA1(m[1]);
    if (r) merges.push(r);
  }
  const covered = new Set<string>();
  for (const key of wanted.keys()) {
    const p = parseA1(key)!;
    if (insideMerge(merges, p.row, p.col)) covered.add(key);
  }
  const out = xml.replace(
    /<((?:\w+:)?)c\b([^>]*?)(\/>|>([\s\S]*?)<\/\1c>)/g,
    (whole, prefix: string, attrs: string, _end: string, body: string | undefined) => {
      const ref = /\sr="([A-Z]+\d+)"/.exec(attrs)?.[1];
      if (!ref) return whole;
      const edit = wanted.get(ref);
      if (!edit || outcomes.has(ref)) return whole;
      const inner = body ?? '';
      const t = /\st="([^"]*)"/.exec(attrs)?.[1] ?? 'n';
      // What the cell holds: text, a number or a boolean (an error as its text); null when empty.
      const v = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
      let current: unknown;
      if (t === 's') current = v === undefined ? null : strings[Number(v)];
      else if (t === 'inlineStr')
        current = runsText(/<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner)?.[1] ?? '');
      else if (v === undefined) current = null;
      else current = t === 'n' ? Number(v) : t === 'b' ? v === '1' : unescapeXml(v);
      const verdict = judgeFix(edit, {
        value: current,
        formula: /<(?:\w+:)?f\b/.test(inner),
        merged: covered.has(ref),
      });
      outcomes.set(ref, { verdict, value: current });
      if (verdict !== 'apply') return whole;
      const kept = attrs.replace(/\st="[^"]*"/, '');
      const p = prefix;
      return `<${p}c${kept} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeXml(edit.to)}</${p}t></${p}is></${p}c>`;
    },
  );
  // No element: an empty cell.
  for (const [key, edit] of wanted)
    if (!outcomes.has(key)) outcomes.set(key, { verdict: judgeFix(edit, { value: null }), value: null });
  return { xml: out, outcomes };
}
