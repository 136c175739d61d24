/**
 * Ignored findings: the officer's "this finding is fine", with a reason a
 * reviewer can read, kept in the workbook itself so every host honours it.
 *
 * Storage: a (hidden) worksheet named IGNORE_SHEET_NAME. Row 1 is a header
 * (IGNORE_HEADER); each later row is one entry:
 *
 *   A rule id   B sheet   C cell (A1)   D reason   E date (text)
 *
 * A row with a cell ignores the finding of that rule at that cell of that
 * sheet; a row without sheet and cell ignores the rule everywhere (a whole
 * rule). The sheet is not a table: checkWorkbook reads the entries from it and
 * leaves it out of the tables. Rows without a rule id are skipped.
 *
 * In Excel the pane keeps the same rows in a custom XML part instead (no
 * sheet added to the officer's workbook, written in one batch):
 *
 *   <ignores xmlns="urn:kpi-sheet-checker:ignores:1" version="1">JSON</ignores>
 *
 * the JSON being ignoreSheetRows (header first), XML-escaped. The adapters
 * that read a workbook (src/addin, src/xlsx) turn a part into the ignore sheet
 * of the grid (withIgnoreEntries), so the check reads one format. When a
 * workbook has both, the part is the list: the pane writes the whole list
 * there, the entries of an older ignore sheet included.
 */
import type { Finding } from './findings';
import type { CellValue, SheetGrid, WorkbookGrid } from './grid';
import { escapeXml, unescapeXml } from './xmlText';

/** The worksheet holding the entries (a valid sheet name, under 31 characters). */
export const IGNORE_SHEET_NAME = 'kpicheck_ignores';

export const IGNORE_HEADER = ['rule', 'sheet', 'cell', 'reason', 'date'] as const;

export interface IgnoreEntry {
  rule: string;
  /** Empty with `cell` empty: the whole rule, on every sheet. */
  sheet: string;
  cell: string;
  reason: string;
  /** When it was ignored (free text, e.g. an ISO date). */
  date: string;
}

/** A finding left out because of an entry, shown separately with the reason. */
export interface IgnoredFinding {
  finding: Finding;
  entry: IgnoreEntry;
}

export function isIgnoreSheet(name: string | undefined): boolean {
  return typeof name === 'string' && name.trim().toLowerCase() === IGNORE_SHEET_NAME;
}

