/**
 * What "撤销修正" (undo fixes) needs, saved in the workbook itself: per fixed
 * cell, the value it held before the first fix and the value the fix wrote
 * (to tell whether the user has changed the cell since). Host-agnostic; the
 * Office.js adapter keeps it in a custom XML part of its own namespace, next
 * to (never inside) the marks' part, so undo works after a reload too.
 *
 * Format: `<fixes xmlns="urn:kpi-sheet-checker:fixes:1" version="1">JSON</fixes>`,
 * the JSON XML-escaped.
 */
import { escapeXml, unescapeXml } from '../xmlText';

export const FIXES_NAMESPACE = 'urn:kpi-sheet-checker:fixes:1';

export interface FixRecord {
  /** Worksheet id (stable across renames) and the name when fixed. */
  sheetId: string;
  sheet: string;
  /** A1, normalised. */
  cell: string;
  /** The cell's value before the first fix (restored exactly by undo). */
  original: string;
  /** What the last fix wrote. */
  written: string;
  label: string;
  labelEn: string;
  /** When the last fix was written (ms since epoch). */
  at: number;
}

export interface FixState {
  fixes: FixRecord[];
}

export function serializeFixState(state: FixState): string {
  // JSON.stringify escapes control characters, so the text is valid XML 1.0 content.
  return `<fixes xmlns="${FIXES_NAMESPACE}" version="1">${escapeXml(JSON.stringify(state))}</fixes>`;
}

function isRecord(x: unknown): x is FixRecord {
  const r = x as FixRecord;
  return (
    !!r &&
    typeof r.sheetId === 'string' &&
    typeof r.sheet === 'string' &&
    typeof r.cell === 'string' &&
    typeof r.original === 'string' &&
    typeof r.written === 'string'
  );
}

/** The state in a part's XML, or null when the XML is not ours or is damaged. */
export function parseFixState(xml: string): FixState | null {
  const m = /<(?:[\w.-]+:)?fixes\b[^>]*>([\s\S]*)<\/(?:[\w.-]+:)?fixes>/.exec(xml);
  if (!m) return null;
  const body = m[1].trim();
  const text = body.startsWith('<![CDATA[') && body.endsWith(']]>') ? body.slice(9, -3) : unescapeXml(body);
  try {
    const data = JSON.parse(text) as FixState;
    if (!data || !Array.isArray(data.fixes)) return null;
    return {
      fixes: data.fixes.filter(isRecord).map((r) => ({
        ...r,
        label: String(r.label ?? ''),
        labelEn: String(r.labelEn ?? ''),
        at: Number(r.at) || 0,
      })),
    };
  } catch {
    return null;
  }
}
