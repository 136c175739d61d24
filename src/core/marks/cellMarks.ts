/**
 * What a mark writes in a cell, host-free: one mark per cell (the findings in
 * it merged), the fill of its most severe finding, and the message text.
 * The add-in writes it through Office.js; the file adapter writes the same
 * into a copy of the workbook.
 */
import { a1, MAX_COLS, MAX_ROWS } from '../grid';
import { severityRank, type Finding, type Severity } from '../findings';
import { SEVERITY_FILLS } from '../palette';
import { textFingerprint, type MarkRecord } from './savedState';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Cell fill per severity ("#RRGGBB"): the project's one colour-blind-safe palette (palette.ts). */
export const SEVERITY_FILL: Readonly<Record<Severity, string>> = Object.freeze(
  Object.fromEntries(SEVERITIES.map((s) => [s, SEVERITY_FILLS[s].hex])) as Record<Severity, string>,
);

const SEVERITY_LABEL: Readonly<Record<Severity, string>> = Object.freeze(
  Object.fromEntries(
    SEVERITIES.map((s) => [s, `${SEVERITY_FILLS[s].label.zh} ${capitalize(SEVERITY_FILLS[s].label.en)}`]),
  ) as Record<Severity, string>,
);

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const NOTE_TITLE = '【绩效目标表审核 KPI Sheet Checker】';
export const NOTE_ORIGINAL_SEPARATOR = '\n———— 原有批注 Original note ————\n';

/** One cell to mark: the findings in it, merged. */
export interface CellMark {
  sheet: string;
  cell: string;
  severity: Severity;
  /** The note / comment text: every message of the cell, most severe first. */
  text: string;
}

/** "$b$3" → "B3"; null when the text is not one cell. */
export function normalizeA1(ref: string): string | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROWS || col > MAX_COLS) return null;
  return a1(row - 1, col - 1);
}

/** The language of a mark's text: Chinese, English, or both (the add-in; Chinese first). */
export type MarkLang = 'zh' | 'en' | 'zh+en';

const TITLE: Readonly<Record<MarkLang, string>> = {
  'zh+en': NOTE_TITLE,
  zh: '【绩效目标表审核】',
  en: '[KPI Sheet Checker]',
};

function markLine(f: Finding, lang: MarkLang): string {
  const label = SEVERITY_FILLS[f.severity].label;
  if (lang === 'zh') return `${label.zh}：${f.text.zh}（${f.rule}）`;
  if (lang === 'en') return `${capitalize(label.en)}: ${f.text.en || f.text.zh} (${f.rule})`;
  return `${SEVERITY_LABEL[f.severity]}：${f.text.zh}（${f.rule}）${f.text.en ? `\n  ${f.text.en}` : ''}`;
}

/**
 * Groups findings per cell (sheet + A1): one mark each, with the most severe
 * fill and all messages (most severe first, each with its rule id). The
 * Office.js adapter writes it as a note or comment, the file adapter as the
 * copy's note; `lang` is the file adapter's choice (the add-in: both).
 */
export function groupFindings(findings: readonly Finding[], lang: MarkLang = 'zh+en'): CellMark[] {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const cell = normalizeA1(f.cell) ?? a1(f.row, f.col);
    const key = `${f.sheet}\u0000${cell}`;
    const list = byCell.get(key);
    if (list) list.push(f);
    else byCell.set(key, [f]);
  }
  const marks: CellMark[] = [];
  for (const [key, list] of byCell) {
    const [sheet, cell] = key.split('\u0000');
    const sorted = [...list].sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
    const seen = new Set<string>();
    const lines = [TITLE[lang]];
    for (const f of sorted) {
      const line = markLine(f, lang);
      if (seen.has(line)) continue;
      seen.add(line);
      lines.push(line);
    }
    marks.push({ sheet, cell, severity: sorted[0].severity, text: lines.join('\n') });
  }
  return marks;
}

/** The note a mark leaves: its text, then the cell's own note (kept, below a separator). */
export function composeNote(text: string, original: string | null): string {
  return original ? `${text}${NOTE_ORIGINAL_SEPARATOR}${original}` : text;
}

/**
 * Would marking the cell again write exactly what its saved mark wrote? The
 * same fill, and the same text in the same kind of note: a note (the mark's
 * text over the cell's own note) where notes are used and the cell has no
 * comment thread, else the comment or reply. The live check keeps such
 * marks as they are (nothing read, nothing written).
 */
export function markUnchanged(
  record: MarkRecord,
  mark: CellMark,
  cell: { notes: boolean; comments: boolean; thread: boolean },
): boolean {
  if (!record.fill || record.fill.written !== SEVERITY_FILL[mark.severity] || !record.note) return false;
  const note = record.note;
  if (note.kind === 'note')
    return (
      cell.notes && !cell.thread && note.written === textFingerprint(composeNote(mark.text, note.original))
    );
  return cell.comments && cell.thread && note.written === textFingerprint(mark.text);
}
