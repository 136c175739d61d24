/**
 * What the pane changed in the workbook, kept in the workbook itself so that
 * "清除标记" restores every cell exactly, in this session or after a reload,
 * on this computer or another.
 *
 * Where: one custom XML part (ExcelApi 1.5) in our own namespace, rather than
 * `Office.context.document.settings`, because
 *  - it is written in the same batch (the same `context.sync`) as the marks:
 *    either both reach the workbook or neither does, while settings need a
 *    separate `saveAsync` round trip that can fail after the marks are made;
 *  - it belongs to the file, not to one add-in registration: the same
 *    workbook opened with a re-deployed add-in (new id), or read by the file
 *    adapter / CLI, still finds the saved state; settings are scoped to the
 *    add-in id that wrote them;
 *  - it has no small size ceiling (settings are meant for a few KB).
 * Cost: reading it takes two round trips (find the part, then getXml), which
 * ExcelHost skips when the part id is the one it wrote last.
 *
 * Format: `<marks xmlns="urn:kpi-sheet-checker:marks:1" version="1">JSON</marks>`,
 * the JSON XML-escaped. The JSON holds, per marked cell, the fill and note the
 * cell had before the first mark, and a fingerprint of what the pane wrote (to
 * tell whether a user changed the mark since) — not the note text again: the
 * state is written with every mark and must stay small (Excel on the web
 * takes at most 5 MB per request).
 *
 * Host-free: the add-in (Office.js) and the file adapter read and write the
 * same format.
 */
import { escapeXml, unescapeXml } from '../xmlText';

export const MARKS_NAMESPACE = 'urn:kpi-sheet-checker:marks:1';

/** A cell's own fill, as Excel reports it (pattern and tints need ExcelApi 1.9). */
export interface SavedFill {
  color: string | null;
  pattern?: string | null;
  patternColor?: string | null;
  tintAndShade?: number | null;
  patternTintAndShade?: number | null;
}

/**
 * What the pane wrote as a message. `written` is a fingerprint of the text
 * (textFingerprint); states saved before fingerprints hold the text itself,
 * and `isWritten` accepts both.
 */
export type SavedNote =
  /** A note (ExcelApi 1.18): the cell's own note text, or null when it had none. */
  | { kind: 'note'; original: string | null; written: string }
  /** A threaded comment the pane started on a cell without one. */
  | { kind: 'comment'; written: string }
  /** A reply the pane added to the cell's own comment thread. */
  | { kind: 'reply'; written: string };

/** A short fingerprint of a text: its length and FNV-1a hash ("#len:hex"). */
export function textFingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `#${text.length}:${h.toString(16).padStart(8, '0')}`;
}

/** Is `current` the text the pane wrote (saved as a fingerprint, or as the text by older versions)? */
export function isWritten(current: string | null | undefined, written: string): boolean {
  if (current == null) return false;
  return current === written || textFingerprint(current) === written;
}

export interface MarkRecord {
  /** Worksheet id (stable across renames) and the name at marking time. */
  sheetId: string;
  sheet: string;
  /** A1 reference, normalised ("B3"). */
  cell: string;
  /** null when the fill was left alone (e.g. a gradient the API cannot set back). */
  fill: { original: SavedFill; written: string } | null;
  note: SavedNote | null;
}

export interface MarkState {
  marks: MarkRecord[];
}

export function serializeMarks(state: MarkState): string {
  // JSON.stringify escapes control characters, so the text is valid XML 1.0 content.
  return `<marks xmlns="${MARKS_NAMESPACE}" version="1">${escapeXml(JSON.stringify(state))}</marks>`;
}

/** The state in a part's XML, or null when the XML is not ours or is damaged. */
export function parseMarks(xml: string): MarkState | null {
  // Excel may hand the part back with a declaration, a prefix or CDATA; accept those.
  const m = /<(?:[\w.-]+:)?marks\b[^>]*>([\s\S]*)<\/(?:[\w.-]+:)?marks>/.exec(xml);
  if (!m) return null;
  const body = m[1].trim();
  const text = body.startsWith('<![CDATA[') && body.endsWith(']]>') ? body.slice(9, -3) : unescapeXml(body);
  try {
    const data = JSON.parse(text) as MarkState;
    if (!data || !Array.isArray(data.marks)) return null;
    return { marks: data.marks.filter(isRecord) };
  } catch {
    return null;
  }
}

function isRecord(x: unknown): x is MarkRecord {
  const r = x as MarkRecord;
  return !!r && typeof r.sheetId === 'string' && typeof r.sheet === 'string' && typeof r.cell === 'string';
}