function text(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

/** The entries stored in a workbook grid (none when it has no ignore sheet). */
export function readIgnores(wb: WorkbookGrid): IgnoreEntry[] {
  const sheet = sheetsOf(wb).find((s) => isIgnoreSheet(s?.name));
  return sheet ? entriesOf(sheet) : [];
}

function entriesOf(sheet: SheetGrid): IgnoreEntry[] {
  const out: IgnoreEntry[] = [];
  const left = sheet.left ?? 0;
  const top = sheet.top ?? 0;
  sheet.values.forEach((row, i) => {
    if (top + i === 0) return; // the header
    const at = (c: number) => text(row[c - left]);
    const rule = at(0);
    if (!rule || rule === IGNORE_HEADER[0]) return;
    const cell = at(2).toUpperCase().replace(/\$/g, '');
    out.push({ rule, sheet: cell ? at(1) : '', cell, reason: at(3), date: at(4) });
  });
  return out;
}

/** The workbook without its ignore sheet (the same object when there is none). */
export function withoutIgnoreSheet(wb: WorkbookGrid): WorkbookGrid {
  const sheets = sheetsOf(wb);
  return sheets.some((s) => isIgnoreSheet(s?.name))
    ? { ...wb, sheets: sheets.filter((s) => !isIgnoreSheet(s?.name)) }
    : wb;
}

/** The sheets of a grid that may come from anywhere (the fuzz tests pass null and odd shapes). */
function sheetsOf(wb: WorkbookGrid | null | undefined): SheetGrid[] {
  return wb && Array.isArray(wb.sheets) ? wb.sheets : [];
}

/** The entry that covers a finding: its own cell first, else its whole rule. */
export function ignoreFor(entries: readonly IgnoreEntry[], f: Finding): IgnoreEntry | undefined {
  let whole: IgnoreEntry | undefined;
  for (const e of entries) {
    if (e.rule !== f.rule) continue;
    if (!e.cell) whole ??= e;
    else if (e.cell === f.cell && e.sheet === f.sheet) return e;
  }
  return whole;
}

/** Splits findings into those still open and those ignored (with their entries). */
export function applyIgnores(
  findings: readonly Finding[],
  entries: readonly IgnoreEntry[],
): { findings: Finding[]; ignored: IgnoredFinding[] } {
  if (!entries.length) return { findings: [...findings], ignored: [] };
  const open: Finding[] = [];
  const ignored: IgnoredFinding[] = [];
  for (const f of findings) {
    const entry = ignoreFor(entries, f);
    if (entry) ignored.push({ finding: f, entry });
    else open.push(f);
  }
  return { findings: open, ignored };
}

/** An entry for one finding, or (whole) for its rule everywhere. */
export function ignoreEntry(f: Finding, reason: string, date: string, whole = false): IgnoreEntry {
  return whole
    ? { rule: f.rule, sheet: '', cell: '', reason, date }
    : { rule: f.rule, sheet: f.sheet, cell: f.cell, reason, date };
}

export function sameEntry(a: IgnoreEntry, b: IgnoreEntry): boolean {
  return a.rule === b.rule && a.sheet === b.sheet && a.cell === b.cell;
}

/** The entries after adding one (replacing an entry for the same target). */
export function addIgnore(entries: readonly IgnoreEntry[], e: IgnoreEntry): IgnoreEntry[] {
  return [...entries.filter((x) => !sameEntry(x, e)), e];
}

export function removeIgnore(entries: readonly IgnoreEntry[], e: IgnoreEntry): IgnoreEntry[] {
  return entries.filter((x) => !sameEntry(x, e));
}

/** The rows of the ignore sheet, header first, as a writer puts them into the workbook. */
export function ignoreSheetRows(entries: readonly IgnoreEntry[]): string[][] {
  return [[...IGNORE_HEADER], ...entries.map((e) => [e.rule, e.sheet, e.cell, e.reason, e.date])];
}

/** The custom XML part's namespace (see the file comment). */
export const IGNORES_NAMESPACE = 'urn:kpi-sheet-checker:ignores:1';

/** The custom XML part holding `entries` (the ignore sheet's rows as JSON). */
export function serializeIgnores(entries: readonly IgnoreEntry[]): string {
  return `<ignores xmlns="${IGNORES_NAMESPACE}" version="1">${escapeXml(JSON.stringify(ignoreSheetRows(entries)))}</ignores>`;
}

/**
 * The entries of a custom XML part, or null when it is not our part or does
 * not parse (a damaged part is no list: the ignore sheet, if any, applies).
 */
export function parseIgnores(xml: string): IgnoreEntry[] | null {
  if (!xml.includes(IGNORES_NAMESPACE)) return null;
  const m = /<(?:[\w.-]+:)?ignores\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?ignores\s*>/.exec(xml);
  if (!m) return /<(?:[\w.-]+:)?ignores\b[^>]*\/>/.test(xml) ? [] : null;
  let rows: unknown;
  try {
    rows = JSON.parse(unescapeXml(m[1]).trim() || '[]');
  } catch {
    return null;
  }
  if (!Array.isArray(rows)) return null;
  const values = rows.map((r) =>
    Array.isArray(r) ? r.map((v) => (typeof v === 'string' || typeof v === 'number' ? v : null)) : [],
  );
  return entriesOf({ name: IGNORE_SHEET_NAME, values, merges: [] });
}

/**
 * The grid with `entries` as its ignore sheet (replacing one it had): how an
 * adapter hands the entries of a custom XML part to checkWorkbook. The sheet
 * is very hidden, as it is in no view.
 */
export function withIgnoreEntries(wb: WorkbookGrid, entries: readonly IgnoreEntry[]): WorkbookGrid {
  const sheet: SheetGrid = {
    name: IGNORE_SHEET_NAME,
    values: ignoreSheetRows(entries),
    merges: [],
    hidden: 'veryHidden',
  };
  return { ...wb, sheets: [...withoutIgnoreSheet(wb).sheets, sheet] };
}
